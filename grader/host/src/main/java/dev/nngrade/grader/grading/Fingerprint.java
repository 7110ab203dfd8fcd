package dev.nngrade.grader.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nngrade.grader.Version;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.sandbox.ChildRuntime;
import dev.nngrade.grader.sandbox.Isolation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything that decides a grade besides the submission's jar, as one SHA-256: a rerun keeps a
 * submission's files only when its jar and this fingerprint are the same as when they were written,
 * so that no grade outlives a change of what produced it.
 *
 * <p>It covers: the assignment (as canonical JSON: a record's toString would show its maps in an
 * order that changes from one JVM to the next), the ids of the manifest's tests, the package of the
 * implementations under test, the master seed of the hidden inputs (as a digest that does not reveal
 * it), the bytes of every module staged for the children (runner, JUnit, contract, testkit, the
 * hidden suites; the reference solution and nn-core, which give the expected values), the grader's
 * own code (the scorer and its words) and version, the JDK's version, the isolation level, and a
 * leaderboard's hidden data.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** What a fingerprint is computed from. */
  public record Parts(Assignment assignment, Manifest manifest, String implementations, MasterSeed seeds, ChildRuntime runtime, Isolation isolation,
      Optional<String> hiddenData) {}

  public static String of(Parts p) throws IOException {
    MessageDigest sha = sha256();
    for (var line : lines(p).entrySet()) {
      sha.update((line.getKey() + " " + line.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Each part by name, short enough to record and compare: the assignment (without its hidden seed,
   * which is the part "seed") and the tests as digests, the rest as they are. Two runs with the same
   * fingerprint have the same summary; a shard's summary says which part another shard differs in.
   */
  public static Map<String, String> summary(Parts p) throws IOException {
    Map<String, String> out = new LinkedHashMap<>(lines(p));
    com.fasterxml.jackson.databind.node.ObjectNode a = ResultWriters.JSON.valueToTree(p.assignment());
    a.remove("hiddenSeed");
    out.put("assignment", hex(sha256().digest(ResultWriters.JSON.writeValueAsBytes(a))));
    out.put("tests", hex(sha256().digest(out.get("tests").getBytes(StandardCharsets.UTF_8))));
    return out;
  }

  /** The parts in the order they are hashed (the order, and so every fingerprint written so far, is kept). */
  private static Map<String, String> lines(Parts p) throws IOException {
    Map<String, String> lines = new LinkedHashMap<>();
    try {
      lines.put("assignment", ResultWriters.JSON.writeValueAsString(p.assignment()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the assignment as JSON", e);
    }
    lines.put("tests", String.join(" ", p.manifest().ids()));
    lines.put("implementations", p.implementations());
    lines.put("seed", p.seeds().fingerprint());
    lines.put("modules", p.runtime().digest());
    lines.put("grader", Version.TEXT + " " + GraderCode.DIGEST);
    lines.put("jdk", Runtime.version().toString());
    lines.put("isolation", p.isolation().id());
    lines.put("hidden-data", p.hiddenData().orElse("none"));
    return lines;
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  /** The bytes of the grader's own code (its jar, or its classes folder when run from a build), hashed once per JVM. */
  private static final class GraderCode {
    static final String DIGEST = digest();

    private static String digest() {
      try {
        CodeSource cs = Fingerprint.class.getProtectionDomain().getCodeSource();
        Path where = Path.of(cs.getLocation().toURI());
        MessageDigest sha = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(where)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          sha.update((where.relativize(f) + "\n").getBytes(StandardCharsets.UTF_8));
          try (InputStream in = Files.newInputStream(f)) {
            sha.update(in.readAllBytes());
          }
        }
        return HexFormat.of().formatHex(sha.digest());
      } catch (IOException | URISyntaxException | RuntimeException e) {
        throw new IllegalStateException("cannot read the grader's own code to fingerprint it: " + e, e);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
