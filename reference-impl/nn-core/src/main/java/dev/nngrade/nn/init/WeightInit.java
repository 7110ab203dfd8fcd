package dev.nngrade.nn.init;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How the weights of a layer are drawn: {@code σ · N(0, 1)} with σ fixed ({@code 0.01} in the
 * textbook's TwoLayerNet and SimpleConvNet), or chosen from the number of inputs {@code n} of each
 * layer (DLFS §6.2.2–6.2.4, {@code MultiLayerNet}). Biases always start at 0.
 */
public record WeightInit(Kind kind, double std) {

  public enum Kind {
    /** A fixed standard deviation. */
    STD,
    /** Xavier (Glorot): {@code σ = sqrt(1/n)}, for sigmoid and tanh. */
    XAVIER,
    /** He: {@code σ = sqrt(2/n)}, for ReLU. */
    HE
  }

  /** The textbook's default {@code weight_init_std = 0.01}. */
  public static final WeightInit TEXTBOOK = new WeightInit(Kind.STD, 0.01);

  public static WeightInit std(double std) {
    return new WeightInit(Kind.STD, std);
  }

  public static WeightInit xavier() {
    return new WeightInit(Kind.XAVIER, Double.NaN);
  }

  public static WeightInit he() {
    return new WeightInit(Kind.HE, Double.NaN);
  }

  /** Parses {@code xavier}, {@code he}, or a number for a fixed standard deviation. */
  public static WeightInit parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "xavier", "sigmoid", "glorot" -> xavier();
      case "he", "relu" -> he();
      default -> {
        try {
          yield std(Double.parseDouble(t));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "weight init '" + text + "' is neither xavier, he nor a number (a fixed standard deviation such as 0.01)", e);
        }
      }
    };
  }

  /** The standard deviation for a layer with {@code fanIn} inputs. */
  public double scale(int fanIn) {
    return switch (kind) {
      case STD -> std;
      case XAVIER -> Math.sqrt(1.0 / fanIn);
      case HE -> Math.sqrt(2.0 / fanIn);
    };
  }

  /** {@code count} weights {@code scale(fanIn) · N(0,1)}, drawn in order from {@code random}. */
  public double[] draw(int count, int fanIn, RandomGenerator random) {
    double s = scale(fanIn);
    double[] w = new double[count];
    for (int i = 0; i < count; i++) {
      w[i] = s * random.nextGaussian();
    }
    return w;
  }

  @Override
  public String toString() {
    return kind == Kind.STD ? "std(" + std + ")" : kind.name().toLowerCase(Locale.ROOT);
  }
}
