package dev.nngrade.grader.cli;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.demo.DemoLeaderboard;
import dev.nngrade.grader.grading.ClassRun;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.SelectionPolicy;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Builds and grades the bundled demo class, then the leaderboard demo.",
        "The class (honest, partly wrong, untouched and hostile submissions) is graded with the 'demo' assignment:",
        "OUT/submissions/*.jar, OUT/results/<student>/..., OUT/results/grades.csv, OUT/results/index.html;",
        "then the leaderboard demo (assignment 'demo-leaderboard', every entry graded): OUT/leaderboard-submissions/, OUT/leaderboard-results/leaderboard/.",
        "Exit codes: 0 done, 1 the grader failed, 2 usage error."})
public final class DemoCommand implements Callable<Integer>, InProcessKernels {
  /** The demo's leaderboard models are trained here with nn-core. */
  @Override
  public boolean needsKernels() {
    return true;
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--out", defaultValue = "nngrade-out/demo", description = "Output folder. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Mixin
  JobsOption jobs;

  @Option(names = "--force", description = "Grade again what is already graded.")
  boolean force;

  @Option(names = "--no-progress", description = "No progress: neither the bar (on a terminal) nor a line per submission (elsewhere, such as a CI log).")
  boolean noProgress;

  @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
      description = "Language of the feedback and reports for this run; default: the assignment's.")
  Language lang;

  @Option(names = "--isolation", defaultValue = "auto", paramLabel = "LEVEL",
      description = {"full, container, none, or auto (the default for the demo only: the best level this machine offers, lowered with a warning when",
          "a child cannot start there). grade never lowers by itself."})
  String isolation;

  @Override
  public Integer call() throws Exception {
    SandboxPolicy policy = isolation.equals("auto") ? SandboxPolicy.best() : SandboxPolicy.of(Isolation.parse(isolation));
    // both assignments are read before anything is written, as every command does
    Assignment demo = lang == null ? Assignments.load("demo") : Assignments.load("demo").withLanguage(lang);
    Assignment leaderboard = lang == null ? Assignments.load("demo-leaderboard") : Assignments.load("demo-leaderboard").withLanguage(lang);
    Path submissions = out.resolve("submissions");
    Path models = out.resolve("leaderboard-submissions");
    refuseStrays(submissions, DemoClass.files());
    refuseStrays(models, DemoLeaderboard.files());
    DemoClass.write(submissions);
    ClassRun.Result r;
    try (ClassConsole console = new ClassConsole(spec.commandLine().getErr(), ClassConsole.Progress.choose(!noProgress))) {
      r = ClassRun.run(demo, ClassRun.Options.of(submissions, out.resolve("results"), policy).withJobs(jobs.jobs).withForce(force), console);
    }
    PrintWriter w = spec.commandLine().getOut();
    SummaryTable.print(w, r);
    w.println("scorecards: " + out.resolve("results") + "/<student>/scorecard.json, grades: " + out.resolve("results/grades.csv"));
    w.println();
    w.println("leaderboard demo (assignment demo-leaderboard): model submissions scored on hidden Fashion-MNIST rows");
    w.flush();
    DemoLeaderboard.write(models);
    // every entry counts on a leaderboard (ben's third of the day is over the daily limit), so none is superseded
    ClassRun.Result board;
    try (ClassConsole console = new ClassConsole(spec.commandLine().getErr(), ClassConsole.Progress.choose(!noProgress))) {
      board = ClassRun.run(leaderboard, ClassRun.Options.of(models, out.resolve("leaderboard-results"), policy)
          .withIntake(Intake.Options.defaults().withPolicy(SelectionPolicy.ALL_LISTED)).withJobs(jobs.jobs).withForce(force), console);
    }
    SummaryTable.print(w, board);
    Path page = board.leaderboard().orElseThrow();
    w.println("leaderboard: " + page + " (instructor: " + page.resolveSibling("leaderboard.json") + ", history: " + page.resolveSibling("history.sqlite") + ")");
    w.flush();
    return 0;
  }

  /** A file in a folder the demo fills that the demo would not write is neither graded nor deleted: the run stops first. */
  private void refuseStrays(Path folder, java.util.List<Path> ours) throws java.io.IOException {
    java.util.Optional<Path> stray = DemoClass.stray(folder, ours);
    if (stray.isPresent()) {
      throw new ParameterException(spec.commandLine(), "--out " + out + ": " + folder.resolve(stray.get())
          + " is not one of the demo's submissions (left by another version of the demo, or not the demo's at all), and it would be graded with them;"
          + " remove " + folder + " or choose another --out");
    }
  }
}
