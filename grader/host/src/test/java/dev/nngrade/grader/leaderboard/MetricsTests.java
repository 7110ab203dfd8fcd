package dev.nngrade.grader.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metrics against hand-computed values, the checks on predictions, the split and the weights format. */
class MetricsTests {
  static HiddenData regression(int rows, long seed) throws IOException {
    return HiddenData.load(new LeaderboardSpec("regression", "lecture-002", rows, new LeaderboardSpec.Split(seed, 0.5), null, null, null, null, null, null, null, null),
        Path.of(""));
  }

  @Test
  void meanAbsoluteErrorOfLectureTwosTaskIsTheMeanOfTheDifferencesPerPart() throws IOException {
    HiddenData d = regression(10, 5);
    double[][] y = new double[10][1];
    double pub = 0, priv = 0;
    for (int i = 0; i < 10; i++) {
      y[i][0] = 2 * d.inputs()[i][0] + 3 * d.inputs()[i][1] + (i + 1) * 0.1; // off by 0.1·(i+1)
      if (d.isPublic(i)) {
        pub += (i + 1) * 0.1;
      } else {
        priv += (i + 1) * 0.1;
      }
    }
    assertEquals(5, d.publicRows());
    Metrics.Split s = Metrics.score(y, d);
    assertEquals(pub / 5, s.publicPart().metric(), 1e-12);
    assertEquals(priv / 5, s.privatePart().metric(), 1e-12);
    assertTrue(Double.isNaN(s.publicPart().accuracy()));
  }

  @Test
  void theSplitIsFixedByTheSeedAndDiffersBetweenSeeds() throws IOException {
    HiddenData a = regression(200, 1), b = regression(200, 1), c = regression(200, 2);
    boolean[] pa = new boolean[200], pb = new boolean[200], pc = new boolean[200];
    for (int i = 0; i < 200; i++) {
      pa[i] = a.isPublic(i);
      pb[i] = b.isPublic(i);
      pc[i] = c.isPublic(i);
    }
    assertTrue(Arrays.equals(pa, pb));
    assertEquals(a.fingerprint(), b.fingerprint());
    assertTrue(!Arrays.equals(pa, pc) && !a.fingerprint().equals(c.fingerprint()));
    assertEquals(100, a.publicRows());
  }

  @Test
  void crossEntropyAndAccuracyOnTheEmbeddedTestRowsMatchAHandComputation() throws IOException {
    HiddenData d = HiddenData.load(new LeaderboardSpec("image-classification", "embedded", 20, new LeaderboardSpec.Split(3, 0.5), null, null, null, null, null,
        null, null, null), Path.of(""));
    double[][] y = new double[20][10];
    double pub = 0;
    int right = 0;
    for (int i = 0; i < 20; i++) {
      Arrays.fill(y[i], 0.05);
      int guess = i % 2 == 0 ? d.labels()[i] : (d.labels()[i] + 1) % 10; // right on even rows
      y[i][guess] = 0.55;
      if (d.isPublic(i)) {
        pub += guess == d.labels()[i] ? -Math.log(0.55 + 1e-7) : -Math.log(0.05 + 1e-7);
        right += guess == d.labels()[i] ? 1 : 0;
      }
    }
    assertNull(Metrics.check(y, d));
    Metrics.Scores s = Metrics.score(y, d).publicPart();
    assertEquals(pub / 10, s.metric(), 1e-12);
    assertEquals(right / 10.0, s.accuracy(), 0);
  }

  @Test
  void predictionsThatAreNotADistributionAreNamedByRowAndValue() throws IOException {
    HiddenData d = HiddenData.load(new LeaderboardSpec("image-classification", "embedded", 4, null, null, null, null, null, null, null, null, null), Path.of(""));
    double[][] ok = new double[4][10];
    for (double[] r : ok) {
      Arrays.fill(r, 0.1);
    }
    double[][] nan = Arrays.stream(ok).map(double[]::clone).toArray(double[][]::new);
    nan[2][7] = Double.NaN;
    assertEquals("leaderboard.invalid.not-finite", Metrics.check(nan, d).key());
    assertEquals(2, Metrics.check(nan, d).args()[0]);
    double[][] sum = Arrays.stream(ok).map(double[]::clone).toArray(double[][]::new);
    sum[1][0] = 0.3;
    assertEquals("leaderboard.invalid.row-sum", Metrics.check(sum, d).key());
    assertEquals("leaderboard.invalid.rows", Metrics.check(Arrays.copyOf(ok, 3), d).key());
    double[][] nine = Arrays.stream(ok).map(r -> Arrays.copyOf(r, 9)).toArray(double[][]::new);
    assertEquals("leaderboard.invalid.columns", Metrics.check(nine, d).key());
  }

  @Test
  void weightsRoundTripAndADamagedFileSaysWhatIsWrong() throws IOException {
    Map<String, double[][]> p = new LinkedHashMap<>();
    p.put("W1", new double[][] {{1, -2.5}, {Double.MIN_VALUE, 3}});
    p.put("b1", new double[][] {{0.125, 7}});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Weights.write(p, out);
    Map<String, double[][]> back = Weights.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(p.keySet(), back.keySet());
    assertTrue(Arrays.deepEquals(p.get("W1"), back.get("W1")) && Arrays.deepEquals(p.get("b1"), back.get("b1")));
    assertEquals(6, Weights.count(back));
    byte[] truncated = Arrays.copyOf(out.toByteArray(), out.size() - 3);
    assertTrue(assertThrows(IOException.class, () -> Weights.read(new ByteArrayInputStream(truncated))).getMessage().contains("truncated"));
    byte[] wrongMagic = out.toByteArray().clone();
    wrongMagic[0] = 'P';
    assertTrue(assertThrows(IOException.class, () -> Weights.read(new ByteArrayInputStream(wrongMagic))).getMessage().contains("magic"));
  }
}
