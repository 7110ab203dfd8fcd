package dev.nngrade.student;

import dev.nngrade.contract.function.SquaredError;
import dev.nngrade.contract.function.SquaredErrorForm;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Allocates native memory through the FFM API without end: Arena.allocate is not a restricted
 * method and -Xmx does not bound it, so only the sandbox's address-space limit stops it.
 */
public class SquaredErrorImpl implements SquaredError {
  static final List<MemorySegment> HOARD = new ArrayList<>();

  @Override
  public double loss(double[] y, double[] t, SquaredErrorForm form) {
    while (true) {
      HOARD.add(Arena.global().allocate(256L << 20)); // zeroed, so resident
    }
  }

  @Override
  public double[] gradient(double[] y, double[] t, SquaredErrorForm form) {
    return loss(y, t, form) > 0 ? y : t;
  }
}
