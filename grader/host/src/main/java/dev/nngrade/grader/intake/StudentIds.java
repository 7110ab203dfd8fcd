package dev.nngrade.grader.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The two forms of a student id. The original (from a file name, a folder name or an LMS's
 * metadata) is shown and written to {@code grades.csv}; the safe form names folders, so it keeps
 * only letters, digits, {@code .}, {@code _} and {@code -}, never starts with a dot and has at most
 * {@value #MAX_SAFE} characters.
 */
final class StudentIds {
  static final int MAX_SAFE = 64;
  /** Longer originals are cut: a file name is not a place for an essay, and reports must stay readable. */
  static final int MAX_DISPLAY = 200;

  private StudentIds() {}

  /**
   * The id as shown: control characters (which a file name may hold, and which would break a CSV
   * row or a terminal) become U+FFFD, surrounding blanks go, and it is cut at {@value #MAX_DISPLAY}
   * characters.
   */
  static String display(String raw) {
    StringBuilder b = new StringBuilder();
    raw.strip().codePoints().limit(MAX_DISPLAY).forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? 0xfffd : cp));
    return b.toString();
  }

  /**
   * The id as a folder name. Two originals that differ only in characters outside the safe set map
   * to the same safe form; the grader numbers such folders apart. An original longer than the limit
   * keeps a hash of the whole so that two long ids with the same beginning stay apart.
   */
  static String safe(String original) {
    StringBuilder b = new StringBuilder();
    original.codePoints().forEach(cp -> b.append(cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-') ? (char) cp : '_'));
    String s = b.toString();
    if (s.isEmpty() || s.startsWith(".")) {
      s = "_" + s;
    }
    if (s.length() > MAX_SAFE) {
      s = s.substring(0, MAX_SAFE - 9) + "-" + sha256(original).substring(0, 8);
    }
    return s;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
