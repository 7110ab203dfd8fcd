package dev.nngrade.grader.leaderboard;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The standings of each track, computed from the history alone. Per student one entry counts: the
 * best eligible one by the public metric ({@code policy: best}; the private part never chooses, so it
 * cannot be fitted) or the latest ({@code last}). Lower metric ranks higher; a tie goes to the earlier
 * submission, then to the student id. Students without an eligible entry are listed without a rank,
 * with the reason. Baselines are shown where their metric places them, without taking a rank.
 */
public final class Standings {
  private Standings() {}

  /** A row: {@code rank} 0 when unranked; {@code kind} is {@code entry}, {@code baseline} or {@code unranked}. */
  public record Row(int rank, String who, String student, Instant submittedAt, String kind, Double metric, Double accuracy, String note) {}

  /** One track's rows in order, and the best metric so far over time (for the chart). */
  public record Track(LeaderboardSpec.Track track, List<Row> rows, double[] days, double[] bestSoFar) {}

  /** A submission as the daily limit sees it. */
  public record Submitted(String student, String sha256, Instant at) {}

  /**
   * The submissions past the daily limit (by the assignment's time zone), as {@code student/sha256}:
   * per student and day, the first {@code dailyLimit} by submission time count, the rest do not.
   */
  public static Set<String> overLimit(LeaderboardSpec spec, List<Submitted> all) {
    Set<String> over = new HashSet<>();
    if (spec.dailyLimit() == null) {
      return over;
    }
    Map<String, List<Submitted>> byDay = new HashMap<>();
    for (Submitted s : all) {
      LocalDate day = s.at().atZone(spec.zone()).toLocalDate();
      byDay.computeIfAbsent(s.student() + "\u0000" + day, k -> new ArrayList<>()).add(s);
    }
    for (List<Submitted> day : byDay.values()) {
      day.sort(Comparator.comparing(Submitted::at).thenComparing(Submitted::sha256));
      for (int i = spec.dailyLimit(); i < day.size(); i++) {
        over.add(day.get(i).student() + "/" + day.get(i).sha256());
      }
    }
    return over;
  }

  public static List<Track> build(LeaderboardSpec spec, String assignmentId, List<History.Entry> entries, boolean privatePart, Language lang) {
    List<Track> out = new ArrayList<>();
    for (LeaderboardSpec.Track t : spec.tracks()) {
      out.add(track(spec, assignmentId, t, entries, privatePart, lang));
    }
    return out;
  }

  private static Track track(LeaderboardSpec spec, String assignmentId, LeaderboardSpec.Track t, List<History.Entry> entries, boolean privatePart, Language lang) {
    Map<String, List<History.Entry>> byStudent = new LinkedHashMap<>();
    List<History.Entry> baselines = new ArrayList<>();
    for (History.Entry e : entries) {
      if (e.baseline()) {
        baselines.add(e);
      } else {
        byStudent.computeIfAbsent(e.student(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Row> ranked = new ArrayList<>();
    List<Row> unranked = new ArrayList<>();
    for (var s : byStudent.entrySet()) {
      List<History.Entry> counted = s.getValue().stream().filter(e -> !Evaluation.OVER_LIMIT.equals(e.evaluation().status())).toList();
      String who = spec.pseudonyms() ? pseudonym(spec, assignmentId, s.getKey(), lang) : s.getKey();
      if (counted.isEmpty()) {
        History.Entry last = s.getValue().get(s.getValue().size() - 1);
        unranked.add(new Row(0, who, s.getKey(), last.submittedAt(), "unranked", null, null, Messages.get(lang, "leaderboard.over-limit", spec.dailyLimit())));
        continue;
      }
      History.Entry chosen;
      if (spec.policy().equals("last")) {
        chosen = counted.get(counted.size() - 1);
      } else {
        chosen = counted.stream().filter(e -> eligible(e, t))
            .min(Comparator.comparingDouble((History.Entry e) -> e.evaluation().publicMetric()).thenComparing(History.Entry::submittedAt)).orElse(null);
        if (chosen == null) {
          chosen = counted.get(counted.size() - 1);
        }
      }
      if (eligible(chosen, t)) {
        ranked.add(row(0, who, chosen, "entry", null, privatePart));
      } else {
        String note = chosen.evaluation().scored() ? chosen.evaluation().ineligible().get(t.id()) : chosen.evaluation().reason();
        unranked.add(row(0, who, chosen, "unranked", note, privatePart));
      }
    }
    Comparator<Row> order = Comparator.comparingDouble(Row::metric).thenComparing(Row::submittedAt).thenComparing(Row::student);
    ranked.sort(order);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Row r = ranked.get(i);
      rows.add(new Row(i + 1, r.who(), r.student(), r.submittedAt(), r.kind(), r.metric(), r.accuracy(), r.note()));
    }
    for (History.Entry b : baselines) {
      if (!b.evaluation().scored()) {
        continue;
      }
      Row row = row(0, b.student().substring(Baselines.PREFIX.length()), b, "baseline", null, privatePart);
      int at = 0;
      while (at < rows.size() && rows.get(at).metric() != null && rows.get(at).metric() <= row.metric()) {
        at++;
      }
      rows.add(at, row);
    }
    unranked.sort(Comparator.comparing(Row::who));
    rows.addAll(unranked);
    return bestSoFar(t, rows, entries, privatePart, ranked.isEmpty() ? null : ranked);
  }

  private static Track bestSoFar(LeaderboardSpec.Track t, List<Row> rows, List<History.Entry> entries, boolean privatePart, List<Row> ranked) {
    List<History.Entry> scored = entries.stream().filter(e -> !e.baseline() && eligible(e, t)).sorted(Comparator.comparing(History.Entry::submittedAt)).toList();
    if (scored.isEmpty() || ranked == null) {
      return new Track(t, List.copyOf(rows), new double[0], new double[0]);
    }
    Instant first = scored.get(0).submittedAt();
    double[] days = new double[scored.size()];
    double[] best = new double[scored.size()];
    double b = Double.POSITIVE_INFINITY;
    for (int i = 0; i < scored.size(); i++) {
      History.Entry e = scored.get(i);
      b = Math.min(b, privatePart ? e.evaluation().privateMetric() : e.evaluation().publicMetric());
      days[i] = (e.submittedAt().toEpochMilli() - first.toEpochMilli()) / 86_400_000.0;
      best[i] = b;
    }
    return new Track(t, List.copyOf(rows), days, best);
  }

  private static boolean eligible(History.Entry e, LeaderboardSpec.Track t) {
    return e.evaluation().scored() && !e.evaluation().ineligible().containsKey(t.id());
  }

  private static Row row(int rank, String who, History.Entry e, String kind, String note, boolean privatePart) {
    Evaluation ev = e.evaluation();
    Double metric = ev.scored() ? (privatePart ? ev.privateMetric() : ev.publicMetric()) : null;
    Double accuracy = ev.scored() ? (privatePart ? ev.privateAccuracy() : ev.publicAccuracy()) : null;
    return new Row(rank, who, e.student(), e.submittedAt(), kind, metric, accuracy, note);
  }

  /**
   * A stable pseudonym: an HMAC of the student id under a key made of the assignment and the hidden
   * split seed, so it cannot be reversed by trying the class list without the instructor's file.
   */
  static String pseudonym(LeaderboardSpec spec, String assignmentId, String student, Language lang) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec((assignmentId + "\u0000" + spec.split().seed()).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String tag = HexFormat.of().formatHex(mac.doFinal(student.getBytes(StandardCharsets.UTF_8))).substring(0, 6);
      return Messages.get(lang, "leaderboard.pseudonym", tag);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
