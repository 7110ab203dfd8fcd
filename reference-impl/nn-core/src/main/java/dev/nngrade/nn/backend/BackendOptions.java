package dev.nngrade.nn.backend;

/** Settings a backend may use: CPU threads (0 for all processors). */
public record BackendOptions(int threads) {
  public static final BackendOptions DEFAULT = new BackendOptions(0);
}
