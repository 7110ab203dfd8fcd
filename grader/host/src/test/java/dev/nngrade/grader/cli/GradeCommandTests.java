package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.demo.SubmissionBuilder;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.sandbox.ChildRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.RuntimeVisibleAnnotationsAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nngrade grade} on small classes through the real sandbox: one time budget per submission, a
 * rerun after a hidden test changed, an output folder that cannot be written, and what the console,
 * the class page and grades.csv tell the instructor.
 */
class GradeCommandTests {
  static final String SOFTMAX_ONLY = """
      {"schema": 1, "id": "softmax-only", "language": "en", "exercises": [{"id": "softmax", "points": 10}]}
      """;

  @Test
  void aSubmissionWhoseEveryTestSpinsStopsAtItsOneBudgetAndTheRestSayWhy(@TempDir Path dir) throws Exception {
    Path assignment = dir.resolve("spin.json");
    // every test runs past its 2 s; without one budget each would cost a JVM of its own
    Files.writeString(assignment, """
        {"schema": 1, "id": "spin", "language": "en", "limits": {"testTimeoutSeconds": 2, "submissionTimeoutSeconds": 8},
         "exercises": [{"id": "softmax", "points": 10}]}
        """);
    Map<String, String> sources = new TreeMap<>(SubmissionBuilder.skeletonSources());
    sources.put("dev/nngrade/student/SoftmaxImpl.java", """
        package dev.nngrade.student;

        import dev.nngrade.contract.function.Softmax;

        /** Spins, deaf to interrupts: only the host's clock ends it. */
        public class SoftmaxImpl implements Softmax {
          @Override
          public double[] softmax(double[] a) {
            while (true) {
              Thread.onSpinWait();
            }
          }

          @Override
          public double[][] softmax(double[][] a) {
            while (true) {
              Thread.onSpinWait();
            }
          }
        }
        """);
    Path subs = Files.createDirectories(dir.resolve("subs"));
    SubmissionBuilder.build(subs.resolve("spinner.jar"), "spinner", sources, Map.of());
    CommandsTests.Run r = CommandsTests.run("grade", "--assignment", assignment.toString(), "--submissions", subs.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    JsonNode card = ResultWriters.JSON.readTree(dir.resolve("out/spinner/scorecard.json").toFile());
    JsonNode timings = ResultWriters.JSON.readTree(dir.resolve("out/spinner/timings.json").toFile());
    List<JsonNode> tests = new ArrayList<>();
    card.get("exercises").get(0).get("tests").forEach(tests::add);
    long runMillis = 0;
    for (JsonNode run : timings.get("runs")) {
      runMillis += run.get("millis").asLong();
    }
    long sum = runMillis;
    List<JsonNode> notRun = tests.stream().filter(t -> t.get("outcome").asText().equals("NOT_RUN")).toList();
    assertAll(
        () -> assertEquals(Manifest.of(Assignments.load(assignment.toString())).entries().stream().filter(e -> e.exercise() != null).count(), tests.size()),
        () -> assertEquals(0.0, card.get("score").asDouble()),
        () -> assertTrue(timings.get("runs").size() < tests.size(), "fewer runs than tests: " + timings.get("runs")),
        // the budget bounds the runs; only the last run's stop (its kill) may pass it
        () -> assertTrue(sum <= 8_000 + 5_000, "the runs took " + sum + " ms in all"),
        () -> assertFalse(notRun.isEmpty(), "the budget ran out before some tests: " + tests),
        () -> assertEquals("The time budget of this submission (8 s for all its tests together) ran out before this test ran.", notRun.get(0).get("message").asText()),
        () -> assertTrue(tests.stream().noneMatch(t -> t.get("outcome").asText().equals("PASSED"))));
    assertTrue(r.out().matches("(?s).*\\n    (\\d+ tests? timed out, )?\\d+ tests? not run\\n.*"), "the console says why: " + r.out());
  }

  @Test
  void aHiddenTestChangedUnderTheSameNameIsGradedAgainOnTheNextRunWithoutForce(@TempDir Path dir) throws Exception {
    Path assignment = dir.resolve("softmax-only.json");
    Files.writeString(assignment, SOFTMAX_ONLY);
    Path subs = Files.createDirectories(dir.resolve("subs"));
    DemoClass.write(dir.resolve("demo"));
    Files.copy(dir.resolve("demo/chika.jar"), subs.resolve("chika.jar"));
    String[] grade = {"grade", "--assignment", assignment.toString(), "--submissions", subs.toString(), "--out", dir.resolve("out").toString(), "--jobs", "1"};
    String tool = System.getProperty("java.class.path");
    String changed = withChangedSuite(tool, dir.resolve("changed-suites"));

    LauncherTests.Ran first = nngrade(dir, tool, grade);
    assertEquals(0, first.code(), first.err());
    assertTrue(first.err().contains("graded 1/1: chika GRADED 0/10\n"), "the untouched skeleton scores nothing: " + first.err());
    LauncherTests.Ran again = nngrade(dir, tool, grade);
    assertTrue(again.err().contains("graded 1/1: chika GRADED 0/10 (kept from an earlier run)"), "nothing changed, nothing is graded again: " + again.err());
    // the hidden test's body is gone (it passes now), its name is the same
    LauncherTests.Ran after = nngrade(dir, changed, grade);
    assertEquals(0, after.code(), after.err());
    Matcher m = Pattern.compile("graded 1/1: chika GRADED ([0-9.]+)/10\\n").matcher(after.err());
    assertTrue(m.find(), "graded again, not kept: " + after.err());
    assertTrue(Double.parseDouble(m.group(1)) > 0, "the changed test passes: " + after.err());
  }

  /** The tool in a JVM of its own with class path {@code classPath}; stderr is a file, as in a CI log. */
  private static LauncherTests.Ran nngrade(Path dir, String classPath, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
        "-cp", classPath, Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    assertTrue(p.waitFor(8, TimeUnit.MINUTES), "the command finished");
    return new LauncherTests.Ran(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
  }

  /**
   * The class path with the hidden suites' module replaced by a copy in which the body of
   * SoftmaxHiddenTests' own test is {@code return}: the same test, the same name, another check.
   */
  private static String withChangedSuite(String classPath, Path into) throws IOException {
    Path suites = ChildRuntime.locate("dev.nngrade.grader.suites.CanaryTests");
    String entry = "dev/nngrade/grader/suites/SoftmaxHiddenTests.class";
    Path copy;
    if (Files.isDirectory(suites)) {
      copy = into.resolve("classes");
      try (Stream<Path> walk = Files.walk(suites)) {
        for (Path p : walk.toList()) {
          Path t = copy.resolve(suites.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.copy(p, t);
          }
        }
      }
      Files.write(copy.resolve(entry), emptied(Files.readAllBytes(copy.resolve(entry))));
    } else {
      copy = Files.createDirectories(into).resolve(suites.getFileName());
      try (ZipFile in = new ZipFile(suites.toFile()); OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
        for (ZipEntry e : java.util.Collections.list(in.entries())) {
          out.putNextEntry(new ZipEntry(e.getName()));
          try (InputStream s = in.getInputStream(e)) {
            byte[] bytes = s.readAllBytes();
            out.write(e.getName().equals(entry) ? emptied(bytes) : bytes);
          }
          out.closeEntry();
        }
      }
    }
    List<String> parts = new ArrayList<>();
    boolean replaced = false;
    for (String p : classPath.split(java.io.File.pathSeparator)) {
      boolean it = Path.of(p).toAbsolutePath().normalize().equals(suites.toAbsolutePath().normalize());
      parts.add(it ? copy.toString() : p);
      replaced |= it;
    }
    assertTrue(replaced, "the suites' module is on the class path itself: " + suites);
    return String.join(java.io.File.pathSeparator, parts);
  }

  /** The class with the body of every method annotated @Test replaced by {@code return} (annotations kept, so JUnit finds the same test). */
  private static byte[] emptied(byte[] classFile) {
    ClassFile cf = ClassFile.of();
    return cf.transformClass(cf.parse(classFile), (builder, element) -> {
      if (element instanceof MethodModel m && m.findAttribute(java.lang.classfile.Attributes.runtimeVisibleAnnotations())
          .map(RuntimeVisibleAnnotationsAttribute::annotations).orElse(List.of()).stream()
          .anyMatch(a -> a.className().stringValue().equals("Lorg/junit/jupiter/api/Test;"))) {
        builder.withMethod(m.methodName(), m.methodType(), m.flags().flagsMask(), mb -> {
          m.elementList().stream().filter(e -> !(e instanceof java.lang.classfile.CodeModel)).forEach(mb::with);
          mb.withCode(CodeBuilder::return_);
        });
      } else {
        builder.with(element);
      }
    });
  }

  @Test
  void anOutputFolderThatCannotBeWrittenStopsTheClassAtOnceAndNamesThePath(@TempDir Path dir) throws Exception {
    Path assignment = dir.resolve("softmax-only.json");
    Files.writeString(assignment, SOFTMAX_ONLY);
    DemoClass.write(dir.resolve("demo"));
    Path subs = Files.createDirectories(dir.resolve("subs"));
    for (String s : List.of("aiko", "ben", "chika")) {
      Files.copy(dir.resolve("demo/" + s + ".jar"), subs.resolve(s + ".jar"));
    }
    // a folder where ben's scorecard should go: writing it fails as a full disk would, for that one file
    Path blocked = Files.createDirectories(dir.resolve("out/ben/scorecard.json/in-the-way"));
    CommandsTests.Run r = CommandsTests.run("grade", "--assignment", assignment.toString(), "--submissions", subs.toString(), "--out",
        dir.resolve("out").toString(), "--jobs", "1");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("nngrade grade: cannot write " + blocked.getParent() + ": "), r.err());
    assertTrue(r.err().contains("1 of 3 submissions were graded and keep their files; grading stopped there"), r.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/aiko/scorecard.json")) && Files.isRegularFile(dir.resolve("out/aiko/.graded")), "aiko's files are kept");
    assertFalse(Files.exists(dir.resolve("out/chika")), "no submission started after the failure");
    assertFalse(Files.exists(dir.resolve("out/grades.csv")), "no grades file of a class half graded");
  }

  @Test
  void theConsoleTheClassPageAndGradesCsvSayWhatNeedsALookAndEnglishPagesAreInEnglish(@TempDir Path dir) throws Exception {
    DemoClass.write(dir.resolve("demo"));
    Path subs = Files.createDirectories(dir.resolve("subs"));
    // ben's softmax overflows: its hint reaches her report and the class page's common mistakes
    for (String s : List.of("ben", "chika", "broken-jar", "mallory-reflect", "mallory-services")) {
      Files.copy(dir.resolve("demo/" + s + ".jar"), subs.resolve(s + ".jar"));
    }
    CommandsTests.Run r = CommandsTests.run("grade", "--assignment", "lecture-002", "--submissions", subs.toString(), "--out", dir.resolve("out").toString(),
        "--lang", "en");
    assertEquals(3, r.code(), "an invalid jar asks for a look: " + r.out() + r.err());
    String out = r.out();
    assertAll("console table",
        () -> assertTrue(out.matches("(?s).*\\nbroken-jar +INVALID .*"), out),
        () -> assertTrue(under(out, "broken-jar").get(0).startsWith("not gradable: The submission is not a readable jar"), out),
        () -> assertTrue(under(out, "mallory-reflect").containsAll(List.of("code reaches for reflection past access checks (setAccessible, privateLookupIn) in SoftmaxImpl",
            "code reaches for sun.misc.Unsafe or JDK internals in SoftmaxImpl", "code reaches for the grader's, the reference's or JUnit's classes in SoftmaxImpl")), out),
        () -> assertTrue(under(out, "mallory-services").stream().anyMatch(l -> l.matches("\\d+ jar entries dropped \\(META-INF/services/org.junit.*")), out),
        () -> assertEquals(List.of(), under(out, "chika"), "nothing under the untouched skeleton"),
        () -> assertTrue(out.contains("5 submissions graded in ") && out.contains("; 3 need a look"), out));
    // stderr is not a terminal here: a line per submission, never a bar's carriage returns
    assertFalse(r.err().contains("\r"), r.err());
    assertEquals(5, r.err().lines().filter(l -> l.matches("graded [1-5]/5: \\S+ (GRADED|INVALID) .*")).count(), r.err());

    String index = Files.readString(dir.resolve("out/index.html"));
    assertAll("class page",
        () -> assertTrue(index.contains("<a href=\"grades.csv\">grades.csv</a>"), "a link to grades.csv"),
        () -> assertTrue(index.contains("<li>code reaches for sun.misc.Unsafe or JDK internals in SoftmaxImpl</li>"), index),
        () -> assertTrue(index.contains("<li>not gradable: The submission is not a readable jar"), index));
    String csv = Files.readString(dir.resolve("out/grades.csv"));
    assertTrue(csv.startsWith("student,status,score,max_score,late_days,file,sha256,late_penalty,review\n"), csv);
    assertTrue(csv.contains("\nmallory-reflect,GRADED,") && csv.contains(",\"code reaches for reflection past access checks (setAccessible, privateLookupIn) in SoftmaxImpl; "), csv);
    // English pages in English: labels, exercise titles, where each exercise comes from, the feedback
    assertTrue(Files.readString(dir.resolve("out/index.html")).contains("subtract the maximum of a before exp"), "a mistake's hint on the class page");
    for (String page : List.of("index.html", "ben/report.html", "chika/report.html", "broken-jar/report.html", "mallory-reflect/report.html")) {
      String html = Files.readString(dir.resolve("out").resolve(page));
      assertTrue(html.codePoints().noneMatch(c -> c >= 0x3000 && c <= 0x9fff || c >= 0xff00 && c <= 0xffef), page + " has Japanese text: "
          + html.codePoints().filter(c -> c >= 0x3000 && c <= 0x9fff).limit(20).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
    }
    String chika = Files.readString(dir.resolve("out/chika/report.html"));
    assertTrue(chika.contains("not implemented yet (002 check test 7, 003: softmax)"), "the lecture's check test, in English");
    // points as the assignment states them: the exercise's, never a passed test's share such as 1.67 / 1.67
    String reflect = Files.readString(dir.resolve("out/mallory-reflect/report.html"));
    assertTrue(reflect.contains("<span class=\"points\">10 / 10</span>"), "the exercise's points as the assignment gives them");
    assertFalse(reflect.matches("(?s).*<td class=\"num\">[0-9.]+ / [0-9.]+</td>.*"), "a test's share of the points is shown");
  }

  /** The indented lines under a student's row of the console table. */
  private static List<String> under(String table, String student) {
    List<String> lines = table.lines().toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(student + " ")) {
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("    "); j++) {
          out.add(lines.get(j).substring(4));
        }
      }
    }
    return out;
  }
}
