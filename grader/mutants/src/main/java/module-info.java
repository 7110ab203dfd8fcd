/**
 * Classic student mistakes, one package each with the changed class (the reference supplies the
 * rest): what {@code nngrade validate-suite} checks every hidden suite against.
 */
// the mutants delegate to the reference: they are exported only to the testkit, which constructs them,
// and the child JVM has this module only when validating a suite, never when grading a submission
module dev.nngrade.grader.mutants {
  requires transitive dev.nngrade.contract;

  exports dev.nngrade.grader.mutants;
  requires dev.nngrade.solution;

  exports dev.nngrade.grader.mutants.adam_no_bias_correction to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.affine_db_mean to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.affine_transposed_dw to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.backprop_lecture_d_sigmoid to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ce_no_batch_mean to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ce_no_delta to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.classify_bias_frozen to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.correlation_flipped to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.dropout_conventions_swapped to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.gd_wrong_sign to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.minibatch_loss_before_update to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.momentum_wrong_sign to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ng_forward_difference to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ng_no_restore to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.perceptron_theta_sign to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.relu_derivative_one_at_zero to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.se_no_half to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.sigmoid_derivative_of_input to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.sigmoid_layer_backward_on_input to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.softmax_no_max to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.swl_no_batch_division to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tln_gradient_no_batch_division to dev.nngrade.exercises.testkit;
  // suites-a
  exports dev.nngrade.grader.mutants.affine_column_unchecked_bias to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.affine_rows_width_from_bias to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.affine_column_into_b to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.forward3_output_relu to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.forward3_u2_from_u1 to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.forward3_loss_last_class to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.forward3_fixed_sizes to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.step_one_at_zero to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.leaky_derivative_one_at_zero to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.leaky_alpha_fixed to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tanh_derivative_of_input to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.linearity_pairs_zipped to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.linearity_linear_additive_only to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.linearity_absolute_tolerance to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.linearity_relative_without_floor to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.linearity_linear_ks_as_summands to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.softmax_mean_subtracted to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.softmax_rows_global_max to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.softmax_input_overwritten to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ce_batch_divides_by_classes to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ce_batch_labels_transposed to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.se_half_mean_gradient_no_k to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.se_mean_gradient_no_two to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.se_gradient_in_place to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ng_restore_by_arithmetic to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ng_descend_fixed_rate to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ng_descend_fixed_steps to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.ng_descend_updates_while_differentiating to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.gd_partial_update_before_check to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.gd_first_row_only to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.gd_scales_grads_in_place to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.bp_relu_recomputes_forward to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.bp_backward_overwrites_z1 to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.bp_output_relu to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.bp_numerical_fallback to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.rt_loss_after_update to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.rt_fixed_rate to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.rt_init_uniform to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.rt_b2_not_updated to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.rt_always_sigmoid to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.rt_target_swapped to dev.nngrade.exercises.testkit;
}
