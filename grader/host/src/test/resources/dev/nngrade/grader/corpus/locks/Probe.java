package dev.nngrade.student;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Takes a lock on a file every sandbox mounts: a channel to a classmate's submission graded beside this one. */
final class Probe {
  private Probe() {}

  static boolean attack() {
    for (String entry : System.getProperty("jdk.module.path", "").split(java.io.File.pathSeparator)) {
      try (var list = Files.list(Path.of(entry))) {
        for (Path jar : list.filter(Files::isRegularFile).toList()) {
          try (FileChannel ch = FileChannel.open(jar, StandardOpenOption.READ)) {
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
            if (lock != null) {
              lock.release();
              return true;
            }
          } catch (Exception refused) {
            // the next file
          }
        }
      } catch (Exception e) {
        // the next entry
      }
    }
    return false;
  }
}
