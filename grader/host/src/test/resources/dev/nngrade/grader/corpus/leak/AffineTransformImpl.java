package dev.nngrade.student;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.NotImplemented;
import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessFlag;

/**
 * Tries to carry the hidden inputs it is given into what a student can read: exception messages of
 * JDK classes, class names chosen at run time, the skeleton's "not implemented" text, gradient-check
 * rows and failed checks published through the testkit itself, stdout and stderr, and a later test.
 * It carries only values drawn at random (the hidden inputs), so that any "LEAK" found in the output
 * is a hidden input that escaped.
 */
public class AffineTransformImpl extends AffineBase {
  private static String stash = "";

  @Override
  protected boolean open() {
    return true;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    double v = x.length > 0 && x[0].length > 0 ? x[0][0] : 0;
    if (Math.abs(v * 1024 - Math.rint(v * 1024)) < 1e-9) {
      // a value a person wrote down (a public example): nothing hidden to carry off, so answer right
      return super.rows(x, w, b);
    }
    String leak = "LEAK" + Long.toHexString(Double.doubleToLongBits(v));
    stash = leak;
    System.out.println(leak);
    System.err.println(leak);
    publishThroughTheTestkit(leak);
    switch (Math.floorMod(x.length, 3)) {
      case 0 -> throw new IllegalStateException(leak);
      case 1 -> throw NotImplemented.of(Exercise.byId("affine"), leak);
      default -> throw ownClass(leak);
    }
  }

  @Override
  public double[] column(double[][] w, double[] x, double[] b) {
    if (!stash.isEmpty()) {
      throw new IllegalArgumentException(stash);
    }
    return super.column(w, x, b);
  }

  private static void publishThroughTheTestkit(String leak) {
    try {
      Class<?> expect = Class.forName("dev.nngrade.exercises.testkit.Expect");
      Class<?> tolerance = Class.forName("dev.nngrade.exercises.testkit.Tolerance");
      Object tol = tolerance.getMethod("abs", double.class).invoke(null, 1.0);
      expect.getMethod("gradient", String.class, double[].class, double[].class, tolerance, String.class)
          .invoke(null, leak, new double[] {1}, new double[] {1}, tol, "hint.affine.rows");
      expect.getMethod("holds", String.class, boolean.class, String.class).invoke(null, leak, false, "hint.affine.rows");
    } catch (Throwable ignored) {
      // the check failed, as intended: what matters is whether it was recorded
    }
  }

  /** An exception whose class name is the secret, defined now. */
  private static RuntimeException ownClass(String leak) {
    try {
      ClassDesc name = ClassDesc.of("dev.nngrade.student." + leak);
      ClassDesc parent = ClassDesc.of("java.lang.RuntimeException");
      byte[] bytes = ClassFile.of().build(name, cb -> cb.withSuperclass(parent).withFlags(AccessFlag.PUBLIC)
          .withMethod("<init>", MethodTypeDesc.of(ConstantDescs.CD_void), ClassFile.ACC_PUBLIC,
              mb -> mb.withCode(c -> c.aload(0).invokespecial(parent, "<init>", MethodTypeDesc.of(ConstantDescs.CD_void)).return_())));
      return (RuntimeException) MethodHandles.lookup().defineClass(bytes).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      return new IllegalStateException(leak);
    }
  }
}
