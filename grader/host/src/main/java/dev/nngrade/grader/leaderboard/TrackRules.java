package dev.nngrade.grader.leaderboard;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Checks an entry against each track's rules; the result names every rule it breaks, per track. */
final class TrackRules {
  private TrackRules() {}

  static Map<String, String> check(List<LeaderboardSpec.Track> tracks, ModelInspection m, Double millisPerImage, Language lang) {
    Map<String, String> out = new LinkedHashMap<>();
    for (LeaderboardSpec.Track t : tracks) {
      List<String> reasons = new ArrayList<>();
      if (t.exercises() != null) {
        TreeSet<String> outside = new TreeSet<>(m.exercisesUsed());
        outside.removeAll(t.exercises());
        if (!outside.isEmpty()) {
          reasons.add(Messages.get(lang, "leaderboard.rule.exercises", String.join(", ", outside), String.join(", ", t.exercises())));
        }
      }
      if (t.maxParameters() != null && m.parameters() > t.maxParameters()) {
        reasons.add(Messages.get(lang, "leaderboard.rule.parameters", Long.toString(m.parameters()), Long.toString(t.maxParameters())));
      }
      if (t.maxMillisPerImage() != null && millisPerImage != null && millisPerImage > t.maxMillisPerImage()) {
        reasons.add(Messages.get(lang, "leaderboard.rule.time", String.format(Locale.ROOT, "%.3f", millisPerImage),
            String.format(Locale.ROOT, "%.3f", t.maxMillisPerImage())));
      }
      if (t.maxClassKilobytes() != null && m.classBytes() > t.maxClassKilobytes() * 1024L) {
        reasons.add(Messages.get(lang, "leaderboard.rule.code", Long.toString((m.classBytes() + 1023) / 1024), Integer.toString(t.maxClassKilobytes())));
      }
      if (!reasons.isEmpty()) {
        out.put(t.id(), String.join(" ", reasons));
      }
    }
    return out;
  }
}
