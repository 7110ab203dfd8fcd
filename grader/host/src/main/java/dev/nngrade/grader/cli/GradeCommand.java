package dev.nngrade.grader.cli;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.grading.ClassRun;
import dev.nngrade.grader.intake.IdentityLayout;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.SelectionPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import dev.nngrade.grader.InstructorInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "grade", mixinStandardHelpOptions = true,
    description = {"Grades every submission (jars, zips of jars, folders of jars) in a folder with the assignment's hidden suites.",
        "Writes OUT/<student>/{scorecard.json,results.json,timings.json,report.html}, OUT/grades.csv, OUT/index.html and OUT/intake.json;",
        "a rerun skips what is done unless --force. Each submission has one time budget (the assignment's submissionTimeoutSeconds) for all its runs.",
        "The assignment is checked in full first (as validate-assignment does); a wrong one stops the run before anything is graded.",
        "Student ids come from the submissions folder's layout (--layout), never from inside the jars; OUT/intake.json lists what intake",
        "chose, superseded, skipped and flagged. The table on stdout shows, under each submission that needs a look, why.",
        "Progress goes to stderr: a bar on a terminal, one line per submission elsewhere (a CI log).",
        "Exit codes: 0 every submission graded, 3 some invalid or flagged for review (by the sandbox, or a jar claiming a classmate's id, or an id",
        "not on the roster), 1 the grader failed or OUT cannot be written (said at once, with the path), 2 usage error, 4 the assignment file is wrong",
        "(every problem is listed).",
        "With --shard i/K it grades one shard of the class (see nngrade merge); the exit code is then about that shard's submissions."})
public final class GradeCommand implements Callable<Integer>, InProcessKernels {
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

  @Mixin
  JobsOption jobs;

  @Option(names = "--force", description = "Grade again what is already graded.")
  boolean force;

  @Option(names = "--no-progress", description = "No progress: neither the bar (on a terminal) nor a line per submission (elsewhere, such as a CI log).")
  boolean noProgress;

  @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
      description = "Language of the feedback and reports for this run; default: the assignment's.")
  Language lang;

  @Mixin
  SandboxOption sandbox;

  @Mixin
  ShardOption shard;

  @Override
  public boolean needsKernels() {
    return InProcessKernels.forAssignment(assignment);
  }

  @Override
  public Integer call() throws Exception {
    Assignment a = Assignments.load(assignment);
    Optional<ShardOption.Resolved> part;
    try {
      part = shard.resolve(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (part.isPresent() && a.hiddenSeed() == null) {
      // a seed drawn on each machine would give each shard other hidden inputs; the assignment file is what every shard reads
      throw new InstructorInputException(assignment, List.of(assignment + ": hiddenSeed: --shard needs the assignment's own master seed, so that every"
          + " shard draws the same hidden inputs, and this assignment has none; add \"hiddenSeed\": \"<16 to 64 hex digits>\" (openssl rand -hex 32 prints one)"
          + " and grade every shard with that file"));
    }
    Intake.Options intake = Intake.Options.defaults().withLayout(layout).withPolicy(policy);
    if (roster != null) {
      intake = intake.withRoster(roster);
    }
    ClassRun.Options options = ClassRun.Options.of(submissions, out, sandbox.policy()).withIntake(intake).withJobs(jobs.jobs).withForce(force);
    if (part.isPresent()) {
      options = options.withShard(part.get().shard());
    }
    ClassRun.Result r;
    try (ClassConsole console = new ClassConsole(spec.commandLine().getErr(), ClassConsole.Progress.choose(!noProgress))) {
      part.ifPresent(p -> console.note("grading shard " + p.shard() + " (" + p.from() + ")"));
      r = ClassRun.run(lang == null ? a : a.withLanguage(lang), options, console);
    }
    SummaryTable.print(spec.commandLine().getOut(), r);
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
