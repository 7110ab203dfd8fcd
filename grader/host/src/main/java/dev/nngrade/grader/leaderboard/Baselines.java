package dev.nngrade.grader.leaderboard;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BackendOptions;
import dev.nngrade.nn.backend.Backends;
import dev.nngrade.nn.backend.Precision;
import dev.nngrade.nn.data.ImageDataset;
import dev.nngrade.nn.function.Softmax;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.net.Sequential;
import dev.nngrade.nn.net.SimpleConvNet;
import dev.nngrade.nn.net.TwoLayerNet;
import dev.nngrade.nn.optim.Optimizer;
import dev.nngrade.nn.tensor.Tensor;
import dev.nngrade.nn.train.Trainer;
import dev.nngrade.nn.train.TrainerConfig;
import dev.nngrade.nn.train.TrainingListener;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The reference rows of a classification leaderboard: the textbook's TwoLayerNet (784-50-10, sigmoid,
 * SGD lr 0.1, batch 100) and SimpleConvNet (Adam lr 0.001) trained by reference-impl on the training
 * split of the same data, and evaluated exactly as a submission is (softmax of the scores, the same
 * checks and metrics). Training runs on a GPU through OpenCL when the machine has one ({@code auto}),
 * else on the CPU.
 */
final class Baselines {
  static final String PREFIX = "baseline:";

  private Baselines() {}

  /** Epochs of each baseline: a few for the MLP, one for the CNN (the anchors' first-epoch figures). */
  static int epochs(String id) {
    return id.equals("two-layer-net") ? 5 : 1;
  }

  /** What identifies a baseline's training, stored as its "sha256" in the history. */
  static String recipe(String id, long seed) {
    return id + " epochs=" + epochs(id) + " seed=" + seed + (id.equals("two-layer-net") ? " sgd lr=0.1 batch=100 sigmoid hidden=50" : " adam lr=0.001 batch=100");
  }

  /** Trains baseline {@code id} and evaluates it on the hidden rows. */
  static Evaluation trainAndEvaluate(String id, HiddenData data, long seed, Consumer<String> notices) {
    ImageDataset train = data.train();
    try (Backend be = Backends.open(new Backends.Request("auto", -1, Precision.FLOAT64, BackendOptions.DEFAULT), notices)) {
      boolean mlp = id.equals("two-layer-net");
      var init = Seeds.generator(seed, "init");
      Sequential net = mlp ? new TwoLayerNet(be, train.pixelsPerImage(), 50, train.classes(), 0.01, dev.nngrade.nn.backend.Activation.SIGMOID, init)
          : new SimpleConvNet(be, SimpleConvNet.Config.TEXTBOOK.withInput(1, 28, 28), init);
      TrainerConfig config = (mlp ? TrainerConfig.textbookMlp(epochs(id), seed) : TrainerConfig.textbookCnn(epochs(id), seed)).withEvaluation(1000, 100);
      new Trainer(net, Optimizer.byName(mlp ? "sgd" : "adam", mlp ? 0.1 : 0.001), config, TrainingListener.NONE).fit(train, train);
      double[][] x = data.inputs();
      double[][] y = new double[x.length][];
      int per = x[0].length;
      for (int from = 0; from < x.length; from += 100) {
        int n = Math.min(100, x.length - from);
        double[] flat = new double[n * per];
        for (int i = 0; i < n; i++) {
          System.arraycopy(x[from + i], 0, flat, i * per, per);
        }
        Tensor scores = net.predict(be.fromHost(flat, train.inputShape(n, mlp)));
        double[] s = be.toHost(scores);
        int k = s.length / n;
        for (int i = 0; i < n; i++) {
          y[from + i] = Softmax.of(java.util.Arrays.copyOfRange(s, i * k, (i + 1) * k));
        }
      }
      Metrics.Problem p = Metrics.check(y, data);
      if (p != null) {
        // the reference's own predictions failing the checks would be a bug in nngrade, not in a submission
        throw new IllegalStateException("baseline " + id + ": its predictions fail the check " + p.key() + " " + java.util.Arrays.toString(p.args()));
      }
      Metrics.Split sc = Metrics.score(y, data);
      long params = net.parameters().stream().mapToLong(q -> q.value().size()).sum();
      return new Evaluation(Evaluation.SCORED, null, sc.publicPart().metric(), sc.publicPart().accuracy(), sc.privatePart().metric(),
          sc.privatePart().accuracy(), params, null, Map.of());
    }
  }
}
