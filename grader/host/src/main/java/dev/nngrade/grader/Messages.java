package dev.nngrade.grader;

import dev.nngrade.contract.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The grader's student-facing words (ja/en bundles), chosen by the assignment's language. */
public final class Messages {
  private Messages() {}

  public static String get(Language language, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle("dev.nngrade.grader.messages", language == Language.JA ? Locale.JAPANESE : Locale.ROOT) /* ROOT: the base (English) bundle, never the JVM locale's */;
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message key '" + key + "' is missing from the grader's " + language + " bundle", e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
