package dev.nngrade.strength.pit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.Exercise;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PIT's report, grouped by exercise with PIT's own score. */
class PitSummaryTests {
  private static String mutation(String status, boolean detected, String type, int line) {
    return "<mutation detected='" + detected + "' status='" + status + "' numberOfTestsRun='1'><sourceFile>X.java</sourceFile>"
        + "<mutatedClass>dev.nngrade.model." + type + "</mutatedClass><mutatedMethod>m</mutatedMethod><methodDescription>()D</methodDescription>"
        + "<lineNumber>" + line + "</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.MathMutator</mutator>"
        + "<indexes><index>1</index></indexes><blocks><block>0</block></blocks><killingTest/><description>Replaced double addition with subtraction</description></mutation>";
  }

  private static final String XML = "<?xml version='1.0' encoding='UTF-8'?><mutations partial='false'>"
      + mutation("KILLED", true, "SoftmaxImpl", 3) + mutation("SURVIVED", false, "SoftmaxImpl", 5) + mutation("TIMED_OUT", true, "SoftmaxImpl", 6)
      + mutation("NO_COVERAGE", false, "SoftmaxImpl", 9) + mutation("KILLED", true, "MulLayerImpl", 4) + mutation("KILLED", true, "AddLayerImpl$1", 2)
      + "</mutations>";

  @Test
  void mutantsAreGroupedByExerciseWithPitsScore() throws Exception {
    List<PitSummary.Mutant> mutants = PitSummary.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
    Map<Exercise, PitSummary.Score> scores = PitSummary.scores(mutants);
    assertEquals(List.of(Exercise.SOFTMAX, Exercise.GRAPH), List.copyOf(scores.keySet()));
    PitSummary.Score softmax = scores.get(Exercise.SOFTMAX);
    assertEquals(new PitSummary.Score(Exercise.SOFTMAX, 4, 2, 1, 1, 1, 1, 0), softmax);
    assertEquals(50.0, softmax.percent());
    assertEquals(100.0, scores.get(Exercise.GRAPH).percent());
    String md = PitSummary.markdown(scores, mutants);
    assertTrue(md.contains("| softmax | 4 | 1 | 1 | 1 | 1 | 50.0 % |"), md);
    assertTrue(md.contains("- `SoftmaxImpl.m` line 5: Replaced double addition with subtraction (MathMutator, SURVIVED)"), md);
    assertTrue(md.contains("| **all** | 6 | | | | | 66.7 % |"), md);
    assertTrue(PitSummary.jsonLines(scores).startsWith("{\"exercise\":\"softmax\",\"mutants\":4,\"detected\":2,\"killed\":1,\"timedOut\":1,"), PitSummary.jsonLines(scores));
  }

  @Test
  void aClassOfNoExerciseIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> PitSummary.exerciseOf("dev.nngrade.model.Helpers"));
  }
}
