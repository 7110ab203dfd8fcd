package dev.nngrade.grader.cli;

import dev.nngrade.grader.Grader;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.SandboxArea;
import dev.nngrade.grader.scoring.Manifest;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin
  SandboxOption sandbox;

  @Override
  public Integer call() throws Exception {
    Assignment a = Assignments.load(assignment);
    Path work = Files.createTempDirectory("nngrade-check-");
    try (SandboxArea area = SandboxArea.create()) {
      Manifest manifest = Manifest.of(a, Manifest.Kind.PUBLIC);
      // the public tests judge nothing against the reference: their inputs and expected values are in the kit
      Grader grader = new Grader(new Grader.Setup(a, manifest, ClassGrading.sandbox(area.runtime(), sandbox.policy(), area.runs(), spec.commandLine().getErr()), work.resolve("out"), area.runs(), true,
          "dev.nngrade.student", ChildJvm.Modules.TESTS, Expectations.NONE, MasterSeed.of(java.util.Optional.empty(), work)));
      Scorecard card = grader.grade(new Intake.Candidate(jar, jar.getFileName().toString().replaceAll("\\.jar$", "")), "check", 0);
      PrintWriter out = spec.commandLine().getOut();
      boolean allPassed = card.status() == Scorecard.Status.GRADED;
      if (card.status() == Scorecard.Status.INVALID) {
        out.println(String.join("\n", card.notes()));
      }
      for (Scorecard.ExerciseResult e : card.exercises()) {
        long passed = e.tests().stream().filter(t -> t.outcome().equals("PASSED")).count();
        allPassed &= passed == e.tests().size();
        out.printf(Locale.ROOT, "%-20s %2d/%-2d %s%n", e.id(), passed, e.tests().size(), e.title());
        for (Scorecard.TestResult t : e.tests()) {
          if (!t.outcome().equals("PASSED")) {
            String detail = t.instructorMessage() != null ? t.instructorMessage() : t.message();
            out.printf(Locale.ROOT, "    %s %s: %s%s%n", t.outcome(), t.name(), detail, t.where() == null ? "" : " (" + t.where() + ")");
          }
        }
      }
      out.flush();
      return allPassed ? 0 : 1;
    } finally {
      dev.nngrade.grader.output.Files2.deleteTree(work);
    }
  }

}
