package dev.nngrade.grader.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
