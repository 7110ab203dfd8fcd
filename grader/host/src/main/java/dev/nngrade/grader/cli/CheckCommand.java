package dev.nngrade.grader.cli;

import dev.nngrade.contract.Exercise;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.grading.PublicCheck;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Runs the public tests (those of the student kit) on one submission jar, in the sandbox, and prints what failed.",
        "Exit codes: 0 every public test passed, 1 some failed (or the grader failed), 2 usage error, 4 the assignment file is wrong."})
public final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", description = "The submission jar.")
  Path jar;

  @Option(names = "--assignment", defaultValue = "all-exercises", description = "Which exercises and conventions. Default: ${DEFAULT-VALUE}.")
  String assignment;

  @Option(names = {"--exercise", "-e"}, paramLabel = "ID",
      description = "Check only this exercise (repeatable), for example softmax; default: every exercise of the assignment.")
  List<String> only = List.of();

  @Mixin
  SandboxOption sandbox;

  @Override
  public Integer call() throws Exception {
    Assignment a = chosen(Assignments.load(assignment));
    Scorecard card;
    try (ClassConsole console = new ClassConsole(spec.commandLine().getErr(), ClassConsole.Progress.NONE)) {
      card = PublicCheck.run(a, sandbox.policy(), jar, console);
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean allPassed = card.status() == Scorecard.Status.GRADED;
    if (card.status() == Scorecard.Status.INVALID) {
      out.println(String.join("\n", card.notes()));
    }
    for (Scorecard.ExerciseResult e : card.exercises()) {
      long passed = e.tests().stream().filter(t -> t.outcome() == Outcome.PASSED).count();
      allPassed &= passed == e.tests().size();
      out.printf(Locale.ROOT, "%-20s %2d/%-2d %s%n", e.id(), passed, e.tests().size(), e.title());
      for (Scorecard.TestResult t : e.tests()) {
        if (t.outcome() != Outcome.PASSED) {
          String detail = t.instructorMessage() != null ? t.instructorMessage() : t.message();
          out.printf(Locale.ROOT, "    %s %s: %s%s%n", t.outcome(), t.name(), detail, t.where() == null ? "" : " (" + t.where() + ")");
        }
      }
    }
    out.println(summary(card));
    out.flush();
    return allPassed ? 0 : 1;
  }

  /** The assignment cut down to the exercises named with {@code --exercise}; a name it lacks is a usage error listing the ones it has. */
  private Assignment chosen(Assignment a) {
    if (only.isEmpty()) {
      return a;
    }
    List<String> offered = a.exercises().stream().map(Assignment.Item::id).toList();
    Set<Exercise> wanted = new LinkedHashSet<>();
    for (String id : only) {
      if (!offered.contains(id)) {
        throw new ParameterException(spec.commandLine(), "--exercise " + id + ": assignment " + a.id() + " has no such exercise; expected one of " + String.join(", ", offered));
      }
      wanted.add(Exercise.byId(id));
    }
    return a.onlyExercises(wanted);
  }

  /** One line a student reads first: how many public tests passed, and in which exercises the others are. */
  static String summary(Scorecard card) {
    if (card.status() != Scorecard.Status.GRADED && card.exercises().isEmpty()) {
      return "checked nothing: the submission could not be run (see above)";
    }
    long passed = 0;
    long total = 0;
    List<String> failing = new ArrayList<>();
    for (Scorecard.ExerciseResult e : card.exercises()) {
      long ok = e.tests().stream().filter(t -> t.outcome() == Outcome.PASSED).count();
      passed += ok;
      total += e.tests().size();
      if (ok < e.tests().size()) {
        failing.add(e.id() + " (" + (e.tests().size() - ok) + ")");
      }
    }
    return String.format(Locale.ROOT, "%d of %d public tests passed in %d exercise%s%s", passed, total, card.exercises().size(),
        card.exercises().size() == 1 ? "" : "s", failing.isEmpty() ? "" : "; still failing: " + String.join(", ", failing));
  }
}
