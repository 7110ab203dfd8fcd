package dev.nngrade.nn.backend;

/**
 * The element-wise activation functions of the lectures and their derivatives, defined once here;
 * every backend's kernels compute exactly these formulas.
 *
 * <p>The derivative is given both the input {@code x} and the output {@code y = f(x)}, because the
 * textbook computes some derivatives from the output (sigmoid: {@code y(1-y)}, DLFS §5.5.2) and
 * others from the input (the ReLU mask {@code x <= 0}, DLFS §5.5.1).
 */
public enum Activation {
  /** {@code f(x) = x}: the output layer of a regression (lecture 002, 000). */
  IDENTITY {
    @Override
    public double apply(double x) {
      return x;
    }

    @Override
    public double derivative(double x, double y) {
      return 1.0;
    }

    @Override
    public double backward(double dout, double x, double y) {
      return dout;
    }
  },
  /** {@code f(x) = 1 if x > 0 else 0} (lecture 002 {@code np.where(x > 0, 1, 0)}); derivative 0 everywhere it exists. */
  STEP {
    @Override
    public double apply(double x) {
      return x > 0 ? 1.0 : 0.0;
    }

    @Override
    public double derivative(double x, double y) {
      return 0.0;
    }

    @Override
    public double backward(double dout, double x, double y) {
      return 0.0;
    }
  },
  /**
   * {@code f(x) = 1 / (1 + exp(-x))}; {@code f'(x) = y (1 - y)}. StrictMath here and wherever the
   * reference needs exp, log, tanh or pow: Math's versions may differ in the last bit from one
   * processor to another, and the ground truth should not.
   */
  SIGMOID {
    @Override
    public double apply(double x) {
      return 1.0 / (1.0 + StrictMath.exp(-x));
    }

    @Override
    public double derivative(double x, double y) {
      return (1.0 - y) * y;
    }

    @Override
    public double backward(double dout, double x, double y) {
      return dout * (1.0 - y) * y; // DLFS Sigmoid.backward, left to right
    }
  },
  /** {@code f(x) = tanh(x)}; {@code f'(x) = 1 - y^2}. */
  TANH {
    @Override
    public double apply(double x) {
      return StrictMath.tanh(x);
    }

    @Override
    public double derivative(double x, double y) {
      return 1.0 - y * y;
    }

    @Override
    public double backward(double dout, double x, double y) {
      return dout * (1.0 - y * y);
    }
  },
  /**
   * {@code f(x) = max(0, x)}, written as the textbook's mask {@code x <= 0 -> 0}; the derivative is
   * 0 at {@code x = 0}, as in the textbook's layer (design.md: hidden tests never probe exactly 0).
   */
  RELU {
    @Override
    public double apply(double x) {
      return x <= 0 ? 0.0 : x;
    }

    @Override
    public double derivative(double x, double y) {
      return x <= 0 ? 0.0 : 1.0;
    }

    @Override
    public double backward(double dout, double x, double y) {
      return x <= 0 ? 0.0 : dout; // DLFS Relu.backward: dout[mask] = 0, so even an infinite dout becomes 0
    }
  },
  /** {@code f(x) = x if x > 0 else 0.01 x} (slope {@link #LEAKY_SLOPE}); derivative 1 or the slope. */
  LEAKY_RELU {
    @Override
    public double apply(double x) {
      return x <= 0 ? LEAKY_SLOPE * x : x;
    }

    @Override
    public double derivative(double x, double y) {
      return x <= 0 ? LEAKY_SLOPE : 1.0;
    }

    @Override
    public double backward(double dout, double x, double y) {
      return x <= 0 ? dout * LEAKY_SLOPE : dout;
    }
  };

  /** The negative-side slope of {@link #LEAKY_RELU}; lecture 000 names the function without a value, 0.01 is the common default. */
  public static final double LEAKY_SLOPE = 0.01;

  public abstract double apply(double x);

  /** {@code df/dx} at {@code x}, where {@code y = apply(x)}. */
  public abstract double derivative(double x, double y);

  /**
   * {@code dL/dx} from {@code dout = dL/dy}: mathematically {@code dout * derivative(x, y)}, written as
   * the textbook's layer computes it, operation for operation, so that the bits agree with it.
   */
  public abstract double backward(double dout, double x, double y);

  /** Parses a name such as {@code relu}, {@code leaky_relu}, {@code leaky-relu} or {@code sigmoid}. */
  public static Activation parse(String name) {
    String n = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (Activation a : values()) {
      if (a.name().equals(n)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown activation '" + name + "'; expected one of identity, step, sigmoid, tanh, relu, leaky_relu");
  }
}
