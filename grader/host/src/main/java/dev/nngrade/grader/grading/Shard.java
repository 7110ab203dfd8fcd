package dev.nngrade.grader.grading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Shard {@code index} of {@code count} (from 1): the students whose id hashes to it. The hash is of
 * the student id as intake gives it (the id of the folder's layout, as {@code grades.csv} and
 * {@code intake.json} show it), never of a file, so every submission of a student falls in the same
 * shard (the selection policy and a leaderboard's daily limit see all of them in one place), a
 * retried shard gets the same students, and {@code merge} can tell from {@code intake.json} alone
 * which shard should have graded each submission. SHA-256 rather than {@link String#hashCode}: the
 * same on every JVM and machine, and spread evenly over shards whatever the ids look like.
 */
public record Shard(int index, int count) {
  /** More shards than this is a typing mistake, not a cluster: each shard runs the class's intake and the reference once. */
  public static final int MOST = 10_000;

  public Shard {
    if (count < 1 || count > MOST) {
      throw new IllegalArgumentException("shard count " + count + ": expected 1 to " + MOST);
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count + ": expected an index from 1 to " + count);
    }
  }

  /** Whether {@code student}'s submissions are this shard's to grade. */
  public boolean contains(String student) {
    return of(student, count) == index;
  }

  /** The shard (from 1) of {@code count} that grades {@code student}. */
  public static int of(String student, int count) {
    byte[] d;
    try {
      d = MessageDigest.getInstance("SHA-256").digest(("nngrade shard\0" + student).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = v << 8 | (d[i] & 0xff);
    }
    return (int) Long.remainderUnsigned(v, count) + 1;
  }

  /** {@code i/K}, as {@code --shard} takes it. */
  @Override
  public String toString() {
    return index + "/" + count;
  }
}
