package dev.nngrade.student;

import dev.nngrade.contract.train.GradientDescent;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Allocates without end, on the heap and in direct buffers. */
public class GradientDescentImpl implements GradientDescent {
  static final List<Object> HOARD = new ArrayList<>();

  @Override
  public void stepInPlace(Map<String, double[][]> params, Map<String, double[][]> grads, double learningRate) {
    while (true) {
      HOARD.add(new long[1 << 20]);
      HOARD.add(ByteBuffer.allocateDirect(1 << 20));
    }
  }
}
