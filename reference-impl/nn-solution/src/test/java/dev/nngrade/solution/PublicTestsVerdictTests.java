package dev.nngrade.solution;

import dev.nngrade.solution.verdicts.PublicSuite;
import dev.nngrade.solution.verdicts.PublicSuite.Verdicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the student kit's public tests through the JUnit launcher against the reference solution
 * (every test must pass, under every course convention) and against the untouched skeleton (every
 * test must fail), exercise by exercise.
 */
class PublicTestsVerdictTests {
  @Test
  void referenceSolutionPassesEveryPublicTestOfEveryExercise() {
    Verdicts v = PublicSuite.run("dev.nngrade.solution");
    assertTrue(v.failures().isEmpty(), () -> "the reference failed public tests:\n" + String.join("\n", v.failures()));
    for (Exercise e : Exercise.values()) {
      assertTrue(v.passed(e) >= 2, () -> e.id() + ": expected at least 2 public tests, found " + v.passed(e));
    }
  }

  @Test
  void untouchedSkeletonFailsEveryPublicTestOfEveryExercise() {
    Verdicts v = PublicSuite.run(Exercise.STUDENT_PACKAGE);
    for (Exercise e : Exercise.values()) {
      assertEquals(0, v.passed(e), () -> e.id() + ": the skeleton passed " + v.passed(e) + " public tests");
      assertTrue(v.failed(e) >= 2, () -> e.id() + ": expected at least 2 failing public tests, found " + v.failed(e));
    }
    assertTrue(v.failures().stream().noneMatch(f -> f.startsWith("skipped")), () -> "skipped tests: " + v.failures());
  }

  @Test
  void referenceSolutionPassesUnderTheOtherConventionsAndInEnglish(@TempDir Path dir) throws IOException {
    Path course = dir.resolve("course.properties");
    Files.writeString(course, "language=en\nsquared-error=half-mean\nadam=epsilon-inside-root\ndropout=inverted\n");
    String before = System.getProperty(Language.COURSE_FILE_PROPERTY);
    System.setProperty(Language.COURSE_FILE_PROPERTY, course.toString());
    try {
      Verdicts v = PublicSuite.run("dev.nngrade.solution");
      assertTrue(v.failures().isEmpty(), () -> "the reference failed under the other conventions:\n" + String.join("\n", v.failures()));
      Files.writeString(course, "squared-error=mean\n");
      Verdicts mean = PublicSuite.run("dev.nngrade.solution");
      assertTrue(mean.failures().isEmpty(), () -> "the reference failed with squared-error=mean:\n" + String.join("\n", mean.failures()));
    } finally {
      if (before == null) {
        System.clearProperty(Language.COURSE_FILE_PROPERTY);
      } else {
        System.setProperty(Language.COURSE_FILE_PROPERTY, before);
      }
    }
  }
}
