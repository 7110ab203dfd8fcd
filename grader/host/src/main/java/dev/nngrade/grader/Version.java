package dev.nngrade.grader;

/** The tool's version: shown by {@code nngrade --version} and part of every grade's fingerprint. */
public final class Version {
  public static final String TEXT = "0.1.0";

  private Version() {}
}
