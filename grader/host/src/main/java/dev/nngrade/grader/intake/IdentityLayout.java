package dev.nngrade.grader.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a submission's student id comes from: the shape of the folder the instructor grades, never
 * the jar (a jar's {@code Nngrade-Student} is only cross-checked). Selected by name with
 * {@code --layout}; file and folder names that fit no rule of the layout are listed as skipped, with
 * the reason.
 */
public enum IdentityLayout {
  /**
   * A file {@code <id>.jar} or {@code <id>.zip} at the top of the folder (a leading
   * {@code submission-}, as the kit names jars, is dropped: {@code submission-s01.jar} is s01), or a
   * folder {@code <id>/} holding that student's files at any depth.
   * <pre>
   * subs/
   *   s01.jar
   *   submission-s02.jar
   *   s03/build/submission.zip
   * </pre>
   */
  PLAIN("plain"),
  /**
   * Moodle's "Download all submissions". With "Download submissions in folders" (the default since
   * Moodle 3.1) every student has a folder {@code <full name>_<participant id>_assignsubmission_file}
   * (Moodle 3.1 to 4.0 end it with one more {@code _}); without it the same prefix is on each file
   * name: {@code <full name>_<participant id>_assignsubmission_file_<file name>}. The id is the
   * participant id, the number Moodle's grading worksheet shows as "Participant 123456" (with blind
   * marking the name part is the word "Participant" in the site's language; in team submissions the
   * number is the group's id).
   * Folders of other submission plugins ({@code assignsubmission_onlinetext}, ...) are read the same
   * way; what they hold is not a jar, so it is listed as skipped.
   * <pre>
   * subs/
   *   Aiko Tanaka_104211_assignsubmission_file/submission-s01.jar
   *   Ben Ito_104212_assignsubmission_file/submission.zip
   *   Chika Mori_104213_assignsubmission_file_lab2.jar          (flat download)
   * </pre>
   */
  MOODLE("moodle"),
  /**
   * Canvas's "Download Submissions": flat files {@code <lastfirst>_<user id>_<attachment id>_<file name>},
   * with {@code LATE} after the name when Canvas counts the submission late
   * ({@code <lastfirst>_LATE_<user id>_<attachment id>_<file name>}), and {@code anon_<id>} in place of
   * the name and user id while an assignment is anonymised. The id is the Canvas user id (or the
   * {@code anon_} id); the name is lower case, so {@code LATE} cannot be part of it. Text entries
   * ({@code <lastfirst>_<user id>_text.html}) and URLs ({@code _link.html}) belong to the student and
   * are listed as skipped. Canvas numbers uploads in order, so of two files with the same time the one
   * with the larger attachment id is the later.
   * <pre>
   * subs/
   *   tanakaaiko_48213_9120044_submission-s01.jar
   *   itoben_LATE_48214_9120391_lab2.zip
   *   moorichika_48215_9120102_submission-1.jar                 (Canvas renames a re-uploaded file)
   * </pre>
   */
  CANVAS("canvas"),
  /**
   * Gradescope's "Export Submissions": a folder (the zip holds {@code assignment_<n>_export/}) with
   * {@code submission_metadata.yml} and one folder {@code submission_<n>} per submission. The YAML
   * maps each folder name to {@code :submitters:} (each with {@code :name:}, {@code :sid:},
   * {@code :email:}) and {@code :created_at:}, the submission time, which counts when no sidecar says
   * otherwise. The id is the submitter's SID, or the email where the course roster on Gradescope has
   * no SID. A group submission is graded once for each submitter, each flagged with the group.
   * <pre>
   * subs/
   *   submission_metadata.yml
   *   submission_254331101/submission-s01.jar
   *   submission_254331187/lab2.zip
   * </pre>
   */
  GRADESCOPE("gradescope"),
  /**
   * Recognises one of the others from the folder's shape and says which and why: Gradescope by its
   * {@code submission_metadata.yml}, Moodle and Canvas when every entry has their names, plain when
   * none has. A folder that holds only one folder is looked into. When entries fit more than one
   * layout, or only some fit an LMS's names, it stops and names the candidates, to be chosen with
   * {@code --layout}.
   */
  AUTO("auto");

  private final String id;

  IdentityLayout(String id) {
    this.id = id;
  }

  /** The name used on the command line and in the output. */
  public String id() {
    return id;
  }

  public static IdentityLayout parse(String name) {
    for (IdentityLayout l : values()) {
      if (l.id.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown layout '" + name + "': expected one of " + names());
  }

  /** The layouts' names, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(IdentityLayout::id).collect(Collectors.joining(", "));
  }
}
