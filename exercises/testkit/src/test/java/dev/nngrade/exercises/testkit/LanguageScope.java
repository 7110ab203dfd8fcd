package dev.nngrade.exercises.testkit;

import dev.nngrade.contract.Language;

/** Runs a block with the student's language set, then restores the previous setting. */
final class LanguageScope {
  private LanguageScope() {}

  static void with(String lang, Runnable body) {
    String before = System.getProperty(Language.PROPERTY);
    System.setProperty(Language.PROPERTY, lang);
    try {
      body.run();
    } finally {
      if (before == null) {
        System.clearProperty(Language.PROPERTY);
      } else {
        System.setProperty(Language.PROPERTY, before);
      }
    }
  }
}
