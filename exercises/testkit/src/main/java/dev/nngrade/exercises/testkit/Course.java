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

  /** The course file named by the system property, or {@link #TEXTBOOK} when none is named. */
  public static Course current() {
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
