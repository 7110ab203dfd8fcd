package dev.nngrade.grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Which stage of the grader may use which, checked on the compiled classes. The stages are the
 * sub-packages named in {@code package-info} (intake → sandbox → results → judging → scoring →
 * output); these rules keep a value crossing a stage going one way, so a stage can be read, tested
 * and replaced without the ones after it.
 */
class ArchitectureTests {
  private static final JavaClasses GRADER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.nngrade.grader");

  private static final String[] STAGES_AFTER_INTAKE = {
      "dev.nngrade.grader.sandbox..", "dev.nngrade.grader.results..", "dev.nngrade.grader.judging..",
      "dev.nngrade.grader.manifest..", "dev.nngrade.grader.scoring..", "dev.nngrade.grader.output..",
      "dev.nngrade.grader.leaderboard..", "dev.nngrade.grader.grading..", "dev.nngrade.grader.gradescope..",
      "dev.nngrade.grader.validation..", "dev.nngrade.grader.cli.."};

  @Test
  void stagesDoNotDependOnEachOtherInCircles() {
    // A cycle is how orchestration leaks into a stage: judging asking scoring, output asking the
    // Gradescope run. The two values several stages share (the manifest, Gradescope's results.json)
    // have packages of their own for that reason.
    slices().matching("dev.nngrade.grader.(*)..").should().beFreeOfCycles().check(GRADER);
  }

  @Test
  void onlyTheCommandLineDependsOnTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("dev.nngrade.grader.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.nngrade.grader.cli..")
        .because("cli parses options and prints; a stage that needs something from it needs it moved out of cli")
        .check(GRADER);
  }

  @Test
  void theCommandLineRunsNoSubmissionItself() {
    // A command that started child JVMs or graded would be a second, untested copy of a stage's run.
    noClasses().that().resideInAPackage("dev.nngrade.grader.cli..")
        .should().dependOnClassesThat().belongToAnyOf(dev.nngrade.grader.sandbox.ChildJvm.class, dev.nngrade.grader.sandbox.SandboxArea.class,
            dev.nngrade.grader.grading.Grader.class, dev.nngrade.grader.judging.ReferenceRun.class)
        .because("a command parses options and prints; the run of a stage lives in grading, validation, gradescope or leaderboard")
        .check(GRADER);
  }

  @Test
  void theWireProtocolStandsAlone() {
    // The protocol is loaded in the sandboxed child as well as in the host: anything it used would
    // be on the child's module path too, within the student's reach.
    classes().that().resideInAPackage("dev.nngrade.grader.protocol..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "dev.nngrade.contract..", "dev.nngrade.grader.protocol..")
        .check(GRADER);
  }

  @Test
  void resultsAreReadFromTheProtocolAlone() {
    classes().that().resideInAPackage("dev.nngrade.grader.results..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.nngrade.contract..", "dev.nngrade.grader.protocol..", "dev.nngrade.grader.results..")
        .check(GRADER);
  }

  @Test
  void intakeKnowsNothingOfTheStagesAfterIt() {
    // Intake reads hostile uploads; keeping it free of the rest lets it be fuzzed on its own.
    noClasses().that().resideInAPackage("dev.nngrade.grader.intake..")
        .should().dependOnClassesThat().resideInAnyPackage(STAGES_AFTER_INTAKE)
        .check(GRADER);
  }

  @Test
  void onlyTheSandboxStartsProcessesWhileGrading() {
    // Every process grading starts must go through the sandbox's confinement; the one other user (the
    // launcher's relaunch with the vector module) runs before any submission is read.
    noClasses().that().resideInAnyPackage("dev.nngrade.grader.intake..", "dev.nngrade.grader.results..",
            "dev.nngrade.grader.judging..", "dev.nngrade.grader.manifest..", "dev.nngrade.grader.scoring..",
            "dev.nngrade.grader.output..", "dev.nngrade.grader.leaderboard..", "dev.nngrade.grader.grading..",
            "dev.nngrade.grader.assignment..", "dev.nngrade.grader.protocol..", "dev.nngrade.grader.validation..",
            "dev.nngrade.grader.gradescope..", "dev.nngrade.grader.demo..")
        .should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class)
        .orShould().callMethod(Runtime.class, "exec", String[].class)
        .orShould().callMethod(Runtime.class, "exec", String.class)
        .check(GRADER);
  }
}
