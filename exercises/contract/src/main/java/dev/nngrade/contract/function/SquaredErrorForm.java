package dev.nngrade.contract.function;

/**
 * 二乗誤差の三つの流儀 / the three forms of squared error the lectures use; a course chooses one
 * (design.md, "Conventions"). {@code K} is the number of elements.
 */
public enum SquaredErrorForm {
  /** 二乗和の半分 {@code ½ Σ (y − t)²} — lecture 004 (0.0975 on its example); gradient {@code y − t}. */
  HALF_SUM,
  /** 平均の半分 {@code mean((d − y)²) / 2} — lecture 002 {@code mean_squared_error}; gradient {@code (y − d)/K}. */
  HALF_MEAN,
  /** 平均二乗誤差 {@code (1/K) Σ (y − t)²} — lecture 000 (MSE); gradient {@code 2(y − t)/K}. */
  MEAN
}
