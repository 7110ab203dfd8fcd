package dev.nngrade.grader.cli;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.validation.SuiteValidation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate-suite", mixinStandardHelpOptions = true,
    description = {"Checks an assignment's hidden suites before release.",
        "The reference solution must score 100 %%, the untouched skeleton 0 %%, and every mutant (a classic mistake) of an exercise",
        "in the assignment must lose points on its own exercise and on no other.",
        "A run in which a test timed out or crashed is graded once more before it counts (a loaded machine is not a verdict on the suite).",
        "Writes OUT/validate-suite.json.",
        "Exit codes: 0 the suite is valid, 1 it is not (or the grader failed), 2 usage error, 4 the assignment file is wrong."})
public final class ValidateSuiteCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--assignment", required = true, description = "A built-in assignment or an assignment JSON file.")
  String assignment;

  @Option(names = "--out", defaultValue = "nngrade-out/validate-suite", description = "Output folder. Default: ${DEFAULT-VALUE}.")
  Path out;

  /** Mutants graded side by side, each in its own sandbox. */
  @Mixin
  JobsOption jobs;

  @Mixin
  SandboxOption sandbox;

  @Override
  public Integer call() throws Exception {
    Assignment a = Assignments.load(assignment);
    SuiteValidation.Report report;
    try (ClassConsole console = new ClassConsole(spec.commandLine().getErr(), ClassConsole.Progress.NONE)) {
      report = SuiteValidation.run(a, sandbox.policy(), out, jobs.jobs, console);
    }
    SuiteValidation.write(report, out.resolve("validate-suite.json"));
    PrintWriter w = spec.commandLine().getOut();
    for (SuiteValidation.Check c : report.checks()) {
      String tail = (c.caughtBy().isEmpty() ? "" : "  caught by " + c.caughtBy()) + (c.detail().isEmpty() ? "" : "  " + c.detail());
      w.printf(Locale.ROOT, "%-4s %s  [%.1f/%.0f]%s%s%n", c.ok() ? "ok" : "FAIL", c.what(), c.score(), c.maxScore(), tail,
          c.regraded() ? "  (graded twice: a test timed out or crashed in the first run)" : "");
    }
    w.println(report.ok() ? "the suite is valid" : "the suite is NOT valid: see the FAIL lines");
    w.flush();
    return report.ok() ? 0 : 1;
  }
}
