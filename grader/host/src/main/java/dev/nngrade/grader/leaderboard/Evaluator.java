package dev.nngrade.grader.leaderboard;

import dev.nngrade.contract.Language;
import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import dev.nngrade.grader.intake.Submission;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.protocol.Wire;
import dev.nngrade.grader.results.RunResult;
import dev.nngrade.grader.results.TestReport;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Limits;
import dev.nngrade.grader.sandbox.RunFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
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
    try (RunFolder run = RunFolder.create(scratch, "model-")) {
      Path jar = run.jar(s.canonicalJar());
      Path inputs = stagedInputs(scratch);
      List<Path> hidden = new ArrayList<>(data.answerFolders());
      hidden.add(SYSTEM_DATASETS);
      Duration timeout = Duration.ofSeconds(spec.limits().timeoutSeconds());
      ChildJvm.Launch launch = new ChildJvm.Launch(jar, new Limits(timeout, timeout.plus(Limits.STARTUP), spec.limits().heapMegabytes(), 256), slot,
          ChildJvm.Modules.PREDICTION, java.util.Optional.of(inputs), hidden);
      byte[] key = new byte[Wire.KEY_BYTES];
      keys.nextBytes(key);
      Request.Settings settings = new Request.Settings(key, "dev.nngrade.student", language, (int) Math.max(1, timeout.toSeconds()));
      RunResult r = jvm.run(launch, new Request.Predict(settings,
          spec.classification() ? Request.ModelKind.IMAGE_CLASSIFIER : Request.ModelKind.REGRESSOR, inputs.toString()));
      return judge(r, m, modelClass);
    }
  }

  private Result judge(RunResult r, ModelInspection m, String modelClass) {
    TestReport e = r.finished().get(Wire.PREDICTION_ID);
    if (e == null) {
      String key = r.ending() == RunResult.Ending.TIMED_OUT ? "leaderboard.invalid.timeout"
          : r.ending() == RunResult.Ending.OUTPUT_LIMIT ? "leaderboard.invalid.output" : "leaderboard.invalid.crashed";
      return new Result(Evaluation.invalid(msg(key, spec.limits().timeoutSeconds()), m.parameters()), null, r.millis());
    }
    if (e.status() != Event.Status.PASSED) {
      return new Result(Evaluation.invalid(failure(e, modelClass), m.parameters()), null, r.millis());
    }
    double[][] y = new double[data.size()][];
    Double millisPerImage = r.timing().map(t -> t.predictNanos() / 1e6 / Math.max(1, t.inputs())).orElse(null);
    for (Event.Rows d : r.rows()) {
      if ((long) d.from() + d.rows() > y.length) {
        return incomplete(r, m);
      }
      double[] values = d.data();
      for (int i = 0; i < d.rows(); i++) {
        y[d.from() + i] = java.util.Arrays.copyOfRange(values, i * d.cols(), (i + 1) * d.cols());
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

  /**
   * What the student reads about a failed run: the grader's words for the class of what was thrown
   * (never a message of the submission's), or the runner's own description of predictions of the
   * wrong shape (counts and row numbers: the inputs are images the student may see, the answers never
   * reach the sandbox).
   */
  private String failure(TestReport e, String modelClass) {
    java.util.Optional<String> shape = e.checks().stream().filter(c -> c instanceof Event.CheckFailed f && "shape".equals(f.hintKey()))
        .map(c -> ((Event.CheckFailed) c).message()).findFirst();
    if (shape.isPresent()) {
      return msg("leaderboard.invalid.shape", shape.get());
    }
    Event.Thrown t = e.thrown();
    if (t == null || t.origin() == Event.Origin.SUBMISSION || t.type() == null) {
      return msg("leaderboard.invalid.exception-own");
    }
    return switch (t.type()) {
      case "java.lang.ClassNotFoundException" -> msg("leaderboard.invalid.no-model", modelClass);
      case "java.lang.NoSuchMethodException" -> msg("leaderboard.invalid.no-constructor", modelClass);
      case "java.lang.ClassCastException" -> msg("leaderboard.invalid.wrong-interface", modelClass, spec.classification() ? "ImageClassifier" : "Regressor");
      case "dev.nngrade.contract.NotImplemented" -> msg("leaderboard.invalid.not-implemented", modelClass);
      case "java.lang.OutOfMemoryError" -> msg("leaderboard.invalid.memory", spec.limits().heapMegabytes());
      default -> msg("leaderboard.invalid.exception", t.type());
    };
  }

  private String msg(String key, Object... args) {
    return Messages.get(language, key, args);
  }
}
