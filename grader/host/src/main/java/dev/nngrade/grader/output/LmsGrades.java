package dev.nngrade.grader.output;

import dev.nngrade.grader.intake.IntakeReport;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A graded class's scores as the CSV an LMS imports, matched by the ids the submissions folder's
 * layout gave (OUT/intake.json), never by anything inside a jar.
 *
 * <ul>
 *   <li><b>Moodle</b>: the assignment's offline grading worksheet (the "Offline grading worksheet"
 *       feedback type). Moodle finds its columns by their names in the importing user's language:
 *       "Identifier" (read as "Participant " and the participant id, the number of the download's
 *       folder names; Moodle cuts off as many bytes as its word "Participant " has), "Grade" and
 *       "Last modified (grade)" are required; "Feedback comments" is taken when the assignment has
 *       feedback comments on. A row whose grade was changed in Moodle more than a minute after the
 *       time in "Last modified (grade)" is skipped unless the importer allows it, so that column holds
 *       when nngrade graded the submission. A grade above the assignment's maximum is skipped too.
 *       The other columns mirror the worksheet Moodle hands out and are not read.
 *   <li><b>Canvas</b>: the gradebook import. The header's first columns must be "Student", "ID",
 *       then either nothing, "SIS Login ID", or "SIS User ID" and "SIS Login ID", and then "Section"
 *       (Canvas refuses any other order, "SIS User ID" without "SIS Login ID" included); the student is
 *       found by "ID", the Canvas user id of the download's file names. An assignment column is
 *       "name (id)": Canvas matches it by the id and would create a new assignment from a column it
 *       cannot match, so the id is required and no other column is written (a "Notes" column that
 *       does not exist yet would become an assignment too). Canvas imports no comments from this file.
 * </ul>
 *
 * A submission the grader failed on (ERROR, graded again by the next run) gets no row, so the LMS
 * keeps what it has; every other status exports the scorecard's score (0 for INVALID, FLAGGED and
 * TOO_LATE, as the class page shows).
 */
public final class LmsGrades {
  public enum Format {
    MOODLE("moodle"),
    CANVAS("canvas");

    private final String id;

    Format(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Format parse(String s) {
      for (Format f : values()) {
        if (f.id.equals(s)) {
          return f;
        }
      }
      throw new IllegalArgumentException("format '" + s + "': expected moodle or canvas");
    }
  }

  /**
   * What to write: the format; Canvas's assignment id and column name (the assignment's title when
   * empty); the points to scale scores to (the assignment's own maximum when empty); for Moodle, where
   * the reports are published (each row's feedback then links to {@code <url><folder>/report.html}).
   */
  public record Options(Format format, Optional<Long> canvasAssignmentId, Optional<String> canvasColumnName, Optional<Double> outOf,
      Optional<String> reportsUrl) {}

  /** What was written: the number of rows, the submissions left out (with why), and what the instructor should know. */
  public record Written(int rows, List<String> leftOut, List<String> notes) {}

  /** Moodle's worksheet header, as Moodle (English) writes it. */
  public static final List<String> MOODLE_HEADER = List.of("Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade", "Grade can be changed",
      "Last modified (submission)", "Last modified (grade)", "Feedback comments");
  /** Canvas's student columns; the assignment's column follows. */
  public static final List<String> CANVAS_STUDENT_COLUMNS = List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section");
  /** The word before the participant id in Moodle's "Identifier" column (English; the space belongs to it). */
  public static final String MOODLE_PARTICIPANT = "Participant ";
  /** Times as Moodle reads them back (PHP's strtotime takes ISO 8601 with an offset). */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

  private LmsGrades() {}

