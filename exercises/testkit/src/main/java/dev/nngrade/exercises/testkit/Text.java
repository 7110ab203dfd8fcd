package dev.nngrade.exercises.testkit;

import dev.nngrade.contract.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The testkit's student-facing words, from its ja/en bundles, in the student's language. */
public final class Text {
  private Text() {}

  public static String get(String key, Object... args) {
    Language lang = Language.current();
    ResourceBundle bundle = ResourceBundle.getBundle("dev.nngrade.exercises.testkit.messages", lang == Language.JA ? Locale.JAPANESE : Locale.ROOT) /* ROOT: the base (English) bundle, never the JVM locale's */;
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message key '" + key + "' is missing from the " + lang + " bundle of the testkit", e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
