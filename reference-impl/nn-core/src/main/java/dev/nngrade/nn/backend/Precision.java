package dev.nngrade.nn.backend;

/** The floating-point type a backend computes in. The CPU backend, the ground truth, is always {@link #FLOAT64}. */
public enum Precision {
  FLOAT64,
  FLOAT32;

  /** Parses {@code float64}/{@code double}/{@code f64} and {@code float32}/{@code float}/{@code f32}. */
  public static Precision parse(String text) {
    return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "float64", "double", "f64", "fp64" -> FLOAT64;
      case "float32", "float", "f32", "fp32" -> FLOAT32;
      default ->
          throw new IllegalArgumentException(
              "unknown precision '" + text + "'; expected float64 or float32");
    };
  }
}
