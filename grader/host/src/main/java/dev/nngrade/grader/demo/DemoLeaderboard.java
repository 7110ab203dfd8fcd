package dev.nngrade.grader.demo;

import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.data.MnistData;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.layer.Parameter;
import dev.nngrade.nn.net.TwoLayerNet;
import dev.nngrade.nn.optim.Optimizer;
import dev.nngrade.nn.train.Trainer;
import dev.nngrade.nn.train.TrainerConfig;
import dev.nngrade.nn.train.TrainingListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's leaderboard class: model submissions for the {@code demo-leaderboard} assignment, each a
 * jar with an {@code ImageClassifierImpl} over aiko's exercise classes and {@code model.nnw} weights.
 * The weights are a TwoLayerNet trained by the reference on the embedded training split (as a
 * student would with their own training loop), so the jars are the same on every machine. Some
 * models are wrong on purpose (NaN, nine columns, scores instead of probabilities), one is over the
 * restricted track's parameter budget, one uses a convolution class, one tries to read the labels;
 * ben submits three times on one day (the third is over the daily limit of two) and once the next day.
 */
public final class DemoLeaderboard {
  private static final String BASE = "/dev/nngrade/grader/demo/";

  /** A demo jar: file name, student, model source, hidden units and epochs of its weights, submission time. */
  record Model(String file, String student, String source, int hidden, int epochs, String submittedAt) {}

  static final List<Model> MODELS = List.of(
      new Model("aiko", "aiko", "honest", 50, 6, "2026-12-01T10:00:00+09:00"),
      new Model("ben-1", "ben", "honest", 50, 1, "2026-12-01T09:00:00+09:00"),
      new Model("ben-2", "ben", "honest", 50, 2, "2026-12-01T12:00:00+09:00"),
      new Model("ben-3", "ben", "honest", 50, 8, "2026-12-01T18:00:00+09:00"),
      new Model("ben-4", "ben", "honest", 50, 4, "2026-12-02T10:00:00+09:00"),
      new Model("chika", "chika", "nan", 50, 2, "2026-12-01T11:00:00+09:00"),
      new Model("dana", "dana", "shape", 50, 2, "2026-12-01T13:00:00+09:00"),
      new Model("eiji", "eiji", "scores", 50, 2, "2026-12-01T14:00:00+09:00"),
      new Model("fumi", "fumi", "honest", 100, 6, "2026-12-02T09:00:00+09:00"),
      new Model("gen", "gen", "conv", 50, 3, "2026-12-02T11:00:00+09:00"),
      new Model("mallory-labels", "mallory", "labels", 50, 1, "2026-12-02T12:00:00+09:00"));

  private DemoLeaderboard() {}

  /**
   * Writes every demo model with its {@code .submitted} time, as the plain layout reads them: {@code <file>.jar}
   * where the file is named after the student, else {@code <student>/<file>.jar} (ben's four entries,
   * mallory's); returns the jars.
   */
  public static List<Path> write(Path dir) throws IOException {
    return write(dir, MODELS.stream().map(Model::file).collect(java.util.stream.Collectors.toSet()));
  }

  /** The files {@link #write(Path)} writes, relative to its folder: each model's jar and its {@code .submitted} time. */
  public static List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Model m : MODELS) {
      Path jar = m.file().equals(m.student()) ? Path.of(m.file() + ".jar") : Path.of(m.student(), m.file() + ".jar");
      files.add(jar);
      files.add(jar.resolveSibling(m.file() + ".jar.submitted"));
    }
    return files;
  }

  /** The demo models whose file names (without .jar) are in {@code files}: a test that needs a few need not train them all. */
  public static List<Path> write(Path dir, java.util.Set<String> files) throws IOException {
    Files.createDirectories(dir);
    Map<String, String> base = SubmissionBuilder.skeletonSources();
    // aiko's exercise classes (all correct) are every model's building blocks
    java.util.Properties index = new java.util.Properties();
    index.load(new java.io.StringReader(text("index.properties")));
    for (String f : index.getProperty("aiko.files").split(",")) {
      base.put("dev/nngrade/student/" + f.trim(), text("aiko/" + f.trim()));
    }
    Map<String, byte[]> weights = new HashMap<>();
    List<Path> jars = new ArrayList<>();
    for (Model m : MODELS) {
      if (!files.contains(m.file())) {
        continue;
      }
      Map<String, String> sources = new TreeMap<>(base);
      sources.put("dev/nngrade/student/ImageClassifierImpl.java", text("leaderboard/" + m.source() + ".java"));
      Map<String, byte[]> resources = new LinkedHashMap<>();
      resources.put("dev/nngrade/student/model.nnw", weights.computeIfAbsent(m.hidden() + "x" + m.epochs(), k -> train(m.hidden(), m.epochs())));
      Path jar = m.file().equals(m.student()) ? dir.resolve(m.file() + ".jar") : Files.createDirectories(dir.resolve(m.student())).resolve(m.file() + ".jar");
      SubmissionBuilder.build(jar, m.student(), sources, resources);
      Files.writeString(jar.resolveSibling(m.file() + ".jar.submitted"), java.time.OffsetDateTime.parse(m.submittedAt()).toInstant() + "\n");
      jars.add(jar);
    }
    return jars;
  }

  /** A 784-hidden-10 sigmoid TwoLayerNet trained by the reference (SGD lr 0.1, batch 100, fixed seed), as .nnw bytes. */
  static byte[] train(int hidden, int epochs) {
    MnistData data = MnistData.embedded();
    try (CpuBackend be = new CpuBackend(1)) {
      TwoLayerNet net = new TwoLayerNet(be, 784, hidden, 10, 0.01, Activation.SIGMOID, Seeds.generator(7, "init"));
      new Trainer(net, Optimizer.byName("sgd", 0.1), TrainerConfig.textbookMlp(epochs, 7).withEvaluation(100, 100), TrainingListener.NONE)
          .fit(data.train(), data.test());
      Map<String, double[][]> params = new LinkedHashMap<>();
      for (Parameter p : net.parameters()) {
        double[] v = be.toHost(p.value());
        int[] dims = p.value().shape().dims();
        int rows = dims.length == 1 ? 1 : dims[0];
        int cols = v.length / rows;
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
          System.arraycopy(v, r * cols, m[r], 0, cols);
        }
        params.put(p.name(), m);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Weights.write(params, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing weights to memory cannot fail", e);
    }
  }

  private static String text(String name) throws IOException {
    try (InputStream in = DemoLeaderboard.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("demo resource " + name + " is missing from the grader jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
