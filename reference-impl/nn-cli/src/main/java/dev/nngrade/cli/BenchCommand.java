package dev.nngrade.cli;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.data.Batch;
import dev.nngrade.nn.data.ImageDataset;
import dev.nngrade.nn.data.LabelForm;
import dev.nngrade.nn.data.MnistData;
import dev.nngrade.nn.gradient.GradientCheck;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.net.SimpleConvNet;
import dev.nngrade.nn.net.TwoLayerNet;
import dev.nngrade.nn.optim.Adam;
import dev.nngrade.nn.optim.Optimizer;
import dev.nngrade.nn.optim.Sgd;
import dev.nngrade.nn.tensor.Shape;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.train.BatchSampler;
import dev.nngrade.nn.train.EpochStats;
import dev.nngrade.nn.train.Trainer;
import dev.nngrade.nn.train.TrainerConfig;
import dev.nngrade.nn.train.TrainingListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nngrade bench}: times the reference implementation on the textbook workloads and, in the
 * same run, the NumPy anchor ({@code numpy_textbook.py}), interleaved round by round so that the
 * machine's noise hits both alike. Prints JSON lines: one per measurement, then one summary per
 * item with medians and the ratio Java / NumPy.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times TwoLayerNet and SimpleConvNet training steps, an MLP epoch, the numerical gradient check of",
      "TwoLayerNet (39 760 parameters, 3 samples) and a 1024^3 GEMM; prints JSON lines with medians and,",
      "with --numpy, ratios against the NumPy anchor measured in the same run."
    })
final class BenchCommand implements Callable<Integer> {
  /** Figures recorded in shared/anchors/RESULTS.md (2 vCPU Zen 3, 2026-11-23), for runs without --numpy. */
  static final Map<String, Double> RECORDED = Map.of(
      "mlp_step", 0.98, "cnn_step", 135.2, "mlp_epoch", 0.66, "gradcheck", 7.56, "matmul_f64", 67.6, "cnn_epoch", 86.3);

  /** The goals as ratios Java / NumPy (for GFLOP/s, NumPy / Java). */
  static final Map<String, Double> GOALS = Map.of("mlp_step", 0.5, "cnn_step", 0.25, "gradcheck", 0.1);

  @Option(names = "--items", split = ",", defaultValue = "mlp_step,cnn_step,mlp_epoch,gradcheck,matmul_f64",
      description = "what to time: mlp_step, cnn_step, mlp_epoch, cnn_epoch, gradcheck, matmul_f64; default ${DEFAULT-VALUE}")
  List<String> items;

  @Option(names = "--rounds", defaultValue = "3", description = "rounds; each item runs once per round (seed = round); default ${DEFAULT-VALUE}")
  int rounds;

  @Option(names = "--mlp-iters", defaultValue = "2020", description = "MLP iterations per run, 20 of them warm-up; default ${DEFAULT-VALUE}")
  int mlpIters;

  @Option(names = "--cnn-iters", defaultValue = "220", description = "CNN iterations per run, 20 of them warm-up; default ${DEFAULT-VALUE}")
  int cnnIters;

  @Option(names = "--numpy", paramLabel = "SCRIPT", description = "path of numpy_textbook.py to measure in the same run (e.g. ../shared/anchors/numpy_textbook.py)")
  Path numpy;

  @Option(names = "--python", defaultValue = "python3", description = "Python with NumPy for --numpy; default ${DEFAULT-VALUE}")
  String python;

  @Option(names = "--threads", description = "CPU threads for Java; default: all processors")
  Integer threads;

  @Mixin DataOption data = new DataOption();

  private final JsonLines json = new JsonLines(System.out);
  private static final int WARMUP = 20;

  @Override
  public Integer call() throws Exception {
    if (data.data.equals("embedded") && Files.isDirectory(MnistData.DEBIAN_FASHION_MNIST)) {
      data.data = "fashion"; // the anchor trains on the full set; use it when it is there
    }
    MnistData d = data.load();
    Map<String, List<Double>> java = new LinkedHashMap<>();
    Map<String, List<Double>> py = new LinkedHashMap<>();
    Map<String, Object> env = JsonLines.record("bench-env");
    env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    env.put("cpus", Runtime.getRuntime().availableProcessors());
    env.put("cpu", cpuModel());
    env.put("data", data.label() + " (" + d.train().size() + " train, " + d.test().size() + " test)");
    env.put("numpy_anchor", numpy == null ? "recorded figures of shared/anchors/RESULTS.md" : numpy.toString());
    json.write(env);
    try (CpuBackend be = threads == null ? new CpuBackend() : new CpuBackend(threads)) {
      for (int round = 0; round < rounds; round++) {
        for (String item : items) {
          double value = runJava(item, be, d, round);
          java.computeIfAbsent(item, k -> new ArrayList<>()).add(value);
          if (numpy != null) {
            Double anchor = runNumpy(item, round);
            if (anchor != null) {
              py.computeIfAbsent(item, k -> new ArrayList<>()).add(anchor);
            }
          }
        }
      }
    }
    for (String item : items) {
      json.write(summary(item, java.get(item), py.get(item)));
    }
    return 0;
  }

