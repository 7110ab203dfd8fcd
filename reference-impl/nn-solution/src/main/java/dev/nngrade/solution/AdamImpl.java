package dev.nngrade.solution;

import dev.nngrade.contract.train.Adam;
import dev.nngrade.contract.train.AdamForm;
import dev.nngrade.nn.backend.AdamConvention;

public class AdamImpl extends OptimizerAdapter implements Adam {
  public AdamImpl(double lr, double beta1, double beta2, AdamForm form) {
    super(new dev.nngrade.nn.optim.Adam(
        new dev.nngrade.nn.optim.Adam.Defaults(lr, beta1, beta2, form.epsilon()),
        form == AdamForm.TEXTBOOK ? AdamConvention.TEXTBOOK : AdamConvention.EPSILON_INSIDE_ROOT));
  }
}
