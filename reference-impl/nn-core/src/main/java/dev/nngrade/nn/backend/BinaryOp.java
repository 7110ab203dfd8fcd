package dev.nngrade.nn.backend;

/** Element-wise binary operations on two tensors of the same shape. */
public enum BinaryOp {
  ADD,
  SUB,
  MUL,
  DIV;

  public double apply(double a, double b) {
    return switch (this) {
      case ADD -> a + b;
      case SUB -> a - b;
      case MUL -> a * b;
      case DIV -> a / b;
    };
  }
}
