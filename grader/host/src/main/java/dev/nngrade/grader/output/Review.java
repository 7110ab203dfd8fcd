package dev.nngrade.grader.output;

import dev.nngrade.grader.intake.CodeReferences;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.IntakeReport;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.scoring.Scorecard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an instructor must act on for one graded submission, from its scorecard and what intake said
 * of it, in the instructor's words (English, whatever the students' language): a status that is not
 * a grade (with its reason), signs of tampering (rejected event frames, code that reaches for the
 * runner, dropped jar entries), a lower isolation than full, and intake's flags (a jar claiming
 * another id, an id not on the roster, marked late by the LMS, superseded uploads). The console
 * table, the class page and {@code grades.csv} all show these.
 */
public record Review(List<Concern> concerns) {
  public Review {
    concerns = List.copyOf(concerns);
  }

  /** What kind of thing needs a look. */
  public enum Kind {
    NOT_GRADABLE,
    FORGED,
    GRADER_ERROR,
    TOO_LATE,
    RUNS,
    REJECTED_EVENTS,
    CODE,
    DROPPED_ENTRIES,
    ISOLATION,
    IDENTITY,
    NOT_ON_ROSTER,
    MARKED_LATE,
    GROUP,
    METADATA,
    LMS_DOWNLOAD,
    SUPERSEDED
  }

  public record Concern(Kind kind, String text) {}

  public boolean isEmpty() {
    return concerns.isEmpty();
  }

  /** The concerns on one line, as {@code grades.csv} has them. */
  public String oneLine() {
    return concerns.stream().map(Concern::text).collect(Collectors.joining("; "));
  }

  /** The review of each of intake's candidates, whose cards come in the same order. */
  public static List<Review> of(List<Scorecard> cards, IntakeReport intake) {
    List<Review> out = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      Intake.Candidate c = intake.candidates().get(i);
      // a flag on an upload (an LMS download left zipped) concerns the jars found inside it
      List<IntakeReport.Flag> flags = intake.flags().stream()
          .filter(f -> f.student().equals(c.student()) && (f.source().equals(c.source()) || c.source().startsWith(f.source() + "!/"))).toList();
      List<IntakeReport.Superseded> superseded = intake.superseded().stream().filter(s -> s.student().equals(c.student()) && s.chosen().equals(c.source()))
          .toList();
      out.add(of(cards.get(i), flags, superseded));
    }
    return out;
  }

  public static Review of(Scorecard card, List<IntakeReport.Flag> flags, List<IntakeReport.Superseded> superseded) {
    List<Concern> c = new ArrayList<>();
    String reason = card.notes() == null || card.notes().isEmpty() ? "no reason recorded" : card.notes().get(0);
    switch (card.status()) {
      case INVALID -> c.add(new Concern(Kind.NOT_GRADABLE, "not gradable: " + reason));
      case ERROR -> c.add(new Concern(Kind.GRADER_ERROR, "the grader failed on it (graded again on the next run): " + reason));
      case FLAGGED -> c.add(new Concern(Kind.FORGED, "results look forged: the canary " + card.integrity().canary() + " and the control "
          + card.integrity().control() + " (the canary must fail, the control pass); scored 0 until reviewed"));
      case TOO_LATE -> c.add(new Concern(Kind.TOO_LATE, (card.late() == null ? "?" : card.late().days()) + " day(s) late, past the late policy: scored 0"));
      case GRADED -> {
        // a grade: the rest below says whether it can be trusted as it is
      }
    }
    runs(card).ifPresent(c::add);
    Scorecard.Integrity integrity = card.integrity();
    if (integrity != null && integrity.rejectedEvents() > 0) {
      c.add(new Concern(Kind.REJECTED_EVENTS, integrity.rejectedEvents() + " event frame(s) rejected (forged, replayed or malformed)"));
    }
    if (integrity != null) {
      for (CodeReferences.Finding f : integrity.code()) {
        c.add(new Concern(Kind.CODE, "code reaches for " + f.kind().words() + " in " + String.join(", ", f.classes())));
      }
    }
    if (card.submission() != null && card.submission().dropped() != null && !card.submission().dropped().isEmpty()) {
      List<String> d = card.submission().dropped();
      c.add(new Concern(Kind.DROPPED_ENTRIES, d.size() + " jar entr" + (d.size() == 1 ? "y" : "ies") + " dropped (" + String.join(", ", d.subList(0, Math.min(3, d.size())))
          + (d.size() > 3 ? ", ..." : "") + ")"));
    }
    if (card.isolation() != null && !card.isolation().equals("full")) {
      c.add(new Concern(Kind.ISOLATION, "graded at isolation " + card.isolation() + ", not full"));
    }
    for (IntakeReport.Flag f : flags) {
      Kind k = switch (f.kind()) {
        case CLAIMS_CLASSMATE, MANIFEST_MISMATCH -> Kind.IDENTITY;
        case NOT_ON_ROSTER -> Kind.NOT_ON_ROSTER;
        case MARKED_LATE -> Kind.MARKED_LATE;
        case GROUP -> Kind.GROUP;
        case METADATA -> Kind.METADATA;
        case LMS_DOWNLOAD -> Kind.LMS_DOWNLOAD;
      };
      c.add(new Concern(k, f.message()));
    }
    if (!superseded.isEmpty()) {
      c.add(new Concern(Kind.SUPERSEDED, superseded.size() + " other upload(s) of this student superseded (listed in intake.json)"));
    }
    return new Review(c);
  }

  /** Tests that timed out, crashed the JVM or found the submission's time budget spent: an endless loop, an exit, a memory bomb. */
  private static java.util.Optional<Concern> runs(Scorecard card) {
    Map<Outcome, Long> n = card.exercises().stream().flatMap(e -> e.tests().stream())
        .filter(t -> t.outcome() == Outcome.TIMED_OUT || t.outcome() == Outcome.CRASHED || t.outcome() == Outcome.NOT_RUN)
        .collect(Collectors.groupingBy(Scorecard.TestResult::outcome, () -> new EnumMap<>(Outcome.class), Collectors.counting()));
    if (n.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    n.forEach((o, k) -> parts.add(k + (k == 1 ? " test " : " tests ") + switch (o) {
      case TIMED_OUT -> "timed out";
      case CRASHED -> "crashed the JVM";
      default -> "not run";
    }));
    return java.util.Optional.of(new Concern(Kind.RUNS, String.join(", ", parts)));
  }
}
