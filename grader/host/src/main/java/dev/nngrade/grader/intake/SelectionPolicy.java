package dev.nngrade.grader.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which of a student's several submissions is graded (several files in their folder, a jar and a
 * zip, a re-upload, or several jars in one zip). A submission's time is its sidecar
 * {@code <file>.submitted}, else the LMS's own time where the layout has one (Gradescope), else the
 * file's modification time; a jar inside an archive has the archive's time. Of equal times, a jar
 * with classes of the students' package comes before one without (a project zip also holds
 * {@code .mvn/wrapper/maven-wrapper.jar}), then the later zip entry, then the later upload where the
 * LMS numbers them (Canvas), then the path.
 */
public enum SelectionPolicy {
  /** The latest submission on time (not marked late by the LMS, not after the deadline); without one, the latest. The others are listed as superseded. */
  LATEST_ON_TIME_ELSE_LATEST("latest-on-time-else-latest",
      "the latest submission on time (not marked late, not after the deadline), else the latest; the others are listed as superseded"),
  /** The latest submission, on time or not; the others are listed as superseded. */
  LATEST("latest", "the latest submission, on time or not; the others are listed as superseded"),
  /**
   * Every submission is graded, each in its own folder under the same student id, and each is listed
   * with the others: for a leaderboard, where every entry counts against the daily limit, or for an
   * instructor who wants to see every attempt. {@code grades.csv} then has one row per submission.
   */
  ALL_LISTED("all-listed", "every submission is graded and listed under the same student id (one row each in grades.csv)");

  private final String id;
  private final String rule;

  SelectionPolicy(String id, String rule) {
    this.id = id;
    this.rule = rule;
  }

  public String id() {
    return id;
  }

  /** The rule in words, as the intake report states it. */
  public String rule() {
    return rule;
  }

  public static SelectionPolicy parse(String name) {
    for (SelectionPolicy p : values()) {
      if (p.id.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown policy '" + name + "': expected one of " + names());
  }

  public static String names() {
    return Arrays.stream(values()).map(SelectionPolicy::id).collect(Collectors.joining(", "));
  }
}
