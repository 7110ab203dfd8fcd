package dev.nngrade.student;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Right answers, but it writes frame-shaped garbage wherever the runner's events might go (stdout,
 * /dev/fd/N, /proc/self/fd/N): the events travel on a descriptor it cannot name, so this changes nothing.
 */
public class AffineTransformImpl extends AffineBase {
  private static final byte[] JUNK = {0, 0, 0, 9, 2, 0, 0, 0, 1, 't', 0, 0, 0};

  @Override
  protected boolean open() {
    return true;
  }

  @Override
  public double[][] rows(double[][] x, double[][] w, double[] b) {
    scribble();
    return super.rows(x, w, b);
  }

  private static void scribble() {
    try {
      OutputStream out = new FileOutputStream(FileDescriptor.out);
      out.write(JUNK);
      out.flush();
      System.out.write(JUNK);
      System.out.flush();
    } catch (Exception e) {
      // closed
    }
    for (String dir : new String[] {"/dev/fd/", "/proc/self/fd/"}) {
      for (int fd = 0; fd < 32; fd++) {
        try {
          Files.write(Path.of(dir + fd), JUNK, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (Exception refused) {
          // not reachable
        }
      }
    }
  }
}
