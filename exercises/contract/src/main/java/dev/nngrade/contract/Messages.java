package dev.nngrade.contract;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Student-facing text from the contract's message bundles. The bundle is chosen by {@link Language}
 * alone, never by the JVM's default locale, so a grader running in any locale writes the same words.
 */
public final class Messages {
  private Messages() {}

  public static String get(Language language, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle("dev.nngrade.contract.messages", language == Language.JA ? Locale.JAPANESE : Locale.ROOT) /* ROOT: the base (English) bundle, never the JVM locale's */;
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message key '" + key + "' is missing from the " + language + " bundle of the contract", e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