  private Map<String, Object> summary(String item, List<Double> javaValues, List<Double> numpyValues) {
    boolean rate = item.startsWith("matmul");
    Map<String, Object> r = JsonLines.record("summary");
    r.put("item", item);
    r.put("unit", unit(item));
    double jm = median(javaValues);
    r.put("java_median", JsonLines.round(jm, 4));
    r.put("java_runs", javaValues.stream().map(v -> JsonLines.round(v, 4)).toList());
    double anchor;
    if (numpyValues != null && !numpyValues.isEmpty()) {
      anchor = median(numpyValues);
      r.put("numpy_median", JsonLines.round(anchor, 4));
      r.put("numpy_runs", numpyValues.stream().map(v -> JsonLines.round(v, 4)).toList());
      r.put("anchor", "measured in this run");
    } else {
      anchor = RECORDED.getOrDefault(item, Double.NaN);
      r.put("numpy_median", anchor);
      r.put("anchor", "recorded (shared/anchors/RESULTS.md, another machine)");
    }
    // a ratio below 1 means Java is faster, for times and for rates alike
    double ratio = rate ? anchor / jm : jm / anchor;
    r.put("ratio_java_over_numpy_time", JsonLines.round(ratio, 4));
    Double goal = GOALS.get(item);
    if (goal != null) {
      r.put("goal_ratio", goal);
      r.put("meets_goal", ratio <= goal);
    }
    return r;
  }

  private static String unit(String item) {
    return switch (item) {
      case "mlp_step", "cnn_step" -> "ms/iteration";
      case "matmul_f64" -> "GFLOP/s";
      default -> "s";
    };
  }

