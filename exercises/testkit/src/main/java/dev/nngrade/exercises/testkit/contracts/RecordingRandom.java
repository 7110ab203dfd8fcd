package dev.nngrade.exercises.testkit.contracts;

import dev.nngrade.exercises.testkit.Numeric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A random generator that writes down every call made on it ({@code "nextInt(13)"}, {@code
 * "nextDouble()"}, ...), so that a test can check how an implementation used the generator it was
 * given. The numbers come from {@link Numeric#random(long)} with the given seed; {@code nextDouble()}
 * may instead return scripted values first (to put a draw exactly on a threshold).
 */
public final class RecordingRandom implements RandomGenerator {
  private final RandomGenerator source;
  private final double[] script;
  private int scripted;
  private final List<String> calls = new ArrayList<>();

  public RecordingRandom(long seed) {
    this(seed, new double[0]);
  }

  /** {@code nextDouble()} returns {@code script} in order, then the seeded numbers. */
  public RecordingRandom(long seed, double[] script) {
    this.source = Numeric.random(seed);
    this.script = script.clone();
  }

  /** Every call so far, in order. */
  public List<String> calls() {
    return Collections.unmodifiableList(calls);
  }

  @Override
  public long nextLong() {
    calls.add("nextLong()");
    return source.nextLong();
  }

  @Override
  public long nextLong(long bound) {
    calls.add("nextLong(" + bound + ")");
    return source.nextLong(bound);
  }

  @Override
  public long nextLong(long origin, long bound) {
    calls.add("nextLong(" + origin + ", " + bound + ")");
    return source.nextLong(origin, bound);
  }

  @Override
  public int nextInt() {
    calls.add("nextInt()");
    return source.nextInt();
  }

  @Override
  public int nextInt(int bound) {
    calls.add("nextInt(" + bound + ")");
    return source.nextInt(bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    calls.add("nextInt(" + origin + ", " + bound + ")");
    return source.nextInt(origin, bound);
  }

  @Override
  public double nextDouble() {
    calls.add("nextDouble()");
    return scripted < script.length ? script[scripted++] : source.nextDouble();
  }

  @Override
  public double nextDouble(double bound) {
    calls.add("nextDouble(" + bound + ")");
    return source.nextDouble(bound);
  }

  @Override
  public double nextDouble(double origin, double bound) {
    calls.add("nextDouble(" + origin + ", " + bound + ")");
    return source.nextDouble(origin, bound);
  }

  @Override
  public float nextFloat() {
    calls.add("nextFloat()");
    return source.nextFloat();
  }

  @Override
  public boolean nextBoolean() {
    calls.add("nextBoolean()");
    return source.nextBoolean();
  }

  @Override
  public double nextGaussian() {
    calls.add("nextGaussian()");
    return source.nextGaussian();
  }

  @Override
  public double nextGaussian(double mean, double stddev) {
    calls.add("nextGaussian(" + mean + ", " + stddev + ")");
    return source.nextGaussian(mean, stddev);
  }

  @Override
  public double nextExponential() {
    calls.add("nextExponential()");
    return source.nextExponential();
  }

  @Override
  public void nextBytes(byte[] bytes) {
    calls.add("nextBytes(" + bytes.length + ")");
    source.nextBytes(bytes);
  }
}
