package dev.nngrade.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nngrade.nn.backend.Activation;
import dev.nngrade.nn.backend.cpu.CpuBackend;
import dev.nngrade.nn.data.MnistData;
import dev.nngrade.nn.init.Seeds;
import dev.nngrade.nn.net.SimpleConvNet;
import dev.nngrade.nn.net.TwoLayerNet;
import dev.nngrade.nn.optim.Adam;
import dev.nngrade.nn.optim.Sgd;
import dev.nngrade.nn.testkit.TensorAssertions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTests {
  static final MnistData DATA = MnistData.embedded();

  static TrainingHistory trainMlp(CpuBackend be, int epochs, long seed) {
    TwoLayerNet net = new TwoLayerNet(be, 784, 50, 10, Seeds.generator(seed, "init"));
    return new Trainer(net, new Sgd(0.1), TrainerConfig.textbookMlp(epochs, seed), TrainingListener.NONE).fit(DATA.train(), DATA.test());
  }

  @Test
  void twoLayerNetLearnsTheEmbeddedSubset() {
    try (CpuBackend be = new CpuBackend(2)) {
      TrainingHistory h = trainMlp(be, 17, 0);
      assertEquals(17 * 60, h.losses().length);
      double first = Arrays.stream(h.losses(), 0, 50).average().orElseThrow();
      double last = Arrays.stream(h.losses(), h.losses().length - 50, h.losses().length).average().orElseThrow();
      assertTrue(first > 2.2 && last < 1.0, "mean loss of the first and last 50 batches: " + first + ", " + last);
      assertTrue(h.last().testAccuracy() > 0.65, "test accuracy " + h.last().testAccuracy());
      assertTrue(h.last().trainAccuracy() > 0.65, "train accuracy " + h.last().trainAccuracy());
    }
  }

  @Test
  void theSameSeedGivesTheSameRunBitForBitWithAnyNumberOfThreads() {
    TrainingHistory a, b, c;
    try (CpuBackend one = new CpuBackend(1); CpuBackend two = new CpuBackend(2)) {
      a = trainMlp(one, 2, 42);
      b = trainMlp(two, 2, 42);
      c = trainMlp(two, 2, 43);
    }
    TensorAssertions.assertBitwiseEqual(a.losses(), b.losses(), "losses");
    assertEquals(a.last().testAccuracy(), b.last().testAccuracy());
    assertTrue(!Arrays.equals(a.losses(), c.losses()), "another seed must give another run");
  }

  @Test
  void simpleConvNetLearnsAndIsDeterministic() {
    try (CpuBackend be = new CpuBackend(2)) {
      List<double[]> runs = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        SimpleConvNet net = new SimpleConvNet(be, Seeds.generator(7, "init"));
        TrainingHistory h = new Trainer(net, Adam.textbook(), TrainerConfig.textbookCnn(1, 7).withEvaluation(500, 500),
            TrainingListener.NONE).fit(DATA.train(), DATA.test());
        assertTrue(h.last().testAccuracy() > 0.6, "test accuracy after one epoch " + h.last().testAccuracy());
        runs.add(h.losses());
      }
      TensorAssertions.assertBitwiseEqual(runs.get(0), runs.get(1), "CNN losses");
    }
  }

  @Test
  void theListenerHearsEveryIterationAndEpoch() {
    List<Integer> iterations = new ArrayList<>();
    List<EpochStats> epochs = new ArrayList<>();
    try (CpuBackend be = new CpuBackend(1)) {
      TwoLayerNet net = new TwoLayerNet(be, 784, 10, 10, Seeds.generator(1));
      new Trainer(net, new Sgd(0.1), TrainerConfig.textbookMlp(2, 1).withEvaluation(100, 100), new TrainingListener() {
        @Override
        public void onIteration(int iteration, int total, double loss) {
          iterations.add(iteration);
          assertEquals(120, total);
        }

        @Override
        public void onEpoch(EpochStats stats) {
          epochs.add(stats);
        }
      }).fit(DATA.train(), DATA.test());
    }
    assertEquals(120, iterations.size());
    assertEquals(120, iterations.get(119));
    assertEquals(List.of(1, 2), epochs.stream().map(EpochStats::epoch).toList());
  }

  @Test
  void samplersDrawFromTheWholeDataSet() {
    BatchSampler with = new BatchSampler.WithReplacement(10, 4, Seeds.generator(1));
    for (int i = 0; i < 100; i++) {
      for (int idx : with.next()) {
        assertTrue(idx >= 0 && idx < 10);
      }
    }
    BatchSampler shuffled = new BatchSampler.ShuffledEpochs(10, 4, Seeds.generator(1));
    for (int epoch = 0; epoch < 3; epoch++) {
      int[] seen = new int[10];
      int[] sizes = new int[3];
      for (int b = 0; b < 3; b++) {
        int[] idx = shuffled.next();
        sizes[b] = idx.length;
        for (int i : idx) {
          seen[i]++;
        }
      }
      assertEquals("[4, 4, 2]", Arrays.toString(sizes));
      assertEquals("[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]", Arrays.toString(seen), "every sample once per epoch");
    }
  }

  /** Lecture 002: learning 2 x0 + 3 x1; the loss falls with either activation, faster with ReLU. */
  @Test
  void lecture002RegressionLearnsWithSigmoidAndRelu() {
    try (CpuBackend be = new CpuBackend(1)) {
      double[] sigmoid = RegressionExperiment.run(be, Activation.SIGMOID, 100_000, 1000, 0);
      double[] relu = RegressionExperiment.run(be, Activation.RELU, 100_000, 1000, 0);
      for (double[] losses : List.of(sigmoid, relu)) {
        double early = Arrays.stream(losses, 0, 100).average().orElseThrow();
        double late = Arrays.stream(losses, 900, 1000).average().orElseThrow();
        assertTrue(late < early / 5, "loss falls: " + early + " -> " + late);
      }
      double sigmoidLate = Arrays.stream(sigmoid, 500, 1000).average().orElseThrow();
      double reluLate = Arrays.stream(relu, 500, 1000).average().orElseThrow();
      assertTrue(reluLate < sigmoidLate, "ReLU " + reluLate + " vs sigmoid " + sigmoidLate);
    }
  }
}
