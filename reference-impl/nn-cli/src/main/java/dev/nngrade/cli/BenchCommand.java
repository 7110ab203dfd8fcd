package dev.nngrade.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.Precision;
import dev.nngrade.nn.data.Batch;
import dev.nngrade.nn.data.ImageDataset;
import dev.nngrade.nn.data.LabelForm;
import dev.nngrade.nn.data.MnistData;
import dev.nngrade.nn.gradient.GradientCheck;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.optim.Optimizer;
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
 * same run, the anchors: the NumPy script ({@code numpy_textbook.py}, interleaved round by round so
 * that the machine's noise hits both alike) and, on a GPU machine, the PyTorch script ({@code
 * torch_textbook.py}). Prints JSON lines: one per measurement, then one summary per item with the
 * medians and the ratio Java / anchor (below 1: Java is faster).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times the reference implementation's training steps, epochs, inference, gradient check and GEMM.",
      "Items: training steps of TwoLayerNet and SimpleConvNet, epochs, inference, the numerical gradient check",
      "of TwoLayerNet and GEMM on any backend; prints JSON lines with medians and, with --numpy or --torch,",
      "ratios against those anchors measured in the same run."
    })
public final class BenchCommand implements Callable<Integer> {
  /** What can be timed; the anchor keys say where the NumPy and PyTorch scripts report the same figure. */
  enum Item {
    MLP_STEP("mlp_step", "ms/iteration", "mlp", "mlp784-50-10_b100_ms_per_iter", 0.98, 0.99, 0.5),
    CNN_STEP("cnn_step", "ms/iteration", "cnn", "simpleconvnet_b100_ms_per_iter", 135.2, 2.09, 0.25),
    CNN_STEP_B1000("cnn_step_b1000", "ms/iteration", null, "simpleconvnet_b1000_ms_per_iter", Double.NaN, 1.97, Double.NaN),
    CNN_EVAL_10K("cnn_eval_10k", "ms", null, "simpleconvnet_eval10k_ms", Double.NaN, 2.77, Double.NaN),
    MLP_EPOCH("mlp_epoch", "s", "epoch-mlp", null, 0.66, Double.NaN, Double.NaN),
    CNN_EPOCH("cnn_epoch", "s", "epoch-cnn", null, 86.3, Double.NaN, Double.NaN),
    GRADCHECK("gradcheck", "s", "gradcheck", null, 7.56, Double.NaN, 0.1),
    MATMUL_F64("matmul_f64", "GFLOP/s", "matmul", null, 67.6, Double.NaN, Double.NaN),
    GEMM_4096("gemm_4096", "GFLOP/s", null, "gemm4096_float32_gflops", Double.NaN, 51500, 2.5);

    final String key;
    final String unit;
    final String numpy;
    final String torch;
    final double recordedNumpy;
    final double recordedTorch;
    final double goal;

    Item(String key, String unit, String numpy, String torch, double recordedNumpy, double recordedTorch, double goal) {
      this.key = key;
      this.unit = unit;
      this.numpy = numpy;
      this.torch = torch;
      this.recordedNumpy = recordedNumpy;
      this.recordedTorch = recordedTorch;
      this.goal = goal;
    }

    boolean rate() {
      return unit.equals("GFLOP/s");
    }

    static Item parse(String key) {
      for (Item i : values()) {
        if (i.key.equals(key)) {
          return i;
        }
      }
      throw new IllegalArgumentException("unknown bench item '" + key + "'; expected one of "
          + Arrays.stream(values()).map(i -> i.key).toList());
    }
  }

  @Option(names = "--items", split = ",", defaultValue = "mlp_step,cnn_step,mlp_epoch,gradcheck,matmul_f64",
      description = "what to time: mlp_step, cnn_step, cnn_step_b1000, cnn_eval_10k, mlp_epoch, cnn_epoch, gradcheck, "
          + "matmul_f64, gemm_4096; default ${DEFAULT-VALUE}")
  List<String> items;

  @Option(names = "--rounds", defaultValue = "3", description = "rounds; each item runs once per round (seed = round); default ${DEFAULT-VALUE}")
  int rounds;

  @Option(names = "--mlp-iters", defaultValue = "2020", description = "MLP iterations per run, 20 of them warm-up; default ${DEFAULT-VALUE}")
  int mlpIters;

  @Option(names = "--cnn-iters", defaultValue = "220", description = "CNN iterations per run, 20 of them warm-up; default ${DEFAULT-VALUE}")
  int cnnIters;

