package dev.nngrade.contract;

/**
 * What a skeleton method throws until the student writes it: the exercise, where it comes from in
 * the lectures, and which method to implement, in the student's language.
 */
public final class NotImplemented extends UnsupportedOperationException {
  private static final long serialVersionUID = 1L;

  private NotImplemented(String message) {
    super(message);
  }

  /** For method {@code method} of exercise {@code exercise}. */
  public static NotImplemented of(Exercise exercise, String method) {
    Language lang = Language.current();
    return new NotImplemented(Messages.get(lang, "not-implemented", exercise.source(lang), exercise.title(lang), method));
  }
}
