package dev.nngrade.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.testkit.Fixtures;
import dev.nngrade.nn.testkit.LayerContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FlattenAndDropoutTests {

  @Nested
  class FlattenTests implements LayerContract {
    @Override
    public Layer layer() {
      return new Flatten();
    }

    @Override
    public Tensor input() {
      return BACKEND.fromHost(Fixtures.gaussian(Fixtures.random(1), 2 * 3 * 2 * 2, 1), Shape.of(2, 3, 2, 2));
    }

    @Override
    public Shape expectedOutputShape() {
      return Shape.of(2, 12);
    }
  }

  @Nested
  class DropoutTests {
    final Tensor x = LayerContract.BACKEND.fromHost(Fixtures.gaussian(Fixtures.random(2), 50 * 40, 1), Shape.of(50, 40));

    @Test
    void textbookConventionMasksInTrainingAndScalesAtInference() {
      Dropout d = new Dropout(0.3, Dropout.Convention.SCALE_AT_INFERENCE, Seeds.generator(1));
      double[] in = x.toArray();
      double[] y = d.forward(x, true).toArray();
      double[] mask = d.lastMask();
      int kept = 0;
      for (int i = 0; i < in.length; i++) {
        assertTrue(mask[i] == 0.0 || mask[i] == 1.0);
        assertEquals(in[i] * mask[i], y[i]);
        kept += (int) mask[i];
      }
      // 2000 Bernoulli(0.7) draws: the kept fraction is 0.7 +- 0.05 with overwhelming probability
      assertEquals(0.7, kept / 2000.0, 0.05);
      double[] g = Fixtures.gaussian(Fixtures.random(3), in.length, 1);
      double[] dx = d.backward(LayerContract.BACKEND.fromHost(g, x.shape())).toArray();
      for (int i = 0; i < in.length; i++) {
        assertEquals(g[i] * mask[i], dx[i]);
      }
      double[] inference = d.forward(x, false).toArray();
      for (int i = 0; i < in.length; i++) {
        assertEquals(in[i] * (1 - 0.3), inference[i]);
      }
    }

    @Test
    void invertedConventionScalesInTrainingAndPassesThroughAtInference() {
      Dropout d = new Dropout(0.5, Dropout.Convention.INVERTED, Seeds.generator(1));
      double[] in = x.toArray();
      double[] y = d.forward(x, true).toArray();
      double[] mask = d.lastMask();
      for (int i = 0; i < in.length; i++) {
        assertTrue(mask[i] == 0.0 || mask[i] == 2.0);
        assertEquals(in[i] * mask[i], y[i]);
      }
      assertArrayEquals(in, d.forward(x, false).toArray());
    }

    @Test
    void theSameSeedGivesTheSameMasks() {
      Dropout a = new Dropout(0.5, Dropout.Convention.SCALE_AT_INFERENCE, Seeds.generator(9));
      Dropout b = new Dropout(0.5, Dropout.Convention.SCALE_AT_INFERENCE, Seeds.generator(9));
      a.forward(x, true);
      b.forward(x, true);
      assertArrayEquals(a.lastMask(), b.lastMask());
    }

    @Test
    void ratioOutsideTheUnitIntervalIsRejected() {
      assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0, Dropout.Convention.INVERTED, Seeds.generator(1)));
      assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1, Dropout.Convention.INVERTED, Seeds.generator(1)));
    }

    @Test
    void backwardNeedsATrainingForward() {
      Dropout d = new Dropout(0.5, Dropout.Convention.SCALE_AT_INFERENCE, Seeds.generator(1));
      d.forward(x, false);
      assertThrows(IllegalStateException.class, () -> d.backward(x));
    }
  }
}
