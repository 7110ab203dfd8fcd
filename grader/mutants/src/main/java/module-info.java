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

  // graph, affine-layer, act-layers, softmax-loss, two-layer-net, minibatch-train, optimizers, perceptron, convolution, dropout, classify
  exports dev.nngrade.grader.mutants.graph_add_backward_local to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.graph_mul_keeps_first_inputs to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.graph_mul_not_swapped to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.graph_mul_static_inputs to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.affine_cached_transpose to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.affine_dw_accumulates to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.affine_dw_mean to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.relu_layer_backward_in_place to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.relu_layer_forward_in_place to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.relu_layer_mask_at_zero to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.relu_layer_mask_from_first_forward to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.sigmoid_layer_exp_ratio to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.swl_backward_in_place to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.swl_divides_by_classes to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.swl_keeps_first_output to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.swl_loss_without_delta to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.swl_softmax_in_place to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.swl_softmax_no_max to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tln_db_mean to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tln_divides_by_classes to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tln_gradient_accumulates to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tln_gradient_is_numerical to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tln_numerical_forward_difference to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tln_params_copied to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.tln_softmax_no_max to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.minibatch_accuracy_before_update to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.minibatch_accuracy_length_plus_one to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.minibatch_epoch_no_max to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.minibatch_epoch_rounded_up to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.minibatch_loss_on_full_set to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.minibatch_shuffled_epochs to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.adagrad_eps_inside_root to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.adam_step_from_zero to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.adam_step_per_key to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.adam_step_per_parameter to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.momentum_static_velocity to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.rmsprop_decay_swapped to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.sgd_new_arrays to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.perceptron_extra_clean_pass to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.perceptron_fixed_two_inputs to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.perceptron_max_epochs_off_by_one to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.perceptron_passes_from_zero to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.perceptron_returns_max_epochs to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.perceptron_train_shuffles to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.conv_dw_accumulates to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.conv_first_channel_only to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.conv_width_from_height to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.correlation_square_filter to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.correlation_width_from_height to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.pool_backward_all_ties to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.pool_backward_overwrites_overlap to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.pool_pad_negative_infinity to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.pool_square_window to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.pool_stride_equals_window to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.pool_ties_last to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.pool_width_from_height to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.dropout_backward_in_place to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.dropout_draws_at_inference to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.dropout_forward_in_place to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.dropout_keeps_at_ratio to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.dropout_mask_drawn_once to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.dropout_static_mask to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.classify_divides_by_classes to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.classify_fixed_learning_rate to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.classify_loss_after_update to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.classify_softmax_no_max to dev.nngrade.exercises.testkit;
  exports dev.nngrade.grader.mutants.classify_static_weights to dev.nngrade.exercises.testkit;
}
