package dev.nngrade.grader.mutants;

import dev.nngrade.solution.verdicts.PublicSuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.contract.Exercise;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Classic student mistakes ({@code mutants/*}, one changed class each, the reference supplying the
 * rest) must fail no public test of any other exercise. Whether a mutant is caught at all is
 * validate-suite's job: many are caught only by the hidden suites, which run in the grader.
 */
class MutantsTests {
  private static final String BASE = "dev.nngrade.grader.mutants";

  static Map<String, Path> mutants() throws IOException, URISyntaxException {
    Path dir = Path.of(Catalogue.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(BASE.replace('.', '/'));
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p, (a, b) -> a, TreeMap::new));
    }
  }

  /** The exercise the mutant's classes implement. */
  static Exercise exerciseOf(Path mutantDir) throws IOException {
    try (Stream<Path> files = Files.list(mutantDir)) {
      Set<Exercise> exercises = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith("Impl.class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - "Impl.class".length()))
          .map(MutantsTests::byInterfaceName)
          .collect(Collectors.toSet());
      assertEquals(1, exercises.size(), mutantDir + " touches " + exercises);
      return exercises.iterator().next();
    }
  }

  private static Exercise byInterfaceName(String simpleName) {
    for (Exercise e : Exercise.values()) {
      for (Class<?> c : e.interfaces()) {
        if (c.getSimpleName().equals(simpleName)) {
          return e;
        }
      }
    }
    throw new AssertionError("no exercise interface named " + simpleName);
  }

  @Test
  void theCatalogueListsEveryMutantPackageWithItsExercise() throws Exception {
    assertTrue(mutants().size() >= 20, "only " + mutants().size() + " mutants");
    assertEquals(mutants().keySet(), Catalogue.ALL.stream().map(Catalogue.Mutant::id).collect(Collectors.toCollection(java.util.TreeSet::new)));
    for (Catalogue.Mutant m : Catalogue.ALL) {
      assertEquals(exerciseOf(mutants().get(m.id())), m.exercise(), m.id());
    }
  }

  @TestFactory
  List<DynamicTest> noMutantFailsAPublicTestOfAnotherExercise() throws Exception {
    return mutants().entrySet().stream().map(m -> DynamicTest.dynamicTest(m.getKey(), () -> {
      Exercise target = exerciseOf(m.getValue());
      PublicSuite.Verdicts v = PublicSuite.run(BASE + "." + m.getKey() + ",dev.nngrade.solution");
      List<String> caughtBy = v.failedTests().getOrDefault(target, List.of());
      for (Exercise other : Exercise.values()) {
        if (other != target) {
          assertEquals(0, v.failed(other), () -> m.getKey() + " also failed " + other.id() + ": " + v.failedTests().get(other));
        }
      }
      System.out.println("mutant " + m.getKey() + " (" + target.id() + ") " + (caughtBy.isEmpty() ? "passes every public test" : "fails the public tests " + caughtBy));
    })).toList();
  }
}
