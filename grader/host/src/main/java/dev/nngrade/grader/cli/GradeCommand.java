package dev.nngrade.grader.cli;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grade", mixinStandardHelpOptions = true,
    description = {"Grades every submission (jars, zips of jars, folders of jars) in a folder with the assignment's hidden suites.",
        "Writes OUT/<student>/{scorecard.json,results.json,timings.json} and OUT/grades.csv; a rerun skips what is done unless --force.",
        "The assignment is checked in full first (as validate-assignment does); a wrong one stops the run before anything is graded.",
        "Exit codes: 0 every submission graded, 3 some invalid or flagged for review, 1 the grader failed, 2 usage error,",
        "4 the assignment file is wrong (every problem is listed)."})
public final class GradeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--assignment", required = true, description = "A built-in assignment (all-exercises, lecture-002, lecture-001-004, demo, demo-leaderboard) or an assignment JSON file.")
  String assignment;

  @Option(names = "--submissions", required = true, description = "Folder of submissions.")
  Path submissions;

  @Option(names = "--out", required = true, description = "Output folder.")
  Path out;

  @Option(names = "--jobs", defaultValue = "2", description = "Sandboxes side by side. Default: ${DEFAULT-VALUE}.")
  int jobs;

  @Option(names = "--force", description = "Grade again what is already graded.")
  boolean force;

  @Option(names = "--no-progress", description = "No progress bar.")
  boolean noProgress;

  @Option(names = "--lang", description = "Language of the feedback and reports for this run (ja or en); default: the assignment's.")
  String lang;

  @Mixin
  SandboxOption sandbox;

  @Override
  public Integer call() throws Exception {
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs " + jobs + ": expected at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    Assignment a = Assignments.load(assignment);
    ClassGrading.Result r = ClassGrading.run(lang == null ? a : a.withLanguage(lang), submissions, out, jobs, force, sandbox.isolation(), !noProgress, err);
    ClassGrading.printSummary(spec.commandLine().getOut(), r.cards(), r.millis());
    // 0: every submission graded; 3: some need an instructor's look (not a jar, or flagged as forged)
    return r.cards().stream().anyMatch(c -> c.status() == Scorecard.Status.INVALID || c.status() == Scorecard.Status.FLAGGED) ? 3 : 0;
  }
}
