package dev.nngrade.grader.intake;

/** A submission that cannot be graded at all (not a jar, too big, unsafe entries); scored 0 with this reason. */
public final class InvalidSubmissionException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] args;

  public InvalidSubmissionException(String key, String englishDetail, Object... args) {
    super(englishDetail);
    this.key = key;
    this.args = args.clone();
  }

  /** The message key of the student-facing explanation. */
  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }
}
