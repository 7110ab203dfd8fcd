package dev.nngrade.grader;

import java.util.List;

/**
 * A file the instructor supplied is wrong (an assignment file, for now). The commands stop before
 * they grade anything and exit with {@link #EXIT_CODE}, so the mistake is never charged to a
 * student. Each problem is one finished line in plain words, usually {@code FILE:LINE:COLUMN: PATH:
 * expected ..., found ...}; none carries a Java class name or a parser's own wording.
 */
public final class InstructorInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code of every command for wrong instructor input (2 is a usage error, 1 a failure of the grader). */
  public static final int EXIT_CODE = 4;

  private final String file;
  private final transient List<String> problems;

  public InstructorInputException(String file, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an instructor input error needs at least one problem");
    }
    super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems in " + file + ", the first: " + problems.get(0));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file as the instructor named it. */
  public String file() {
    return file;
  }

  /** Every problem found, in the order of the file. */
  public List<String> problems() {
    return problems;
  }
}
