package dev.nngrade.contract;

import dev.nngrade.contract.function.Activations;
import dev.nngrade.contract.function.AffineTransform;
import dev.nngrade.contract.function.CrossEntropy;
import dev.nngrade.contract.function.Linearity;
import dev.nngrade.contract.function.NumericalGradient;
import dev.nngrade.contract.function.Softmax;
import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.layer.AddLayer;
import dev.nngrade.contract.layer.AffineLayer;
import dev.nngrade.contract.layer.ConvolutionLayer;
import dev.nngrade.contract.layer.Correlation;
import dev.nngrade.contract.layer.DropoutLayer;
import dev.nngrade.contract.layer.MaxPoolingLayer;
import dev.nngrade.contract.layer.MulLayer;
import dev.nngrade.contract.layer.ReluLayer;
import dev.nngrade.contract.layer.SigmoidLayer;
import dev.nngrade.contract.layer.SoftmaxWithLossLayer;
import dev.nngrade.contract.net.ForwardPass;
import dev.nngrade.contract.net.Perceptron;
import dev.nngrade.contract.net.RegressionBackprop;
import dev.nngrade.contract.net.TwoLayerNetwork;
import dev.nngrade.contract.train.AdaGrad;
import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.GradientDescent;
import dev.nngrade.contract.train.MiniBatchTraining;
import dev.nngrade.contract.train.Momentum;
import dev.nngrade.contract.train.RegressionTraining;
import dev.nngrade.contract.train.RmsProp;
import dev.nngrade.contract.train.Sgd;
import dev.nngrade.contract.train.SoftmaxClassifier;
import java.util.List;
import java.util.Locale;

/**
 * The exercise catalogue (design.md): every exercise, the lecture it comes from, and the contract
 * interfaces it consists of. An implementation of interface {@code X} is the class {@code XImpl} in
 * the implementation package ({@code dev.nngrade.student} for students).
 */
public enum Exercise {
  AFFINE("002 確認テスト3, 000", AffineTransform.class),
  FORWARD3("002 確認テスト4, 実装演習", ForwardPass.class),
  ACTIVATIONS("002 確認テスト5/6, 000, 003", Activations.class),
  LINEARITY("002 確認テスト5", Linearity.class),
  SOFTMAX("002 確認テスト7, 003", Softmax.class),
  CROSS_ENTROPY("002 確認テスト8, 004", CrossEntropy.class),
  SQUARED_ERROR("000, 002, 004", SquaredError.class),
  NUMERICAL_GRADIENT("002 方法1, 004", NumericalGradient.class),
  GD_STEP("002 確認テスト9/11", GradientDescent.class),
  BACKPROP2("002 確認テスト12/13", RegressionBackprop.class),
  REGRESSION_TRAIN("002 実装", RegressionTraining.class),
  GRAPH("001", AddLayer.class, MulLayer.class),
  AFFINE_LAYER("001", AffineLayer.class),
  ACT_LAYERS("001", SigmoidLayer.class, ReluLayer.class),
  SOFTMAX_LOSS("001", SoftmaxWithLossLayer.class),
  TWO_LAYER_NET("004", TwoLayerNetwork.class),
  MINIBATCH_TRAIN("004", MiniBatchTraining.class),
  OPTIMIZERS("000, 003", Sgd.class, Momentum.class, AdaGrad.class, RmsProp.class, Adam.class),
  PERCEPTRON("001", Perceptron.class),
  CONVOLUTION("003", Correlation.class, ConvolutionLayer.class, MaxPoolingLayer.class),
  DROPOUT("003", DropoutLayer.class),
  CLASSIFY("000 問題", SoftmaxClassifier.class);

  /** Students' implementations live here. */
  public static final String STUDENT_PACKAGE = "dev.nngrade.student";

  private final String source;
  private final List<Class<?>> interfaces;

  Exercise(String source, Class<?>... interfaces) {
    this.source = source;
    this.interfaces = List.of(interfaces);
  }

  /** The catalogue id of design.md, e.g. {@code softmax}, {@code cross-entropy}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The lecture (file number) and 確認テスト the exercise comes from, as the lectures (in Japanese) name them. */
  public String source() {
    return source;
  }

  /** Where the exercise comes from in the student's language: the lectures' own words in Japanese, e.g. "002 check test 7, 003" in English. */
  public String source(Language language) {
    return language == Language.JA ? source : Messages.get(language, "source." + id());
  }

  /** The contract interfaces an implementation of this exercise provides. */
  public List<Class<?>> interfaces() {
    return interfaces;
  }

  /** The title in the student's language. */
  public String title(Language language) {
    return Messages.get(language, "exercise." + id());
  }

  /** The simple name of the class that implements {@code contract}: {@code XImpl}. */
  public static String implementationName(Class<?> contract) {
    return contract.getSimpleName() + "Impl";
  }

  /** The exercise {@code contract} belongs to. */
  public static Exercise of(Class<?> contract) {
    for (Exercise e : values()) {
      if (e.interfaces.contains(contract)) {
        return e;
      }
    }
    throw new IllegalArgumentException(contract.getName() + " is not an exercise interface; expected one of the interfaces listed in Exercise");
  }

  /** Looks an exercise up by its catalogue id. */
  public static Exercise byId(String id) {
    for (Exercise e : values()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown exercise id '" + id + "'; expected one of " + List.of(values()).stream().map(Exercise::id).toList());
  }
}
