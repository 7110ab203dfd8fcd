package dev.nngrade.student;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts another process, any way it can: the first step of reading the runner's memory from outside (a second JVM with native access). */
final class Probe {
  private Probe() {}

  static boolean attack() {
    String java = System.getProperty("java.home") + "/bin/java";
    for (List<String> command : List.of(List.of("/bin/true"), List.of("/usr/bin/true"), List.of("/bin/sh", "-c", "exit 0"),
        List.of(java, "--enable-native-access=ALL-UNNAMED", "-version"))) {
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return true;
        }
      } catch (Throwable t) {
        // the next way
      }
    }
    try {
      Process p = Runtime.getRuntime().exec(new String[] {"true"});
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Throwable t) {
      return false;
    }
  }
}
