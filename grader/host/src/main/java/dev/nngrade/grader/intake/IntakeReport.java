package dev.nngrade.grader.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What intake found and decided, for the instructor: the layout (and how it was chosen), the
 * selection policy, the submissions to grade, the submissions superseded by the policy, everything
 * skipped (with the reason), the flags to look at, and the roster's students without a submission.
 */
public record IntakeReport(
    String layout,
    String layoutReason,
    String policy,
    String policyRule,
    List<Intake.Candidate> candidates,
    List<Superseded> superseded,
    List<Skipped> skipped,
    List<Flag> flags,
    List<Roster.Entry> missing) {

  public IntakeReport {
    candidates = List.copyOf(candidates);
    superseded = List.copyOf(superseded);
    skipped = List.copyOf(skipped);
    flags = List.copyOf(flags);
    missing = List.copyOf(missing);
  }

  /** A file or archive entry that is not graded; {@code student} is null where no student could be told. */
  public record Skipped(String source, String student, String reason) {}

  /** A submission of {@code student} that the policy did not choose. */
  public record Superseded(String student, String source, String chosen, String reason) {}

  /** Something about a graded submission that an instructor should know. */
  public record Flag(Kind kind, String student, String source, String message) {
    public enum Kind {
      /** The jar's manifest names another student of this class (or of the roster). */
      CLAIMS_CLASSMATE,
      /** The jar's manifest names an id that is not this student's. */
      MANIFEST_MISMATCH,
      /** The id is not on the roster; the submission is graded all the same. */
      NOT_ON_ROSTER,
      /** The LMS marks the submission late. */
      MARKED_LATE,
      /** One submission of several students (Gradescope groups): graded once for each. */
      GROUP,
      /** The LMS's metadata and the folder disagree. */
      METADATA,
      /** An upload that looks like an LMS's whole download (several students' names inside): it should be unpacked and graded as its layout. */
      LMS_DOWNLOAD
    }

    /** Kinds that make the class's exit status ask for a look. */
    public boolean needsReview() {
      return kind == Kind.CLAIMS_CLASSMATE || kind == Kind.NOT_ON_ROSTER || kind == Kind.LMS_DOWNLOAD;
    }
  }

  /** Whether an instructor must look before trusting the grades: a claim on a classmate's id, an id not on the roster, an LMS download graded as one student. */
  public boolean needsReview() {
    return flags.stream().anyMatch(Flag::needsReview);
  }

  /**
   * The part of the report about the students {@code mine} accepts (a shard's): their candidates,
   * superseded uploads, skipped files and flags, and the missing roster students among them; what
   * belongs to no student (a file no layout could place) is kept in every part. The layout and
   * policy are the class's.
   */
  public IntakeReport restrictedTo(Predicate<String> mine) {
    return new IntakeReport(layout, layoutReason, policy, policyRule, candidates.stream().filter(c -> mine.test(c.student())).toList(),
        superseded.stream().filter(s -> mine.test(s.student())).toList(), skipped.stream().filter(s -> s.student() == null || mine.test(s.student())).toList(),
        flags.stream().filter(f -> mine.test(f.student())).toList(), missing.stream().filter(m -> mine.test(m.id())).toList());
  }

  /** One line each, for a terminal. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("layout " + layout + " (" + layoutReason + ")");
    out.add("policy " + policy + ": " + policyRule);
    for (Flag f : flags) {
      out.add("flag " + f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": " + f.student() + " (" + f.source() + "): " + f.message());
    }
    for (Superseded s : superseded) {
      out.add("superseded: " + s.student() + " " + s.source() + ": " + s.reason());
    }
    for (Skipped s : skipped) {
      out.add("skipped: " + s.source() + (s.student() == null ? "" : " (" + s.student() + ")") + ": " + s.reason());
    }
    for (Roster.Entry m : missing) {
      out.add("missing: " + m.id() + (m.name().isEmpty() ? "" : " " + m.name()) + ": on the roster, no submission");
    }
    return out;
  }

  /**
   * A report as {@code intake.json} recorded it, with each candidate's output folder: what a merge of
   * shards reads back. Its candidates carry what the file holds (student, source, the reason a
   * rejected one was rejected); their jar is the source path, which is not read again.
   */
  public record Recorded(IntakeReport report, List<String> folders) {}

  /** Reads {@code intake.json} back ({@link #toMap} wrote it); a file that does not fit is an {@link IllegalArgumentException} naming it. */
  public static Recorded read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not the intake.json nngrade writes (" + e.getOriginalMessage() + ")", e);
    }
    try {
      List<Intake.Candidate> candidates = new ArrayList<>();
      List<String> folders = new ArrayList<>();
      for (JsonNode g : array(root, "graded")) {
        String student = text(g, "student");
        String source = text(g, "source");
        Optional<Intake.Rejection> rejected = g.has("rejected") ? Optional.of(new Intake.Rejection("intake.recorded", text(g, "rejected"), List.of()))
            : Optional.empty();
        candidates.add(new Intake.Candidate(Path.of(source), student, StudentIds.safe(student), source, Optional.empty(), Optional.empty(), rejected));
        folders.add(text(g, "folder"));
      }
      List<Superseded> superseded = new ArrayList<>();
      for (JsonNode n : array(root, "superseded")) {
        superseded.add(new Superseded(text(n, "student"), text(n, "source"), text(n, "chosen"), text(n, "reason")));
      }
      List<Skipped> skipped = new ArrayList<>();
      for (JsonNode n : array(root, "skipped")) {
        skipped.add(new Skipped(text(n, "source"), n.has("student") ? text(n, "student") : null, text(n, "reason")));
      }
      List<Flag> flags = new ArrayList<>();
      for (JsonNode n : array(root, "flags")) {
        flags.add(new Flag(Flag.Kind.valueOf(text(n, "kind")), text(n, "student"), text(n, "source"), text(n, "message")));
      }
      List<Roster.Entry> missing = new ArrayList<>();
      for (JsonNode n : array(root, "missing")) {
        missing.add(new Roster.Entry(text(n, "id"), text(n, "name"), text(n, "email"), 0));
      }
      return new Recorded(new IntakeReport(text(root, "layout"), text(root, "layoutReason"), text(root, "policy"), text(root, "policyRule"), candidates,
          superseded, skipped, flags, missing), folders);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": not the intake.json nngrade writes (" + e.getMessage() + ")", e);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> array(JsonNode n, String field) {
    JsonNode a = n.get(field);
    if (a == null || !a.isArray()) {
      throw new IllegalArgumentException("no list '" + field + "'");
    }
    List<JsonNode> out = new ArrayList<>();
    a.forEach(out::add);
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("no text '" + field + "'");
    }
    return v.asText();
  }

  /** The report as plain maps and lists, for {@code intake.json}; {@code folders}: each candidate's output folder, in order. */
  public Map<String, Object> toMap(List<String> folders) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("layout", layout);
    m.put("layoutReason", layoutReason);
    m.put("policy", policy);
    m.put("policyRule", policyRule);
    List<Map<String, Object>> graded = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Intake.Candidate c = candidates.get(i);
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("student", c.student());
      g.put("folder", folders.get(i));
      g.put("source", c.source());
      c.rejected().ifPresent(r -> g.put("rejected", r.detail()));
      graded.add(g);
    }
    m.put("graded", graded);
    m.put("superseded", superseded.stream().map(s -> Map.of("student", s.student(), "source", s.source(), "chosen", s.chosen(), "reason", s.reason())).toList());
    m.put("skipped", skipped.stream().map(s -> {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("source", s.source());
      if (s.student() != null) {
        k.put("student", s.student());
      }
      k.put("reason", s.reason());
      return k;
    }).toList());
    m.put("flags", flags.stream().map(f -> Map.of("kind", f.kind().name(), "student", f.student(), "source", f.source(), "message", f.message())).toList());
    m.put("missing", missing.stream().map(e -> Map.of("id", e.id(), "name", e.name(), "email", e.email())).toList());
    return m;
  }
}
