package dev.nngrade.grader.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ranking rules on hand-made histories: policy, ties, eligibility, baselines, daily limit, pseudonyms. */
class StandingsTests {
  static LeaderboardSpec spec(String policy, Integer dailyLimit, boolean pseudonyms) {
    return new LeaderboardSpec("image-classification", "embedded", null, new LeaderboardSpec.Split(99, 0.5), policy, dailyLimit, "Asia/Tokyo", pseudonyms,
        List.of(new LeaderboardSpec.Track("small", Map.of("en", "Small"), null, 1000L, null, null)), List.of(), null, null);
  }

  static History.Entry scored(String student, String at, double pub, double priv, Map<String, String> ineligible) {
    return new History.Entry(student, student + at, Instant.parse(at), new Evaluation(Evaluation.SCORED, null, pub, 0.5, priv, 0.5, 10L, null, ineligible),
        null, Instant.parse(at));
  }

  static List<String> order(Standings.Track t) {
    return t.rows().stream().map(r -> r.rank() + ":" + r.who()).toList();
  }

  @Test
  void lowerMetricRanksHigherAndATieGoesToTheEarlierSubmission() {
    List<History.Entry> h = List.of(
        scored("b", "2026-12-01T02:00:00Z", 0.5, 0.6, Map.of()),
        scored("a", "2026-12-01T03:00:00Z", 0.5, 0.4, Map.of()),
        scored("c", "2026-12-01T01:00:00Z", 0.3, 0.9, Map.of()));
    Standings.Track pub = Standings.build(spec("best", null, false), "x", h, false, Language.EN).get(0);
    assertEquals(List.of("1:c", "2:b", "3:a"), order(pub), "b and a tie at 0.5: b submitted first");
    Standings.Track priv = Standings.build(spec("best", null, false), "x", h, true, Language.EN).get(0);
    assertEquals(List.of("1:a", "2:b", "3:c"), order(priv), "the final ranking uses the private part");
  }

  @Test
  void bestPicksByThePublicPartAndLastPicksTheLatest() {
    List<History.Entry> h = List.of(
        scored("a", "2026-12-01T01:00:00Z", 0.2, 0.9, Map.of()),
        scored("a", "2026-12-02T01:00:00Z", 0.4, 0.1, Map.of()),
        scored("b", "2026-12-01T05:00:00Z", 0.3, 0.3, Map.of()));
    Standings.Track best = Standings.build(spec("best", null, false), "x", h, true, Language.EN).get(0);
    // a's best public entry (0.2) counts, with its private 0.9, even though another entry has private 0.1
    assertEquals(List.of("1:b", "2:a"), order(best));
    assertEquals(0.9, best.rows().get(1).metric());
    Standings.Track last = Standings.build(spec("last", null, false), "x", h, true, Language.EN).get(0);
    assertEquals(List.of("1:a", "2:b"), order(last));
    assertEquals(0.1, last.rows().get(0).metric());
  }

  @Test
  void anIneligibleOrInvalidStudentIsListedWithoutRankWithTheReasonAndBaselinesTakeNoRank() {
    List<History.Entry> h = List.of(
        scored("big", "2026-12-01T01:00:00Z", 0.1, 0.1, Map.of("small", "Has 5000 parameters, more than the 1000 this track allows.")),
        new History.Entry("nan", "n1", Instant.parse("2026-12-01T02:00:00Z"), Evaluation.invalid("Prediction row 3 is NaN", 10L), null, Instant.EPOCH),
        scored("ok", "2026-12-01T03:00:00Z", 0.5, 0.5, Map.of()),
        new History.Entry(Baselines.PREFIX + "two-layer-net", "r", Instant.EPOCH, new Evaluation(Evaluation.SCORED, null, 0.3, 0.8, 0.3, 0.8, 39760L, null, Map.of()),
            null, Instant.EPOCH));
    Standings.Track t = Standings.build(spec("best", null, false), "x", h, false, Language.EN).get(0);
    assertEquals(List.of("0:two-layer-net", "1:ok", "0:big", "0:nan"), order(t));
    assertEquals("baseline", t.rows().get(0).kind());
    assertTrue(t.rows().get(2).note().contains("5000 parameters"));
    assertEquals("Prediction row 3 is NaN", t.rows().get(3).note());
    assertEquals(1, t.days().length, "the chart follows eligible entries only");
  }

  @Test
  void theDailyLimitCountsDaysInTheAssignmentsTimeZoneInSubmissionOrder() {
    LeaderboardSpec s = spec("best", 2, false);
    // 23:30 and 23:50 JST on the 1st, 00:10 JST on the 2nd (15:10 UTC on the 1st: the same UTC day)
    List<Standings.Submitted> all = List.of(
        new Standings.Submitted("a", "3", Instant.parse("2026-12-01T14:50:00Z")),
        new Standings.Submitted("a", "1", Instant.parse("2026-12-01T14:30:00Z")),
        new Standings.Submitted("a", "0", Instant.parse("2026-12-01T03:00:00Z")),
        new Standings.Submitted("a", "4", Instant.parse("2026-12-01T15:10:00Z")),
        new Standings.Submitted("b", "5", Instant.parse("2026-12-01T14:40:00Z")));
    assertEquals(Set.of("a/3"), Standings.overLimit(s, all), "a's third entry of 1 December (JST) is over; 00:10 JST on the 2nd is a new day");
    assertTrue(Standings.overLimit(spec("best", null, false), all).isEmpty());
  }

  @Test
  void pseudonymsAreStableAndDoNotShowTheId() {
    LeaderboardSpec s = spec("best", null, true);
    List<History.Entry> h = List.of(scored("s1234567", "2026-12-01T01:00:00Z", 0.2, 0.2, Map.of()));
    String shown = Standings.build(s, "x", h, false, Language.EN).get(0).rows().get(0).who();
    assertFalse(shown.contains("s1234567"));
    assertTrue(shown.matches("anon-[0-9a-f]{6}"), shown);
    assertEquals(shown, Standings.build(s, "x", h, false, Language.EN).get(0).rows().get(0).who());
    assertNotEquals(shown, Standings.pseudonym(s, "another-assignment", "s1234567", Language.EN), "another assignment, another pseudonym");
  }

  @Test
  void aSpecWithBadValuesIsRefusedWithTheValueAndWhatIsExpected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LeaderboardSpec("ranking", null, null, null, null, null, null, null, null, null, null, null));
    assertTrue(e.getMessage().contains("image-classification"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new LeaderboardSpec.Split(1, 1.0));
    assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new LeaderboardSpec("regression", null, null, null, null, null, null, null, null, List.of("two-layer-net"), null, null));
    assertTrue(e.getMessage().contains("image classification only"), e.getMessage());
  }
}
