package dev.nngrade.grader.leaderboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nngrade.contract.Language;
import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.output.Files2;
import dev.nngrade.grader.protocol.Wire;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.results.RunResult;
import dev.nngrade.grader.results.TestEvent;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one submission's model: inspects the jar (parameters, exercises used), stages the hidden
 * inputs (never the answers) beside the jar, runs the model in a sandboxed child JVM that sees neither
 * the reference nor the data folders, reassembles the authenticated predictions, checks and scores them
 * here, and checks each track's rules.
 */
public final class Evaluator {
  /** Where Debian puts its data sets (Fashion-MNIST's labels among them): never visible to a model. */
  static final Path SYSTEM_DATASETS = Path.of("/usr/share/datasets");

  private final LeaderboardSpec spec;
  private final HiddenData data;
  private final ChildJvm jvm;
  private final Language language;
  private final SecureRandom keys = new SecureRandom();

  public Evaluator(LeaderboardSpec spec, HiddenData data, ChildJvm jvm, Language language) {
    this.spec = spec;
    this.data = data;
    this.jvm = jvm;
    this.language = language;
  }

  public HiddenData data() {
    return data;
  }

  /**
   * The hidden inputs as the child reads them, written once per grading run beside the run folders
   * (the full Fashion-MNIST test split is 63 MB) and mounted read-only into each sandbox.
   */
  private synchronized Path stagedInputs(Path scratch) throws IOException {
    Path file = scratch.resolve("leaderboard-inputs-" + data.fingerprint() + ".nnw");
    if (!Files.isRegularFile(file)) {
      Path tmp = Files.createTempFile(scratch, "inputs-", ".part");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        Weights.write(Map.of("x", data.inputs()), out);
      }
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    return file;
  }

  /** What an evaluation found, and how long the model took (not part of the deterministic results). */
  public record Result(Evaluation evaluation, Double millisPerImage, long runMillis) {}

  public Result evaluate(Submission s, Path scratch, int slot) throws IOException {
    String modelClass = spec.classification() ? "ImageClassifierImpl" : "RegressorImpl";
    ModelInspection m = ModelInspection.of(s.canonicalJar(), modelClass);
    if (m.weightsProblem() != null) {
      return new Result(Evaluation.invalid(msg("leaderboard.invalid.weights", m.weightsProblem()), m.parameters()), null, 0);
    }
    Path runDir = Files.createTempDirectory(scratch, "model-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    try {
      Path jar = runDir.resolve("submission.jar");
      Files.write(jar, s.canonicalJar());
      Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
      Path inputs = stagedInputs(scratch);
      List<Path> hidden = new ArrayList<>(data.answerFolders());
      hidden.add(SYSTEM_DATASETS);
      Duration timeout = Duration.ofSeconds(spec.limits().timeoutSeconds());
      ChildJvm.Request request = new ChildJvm.Request(jar, "dev.nngrade.student", language.name().toLowerCase(java.util.Locale.ROOT), "",
          new Limits(timeout, timeout.plus(Limits.STARTUP), spec.limits().heapMegabytes(), 256), slot, false,
          new ChildJvm.Prediction(spec.classification() ? Wire.CLASSIFIER : Wire.REGRESSOR, inputs, hidden));
      byte[] key = new byte[32];
      keys.nextBytes(key);
      RunResult r = jvm.run(request, List.of(Wire.PREDICTION_ID), key);
      return judge(r, m, modelClass);
    } finally {
      Files2.deleteTree(runDir);
    }
  }

  private Result judge(RunResult r, ModelInspection m, String modelClass) {
    TestEvent e = r.finished().get(Wire.PREDICTION_ID);
    if (e == null) {
      String key = r.ending() == RunResult.Ending.TIMED_OUT ? "leaderboard.invalid.timeout"
          : r.ending() == RunResult.Ending.OUTPUT_LIMIT ? "leaderboard.invalid.output" : "leaderboard.invalid.crashed";
      return new Result(Evaluation.invalid(msg(key, spec.limits().timeoutSeconds()), m.parameters()), null, r.millis());
    }
    if (e.outcome() != Outcome.PASSED) {
      return new Result(Evaluation.invalid(failure(e, modelClass), m.parameters()), null, r.millis());
    }
    double[][] y = new double[data.size()][];
    Double millisPerImage = null;
    for (JsonNode d : r.data()) {
      if (d.path("type").asText().equals("timing")) {
        millisPerImage = d.path("predictNanos").asLong() / 1e6 / Math.max(1, d.path("inputs").asInt(1));
        continue;
      }
      int from = d.path("from").asInt(-1);
      int rows = d.path("rows").asInt(-1);
      int cols = d.path("cols").asInt(-1);
      byte[] bytes = Base64.getDecoder().decode(d.path("data").asText(""));
      if (from < 0 || rows < 0 || cols < 0 || from + rows > y.length || bytes.length != rows * cols * 8) {
        return incomplete(r, m);
      }
      ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < rows; i++) {
        double[] row = new double[cols];
        for (int c = 0; c < cols; c++) {
          row[c] = b.getDouble();
        }
        y[from + i] = row;
      }
    }
    for (double[] row : y) {
      if (row == null) {
        return incomplete(r, m);
      }
    }
    Metrics.Problem p = Metrics.check(y, data);
    if (p != null) {
      return new Result(Evaluation.invalid(msg(p.key(), p.args()), m.parameters()), millisPerImage, r.millis());
    }
    Metrics.Split s = Metrics.score(y, data);
    boolean cls = spec.classification();
    Evaluation ev = new Evaluation(Evaluation.SCORED, null, s.publicPart().metric(), cls ? s.publicPart().accuracy() : null,
        s.privatePart().metric(), cls ? s.privatePart().accuracy() : null, m.parameters(), null,
        TrackRules.check(spec.tracks(), m, millisPerImage, language));
    return new Result(ev, millisPerImage, r.millis());
  }

  /** Predictions that arrived damaged or with rows missing: the run is treated as a crash. */
  private Result incomplete(RunResult r, ModelInspection m) {
    return new Result(Evaluation.invalid(msg("leaderboard.invalid.crashed", spec.limits().timeoutSeconds()), m.parameters()), null, r.millis());
  }

  /** What the student reads about a failed run; messages of student-defined exceptions are never shown (or asked for). */
  private String failure(TestEvent e, String modelClass) {
    String ex = e.exception() == null ? "?" : e.exception();
    return switch (ex) {
      case "java.lang.ClassNotFoundException" -> msg("leaderboard.invalid.no-model", modelClass);
      case "java.lang.NoSuchMethodException" -> msg("leaderboard.invalid.no-constructor", modelClass);
      case "java.lang.ClassCastException" -> msg("leaderboard.invalid.wrong-interface", modelClass, spec.classification() ? "ImageClassifier" : "Regressor");
      case "nngrade.shape" -> msg("leaderboard.invalid.shape", e.message());
      case "dev.nngrade.contract.NotImplemented" -> e.message() != null ? e.message() : msg("leaderboard.invalid.exception", ex, where(e));
      case "java.lang.OutOfMemoryError" -> msg("leaderboard.invalid.memory", spec.limits().heapMegabytes());
      default -> msg("leaderboard.invalid.exception", ex, where(e));
    };
  }

  private static String where(TestEvent e) {
    return e.where() == null ? "?" : e.where();
  }

  private String msg(String key, Object... args) {
    return Messages.get(language, key, args);
  }
}
