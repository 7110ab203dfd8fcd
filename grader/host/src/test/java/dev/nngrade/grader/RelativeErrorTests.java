package dev.nngrade.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.exercises.testkit.RelativeError;
import dev.nngrade.nn.gradient.GradientCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One relative error everywhere instructors read one: the reference's gradient check (nn-core), the
 * testkit's gradient rows and mismatch messages, and the reports' column, which states the formula.
 * The modules do not depend on one another, so each defines it once and this test holds them together.
 */
class RelativeErrorTests {
  private static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 1e-300, 1e-320, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-8, 3e-8, 0.5, 2.0,
      1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0 + Math.ulp(1.0)};

  @Test
  void theReferenceAndTheTestkitComputeTheSameBits() {
    for (double a : SPECIAL) {
      for (double n : SPECIAL) {
        same(a, n);
      }
    }
    SplittableRandom r = new SplittableRandom(20260101L);
    for (int i = 0; i < 100_000; i++) {
      double a = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-20, 20));
      // near neighbours (a gradient check's usual case) and unrelated values
      double n = r.nextBoolean() ? a * (1 + (r.nextDouble() - 0.5) * Math.pow(10, -r.nextInt(1, 16))) : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-20, 20));
      same(a, n);
    }
  }

  private static void same(double a, double n) {
    double testkit = RelativeError.of(a, n);
    double reference = GradientCheck.relativeError(n, a);
    assertEquals(Double.doubleToRawLongBits(testkit), Double.doubleToRawLongBits(reference), () -> "a = " + a + ", n = " + n + ": testkit " + testkit + ", reference " + reference);
    assertEquals(Double.doubleToRawLongBits(testkit), Double.doubleToRawLongBits(RelativeError.of(n, a)), "symmetric");
  }

  @Test
  void itIsTheStatedFormula() {
    assertEquals(RelativeError.FORMULA, GradientCheck.FORMULA);
    assertEquals(RelativeError.TINY, GradientCheck.TINY);
    assertEquals(0.5, RelativeError.of(1, 2)); // not 1/3, the sum-denominator form
    assertEquals(0.0, RelativeError.of(0, 0));
    assertEquals(1.0, RelativeError.of(1e-12, 0)); // no floor that hides a gradient of the wrong size near 0
    assertEquals(2.0, RelativeError.of(1, -1));
    assertEquals(Double.POSITIVE_INFINITY, RelativeError.of(Double.NaN, 1));
    assertEquals(2.0, RelativeError.of(Double.MAX_VALUE, -Double.MAX_VALUE));
  }

  @Test
  void theReportsStateTheSameFormulaInBothLanguages() throws IOException {
    for (String bundle : new String[] {"labels.properties", "labels_ja.properties"}) {
      Properties p = new Properties();
      try (InputStream in = dev.nngrade.reports.html.HtmlRenderer.class.getResourceAsStream(bundle)) {
        assertTrue(in != null, bundle);
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      String definition = p.getProperty("gradcheck.max-relative.definition");
      assertTrue(definition != null && definition.startsWith(RelativeError.FORMULA), bundle + ": " + definition);
    }
  }
}
