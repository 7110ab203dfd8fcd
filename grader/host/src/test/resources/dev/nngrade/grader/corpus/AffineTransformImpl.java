package dev.nngrade.student;

/** Right only if the attack in Probe worked. */
public class AffineTransformImpl extends AffineBase {
  private static final boolean OPEN = Probe.attack();

  @Override
  protected boolean open() {
    return OPEN;
  }
}