  static double median(List<Double> v) {
    double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  // ---- Java measurements --------------------------------------------------------------------

  private double runJava(String item, CpuBackend be, MnistData d, int seed) {
    return switch (item) {
      case "mlp_step" -> steps("mlp_step", be, d, seed, true, mlpIters);
      case "cnn_step" -> steps("cnn_step", be, d, seed, false, cnnIters);
      case "mlp_epoch" -> epoch("mlp_epoch", be, d, seed, true);
      case "cnn_epoch" -> epoch("cnn_epoch", be, d, seed, false);
      case "gradcheck" -> gradcheck(be, d, seed);
      case "matmul_f64" -> matmul(be, seed);
      default -> throw new IllegalArgumentException(
          "unknown bench item '" + item + "'; expected mlp_step, cnn_step, mlp_epoch, cnn_epoch, gradcheck or matmul_f64");
    };
  }

  private static Sequential model(Backend be, boolean mlp, long seed) {
    var init = Seeds.generator(seed, "init");
    return mlp ? new TwoLayerNet(be, 784, 50, 10, init) : new SimpleConvNet(be, init);
  }

  private static Optimizer optimizer(boolean mlp) {
    return mlp ? new Sgd(0.1) : Adam.textbook();
  }

  /** The anchor's timed iteration: draw indices, gather the batch, forward, backward, update. */
  private double steps(String name, CpuBackend be, MnistData d, int seed, boolean mlp, int iters) {
    ImageDataset train = d.train();
    Sequential net = model(be, mlp, seed);
    Optimizer opt = optimizer(mlp);
    BatchSampler sampler = new BatchSampler.WithReplacement(train.size(), 100, Seeds.generator(seed, "batches"));
    Batch batch = train.batch(sampler.next(), be, mlp, LabelForm.ONE_HOT);
    double[] ms = new double[iters];
    double lastLoss = 0;
    for (int i = 0; i < iters; i++) {
      long t0 = System.nanoTime();
      train.batchInto(sampler.next(), batch, LabelForm.ONE_HOT);
      lastLoss = net.gradient(batch.x(), batch.t());
      opt.update(net.parameters());
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    double[] timed = Arrays.copyOfRange(ms, Math.min(WARMUP, iters - 1), iters);
    double median = median(Arrays.stream(timed).boxed().toList());
    Trainer eval = new Trainer(net, opt, mlp ? TrainerConfig.textbookMlp(1, seed) : TrainerConfig.textbookCnn(1, seed), TrainingListener.NONE);
    Map<String, Object> r = JsonLines.record(name);
    r.put("impl", "java");
    r.put("seed", seed);
    r.put("iters", iters);
    r.put("warmup", WARMUP);
    r.put("ms_per_iter", JsonLines.round(median, 4));
    r.put("ms_mean", JsonLines.round(Arrays.stream(timed).average().orElse(Double.NaN), 4));
    r.put("ms_min", JsonLines.round(Arrays.stream(timed).min().orElse(Double.NaN), 4));
    r.put("loss", JsonLines.round(lastLoss, 5));
    r.put("acc", JsonLines.round(eval.accuracy(d.test(), 0), 4));
    r.put("threads", be.threads());
    json.write(r);
    return median;
  }

  private double epoch(String name, CpuBackend be, MnistData d, int seed, boolean mlp) {
    Sequential net = model(be, mlp, seed);
    TrainerConfig config = (mlp ? TrainerConfig.textbookMlp(1, seed) : TrainerConfig.textbookCnn(1, seed)).withEvaluation(1, 0);
    EpochStats s = new Trainer(net, optimizer(mlp), config, TrainingListener.NONE).fit(d.train(), d.test()).last();
    Map<String, Object> r = JsonLines.record(name);
    r.put("impl", "java");
    r.put("seed", seed);
    r.put("iterations", s.iterations());
    r.put("seconds", JsonLines.round(s.seconds(), 4));
    r.put("acc", JsonLines.round(s.testAccuracy(), 4));
    json.write(r);
    return s.seconds();
  }

  private double gradcheck(CpuBackend be, MnistData d, int seed) {
    TwoLayerNet net = new TwoLayerNet(be, 784, 50, 10, Seeds.generator(seed, "init"));
    Batch b = d.train().range(0, 3, be, true, LabelForm.ONE_HOT);
    long t0 = System.nanoTime();
    Map<String, double[]> numerical = net.numericalGradient(b.x(), b.t());
    double seconds = (System.nanoTime() - t0) / 1e9;
    GradientCheck.Report report = GradientCheck.compare(numerical, net.gradientMap(b.x(), b.t()));
    Map<String, Object> r = JsonLines.record("gradcheck");
    r.put("impl", "java");
    r.put("seed", seed);
    r.put("params", 39760);
    r.put("loss_evals", 2 * 39760);
    r.put("seconds", JsonLines.round(seconds, 4));
    r.put("us_per_eval", JsonLines.round(seconds * 1e6 / (2 * 39760), 3));
    r.put("max_rel_err", report.maxRelativeError());
    json.write(r);
    return seconds;
  }

  private double matmul(CpuBackend be, int seed) {
    int n = 1024;
    var rnd = Seeds.generator(seed, "matmul");
    double[] a = new double[n * n], b = new double[n * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = rnd.nextDouble();
      b[i] = rnd.nextDouble();
    }
    Tensor ta = be.fromHost(a, Shape.of(n, n)), tb = be.fromHost(b, Shape.of(n, n)), tc = be.zeros(Shape.of(n, n));
    for (int i = 0; i < 3; i++) {
      be.gemm(false, false, 1, ta, tb, 0, tc);
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long t0 = System.nanoTime();
      be.gemm(false, false, 1, ta, tb, 0, tc);
      times.add((System.nanoTime() - t0) / 1e9);
    }
    double gflops = 2.0 * n * n * n / median(times) / 1e9;
    Map<String, Object> r = JsonLines.record("matmul_f64");
    r.put("impl", "java");
    r.put("n", n);
    r.put("gflops_median", JsonLines.round(gflops, 2));
    json.write(r);
    return gflops;
  }

  // ---- the NumPy anchor ---------------------------------------------------------------------

  private Double runNumpy(String item, int seed) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(python, numpy.toString()));
    switch (item) {
      case "mlp_step" -> cmd.addAll(List.of("mlp", "--iters", Integer.toString(mlpIters)));
      case "cnn_step" -> cmd.addAll(List.of("cnn", "--iters", Integer.toString(cnnIters), "--progress", "0"));
      case "mlp_epoch" -> cmd.addAll(List.of("epoch", "--model", "mlp", "--epochs", "1"));
      case "cnn_epoch" -> cmd.addAll(List.of("epoch", "--model", "cnn", "--epochs", "1"));
      case "gradcheck" -> cmd.add("gradcheck");
      case "matmul_f64" -> cmd.add("matmul");
      default -> {
        return null;
      }
    }
    cmd.addAll(List.of("--seed", Integer.toString(seed)));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putIfAbsent("OMP_NUM_THREADS", "2");
    pb.environment().putIfAbsent("OPENBLAS_NUM_THREADS", "2");
    Process p = pb.start();
    String last = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("{")) {
          last = line;
        }
      }
    }
    int rc = p.waitFor();
    if (rc != 0 || last == null) {
      throw new IOException("the NumPy anchor failed (exit " + rc + ") for: " + String.join(" ", cmd));
    }
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(last);
    double value = switch (item) {
      case "mlp_step", "cnn_step" -> node.get("ms_per_iter").asDouble();
      case "matmul_f64" -> node.get("float64").get("gflops_median").asDouble();
      default -> node.get("seconds").asDouble();
    };
    Map<String, Object> rec = JsonLines.record(item);
    rec.put("impl", "numpy");
    rec.put("seed", seed);
    rec.put("value", value);
    if (node.has("acc") && !node.get("acc").isNull()) {
      rec.put("acc", node.get("acc").asDouble());
    }
    if (node.has("max_rel_err")) {
      rec.put("max_rel_err", node.get("max_rel_err").asDouble());
    }
    json.write(rec);
    return value;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux: the architecture is all we can say
    }
    return System.getProperty("os.arch").toLowerCase(Locale.ROOT);
  }
}