  @Option(names = "--numpy", paramLabel = "SCRIPT", description = "numpy_textbook.py to measure in the same run (e.g. ../shared/anchors/numpy_textbook.py)")
  Path numpy;

  @Option(names = "--torch", paramLabel = "SCRIPT", description = "torch_textbook.py to run once at the end, on a GPU machine")
  Path torch;

  @Option(names = "--python", defaultValue = "python3", description = "Python for --numpy and --torch; default ${DEFAULT-VALUE}")
  String python;

  @Mixin DataOption data = new DataOption();

  @Mixin BackendOption backendOption = new BackendOption();

  private final JsonLines json = new JsonLines(System.out);
  private static final int WARMUP = 20;

  @Override
  public Integer call() throws Exception {
    List<Item> chosen = items.stream().map(Item::parse).toList();
    if (data.data.equals("embedded") && Files.isDirectory(MnistData.DEBIAN_FASHION_MNIST)) {
      data.data = "fashion"; // the anchors train on the full set; use it when it is there
    }
    MnistData d = data.load();
    Map<Item, List<Double>> java = new LinkedHashMap<>();
    Map<Item, List<Double>> py = new LinkedHashMap<>();
    try (Backend be = backendOption.open()) {
      Map<String, Object> env = JsonLines.record("bench-env");
      env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
      env.put("cpus", Runtime.getRuntime().availableProcessors());
      env.put("cpu", cpuModel());
      env.put("backend", be.device());
      env.put("data", data.label() + " (" + d.train().size() + " train, " + d.test().size() + " test)");
      env.put("numpy_anchor", numpy == null ? "recorded figures of shared/anchors/RESULTS.md" : numpy.toString());
      env.put("torch_anchor", torch == null ? "recorded figures of shared/design.md (H100)" : torch.toString());
      json.write(env);
      for (int round = 0; round < rounds; round++) {
        for (Item item : chosen) {
          Double value = runJava(item, be, d, round);
          if (value != null) {
            java.computeIfAbsent(item, k -> new ArrayList<>()).add(value);
          }
          if (numpy != null && item.numpy != null) {
            py.computeIfAbsent(item, k -> new ArrayList<>()).add(runNumpy(item, round));
          }
        }
      }
      JsonNode torchResult = torch == null ? null : runTorch();
      for (Item item : chosen) {
        if (java.containsKey(item)) {
          json.write(summary(item, java.get(item), py.get(item), torchResult, be));
        }
      }
    }
    return 0;
  }

  private Map<String, Object> summary(Item item, List<Double> javaValues, List<Double> numpyValues, JsonNode torchResult, Backend be) {
    Map<String, Object> r = JsonLines.record("summary");
    r.put("item", item.key);
    r.put("unit", item.unit);
    r.put("backend", be.device());
    double jm = median(javaValues);
    r.put("java_median", JsonLines.round(jm, 4));
    r.put("java_runs", javaValues.stream().map(v -> JsonLines.round(v, 4)).toList());
    boolean gpuAnchor = !be.name().equals("cpu") && item.torch != null;
    double anchor;
    if (gpuAnchor) {
      String key = item == Item.GEMM_4096 && be.precision() == Precision.FLOAT64 ? "gemm4096_float64_gflops" : item.torch;
      boolean measured = torchResult != null && torchResult.has(key);
      anchor = measured ? torchResult.get(key).asDouble() : item.recordedTorch;
      r.put("torch", JsonLines.round(anchor, 4));
      r.put("anchor", measured ? "PyTorch, measured in this run on " + torchResult.path("device").asText()
          : "PyTorch, recorded (shared/design.md, H100)");
    } else {
      boolean measured = numpyValues != null && !numpyValues.isEmpty();
      anchor = measured ? median(numpyValues) : item.recordedNumpy;
      r.put("numpy_median", JsonLines.round(anchor, 4));
      if (measured) {
        r.put("numpy_runs", numpyValues.stream().map(v -> JsonLines.round(v, 4)).toList());
      }
      r.put("anchor", measured ? "NumPy, measured in this run" : "NumPy, recorded (shared/anchors/RESULTS.md, another machine)");
    }
    // below 1 means Java is faster, for times and for rates alike
    double ratio = item.rate() ? anchor / jm : jm / anchor;
    r.put("ratio_java_over_anchor_time", JsonLines.round(ratio, 4));
    double goal = gpuAnchor ? (item == Item.GEMM_4096 ? 2.5 : 1.0) : item.goal;
    if (!Double.isNaN(goal) && !Double.isNaN(anchor)) {
      r.put("goal_ratio", goal);
      r.put("meets_goal", ratio <= goal);
    }
    return r;
  }

