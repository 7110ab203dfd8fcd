package dev.nngrade.exercises.testkit;

import dev.nngrade.contract.Language;
import dev.nngrade.contract.function.SquaredErrorForm;
import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.train.AdamForm;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * The conventions a course chose where the lectures disagree (design.md), read from the course
 * file named by the system property {@value Language#COURSE_FILE_PROPERTY} (the kit's {@code
 * course.properties}). Missing keys take the textbook's choice.
 */
public record Course(SquaredErrorForm squaredError, AdamForm adam, DropoutForm dropout) {
  /** The textbook's choices (DLFS, lecture 004). */
  public static final Course TEXTBOOK = new Course(SquaredErrorForm.HALF_SUM, AdamForm.TEXTBOOK, DropoutForm.SCALE_AT_INFERENCE);

  /**
   * System property with the conventions written inline, {@code key=value;key=value} (the grader's
   * child JVM gets them this way); it wins over the course file.
   */
  public static final String INLINE_PROPERTY = "nngrade.course.inline";

  /** The inline conventions if given, else the course file named by the system property, else {@link #TEXTBOOK}. */
  public static Course current() {
    String inline = System.getProperty(INLINE_PROPERTY, "");
    if (!inline.isBlank()) {
      Properties p = new Properties();
      for (String pair : inline.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          p.setProperty(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
      return of(Path.of("-D" + INLINE_PROPERTY), p);
    }
    String file = System.getProperty(Language.COURSE_FILE_PROPERTY, "");
    return file.isBlank() ? TEXTBOOK : load(Path.of(file));
  }

  public static Course load(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the course file " + file.toAbsolutePath() + " (" + e.getMessage() + "); check -D" + Language.COURSE_FILE_PROPERTY, e);
    }
    return of(file, p);
  }

  /** The conventions in {@code p}; {@code source} names where they came from in error messages. */
  public static Course of(Path source, Properties p) {
    Path file = source;
    return new Course(
        choice(file, p, "squared-error", SquaredErrorForm.class, TEXTBOOK.squaredError),
        choice(file, p, "adam", AdamForm.class, TEXTBOOK.adam),
        choice(file, p, "dropout", DropoutForm.class, TEXTBOOK.dropout));
  }

  private static <E extends Enum<E>> E choice(Path file, Properties p, String key, Class<E> type, E fallback) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    String name = v.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalStateException(file + ": " + key + " = " + v + " is not a known convention; expected one of "
        + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
