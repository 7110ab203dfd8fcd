package dev.nngrade.grader.grading;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.RunFolder;
import dev.nngrade.grader.sandbox.SandboxArea;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One jar's public tests (the student kit's) in the sandbox: what {@code nngrade check} runs for a
 * student before submitting. Nothing is judged against the reference, since the public tests' inputs
 * and expected values are in the kit, and nothing is kept: the card is the result.
 */
public final class PublicCheck {
  private PublicCheck() {}

  /** The scorecard of {@code jar} on the public tests of {@code a}'s exercises; the sandbox in force is told to {@code listener}. */
  public static Scorecard run(Assignment a, SandboxPolicy policy, Path jar, ClassRun.Listener listener) throws IOException {
    try (SandboxArea area = SandboxArea.create(); RunFolder work = RunFolder.create(area.runs(), "check-")) {
      Manifest manifest = Manifest.of(a, Manifest.Kind.PUBLIC);
      ChildJvm jvm = ClassRun.sandbox(area.runtime(), policy, area.runs(), listener);
      Grader grader = new Grader(new Grader.Setup(a, manifest, jvm, work.path().resolve("out"), area.runs(), true, "dev.nngrade.student", ChildJvm.Modules.TESTS,
          Expectations.NONE, MasterSeed.of(Optional.empty(), work.path()), Optional.empty()));
      return grader.grade(new Intake.Candidate(jar, jar.getFileName().toString().replaceAll("\\.jar$", "")), "check", 0);
    }
  }
}
