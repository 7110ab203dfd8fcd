package dev.nngrade.grader.cli;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.demo.DemoLeaderboard;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.SelectionPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Builds the bundled demo class (honest, partly wrong, untouched and hostile submissions) and grades it",
        "with the 'demo' assignment: OUT/submissions/*.jar, OUT/results/<student>/..., OUT/results/grades.csv;",
        "then the leaderboard demo (assignment 'demo-leaderboard', every entry graded): OUT/leaderboard-submissions/, OUT/leaderboard-results/leaderboard/.",
        "Exit codes: 0 done, 1 the grader failed, 2 usage error."})
public final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", defaultValue = "nngrade-out/demo", description = "Output folder. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--jobs", defaultValue = "2", description = "Sandboxes side by side. Default: ${DEFAULT-VALUE}.")
  int jobs;

  @Option(names = "--force", description = "Grade again what is already graded.")
  boolean force;

  @Option(names = "--no-progress", description = "No progress bar.")
  boolean noProgress;

  @Option(names = "--lang", description = "Language of the feedback and reports for this run (ja or en); default: the assignment's.")
  String lang;

  @Option(names = "--isolation", defaultValue = "auto", paramLabel = "LEVEL",
      description = {"full, container, none, or auto (the default for the demo only: the best level this machine offers, lowered with a warning when",
          "a child cannot start there). grade never lowers by itself."})
  String isolation;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    SandboxPolicy policy = isolation.equals("auto") ? SandboxPolicy.best() : SandboxPolicy.of(Isolation.parse(isolation));
    // both assignments are read before anything is written, as every command does
    Assignment demo = lang == null ? Assignments.load("demo") : Assignments.load("demo").withLanguage(lang);
    Assignment leaderboard = lang == null ? Assignments.load("demo-leaderboard") : Assignments.load("demo-leaderboard").withLanguage(lang);
    Path submissions = out.resolve("submissions");
    DemoClass.write(submissions);
    ClassGrading.Result r = ClassGrading.run(demo, submissions, out.resolve("results"), jobs, force, policy, !noProgress, err);
    PrintWriter w = spec.commandLine().getOut();
    ClassGrading.printSummary(w, r.cards(), r.millis());
    w.println("scorecards: " + out.resolve("results") + "/<student>/scorecard.json, grades: " + out.resolve("results/grades.csv"));
    w.println();
    w.println("leaderboard demo (assignment demo-leaderboard): model submissions scored on hidden Fashion-MNIST rows");
    w.flush();
    Path models = out.resolve("leaderboard-submissions");
    DemoLeaderboard.write(models);
    // every entry counts on a leaderboard (ben's third of the day is over the daily limit), so none is superseded
    ClassGrading.Result board = ClassGrading.run(leaderboard, models, Intake.Options.defaults().withPolicy(SelectionPolicy.ALL_LISTED),
        out.resolve("leaderboard-results"), jobs, force, policy, !noProgress, err);
    ClassGrading.printSummary(w, board.cards(), board.millis());
    w.println("leaderboard: " + board.leaderboard() + " (instructor: " + board.leaderboard().resolveSibling("leaderboard.json") + ", history: "
        + board.leaderboard().resolveSibling("history.sqlite") + ")");
    w.flush();
    return 0;
  }
}
