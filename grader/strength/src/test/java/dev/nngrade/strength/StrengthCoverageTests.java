package dev.nngrade.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nngrade.contract.Exercise;
import dev.nngrade.exercises.testkit.ForExercise;
import dev.nngrade.grader.suites.SoftmaxHiddenTests;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The measurement covers every hidden suite: each {@code *HiddenTests} class (a suite added later
 * included) has a strength class, and every exercise is reached. Without this a new suite would
 * silently leave its exercise's mutants to the other suites.
 */
class StrengthCoverageTests {
  private static final String SUITES = "dev/nngrade/grader/suites/";
  private static final String STRENGTH = "dev/nngrade/strength/suites/";

  @Test
  void everyHiddenSuiteHasAStrengthClass() throws Exception {
    List<Class<?>> strength = classes(StrengthCoverageTests.class, STRENGTH, "StrengthTests");
    Set<String> missing = new TreeSet<>();
    for (Class<?> hidden : classes(SoftmaxHiddenTests.class, SUITES, "HiddenTests")) {
      if (strength.stream().noneMatch(s -> s.getSuperclass() == hidden)) {
        missing.add(hidden.getSimpleName());
      }
    }
    assertEquals(Set.of(), missing, "hidden suites without a class in " + STRENGTH + " (add one: @JudgedLocally class XStrengthTests extends XHiddenTests {})");
  }

  @Test
  void everyExerciseHasAStrengthClass() throws Exception {
    Set<Exercise> reached = EnumSet.noneOf(Exercise.class);
    for (Class<?> c : classes(StrengthCoverageTests.class, STRENGTH, "StrengthTests")) {
      for (Class<?> k = c; k != null; k = k.getSuperclass()) {
        ForExercise f = k.getAnnotation(ForExercise.class);
        if (f != null) {
          reached.add(f.value());
        }
      }
    }
    Set<Exercise> missing = EnumSet.allOf(Exercise.class);
    missing.removeAll(reached);
    assertEquals(Set.of(), missing);
  }

  /** The top-level classes of one package, read from the directory or jar that holds {@code anchor}. */
  private static List<Class<?>> classes(Class<?> anchor, String packagePath, String suffix) throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.list(root.resolve(packagePath))) {
        files.map(p -> p.getFileName().toString()).forEach(names::add);
      }
    } else {
      try (ZipFile jar = new ZipFile(root.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(packagePath) && n.indexOf('/', packagePath.length()) < 0)
            .map(n -> n.substring(packagePath.length())).forEach(names::add);
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names.stream().sorted().toList()) {
      if (n.endsWith(suffix + ".class") && n.indexOf('$') < 0) {
        out.add(Class.forName(packagePath.replace('/', '.') + n.substring(0, n.length() - ".class".length())));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no class *" + suffix + " under " + packagePath + " in " + root + " " + Arrays.toString(names.toArray()));
    }
    return out;
  }
}
