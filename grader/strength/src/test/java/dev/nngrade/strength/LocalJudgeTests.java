package dev.nngrade.strength;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.function.Softmax;
import dev.nngrade.exercises.testkit.ImplementationResolver;
import dev.nngrade.exercises.testkit.Implementations;
import dev.nngrade.exercises.testkit.Judge;
import dev.nngrade.exercises.testkit.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The local judge decides as the host does: the reference passes under it, and candidates that are
 * wrong only where a judged check looks (a relative error of 1e-9, a missing row, null) fail with the
 * check's label, while the model passes (every strength test shows that).
 */
class LocalJudgeTests {
  private static final String SUITES = "dev.nngrade.strength.suites.";
  /** The one test of the Softmax suite whose only checks are judged ones. */
  private static final DiscoverySelector JUDGED_ONLY = DiscoverySelectors.selectMethod(SUITES + "SoftmaxStrengthTests#agreesWithTheReferenceOnWideRangesAndABatchOfOne("
      + Implementations.class.getName() + ")");

  private static EngineExecutionResults run(String candidate, DiscoverySelector selector) {
    return EngineTestKit.engine("junit-jupiter").selectors(selector).configurationParameter(Implementations.PACKAGE_PARAMETER, candidate).execute();
  }

  private static List<String> failures(EngineExecutionResults results) {
    return results.testEvents().failed().stream().map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse("?"))
        .toList();
  }

  @Test
  void theReferenceAsTheCandidatePassesEveryTestOfASuite() {
    for (String suite : List.of("SoftmaxStrengthTests", "TwoLayerNetworkStrengthTests", "SquaredErrorMeanStrengthTests")) {
      EngineExecutionResults r = run(LocalJudge.REFERENCE_PACKAGE, DiscoverySelectors.selectClass(SUITES + suite));
      assertAll(suite, () -> assertTrue(r.testEvents().started().count() > 0, "no test ran"), () -> assertEquals(List.of(), failures(r)));
    }
  }

  @Test
  void theJudgedTestPassesWithTheModel() {
    EngineExecutionResults r = run("dev.nngrade.model", JUDGED_ONLY);
    assertEquals(1, r.testEvents().succeeded().count(), () -> "failures: " + failures(r));
  }

  @Test
  void aRelativeErrorOfOneInABillionFailsTheJudgedCheck() {
    List<String> f = failures(run("dev.nngrade.strength.fixtures.offbyrelative, dev.nngrade.model", JUDGED_ONLY));
    assertEquals(1, f.size(), () -> "failures: " + f);
    assertTrue(f.get(0).startsWith("judged against the reference: softmax of a batch") && f.get(0).contains("expected"), f.get(0));
  }

  @Test
  void aMissingRowFailsAsTheWrongShape() {
    List<String> f = failures(run("dev.nngrade.strength.fixtures.wrongshape, dev.nngrade.model", JUDGED_ONLY));
    assertEquals(1, f.size(), () -> "failures: " + f);
    assertTrue(f.get(0).contains(": shape ["), f.get(0));
  }

  @Test
  void nullFailsWhereTheReferenceReturnedAValue() {
    List<String> f = failures(run("dev.nngrade.strength.fixtures.nullbatch, dev.nngrade.model", JUDGED_ONLY));
    assertEquals(1, f.size(), () -> "failures: " + f);
    assertTrue(f.get(0).contains("null instead of a result"), f.get(0));
  }

  @Test
  void aClassesConventionsReachTheCandidatesRunAndTheReferences() {
    // dropout's contract checks the course's convention only: an implementation that always scales at
    // inference passes a textbook course and fails a course that chose inverted dropout, where the
    // reference (which follows the course) passes, so the failure is the candidate's
    EngineExecutionResults inverted = run("dev.nngrade.strength.fixtures.scaleonly, dev.nngrade.model", DiscoverySelectors.selectClass(SUITES + "DropoutInvertedStrengthTests"));
    List<String> f = failures(inverted);
    assertFalse(f.isEmpty(), "scaling at inference passed a course that chose inverted dropout");
    assertTrue(f.stream().noneMatch(m -> m.contains("reference solution does not pass")), () -> "failures: " + f);
    EngineExecutionResults textbook = run("dev.nngrade.strength.fixtures.scaleonly, dev.nngrade.model", DiscoverySelectors.selectClass(SUITES + "DropoutStrengthTests"));
    assertEquals(List.of(), failures(textbook), "scaling at inference is the textbook's");
  }

  @Test
  void aSuiteThatTheReferenceFailsIsReportedAsTheSuitesMistake() {
    EngineExecutionResults r = run("dev.nngrade.model", DiscoverySelectors.selectClass(BrokenSuite.class));
    List<String> f = failures(r);
    assertEquals(1, f.size(), () -> "failures: " + f);
    assertTrue(f.get(0).startsWith("the reference solution does not pass this test"), f.get(0));
  }

  @Test
  void testsOfANestedClassAreJudgedToo() {
    EngineExecutionResults right = run(LocalJudge.REFERENCE_PACKAGE, DiscoverySelectors.selectClass(SuiteWithANestedClass.class));
    assertEquals(1, right.testEvents().succeeded().count(), () -> "failures: " + failures(right));
    List<String> f = failures(run("dev.nngrade.strength.fixtures.offbyrelative, dev.nngrade.model", DiscoverySelectors.selectClass(SuiteWithANestedClass.class)));
    assertEquals(1, f.size(), () -> "failures: " + f);
    assertTrue(f.get(0).startsWith("judged against the reference: softmax in a nested class"), f.get(0));
  }

  /** A suite whose one judged check is in a {@code @Nested} class. */
  @JudgedLocally
  @ExtendWith(ImplementationResolver.class)
  static class SuiteWithANestedClass {
    @Nested
    class Inner {
      @Test
      void judged(Implementations impl) {
        Judge.same("softmax in a nested class", impl.get(Softmax.class).softmax(new double[][] {{1, 2}, {3, 5}}), Tolerance.of(1e-15, 1e-12), "hint.softmax.formula");
      }
    }
  }

  /** A suite whose check no implementation can pass. */
  @JudgedLocally
  static class BrokenSuite {
    @Test
    void impossible() {
      org.junit.jupiter.api.Assertions.fail("no implementation passes this");
    }
  }
}
