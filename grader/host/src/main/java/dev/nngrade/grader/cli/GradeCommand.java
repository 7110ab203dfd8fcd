package dev.nngrade.grader.cli;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.intake.IdentityLayout;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.SelectionPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grade", mixinStandardHelpOptions = true,
    description = {"Grades every submission (jars, zips of jars, folders of jars) in a folder with the assignment's hidden suites.",
        "Writes OUT/<student>/{scorecard.json,results.json,timings.json} and OUT/grades.csv; a rerun skips what is done unless --force.",
        "The assignment is checked in full first (as validate-assignment does); a wrong one stops the run before anything is graded.",
        "Student ids come from the submissions folder's layout (--layout), never from inside the jars; OUT/intake.json lists what intake",
        "chose, superseded, skipped and flagged.",
        "Exit codes: 0 every submission graded, 3 some invalid or flagged for review (by the sandbox, or a jar claiming a classmate's id, or an id",
        "not on the roster), 1 the grader failed, 2 usage error, 4 the assignment file is wrong (every problem is listed)."})
public final class GradeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--assignment", required = true, description = "A built-in assignment (all-exercises, lecture-002, lecture-001-004, demo, demo-leaderboard) or an assignment JSON file.")
  String assignment;

  @Option(names = "--submissions", required = true, description = "Folder of submissions.")
  Path submissions;

  @Option(names = "--out", required = true, description = "Output folder.")
  Path out;

  @Option(names = "--layout", defaultValue = "auto", converter = LayoutConverter.class,
      description = "Where student ids come from: auto (recognise the folder's shape), plain (<id>.jar, <id>.zip, <id>/), moodle, canvas, gradescope"
          + " (their download/export folders). Default: ${DEFAULT-VALUE}.")
  IdentityLayout layout;

  @Option(names = "--roster", description = "A CSV class list with an id column (name and email optional): ids not on it are flagged, its students"
      + " without a submission are listed as missing.")
  Path roster;

  @Option(names = "--policy", defaultValue = "latest-on-time-else-latest", converter = PolicyConverter.class,
      description = "Which of a student's several submissions is graded: latest-on-time-else-latest, latest, all-listed (every one). Default: ${DEFAULT-VALUE}.")
  SelectionPolicy policy;

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
    Intake.Options options = Intake.Options.defaults().withLayout(layout).withPolicy(policy);
    if (roster != null) {
      options = options.withRoster(roster);
    }
    ClassGrading.Result r = ClassGrading.run(lang == null ? a : a.withLanguage(lang), submissions, options, out, jobs, force, sandbox.policy(), !noProgress, err);
    ClassGrading.printSummary(spec.commandLine().getOut(), r.cards(), r.millis());
    // 0: every submission graded; 3: some need an instructor's look (not a jar, flagged as forged, a claimed classmate's id, not on the roster)
    return r.cards().stream().anyMatch(c -> c.status() == Scorecard.Status.INVALID || c.status() == Scorecard.Status.FLAGGED) || r.intake().needsReview() ? 3 : 0;
  }

  /** An unknown name is a usage error (exit 2) that lists the known ones. */
  public static final class LayoutConverter implements ITypeConverter<IdentityLayout> {
    @Override
    public IdentityLayout convert(String value) {
      try {
        return IdentityLayout.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  public static final class PolicyConverter implements ITypeConverter<SelectionPolicy> {
    @Override
    public SelectionPolicy convert(String value) {
      try {
        return SelectionPolicy.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
