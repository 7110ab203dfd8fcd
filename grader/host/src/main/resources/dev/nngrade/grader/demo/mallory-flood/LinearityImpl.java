package dev.nngrade.student;

import dev.nngrade.contract.function.Linearity;
import java.util.function.DoubleUnaryOperator;

/** Floods standard output with invalid UTF-8, NUL bytes, ANSI escapes and markup before every answer. */
public class LinearityImpl implements Linearity {
  private static void flood() {
    byte[] junk = new byte[1 << 16];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7 == 0 ? 0xff : i % 5 == 0 ? 0 : i % 3 == 0 ? 0x1b : '<');
    }
    for (int i = 0; i < 1_000; i++) {
      System.out.write(junk, 0, junk.length);
    }
    System.out.print("</script><script>alert(1)</script>");
  }

  @Override
  public boolean isAdditive(DoubleUnaryOperator f, double[] xs, double[] ys, double tolerance) {
    flood();
    return false;
  }

  @Override
  public boolean isHomogeneous(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    flood();
    return false;
  }

  @Override
  public boolean isLinear(DoubleUnaryOperator f, double[] xs, double[] ks, double tolerance) {
    flood();
    return false;
  }
}