  static double median(List<Double> v) {
    double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  // ---- Java measurements --------------------------------------------------------------------

  private Double runJava(Item item, Backend be, MnistData d, int seed) {
    return switch (item) {
      case MLP_STEP -> steps(item, be, d, seed, true, 100, mlpIters);
      case CNN_STEP -> steps(item, be, d, seed, false, 100, cnnIters);
      case CNN_STEP_B1000 -> steps(item, be, d, seed, false, 1000, Math.max(WARMUP + 5, cnnIters / 4));
      case CNN_EVAL_10K -> inference(be, d, seed);
      case MLP_EPOCH -> epoch(item, be, d, seed, true);
      case CNN_EPOCH -> epoch(item, be, d, seed, false);
      case GRADCHECK -> gradcheck(be, d, seed);
      case MATMUL_F64 -> gemm(item, be, 1024, seed);
      case GEMM_4096 -> gemm(item, be, 4096, seed);
    };
  }

  private static Models model(boolean mlp) {
    return mlp ? Models.MLP : Models.CNN;
  }

  private Map<String, Object> measurement(Item item, Backend be, int seed) {
    Map<String, Object> r = JsonLines.record(item.key);
    r.put("impl", "java");
    r.put("backend", be.name());
    r.put("seed", seed);
    return r;
  }

  /** The anchors' timed iteration: draw indices, gather the batch, forward, backward, update (the loss read ends it). */
  private double steps(Item item, Backend be, MnistData d, int seed, boolean mlp, int batchSize, int iters) {
    ImageDataset train = d.train();
    Sequential net = model(mlp).textbook(be, seed);
    Optimizer opt = model(mlp).optimizer(null, null);
    BatchSampler sampler = new BatchSampler.WithReplacement(train.size(), batchSize, Seeds.generator(seed, "batches"));
    Batch batch = train.batch(sampler.next(), be, mlp, LabelForm.ONE_HOT);
    double[] ms = new double[iters];
    double lastLoss = 0;
    for (int i = 0; i < iters; i++) {
      long t0 = System.nanoTime();
      train.batchInto(sampler.next(), batch, LabelForm.ONE_HOT);
      lastLoss = net.gradient(batch.x(), batch.t());
      opt.update(net.parameters());
      be.synchronize();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    double[] timed = Arrays.copyOfRange(ms, Math.min(WARMUP, iters - 1), iters);
    double median = median(Arrays.stream(timed).boxed().toList());
    TrainerConfig config = model(mlp).config(1, seed);
    Map<String, Object> r = measurement(item, be, seed);
    r.put("batch", batchSize);
    r.put("iters", iters);
    r.put("warmup", WARMUP);
    r.put("ms_per_iter", JsonLines.round(median, 4));
    r.put("ms_mean", JsonLines.round(Arrays.stream(timed).average().orElse(Double.NaN), 4));
    r.put("ms_min", JsonLines.round(Arrays.stream(timed).min().orElse(Double.NaN), 4));
    r.put("loss", JsonLines.round(lastLoss, 5));
    r.put("acc", JsonLines.round(new Trainer(net, opt, config, TrainingListener.NONE).accuracy(d.test(), 0), 4));
    json.write(r);
    return median;
  }

  /** SimpleConvNet's predicted classes for 10 000 test images in one batch, as the PyTorch anchor times it. */
  private double inference(Backend be, MnistData d, int seed) {
    Sequential net = Models.CNN.textbook(be, seed);
    int n = Math.min(10_000, d.test().size());
    Batch b = d.test().range(0, n, be, false, LabelForm.INDEX);
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      long t0 = System.nanoTime();
      be.argmaxRows(net.predict(b.x()));
      times.add((System.nanoTime() - t0) / 1e6);
    }
    double median = median(times.subList(3, times.size()));
    Map<String, Object> r = measurement(Item.CNN_EVAL_10K, be, seed);
    r.put("images", n);
    r.put("ms", JsonLines.round(median, 4));
    json.write(r);
    return median;
  }

  private double epoch(Item item, Backend be, MnistData d, int seed, boolean mlp) {
    Sequential net = model(mlp).textbook(be, seed);
    TrainerConfig config = model(mlp).config(1, seed).withEvaluation(1, 0);
    EpochStats s = new Trainer(net, model(mlp).optimizer(null, null), config, TrainingListener.NONE).fit(d.train(), d.test()).last();
    Map<String, Object> r = measurement(item, be, seed);
    r.put("iterations", s.iterations());
    r.put("seconds", JsonLines.round(s.seconds(), 4));
    r.put("acc", JsonLines.round(s.testAccuracy(), 4));
    json.write(r);
    return s.seconds();
  }

  private Double gradcheck(Backend be, MnistData d, int seed) {
    if (!be.name().equals("cpu")) {
      // 79 520 single-element reads and writes to a device would time the bus, not the backend
      Map<String, Object> r = measurement(Item.GRADCHECK, be, seed);
      r.put("not_run", "the numerical gradient is a ground-truth tool of the CPU backend; run gradcheck with --backend cpu");
      json.write(r);
      return null;
    }
    Sequential net = Models.MLP.textbook(be, seed);
    Batch b = d.train().range(0, 3, be, true, LabelForm.ONE_HOT);
    long t0 = System.nanoTime();
    Map<String, double[]> numerical = net.numericalGradient(b.x(), b.t());
    double seconds = (System.nanoTime() - t0) / 1e9;
    GradientCheck.Report report = GradientCheck.compare(numerical, net.gradientMap(b.x(), b.t()));
    Map<String, Object> r = measurement(Item.GRADCHECK, be, seed);
    r.put("params", 39760);
    r.put("loss_evals", 2 * 39760);
    r.put("seconds", JsonLines.round(seconds, 4));
    r.put("us_per_eval", JsonLines.round(seconds * 1e6 / (2 * 39760), 3));
    r.put("max_rel_err", report.maxRelativeError());
    json.write(r);
    return seconds;
  }

  private double gemm(Item item, Backend be, int n, int seed) {
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
    be.synchronize();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < (n > 2048 ? 5 : 10); i++) {
      long t0 = System.nanoTime();
      be.gemm(false, false, 1, ta, tb, 0, tc);
      be.synchronize();
      times.add((System.nanoTime() - t0) / 1e9);
    }
    double gflops = 2.0 * n * n * n / median(times) / 1e9;
    Map<String, Object> r = measurement(item, be, seed);
    r.put("n", n);
    r.put("precision", be.precision().name().toLowerCase(Locale.ROOT));
    r.put("gflops_median", JsonLines.round(gflops, 2));
    json.write(r);
    return gflops;
  }

