package dev.nngrade.cli;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.data.ImageDataset;
import dev.nngrade.nn.data.MnistData;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.optim.Optimizer;
import dev.nngrade.nn.train.BatchSampler;
import dev.nngrade.nn.train.EpochStats;
import dev.nngrade.nn.train.Trainer;
import dev.nngrade.nn.train.TrainerConfig;
import dev.nngrade.nn.train.TrainingHistory;
import dev.nngrade.nn.train.TrainingListener;
import dev.nngrade.reports.svg.LineChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nngrade train}: trains a textbook model, printing a JSON line per epoch and drawing the loss curve. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains TwoLayerNet (mlp) or SimpleConvNet (cnn) on MNIST-format data with the reference implementation.",
      "Prints one JSON line per epoch on stdout, a progress bar on stderr when it is a terminal, and writes loss-curve.svg,",
      "accuracy.svg and epochs.jsonl into --out."
    })
public final class TrainCommand implements Callable<Integer> {
  @Option(names = "--model", defaultValue = "mlp", description = "mlp (TwoLayerNet) or cnn (SimpleConvNet); default ${DEFAULT-VALUE}")
  String model;

  @Option(names = "--epochs",
      description = "epochs of train-size/batch-size iterations; default as the textbook: 17 for mlp (its 10 000 "
          + "iterations on 60 000 images), 20 for cnn")
  Integer epochs;

  @Option(names = "--batch-size", defaultValue = "100", description = "default ${DEFAULT-VALUE}")
  int batchSize;

  @Option(names = "--lr", description = "learning rate; default 0.1 for mlp (SGD), 0.001 for cnn (Adam)")
  Double learningRate;

  @Option(names = "--optimizer", description = "sgd, momentum, adagrad, rmsprop or adam; default sgd for mlp, adam for cnn")
  String optimizer;

  @Option(names = "--hidden", description = "hidden units; default 50 for mlp, 100 for cnn")
  Integer hidden;

  @Option(names = "--activation", defaultValue = "sigmoid", description = "mlp hidden activation (sigmoid, relu, tanh, ...); default ${DEFAULT-VALUE}")
  String activation;

  @Option(names = "--sampling", defaultValue = "with-replacement",
      description = "with-replacement (the textbook's np.random.choice) or shuffled-epochs; default ${DEFAULT-VALUE}")
  String sampling;

  @Option(names = "--seed", defaultValue = "0", description = "fixes initialisation and batch order; default ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--eval-train", description = "training samples to measure train accuracy on (0 = all); default all for mlp, 1000 for cnn")
  Integer evalTrain;

  @Option(names = "--out", defaultValue = "nngrade-out/train", description = "folder for the SVG charts and epochs.jsonl; default ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--no-progress", description = "no progress bar (there is none anyway when stderr is not a terminal)")
  boolean noProgress;

  @Mixin DataOption data = new DataOption();

  @Mixin BackendOption backendOption = new BackendOption();

  @Override
  public Integer call() throws Exception {
    Models m = Models.parse(model);
    int epochs = this.epochs != null ? this.epochs : m.defaultEpochs();
    MnistData d = data.load();
    ImageDataset train = d.train(), test = d.test();
    TrainerConfig config = m.config(epochs, seed)
        .withBatchSize(batchSize)
        .withSampling(BatchSampler.Kind.parse(sampling));
    if (evalTrain != null) {
      config = config.withEvaluation(evalTrain, config.evalTestSamples());
    }
    Files.createDirectories(out);
    JsonLines json = new JsonLines(System.out);
    StringBuilder epochLines = new StringBuilder();
    try (Backend be = backendOption.open()) {
      Sequential net = m.build(be, 1, 28, 28, train.classes(), hidden == null ? m.defaultHidden() : hidden,
          Activation.parse(activation), seed);
      Optimizer opt = m.optimizer(optimizer, learningRate);
      int total = Trainer.iterationsPerEpoch(train.size(), batchSize) * epochs;
      Map<String, Object> start = JsonLines.record("train-start");
      start.put("model", m.name().toLowerCase(java.util.Locale.ROOT));
      start.put("network", net.toString());
      start.put("optimizer", opt.describe());
      start.put("data", data.label());
      start.put("train_samples", train.size());
      start.put("test_samples", test.size());
      start.put("batch_size", batchSize);
      start.put("iterations", total);
      start.put("seed", seed);
      start.put("backend", be.device());
      json.write(start);
      TrainingListener epochsOut = new TrainingListener() {
        @Override
        public void onEpoch(EpochStats s) {
          Map<String, Object> r = JsonLines.record("epoch");
          r.put("epoch", s.epoch());
          r.put("iterations", s.iterations());
          r.put("mean_loss", JsonLines.round(s.meanLoss(), 6));
          r.put("train_acc", JsonLines.round(s.trainAccuracy(), 4));
          r.put("test_acc", JsonLines.round(s.testAccuracy(), 4));
          r.put("seconds", JsonLines.round(s.seconds(), 3));
          String line = JsonLines.toJson(r);
          epochLines.append(line).append('\n');
          System.out.println(line);
          System.out.flush();
        }
      };
      TrainingHistory history;
      Trainer trainer;
      if (noProgress || !stderrIsTerminal()) {
        // a bar redraws itself with carriage returns, which a CI log or a file keeps as garbage; the epochs' JSON lines show progress there
        trainer = new Trainer(net, opt, config, epochsOut);
        history = trainer.fit(train, test);
      } else {
        try (ProgressListener progress = new ProgressListener("train " + m.name().toLowerCase(java.util.Locale.ROOT), total, epochsOut)) {
          trainer = new Trainer(net, opt, config, progress);
          history = trainer.fit(train, test);
        }
      }
      Files.writeString(out.resolve("epochs.jsonl"), epochLines.toString());
      Files.writeString(out.resolve("loss-curve.svg"), lossChart(history, m).toSvg());
      Files.writeString(out.resolve("accuracy.svg"), accuracyChart(history).toSvg());
      Map<String, Object> done = JsonLines.record("train-done");
      done.put("final_test_acc", JsonLines.round(history.last().testAccuracy(), 4));
      done.put("loss_curve", out.resolve("loss-curve.svg").toString());
      done.put("accuracy_chart", out.resolve("accuracy.svg").toString());
      json.write(done);
    }
    return 0;
  }

  static LineChart lossChart(TrainingHistory h, Models m) {
    return new LineChart("Training loss per iteration (" + m.name().toLowerCase(java.util.Locale.ROOT) + ")", "iteration", "loss")
        .add(LineChart.Series.indexed("batch loss", h.losses()));
  }

  static LineChart accuracyChart(TrainingHistory h) {
    int n = h.epochs().size();
    double[] train = new double[n], test = new double[n];
    for (int i = 0; i < n; i++) {
      train[i] = h.epochs().get(i).trainAccuracy();
      test[i] = h.epochs().get(i).testAccuracy();
    }
    return new LineChart("Accuracy per epoch", "epoch", "accuracy")
        .add(LineChart.Series.indexed("train", train))
        .add(LineChart.Series.indexed("test", test));
  }

  /**
   * Whether stderr is a terminal: as nngrade's launcher says ({@code nngrade.stderr.terminal}, set when
   * it runs this command in a JVM of its own, whose stderr is a pipe), else as the console says.
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("nngrade.stderr.terminal");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    java.io.Console c = System.console();
    return c != null && c.isTerminal();
  }
}
