package dev.nngrade.grader.mutants;

import dev.nngrade.contract.Exercise;
import java.util.List;

/**
 * The mutants: each is a package {@code dev.nngrade.grader.mutants.<id>} holding one changed
 * implementation class; run with the implementation packages {@code <that package>,dev.nngrade.solution}
 * so that the reference supplies every other class.
 */
public final class Catalogue {
  /** One classic mistake in one exercise. */
  public record Mutant(String id, Exercise exercise, String description) {
    /** The implementation packages to grade this mutant with. */
    public String implementations() {
      return "dev.nngrade.grader.mutants." + id + ",dev.nngrade.solution";
    }
  }

  public static final List<Mutant> ALL = List.of(
      new Mutant("adam_no_bias_correction", Exercise.byId("optimizers"), "Adam without the bias correction"),
      new Mutant("affine_db_mean", Exercise.byId("affine-layer"), "Affine db as the mean over rows instead of the sum"),
      new Mutant("affine_transposed_dw", Exercise.byId("affine-layer"), "Affine dW transposed (dYᵀ·X)"),
      new Mutant("backprop_lecture_d_sigmoid", Exercise.byId("backprop2"), "d_sigmoid applied to z1, which is already the sigmoid's output (lecture 002's slip)"),
      new Mutant("ce_no_batch_mean", Exercise.byId("cross-entropy"), "batch cross-entropy summed, not divided by N"),
      new Mutant("ce_no_delta", Exercise.byId("cross-entropy"), "cross-entropy without +1e-7 inside the log"),
      new Mutant("classify_bias_frozen", Exercise.byId("classify"), "softmax classifier that never updates its bias"),
      new Mutant("correlation_flipped", Exercise.byId("convolution"), "true convolution (flipped filter) instead of correlation"),
      new Mutant("dropout_conventions_swapped", Exercise.byId("dropout"), "dropout conventions swapped (scale at inference vs inverted)"),
      new Mutant("gd_wrong_sign", Exercise.byId("gd-step"), "gradient step with the wrong sign (w + η∇E)"),
      new Mutant("minibatch_loss_before_update", Exercise.byId("minibatch-train"), "loss recorded before the update, gradient computed after"),
      new Mutant("momentum_wrong_sign", Exercise.byId("optimizers"), "Momentum applying v with the wrong sign"),
      new Mutant("ng_forward_difference", Exercise.byId("numerical-gradient"), "forward difference instead of the central difference"),
      new Mutant("ng_no_restore", Exercise.byId("numerical-gradient"), "numerical gradient that does not restore x"),
      new Mutant("perceptron_theta_sign", Exercise.byId("perceptron"), "perceptron threshold updated with the wrong sign"),
      new Mutant("relu_derivative_one_at_zero", Exercise.byId("activations"), "ReLU derivative 1 at x = 0"),
      new Mutant("se_no_half", Exercise.byId("squared-error"), "squared error without the ½"),
      new Mutant("sigmoid_derivative_of_input", Exercise.byId("activations"), "sigmoid derivative x(1 − x) taken on the pre-activation"),
      new Mutant("sigmoid_layer_backward_on_input", Exercise.byId("act-layers"), "Sigmoid layer backward from the input x instead of the output y"),
      new Mutant("softmax_no_max", Exercise.byId("softmax"), "softmax without subtracting the maximum"),
      new Mutant("swl_no_batch_division", Exercise.byId("softmax-loss"), "SoftmaxWithLoss backward without the 1/N"),
      new Mutant("tln_gradient_no_batch_division", Exercise.byId("two-layer-net"), "TwoLayerNet gradient without the 1/N of the batch mean"),
      // graph, affine-layer, act-layers, softmax-loss, two-layer-net, minibatch-train, optimizers, perceptron, convolution, dropout, classify
      new Mutant("graph_add_backward_local", Exercise.byId("graph"), "Add node whose backward returns its local derivatives (1, 1) without multiplying by dz"),
      new Mutant("graph_mul_keeps_first_inputs", Exercise.byId("graph"), "Mul node that keeps the inputs of its first forward only"),
      new Mutant("graph_mul_not_swapped", Exercise.byId("graph"), "Mul node whose backward does not swap the inputs: (dz·x, dz·y)"),
      new Mutant("graph_mul_static_inputs", Exercise.byId("graph"), "Mul node whose kept inputs are static fields, shared by every node"),
      new Mutant("affine_cached_transpose", Exercise.byId("affine-layer"), "Affine layer that computes Wᵀ once, at its first backward, and keeps using it after W has changed in place"),
      new Mutant("affine_dw_accumulates", Exercise.byId("affine-layer"), "Affine layer whose dW and db add up over backward calls (dW += Xᵀ·dY) instead of being those of the last backward"),
      new Mutant("affine_dw_mean", Exercise.byId("affine-layer"), "Affine layer whose dW is divided by the batch size (a mean over the rows, as if the loss's 1/N belonged here)"),
      new Mutant("relu_layer_backward_in_place", Exercise.byId("act-layers"), "ReLU layer whose backward zeroes dout itself and returns it (the textbook's dout[self.mask] = 0)"),
      new Mutant("relu_layer_forward_in_place", Exercise.byId("act-layers"), "ReLU layer that zeroes the negative elements of x itself and returns x"),
      new Mutant("relu_layer_mask_at_zero", Exercise.byId("act-layers"), "ReLU layer whose backward passes the gradient where x = 0 too (mask x < 0)"),
      new Mutant("relu_layer_mask_from_first_forward", Exercise.byId("act-layers"), "ReLU layer that keeps the mask of its first forward only"),
      new Mutant("sigmoid_layer_exp_ratio", Exercise.byId("act-layers"), "Sigmoid layer computing e^x / (1 + e^x), which is ∞/∞ = NaN once e^x overflows (x above about 709.8)"),
      new Mutant("swl_backward_in_place", Exercise.byId("softmax-loss"), "SoftmaxWithLoss whose backward turns the kept y into (y − t)/N in place and returns it"),
      new Mutant("swl_divides_by_classes", Exercise.byId("softmax-loss"), "SoftmaxWithLoss whose backward divides by the number of classes K instead of the batch size N"),
      new Mutant("swl_keeps_first_output", Exercise.byId("softmax-loss"), "SoftmaxWithLoss that keeps the probabilities and targets of its first forward only"),
      new Mutant("swl_loss_without_delta", Exercise.byId("softmax-loss"), "SoftmaxWithLoss whose loss takes log(y) without the 1e-7"),
      new Mutant("swl_softmax_in_place", Exercise.byId("softmax-loss"), "SoftmaxWithLoss that computes the softmax in the caller's score array x"),
      new Mutant("swl_softmax_no_max", Exercise.byId("softmax-loss"), "SoftmaxWithLoss whose softmax does not subtract the row maximum: exp overflows for large scores"),
      new Mutant("tln_db_mean", Exercise.byId("two-layer-net"), "TwoLayerNet whose bias gradients are means over the batch rows instead of sums (the 1/N taken twice)"),
      new Mutant("tln_divides_by_classes", Exercise.byId("two-layer-net"), "TwoLayerNet whose backward starts from dy = (y − t)/K, K the number of classes, instead of (y − t)/N"),
      new Mutant("tln_gradient_accumulates", Exercise.byId("two-layer-net"), "TwoLayerNet whose gradient adds every call's gradients to arrays kept from the previous calls (grads += ...)"),
      new Mutant("tln_gradient_is_numerical", Exercise.byId("two-layer-net"), "TwoLayerNet whose gradient() returns the numerical gradient instead of backpropagation"),
      new Mutant("tln_numerical_forward_difference", Exercise.byId("two-layer-net"), "TwoLayerNet whose numericalGradient takes the forward difference (L(p + h) − L(p))/h"),
      new Mutant("tln_params_copied", Exercise.byId("two-layer-net"), "TwoLayerNet that computes with copies of the parameter arrays made by the constructor, while params() returns the arrays it was given: in-place updates never reach it"),
      new Mutant("tln_softmax_no_max", Exercise.byId("two-layer-net"), "TwoLayerNet whose predict and loss use a softmax without subtracting the maximum: exp overflows for large scores"),
      new Mutant("minibatch_accuracy_before_update", Exercise.byId("minibatch-train"), "Accuracy recorded at the start of the iteration, before its update"),
      new Mutant("minibatch_accuracy_length_plus_one", Exercise.byId("minibatch-train"), "Accuracy arrays of iterations / perEpoch + 1 entries: one too many when the epoch divides the iterations"),
      new Mutant("minibatch_epoch_no_max", Exercise.byId("minibatch-train"), "Iterations per epoch N / batchSize without max(·, 1): a batch larger than N divides by zero"),
      new Mutant("minibatch_epoch_rounded_up", Exercise.byId("minibatch-train"), "Iterations per epoch rounded up, ceil(N / batchSize)"),
      new Mutant("minibatch_loss_on_full_set", Exercise.byId("minibatch-train"), "The loss of every iteration taken on the whole training set instead of the batch"),
      new Mutant("minibatch_shuffled_epochs", Exercise.byId("minibatch-train"), "Batches drawn without replacement from a shuffled order (lecture 001's \"shuffle\"), not with replacement as the contract says"),
      new Mutant("adagrad_eps_inside_root", Exercise.byId("optimizers"), "AdaGrad with ε inside the square root, √(h + 1e-7), instead of √h + 1e-7"),
      new Mutant("adam_step_from_zero", Exercise.byId("optimizers"), "Adam whose step counter is increased after the update: the first step uses t = 0 and divides by 1 − β^0 = 0"),
      new Mutant("adam_step_per_key", Exercise.byId("optimizers"), "Adam with a step counter per parameter key: a key that first appears in a later update starts again at t = 1"),
      new Mutant("adam_step_per_parameter", Exercise.byId("optimizers"), "Adam that counts a step for every parameter key it updates, so one update of three keys advances t by three"),
      new Mutant("momentum_static_velocity", Exercise.byId("optimizers"), "Momentum whose velocities live in a static map: every instance shares them, key by key"),
      new Mutant("rmsprop_decay_swapped", Exercise.byId("optimizers"), "RMSProp with the decay on the wrong term: h ← (1 − decay)·h + decay·g²"),
      new Mutant("sgd_new_arrays", Exercise.byId("optimizers"), "SGD that puts new arrays into the map instead of changing the parameters in place"),
      new Mutant("perceptron_extra_clean_pass", Exercise.byId("perceptron"), "Perceptron whose train stops only after a pass in which learn changed nothing, counting that extra pass"),
      new Mutant("perceptron_fixed_two_inputs", Exercise.byId("perceptron"), "Perceptron written for the lecture's two inputs: w1, w2 whatever the number of inputs"),
      new Mutant("perceptron_max_epochs_off_by_one", Exercise.byId("perceptron"), "Perceptron whose train loop stops one pass short of maxEpochs"),
      new Mutant("perceptron_passes_from_zero", Exercise.byId("perceptron"), "Perceptron whose train returns the index of the last pass counted from 0 (one less than the number of passes)"),
      new Mutant("perceptron_returns_max_epochs", Exercise.byId("perceptron"), "Perceptron whose train always makes maxEpochs passes and returns maxEpochs when the samples end up separated"),
      new Mutant("perceptron_train_shuffles", Exercise.byId("perceptron"), "Perceptron whose train shuffles the samples every pass (lecture 001's advice) instead of taking them in the given order"),
      new Mutant("conv_dw_accumulates", Exercise.byId("convolution"), "Convolution layer whose dW and db keep adding up over backward calls"),
      new Mutant("conv_first_channel_only", Exercise.byId("convolution"), "Convolution layer that sums over the first input channel only"),
      new Mutant("conv_width_from_height", Exercise.byId("convolution"), "Convolution layer whose output width is computed from the input height (and the filter height)"),
      new Mutant("correlation_square_filter", Exercise.byId("convolution"), "Correlation that takes the filter to be square: its width is its height"),
      new Mutant("correlation_width_from_height", Exercise.byId("convolution"), "Correlation whose output width is taken from the image height: H − FH + 1 for both sides"),
      new Mutant("pool_backward_all_ties", Exercise.byId("convolution"), "Max pooling whose backward sends the gradient to every position that ties for the maximum"),
      new Mutant("pool_backward_overwrites_overlap", Exercise.byId("convolution"), "Max pooling whose backward assigns (=) instead of adding, so overlapping windows overwrite each other"),
      new Mutant("pool_pad_negative_infinity", Exercise.byId("convolution"), "Max pooling that pads with −∞ instead of zeros, so padding never wins a window"),
      new Mutant("pool_square_window", Exercise.byId("convolution"), "Max pooling over poolH × poolH windows: poolW ignored"),
      new Mutant("pool_stride_equals_window", Exercise.byId("convolution"), "Max pooling that moves its windows by their own size, ignoring the stride (no overlap)"),
      new Mutant("pool_ties_last", Exercise.byId("convolution"), "Max pooling that picks the last of tied maxima (>=) instead of the first in row-major order"),
      new Mutant("pool_width_from_height", Exercise.byId("convolution"), "Max pooling whose output width is computed from the input height"),
      new Mutant("dropout_backward_in_place", Exercise.byId("dropout"), "Dropout whose backward multiplies the mask into dout itself and returns it"),
      new Mutant("dropout_draws_at_inference", Exercise.byId("dropout"), "Dropout that draws a mask on every forward, inference included (then ignores it there), using up the generator"),
      new Mutant("dropout_forward_in_place", Exercise.byId("dropout"), "Dropout whose training forward multiplies the mask into x itself and returns it"),
      new Mutant("dropout_keeps_at_ratio", Exercise.byId("dropout"), "Dropout that keeps an element when the draw is greater than or equal to the ratio"),
      new Mutant("dropout_mask_drawn_once", Exercise.byId("dropout"), "Dropout that draws its mask at the first training forward only and reuses it afterwards"),
      new Mutant("dropout_static_mask", Exercise.byId("dropout"), "Dropout whose mask is a static field: the last training forward of any layer decides every backward"),
      new Mutant("classify_divides_by_classes", Exercise.byId("classify"), "Softmax classifier whose gradient divides by the number of classes instead of the batch size"),
      new Mutant("classify_fixed_learning_rate", Exercise.byId("classify"), "Softmax classifier that steps with a hard-coded learning rate of 0.1, whatever rate it is given"),
      new Mutant("classify_loss_after_update", Exercise.byId("classify"), "Softmax classifier whose step returns the loss after its update instead of before it"),
      new Mutant("classify_softmax_no_max", Exercise.byId("classify"), "Softmax classifier whose softmax does not subtract the row maximum: exp overflows for large scores"),
      new Mutant("classify_static_weights", Exercise.byId("classify"), "Softmax classifier whose W and b are static fields, shared by every classifier (and reset by each constructor)"));

  private Catalogue() {}
}