  /** Reads the class in {@code results} and writes {@code file}; a class that cannot be exported in this format is an {@link IllegalArgumentException} saying why. */
  public static Written write(Path results, Path file, Options o) throws IOException {
    Path intakeFile = results.resolve("intake.json");
    if (!Files.isRegularFile(intakeFile)) {
      throw new IllegalArgumentException(results + " has no intake.json: expected the output folder of nngrade grade (or merge)");
    }
    IntakeReport.Recorded intake = IntakeReport.read(intakeFile);
    String layout = intake.report().layout();
    if (!layout.equals(o.format().id())) {
      throw new IllegalArgumentException(results + " was graded from a " + layout + " folder, so its student ids are not " + (o.format() == Format.MOODLE
          ? "Moodle participant ids" : "Canvas user ids") + ": grade the " + (o.format() == Format.MOODLE ? "Moodle" : "Canvas")
          + " download (--layout " + o.format().id() + ") and export that");
    }
    Map<String, Integer> seen = new HashMap<>();
    record Row(String student, String folder, Scorecard card) {}
    List<Row> rows = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    for (int i = 0; i < intake.folders().size(); i++) {
      String student = intake.report().candidates().get(i).student();
      String folder = intake.folders().get(i);
      if (seen.merge(student, 1, Integer::sum) > 1) {
        throw new IllegalArgumentException(results + " holds several graded submissions of " + student + " (graded with --policy all-listed): an LMS takes"
            + " one grade per student; grade with the default policy to export");
      }
      Path card = results.resolve(folder).resolve("scorecard.json");
      if (!Files.isRegularFile(card)) {
        throw new IllegalArgumentException(card + " is missing: the class was not graded to the end (run the same grade command again)");
      }
      Scorecard c = ResultWriters.JSON.readValue(card.toFile(), Scorecard.class);
      // both LMSs number their ids: a participant id in Moodle, a user id in Canvas
      if (!student.matches("\\d{1,18}")) {
        throw new IllegalArgumentException("student id '" + student + "' (" + folder + ") is not a " + (o.format() == Format.MOODLE ? "Moodle participant id"
            : "Canvas user id" + (student.startsWith("anon_") ? ": the download was made while the assignment was anonymous; turn anonymous grading off,"
                + " download again and grade that" : "")));
      }
      if (c.status() == Scorecard.Status.ERROR) {
        leftOut.add(student + " (" + folder + "): the grader failed on it, so it has no grade yet; run the same grade command again");
        continue;
      }
      rows.add(new Row(student, folder, c));
    }
    rows.sort(Comparator.comparing((Row r) -> r.student().length()).thenComparing(Row::student));
    List<String> notes = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    if (o.format() == Format.MOODLE) {
      line(b, MOODLE_HEADER);
      for (Row r : rows) {
        Scorecard c = r.card();
        double max = o.outOf().orElse(c.maxScore());
        line(b, List.of(MOODLE_PARTICIPANT + r.student(), "", "", c.status().name(), ResultWriters.number(scaled(c, o)), ResultWriters.number(max), "Yes",
            c.submission() == null || c.submission().submittedAt() == null ? "" : time(c.submission().submittedAt()), time(c.gradedAt()),
            feedback(c, r.folder(), o)));
      }
      notes.add("import it in Moodle with your language set to English: Moodle finds the columns by their English names");
    } else {
      long id = o.canvasAssignmentId().orElseThrow(() -> new IllegalArgumentException("Canvas matches the grade column by the assignment's id:"
          + " give --assignment-id (the number in the assignment's address, .../assignments/12345)"));
      String title = o.canvasColumnName().orElse(rows.isEmpty() || rows.get(0).card().assignment() == null ? "nngrade" : rows.get(0).card().assignment().title());
      List<String> header = new ArrayList<>(CANVAS_STUDENT_COLUMNS);
      header.add(title + " (" + id + ")");
      line(b, header);
      for (Row r : rows) {
        line(b, List.of("", r.student(), "", "", "", ResultWriters.number(scaled(r.card(), o))));
      }
      notes.add("Canvas's gradebook import carries scores only: give students their report.html another way");
    }
    AtomicFiles.write(file, b.toString());
    return new Written(rows.size(), leftOut, notes);
  }

  private static double scaled(Scorecard c, Options o) {
    if (o.outOf().isEmpty() || c.maxScore() == 0) {
      return c.score();
    }
    return Math.round(c.score() / c.maxScore() * o.outOf().get() * 1e6) / 1e6;
  }

  /** The feedback comment: the score per exercise, why there is no grade where there is none, and the report's link when it is published. */
  static String feedback(Scorecard c, String folder, Options o) {
    List<String> parts = new ArrayList<>();
    parts.add("nngrade " + ResultWriters.number(c.score()) + "/" + ResultWriters.number(c.maxScore()));
    if (c.status() != Scorecard.Status.GRADED && c.notes() != null && !c.notes().isEmpty()) {
      parts.add(c.notes().get(0));
    }
    if (c.late() != null && c.late().penaltyFraction() > 0) {
      parts.add("late " + c.late().days() + " d, -" + ResultWriters.number(100 * c.late().penaltyFraction()) + " %");
    }
    for (Scorecard.ExerciseResult e : c.exercises()) {
      parts.add(e.title() + " " + ResultWriters.number(e.score()) + "/" + ResultWriters.number(e.maxScore()));
    }
    String text = escape(String.join("; ", parts));
    if (o.reportsUrl().isPresent()) {
      String url = o.reportsUrl().get() + (o.reportsUrl().get().endsWith("/") ? "" : "/") + folder + "/report.html";
      text += "; <a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
    }
    return text;
  }

  /** The feedback is HTML in Moodle (its editor's format): what the grader wrote is text, so it is escaped. */
  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("\n", " ").replace("\r", " ");
  }

  private static String time(String instant) {
    try {
      return TIME.format(Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException e) {
      return "";
    }
  }

  /** One CSV record, RFC 4180 quoting; no spreadsheet-formula guard (it would change what the LMS imports; every field here starts with a letter or a digit or is the grader's own text). */
  private static void line(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      b.append(i == 0 ? "" : ",").append(f.matches("(?s).*[\",\\n\\r].*") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
    }
    b.append('\n');
  }
}