  // ---- the anchors --------------------------------------------------------------------------

  private double runNumpy(Item item, int seed) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(python, numpy.toString()));
    switch (item.numpy) {
      case "mlp" -> cmd.addAll(List.of("mlp", "--iters", Integer.toString(mlpIters)));
      case "cnn" -> cmd.addAll(List.of("cnn", "--iters", Integer.toString(cnnIters), "--progress", "0"));
      case "epoch-mlp" -> cmd.addAll(List.of("epoch", "--model", "mlp", "--epochs", "1"));
      case "epoch-cnn" -> cmd.addAll(List.of("epoch", "--model", "cnn", "--epochs", "1"));
      default -> cmd.add(item.numpy);
    }
    cmd.addAll(List.of("--seed", Integer.toString(seed)));
    JsonNode node = lastJsonLine(cmd, Map.of("OMP_NUM_THREADS", "2", "OPENBLAS_NUM_THREADS", "2"));
    double value = switch (item) {
      case MLP_STEP, CNN_STEP -> node.get("ms_per_iter").asDouble();
      case MATMUL_F64 -> node.get("float64").get("gflops_median").asDouble();
      default -> node.get("seconds").asDouble();
    };
    Map<String, Object> rec = JsonLines.record(item.key);
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

  private JsonNode runTorch() throws IOException, InterruptedException {
    JsonNode node = lastJsonLine(List.of(python, torch.toString()), Map.of());
    Map<String, Object> rec = JsonLines.record("torch");
    rec.put("impl", "pytorch");
    rec.put("result", new ObjectMapper().convertValue(node, Map.class));
    json.write(rec);
    return node;
  }

  private static JsonNode lastJsonLine(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    env.forEach(pb.environment()::putIfAbsent);
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
      throw new IOException("the anchor failed (exit " + rc + ") for: " + String.join(" ", cmd));
    }
    return new ObjectMapper().readTree(last);
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
