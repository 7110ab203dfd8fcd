package dev.nngrade.grader.judging;

import dev.nngrade.contract.Language;
import dev.nngrade.exercises.testkit.Tolerance;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.protocol.Wire;
import dev.nngrade.grader.results.RunResult;
import dev.nngrade.grader.results.TestReport;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Limits;
import dev.nngrade.grader.sandbox.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the hidden tests with the reference solution on the inputs each test's seed gives, and keeps
 * what their judged checks saw: the expected values a submission's values are compared with. The
 * reference runs in a child JVM of its own (trusted code, with the reference and its library on the
 * module path, started like validate-suite's runs), so the grader itself never loads the reference
 * or its vector kernels. Once per class; the reference is deterministic, so the same seeds give the
 * same expectations on every run.
 */
public final class ReferenceRun {
  /** The package of the reference solution's {@code XImpl} classes. */
  public static final String REFERENCE = "dev.nngrade.solution";
  /** Per test: the reference is quick, this only stops a suite that hangs. */
  static final Duration PER_TEST = Duration.ofSeconds(60);

  private ReferenceRun() {}

  /**
   * The expectations of a class, refusing to go on when the reference does not pass every hidden
   * test under this assignment's conventions: that is a mistake in the suites or the assignment, and
   * no student may be charged for it.
   */
  public static Expectations forClass(ChildJvm jvm, Path scratch, Manifest manifest, dev.nngrade.grader.assignment.Assignment assignment, MasterSeed seeds)
      throws IOException {
    Expectations e = record(jvm, scratch, manifest, assignment.conventionsInline(), assignment.language(), seeds);
    if (!e.problems().isEmpty()) {
      StringBuilder b = new StringBuilder("the reference solution does not pass " + e.problems().size() + " hidden test(s) under assignment "
          + assignment.id() + ", so nothing was graded (check the suites and the conventions with nngrade validate-suite):");
      e.problems().entrySet().stream().limit(5).forEach(p -> b.append("\n  ").append(p.getKey()).append(": ").append(p.getValue()));
      throw new IllegalStateException(b.toString());
    }
    return e;
  }

  /** The manifest's tests (canary and control aside) with the reference, the course's conventions and each test's seed. */
  public static Expectations record(ChildJvm jvm, Path scratch, Manifest manifest, String conventions, Language language, MasterSeed seeds) throws IOException {
    List<Manifest.Entry> tests = manifest.entries().stream().filter(e -> e.exercise() != null).toList();
    if (tests.isEmpty()) {
      return Expectations.NONE;
    }
    try (RunFolder run = RunFolder.create(scratch, "reference-")) {
      byte[] key = new byte[Wire.KEY_BYTES];
      new SecureRandom().nextBytes(key);
      List<Request.TestRun> runs = tests.stream().map(t -> new Request.TestRun(t.id(), seeds.forTest(t.id()))).toList();
      Request.RunTests request = new Request.RunTests(new Request.Settings(key, REFERENCE, language, (int) PER_TEST.toSeconds()), conventions, List.of(runs));
      Limits limits = new Limits(PER_TEST, PER_TEST.multipliedBy(Math.max(10, tests.size())), 512, 1024);
      RunResult r = jvm.run(ChildJvm.Launch.tests(ChildJvm.emptySubmission(run.path()), limits, 0, ChildJvm.Modules.VALIDATION), request);
      Map<String, Expectations.Test> out = new LinkedHashMap<>();
      for (Manifest.Entry t : tests) {
        TestReport report = r.finished().get(t.id());
        out.put(t.id(), report == null ? new Expectations.Test(List.of(), "the reference's run did not report this test (it ended "
            + r.ending().name().toLowerCase(Locale.ROOT) + (r.stderrHead().isBlank() ? "" : ": " + r.stderrHead().strip()) + ")") : expected(report));
      }
      return new Expectations(out);
    }
  }

  /** The judged checks of one test of the reference, in order, and why it did not pass if it did not. */
  private static Expectations.Test expected(TestReport report) {
    List<Expectations.Expected> judged = new ArrayList<>();
    String firstFailure = null;
    for (Event.Check c : report.checks()) {
      switch (c) {
        case Event.Judged j -> judged.add(new Expectations.Expected(j.what(), j.value(), Tolerance.of(j.toleranceAbs(), j.toleranceRel()), j.hintKey()));
        case Event.CheckFailed f -> firstFailure = firstFailure != null ? firstFailure : f.message();
        case Event.GradientRow g -> {
          // the reference's own gradient checks are compared with nothing
        }
      }
    }
    String problem = report.status() == Event.Status.PASSED ? null
        : "the reference " + report.status().name().toLowerCase(Locale.ROOT) + " this test: "
            + (firstFailure != null ? firstFailure : report.thrown() != null && report.thrown().type() != null ? report.thrown().type() : "no reason given");
    return new Expectations.Test(judged, problem);
  }
}
