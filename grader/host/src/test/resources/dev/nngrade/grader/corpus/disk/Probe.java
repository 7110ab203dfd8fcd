package dev.nngrade.student;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes where the sandbox is not capped: more than /dev/shm and /tmp may hold, and into the root file system. */
final class Probe {
  private Probe() {}

  /** Files of 30 MiB each stay under the per-file size limit; together they pass the caps. */
  static boolean attack() {
    return fill("/dev/shm/fill", 1) | fill("/tmp/fill", 3) | fill("/fill", 1);
  }

  private static boolean fill(String name, int files) {
    byte[] chunk = new byte[1 << 20];
    boolean all = true;
    for (int f = 0; f < files && all; f++) {
      Path file = Path.of(name + f);
      try (OutputStream out = Files.newOutputStream(file)) {
        for (int i = 0; i < 30; i++) {
          out.write(chunk);
        }
      } catch (Exception full) {
        all = false;
      }
    }
    for (int f = 0; f < files; f++) {
      try {
        Files.deleteIfExists(Path.of(name + f));
      } catch (Exception e) {
        // nothing to clean
      }
    }
    return all;
  }
}
