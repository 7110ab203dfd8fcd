package dev.nngrade.grader.sandbox;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The trusted side of the child JVM: the runner, JUnit, the contract, testkit and hidden suites (and,
 * for validate-suite only, the mutants and the reference), found where the grader itself loaded them
 * from and copied once into a staging folder that each sandbox mounts read-only.
 */
public final class ChildRuntime {
  /**
   * One class of each module a graded child needs, by name (some are not exported to the grader):
   * the runner, JUnit, the contract, the testkit and the hidden suites. Nothing that computes a right
   * answer: the reference and its solution are judged in the host (module encapsulation does not hide
   * class files, and these jars are readable inside the sandbox).
   */
  static final List<String> MARKERS = List.of(
      "dev.nngrade.grader.runner.ChildMain",
      "org.junit.platform.launcher.Launcher",
      "org.junit.platform.engine.TestEngine",
      "org.junit.platform.commons.JUnitException",
      "org.junit.jupiter.engine.JupiterTestEngine",
      "org.junit.jupiter.api.Test",
      "org.opentest4j.AssertionFailedError",
      "org.apiguardian.api.API",
      "dev.nngrade.contract.Exercise",
      "dev.nngrade.exercises.testkit.Expect",
      "dev.nngrade.grader.suites.CanaryTests");

  /** What a leaderboard run needs: the runner and what it requires, nothing that holds data or answers. */
  static final List<String> PREDICTION_MARKERS = List.of(
      "dev.nngrade.grader.runner.ChildMain",
      "org.junit.platform.launcher.Launcher",
      "org.junit.platform.engine.TestEngine",
      "org.junit.platform.commons.JUnitException",
      "org.opentest4j.AssertionFailedError",
      "org.apiguardian.api.API",
      "dev.nngrade.contract.Exercise");

  /** The modules a leaderboard run may resolve. */
  public static final String PREDICTION_LIMIT_MODULES = "java.base,java.logging,java.management,dev.nngrade.grader.runner";

  /**
   * Only for validating a suite (trusted code, never a submission): the mutants, which delegate to the
   * reference solution, and the reference with its library.
   */
  static final List<String> VALIDATION_MARKERS = List.of("dev.nngrade.grader.mutants.Catalogue", "dev.nngrade.solution.SoftmaxImpl", "dev.nngrade.nn.tensor.Tensor");

  /** The modules validation adds (and, outside a runtime image, must be allowed to resolve). */
  static final String VALIDATION_MODULES = "dev.nngrade.grader.mutants,dev.nngrade.solution,dev.nngrade.nn,jdk.incubator.vector";

  /** The modules a graded child may resolve: JUnit needs java.logging and java.management (sandbox.md). */
  public static final String LIMIT_MODULES = "java.base,java.logging,java.management,org.junit.jupiter.engine,dev.nngrade.grader.runner,dev.nngrade.grader.suites";

  private final Path modules;
  private final Path validation;
  private final Path predictionModules;
  private final Path javaHome;
  private final boolean image;
  private volatile String digest;

  private ChildRuntime(Path modules, Path validation, Path predictionModules, Path javaHome, boolean image) {
    this.modules = modules;
    this.validation = validation;
    this.predictionModules = predictionModules;
    this.javaHome = javaHome;
    this.image = image;
  }

  /** The Java home the child starts from: the child image, or the grader's own JDK. */
  public Path javaHome() {
    return javaHome;
  }

  /**
   * Whether {@link #javaHome()} is the child image, whose system modules are already the allowed
   * ones; otherwise the child needs {@code --limit-modules} (which turns class data sharing off).
   */
  public boolean image() {
    return image;
  }

  /** The same staged modules, started from another Java home (with {@code image} as above). */
  public ChildRuntime withJavaHome(Path home, boolean isImage) {
    return new ChildRuntime(modules, validation, predictionModules, home, isImage);
  }

  /** The staged module folder of leaderboard runs. */
  public Path predictionModules() {
    return predictionModules;
  }

  /** The staged mutants and reference modules (validate-suite only). */
  public Path validation() {
    return validation;
  }

  /** The staged module folder: one entry (jar or exploded module) per module. */
  public Path modules() {
    return modules;
  }

  /**
   * A SHA-256 over the names and bytes of every staged file (the graded child's modules, the
   * reference's and the leaderboard runs'), in name order: what the child runs and what the expected
   * values come from, so that a changed suite, runner, testkit, contract, JUnit or reference changes
   * every grade's fingerprint. Computed once.
   */
  public String digest() throws IOException {
    String d = digest;
    if (d == null) {
      MessageDigest sha = sha256();
      for (Path dir : List.of(modules, validation, predictionModules)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          sha.update((dir.getFileName() + "/" + dir.relativize(f) + "\n").getBytes(StandardCharsets.UTF_8));
          sha.update(Files.readAllBytes(f));
        }
      }
      digest = d = HexFormat.of().formatHex(sha.digest());
    }
    return d;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Copies the child's modules into {@code stagingDir/modules}. */
  public static ChildRuntime stage(Path stagingDir) throws IOException {
    Path dir = stagingDir.resolve("modules");
    stageModules(MARKERS, dir);
    Path prediction = stagingDir.resolve("prediction-modules");
    stageModules(PREDICTION_MARKERS, prediction);
    Path validation = stagingDir.resolve("validation");
    stageModules(VALIDATION_MARKERS, validation);
    return new ChildRuntime(dir, validation, prediction, Path.of(System.getProperty("java.home")), false);
  }

  private static void stageModules(List<String> markers, Path dir) throws IOException {
    Files.createDirectories(dir);
    Set<Path> sources = new LinkedHashSet<>();
    for (String marker : markers) {
      sources.add(locate(marker));
    }
    int i = 0;
    for (Path source : sources) {
      String name = String.format(java.util.Locale.ROOT, "%02d-%s", i++, source.getFileName());
      Path target = dir.resolve(Files.isDirectory(source) ? name : name.endsWith(".jar") ? name : name + ".jar");
      if (Files.isDirectory(source)) {
        copyTree(source, target);
      } else {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  public static Path locate(String className) {
    try {
      Class<?> c = Class.forName(className, false, ChildRuntime.class.getClassLoader());
      CodeSource cs = c.getProtectionDomain().getCodeSource();
      if (cs == null || cs.getLocation() == null) {
        throw new IllegalStateException("cannot tell where " + className + " was loaded from");
      }
      return Path.of(cs.getLocation().toURI());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the grader's class path lacks " + className + "; rebuild with ./mvnw install", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a folder with the files' permissions (an image's executables stay executable); links are copied as links. */
  static void copyTree(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(all::add);
    }
    for (Path p : all) {
      Path t = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(t);
      } else {
        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      }
    }
  }
}
