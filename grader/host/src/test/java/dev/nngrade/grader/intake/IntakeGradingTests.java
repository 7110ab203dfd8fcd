package dev.nngrade.grader.intake;

import static dev.nngrade.grader.intake.Fixtures.bomb;
import static dev.nngrade.grader.intake.Fixtures.classFile;
import static dev.nngrade.grader.intake.Fixtures.write;
import static dev.nngrade.grader.intake.Fixtures.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.grading.Grader;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.output.Review;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.scoring.Scorecard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a class's grading makes of submissions intake could not use: each is graded invalid with its
 * reason and the next one goes on. No child JVM is started: none of these gets that far.
 */
class IntakeGradingTests {
  @TempDir
  Path dir;

  @Test
  void aBadManifestABombAndAZipWithoutAJarAreEachInvalidAndTheClassGoesOn() throws Exception {
    Path subs = dir.resolve("subs");
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nthis line is no header\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    e.put("dev/nngrade/student/SoftmaxImpl.class", classFile(69));
    write(subs.resolve("s01.jar"), zip(e));
    bomb(subs.resolve("s02.zip"), 100, 1);
    write(subs.resolve("s03.zip"), zip(Map.of("Main.java", "class Main {}".getBytes(StandardCharsets.UTF_8))));
    IntakeReport r = Intake.scan(subs, dir.resolve("staging"), Intake.Options.defaults());

    Assignment a = Assignments.load("demo").withLanguage(dev.nngrade.contract.Language.EN);
    // every submission here is invalid before any run: no JVM, no expectations, any seed
    Grader grader = new Grader(new Grader.Setup(a, Manifest.of(a), null, Files.createDirectories(dir.resolve("out")), dir, false, "dev.nngrade.student",
        ChildJvm.Modules.TESTS, Expectations.NONE, MasterSeed.ofHex("0123456789abcdef"), java.util.Optional.empty()));
    List<String> dirs = Grader.directoryNames(r.candidates());
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < dirs.size(); i++) {
      cards.add(grader.grade(r.candidates().get(i), dirs.get(i), 0));
    }
    assertEquals(List.of("s01", "s02", "s03"), cards.stream().map(Scorecard::student).toList());
    assertTrue(cards.stream().allMatch(c -> c.status() == Scorecard.Status.INVALID), cards.toString());
    assertTrue(cards.get(0).notes().get(0).startsWith("The jar's manifest (META-INF/MANIFEST.MF) cannot be read (invalid header field"), cards.get(0).notes().toString());
    assertEquals("The archive expands more than 100 times (a zip bomb?), so it was not graded.", cards.get(1).notes().get(0));
    assertEquals("No jar among the files submitted (s03.zip). Submit the jar that ./mvnw package builds in the kit.", cards.get(2).notes().get(0));
    ResultWriters.grades(dir.resolve("out/grades.csv"), cards, cards.stream().map(c -> Review.of(c, List.of(), List.of())).toList());
    String csv = Files.readString(dir.resolve("out/grades.csv"));
    assertTrue(csv.contains("\ns01,INVALID,0,") && csv.contains("\ns02,INVALID,0,") && csv.contains("\ns03,INVALID,0,"), csv);
  }
}
