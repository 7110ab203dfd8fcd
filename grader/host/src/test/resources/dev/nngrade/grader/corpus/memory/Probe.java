package dev.nngrade.student;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the JVM's own memory through /proc (where the run's key lives), as the found attack read the runner's heap. */
final class Probe {
  private Probe() {}

  static boolean attack() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
        String[] f = line.split("\\s+");
        if (f.length > 1 && f[1].startsWith("r")) {
          long start = Long.parseUnsignedLong(f[0].substring(0, f[0].indexOf('-')), 16);
          try (RandomAccessFile mem = new RandomAccessFile("/proc/self/mem", "r")) {
            mem.seek(start);
            byte[] buf = new byte[64];
            if (mem.read(buf) > 0) {
              return true;
            }
          } catch (Exception unreadable) {
            // try the next region
          }
        }
      }
    } catch (Throwable t) {
      return false;
    }
    return false;
  }
}
