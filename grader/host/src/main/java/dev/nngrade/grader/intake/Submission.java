package dev.nngrade.grader.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A validated submission: who, from which file (and its SHA-256), the canonical jar's bytes (class
 * files of the student package only, sorted, fixed timestamps), the sources it carried, what was
 * dropped, when it was submitted if a sidecar file says so, and warnings for the instructor about
 * what came with the jar but not from the student (a sidecar that cannot be read).
 */
public record Submission(
    String student,
    Path file,
    String sha256,
    byte[] canonicalJar,
    List<String> classes,
    List<String> dropped,
    String exerciseSetVersion,
    Optional<Instant> submittedAt,
    List<String> warnings) {
  public Submission {
    warnings = List.copyOf(warnings);
  }

  /** A submission without warnings. */
  public Submission(String student, Path file, String sha256, byte[] canonicalJar, List<String> classes, List<String> dropped, String exerciseSetVersion,
      Optional<Instant> submittedAt) {
    this(student, file, sha256, canonicalJar, classes, dropped, exerciseSetVersion, submittedAt, List.of());
  }
}
