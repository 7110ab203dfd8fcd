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
      // suites-a: affine, forward3, activations, linearity, softmax, cross-entropy, squared-error, numerical-gradient, gd-step, backprop2, regression-train
      new Mutant("affine_column_unchecked_bias", Exercise.byId("affine"), "column form that checks x's length but not b's"),
      new Mutant("affine_rows_width_from_bias", Exercise.byId("affine"), "row form that takes the output width from b without comparing it with W"),
      new Mutant("affine_column_into_b", Exercise.byId("affine"), "column form that adds the sums into the caller's b and returns it"),
      new Mutant("forward3_output_relu", Exercise.byId("forward3"), "ReLU applied to the output layer's total input before the softmax"),
      new Mutant("forward3_u2_from_u1", Exercise.byId("forward3"), "output layer fed with u1 instead of z1 = ReLU(u1)"),
      new Mutant("forward3_loss_last_class", Exercise.byId("forward3"), "loss of the last class (the lecture's d) whatever d says"),
      new Mutant("forward3_fixed_sizes", Exercise.byId("forward3"), "the lecture's 3-5-4 sizes written into the loops"),
      new Mutant("step_one_at_zero", Exercise.byId("activations"), "step function 1 at x = 0 (x ≥ 0 instead of x > 0)"),
      new Mutant("leaky_derivative_one_at_zero", Exercise.byId("activations"), "leaky ReLU derivative 1 at x = 0 instead of α"),
      new Mutant("leaky_alpha_fixed", Exercise.byId("activations"), "leaky ReLU with the slope 0.01 written in, whatever α is passed"),
      new Mutant("tanh_derivative_of_input", Exercise.byId("activations"), "tanh derivative 1 − x² taken on the input instead of 1 − tanh² x"),
      new Mutant("linearity_pairs_zipped", Exercise.byId("linearity"), "only the pairs (xs[i], ys[i]) checked, as with zip, not every pair"),
      new Mutant("linearity_linear_additive_only", Exercise.byId("linearity"), "isLinear decided by additivity alone"),
      new Mutant("linearity_absolute_tolerance", Exercise.byId("linearity"), "absolute tolerance instead of tol·max(1, |a|, |b|)"),
      new Mutant("linearity_relative_without_floor", Exercise.byId("linearity"), "relative tolerance tol·max(|a|, |b|) without the floor of 1"),
      new Mutant("linearity_linear_ks_as_summands", Exercise.byId("linearity"), "isLinear adds xs to ks instead of xs to xs"),
      new Mutant("softmax_mean_subtracted", Exercise.byId("softmax"), "mean subtracted instead of the maximum (overflows for a wide spread)"),
      new Mutant("softmax_rows_global_max", Exercise.byId("softmax"), "one maximum for the whole batch instead of one per row"),
      new Mutant("softmax_input_overwritten", Exercise.byId("softmax"), "1-D softmax computed in the caller's array and returned"),
      new Mutant("ce_batch_divides_by_classes", Exercise.byId("cross-entropy"), "batch cross-entropy divided by the number of classes instead of the batch size"),
      new Mutant("ce_batch_labels_transposed", Exercise.byId("cross-entropy"), "batch with labels reads y[label][sample] instead of y[sample][label]"),
      new Mutant("se_half_mean_gradient_no_k", Exercise.byId("squared-error"), "HALF_MEAN gradient y − t without the 1/K"),
      new Mutant("se_mean_gradient_no_two", Exercise.byId("squared-error"), "MEAN gradient (y − t)/K without the 2"),
      new Mutant("se_gradient_in_place", Exercise.byId("squared-error"), "gradient written into y and y returned"),
      new Mutant("ng_restore_by_arithmetic", Exercise.byId("numerical-gradient"), "x[i] restored by adding and subtracting h, not to the same double"),
      new Mutant("ng_descend_fixed_rate", Exercise.byId("numerical-gradient"), "descend with the lecture's learning rate 0.1 written in"),
      new Mutant("ng_descend_fixed_steps", Exercise.byId("numerical-gradient"), "descend with the lecture's 100 steps written in"),
      new Mutant("ng_descend_updates_while_differentiating", Exercise.byId("numerical-gradient"), "descend moves each element as soon as its derivative is known"),
      new Mutant("gd_partial_update_before_check", Exercise.byId("gd-step"), "each key checked just before its update: a bad key found later leaves earlier ones changed"),
      new Mutant("gd_first_row_only", Exercise.byId("gd-step"), "only the first row of each parameter updated (parameters treated as vectors)"),
      new Mutant("gd_scales_grads_in_place", Exercise.byId("gd-step"), "gradients scaled by η in place before they are subtracted"),
      new Mutant("bp_relu_recomputes_forward", Exercise.byId("backprop2"), "ReLU backward runs forward again instead of using the z1 and y it is given"),
      new Mutant("bp_backward_overwrites_z1", Exercise.byId("backprop2"), "backward writes the slope f'(u1) over the z1 that forward returned"),
      new Mutant("bp_output_relu", Exercise.byId("backprop2"), "the hidden activation applied to the output, which is the identity"),
      new Mutant("bp_numerical_fallback", Exercise.byId("backprop2"), "gradients by central differences of the loss instead of backpropagation"),
      new Mutant("rt_loss_after_update", Exercise.byId("regression-train"), "loss of a step recorded after its update"),
      new Mutant("rt_fixed_rate", Exercise.byId("regression-train"), "the lecture's learning rate 0.07 written in"),
      new Mutant("rt_init_uniform", Exercise.byId("regression-train"), "weights drawn from [0, 1) (np.random.rand) instead of N(0, 1)"),
      new Mutant("rt_b2_not_updated", Exercise.byId("regression-train"), "b2 never updated"),
      new Mutant("rt_always_sigmoid", Exercise.byId("regression-train"), "the sigmoid used whatever activation is asked for"),
      new Mutant("rt_target_swapped", Exercise.byId("regression-train"), "target 3x0 + 2x1 instead of 2x0 + 3x1"));

  private Catalogue() {}
}
