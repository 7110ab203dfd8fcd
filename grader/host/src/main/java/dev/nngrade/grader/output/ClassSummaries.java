package dev.nngrade.grader.output;

import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.scoring.Scorecard;
import dev.nngrade.reports.html.ClassSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes the class page's figures from the class's scorecards, their reviews and their timings. */
public final class ClassSummaries {
  /** Rows of the hardest tests, the common mistakes and the slowest tests shown. */
  static final int HARDEST = 15;
  static final int MISTAKES = 15;
  static final int SLOWEST = 10;

  private ClassSummaries() {}

  /**
   * {@code dirs}, {@code cards} and {@code reviews} come in the same order, one per submission;
   * {@code out} holds each submission's folder (its report and {@code timings.json}).
   */
  public static ClassSummary of(String title, Path out, List<String> dirs, List<Scorecard> cards, List<Review> reviews, double maxPoints) throws IOException {
    Map<String, int[]> byExercise = new LinkedHashMap<>();
    Map<String, String> exerciseTitles = new LinkedHashMap<>();
    Map<String, int[]> byTest = new TreeMap<>();
    // mistake key -> the submissions where a check pointed at it, with its hint and the exercise it was seen in
    Map<String, Set<String>> mistakes = new TreeMap<>();
    Map<String, String[]> mistakeText = new java.util.HashMap<>();
    List<ClassSummary.Student> students = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      Scorecard card = cards.get(i);
      scores.add(card.score());
      for (Scorecard.ExerciseResult e : card.exercises()) {
        exerciseTitles.putIfAbsent(e.id(), e.title());
        int[] ex = byExercise.computeIfAbsent(e.id(), k -> new int[2]);
        for (Scorecard.TestResult t : e.tests()) {
          boolean passed = t.outcome() == Outcome.PASSED;
          ex[0] += passed ? 1 : 0;
          ex[1]++;
          int[] tc = byTest.computeIfAbsent(t.name(), k -> new int[2]);
          tc[0] += passed ? 1 : 0;
          tc[1]++;
          if (t.mistake() != null) {
            mistakes.computeIfAbsent(t.mistake(), k -> new TreeSet<>()).add(dirs.get(i));
            mistakeText.putIfAbsent(t.mistake(), new String[] {t.hint(), e.title()});
          }
        }
      }
      Scorecard.Late late = card.late();
      students.add(new ClassSummary.Student(card.student(), dirs.get(i) + "/report.html", ClassSummary.Status.valueOf(card.status().name()), card.score(),
          card.maxScore(), late == null ? 0 : late.days(), late == null ? 0 : late.penaltyFraction(), reviews.get(i).concerns().stream().map(Review.Concern::text)
              .toList()));
    }
    students.sort(Comparator.comparing(ClassSummary.Student::student).thenComparing(ClassSummary.Student::report));
    List<ClassSummary.Rate> exercises = new ArrayList<>();
    byExercise.forEach((id, n) -> exercises.add(new ClassSummary.Rate(exerciseTitles.get(id), n[0], n[1])));
    exercises.sort(Comparator.comparingDouble(ClassSummaries::rate).thenComparing(ClassSummary.Rate::name));
    List<ClassSummary.Rate> tests = new ArrayList<>();
    byTest.forEach((name, n) -> tests.add(new ClassSummary.Rate(name, n[0], n[1])));
    tests.sort(Comparator.comparingDouble(ClassSummaries::rate).thenComparing(ClassSummary.Rate::name));
    List<ClassSummary.Mistake> common = new ArrayList<>();
    mistakes.forEach((key, who) -> common.add(new ClassSummary.Mistake(mistakeText.get(key)[0], mistakeText.get(key)[1], who.size())));
    common.sort(Comparator.comparingInt((ClassSummary.Mistake m) -> -m.submissions()).thenComparing(ClassSummary.Mistake::hint));
    return new ClassSummary(title, scores, maxPoints, exercises, tests.subList(0, Math.min(HARDEST, tests.size())),
        common.subList(0, Math.min(MISTAKES, common.size())), students, slowest(out, dirs, cards), "grades.csv");
  }

  private static double rate(ClassSummary.Rate r) {
    return r.total() == 0 ? 1.0 : 1.0 * r.passed() / r.total();
  }

  /** The tests with the highest median time over the class (from each submission's timings.json), slowest first. */
  static List<ClassSummary.SlowTest> slowest(Path out, List<String> dirs, List<Scorecard> cards) throws IOException {
    Map<String, List<Long>> byName = new TreeMap<>();
    for (int i = 0; i < cards.size(); i++) {
      Path timings = out.resolve(dirs.get(i)).resolve("timings.json");
      if (!Files.isRegularFile(timings)) {
        continue;
      }
      var tests = ResultWriters.JSON.readTree(timings.toFile()).get("tests");
      if (tests == null) {
        continue;
      }
      for (Scorecard.ExerciseResult e : cards.get(i).exercises()) {
        for (Scorecard.TestResult t : e.tests()) {
          if (tests.has(t.id())) {
            byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(tests.get(t.id()).asLong());
          }
        }
      }
    }
    List<ClassSummary.SlowTest> rows = new ArrayList<>();
    byName.forEach((name, ms) -> {
      List<Long> sorted = ms.stream().sorted().toList();
      rows.add(new ClassSummary.SlowTest(name, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1)));
    });
    rows.sort(Comparator.comparingLong((ClassSummary.SlowTest t) -> -t.medianMillis()).thenComparing(ClassSummary.SlowTest::name));
    return rows.subList(0, Math.min(SLOWEST, rows.size()));
  }
}
