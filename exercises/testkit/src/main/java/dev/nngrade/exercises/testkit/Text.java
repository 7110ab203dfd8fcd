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
    return in(Language.current(), key, args);
  }

  /** In a given language (the grader's host, which words a report in the assignment's language). */
  public static String in(Language lang, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(lang).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message key '" + key + "' is missing from the " + lang + " bundle of the testkit", e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** Whether {@code key} names a hint of the bundles (a key a child reports is checked against them before it is shown). */
  public static boolean isHint(String key) {
    return key != null && key.startsWith("hint.") && bundle(Language.EN).containsKey(key) && bundle(Language.JA).containsKey(key);
  }

  private static ResourceBundle bundle(Language lang) {
    // ROOT: the base (English) bundle, never the JVM locale's
    return ResourceBundle.getBundle("dev.nngrade.exercises.testkit.messages", lang == Language.JA ? Locale.JAPANESE : Locale.ROOT);
  }
}
