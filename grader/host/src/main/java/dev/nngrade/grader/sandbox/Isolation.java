package dev.nngrade.grader.sandbox;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How strongly a child JVM is kept apart from the machine, from the other sandboxes and from the
 * grader. Every level confines the child itself (no_new_privs, not dumpable, the runner's seccomp
 * filter: no processes, no ptrace or memory reads of others, no locks, no sockets, no io_uring or
 * bpf; Landlock) before any student class loads.
 *
 * <ul>
 *   <li>{@link #FULL}: bubblewrap (new namespaces for everything: no network, own pids, own IPC; a
 *       read-only view of the runtime and the staged modules; a size-capped private {@code /tmp} and
 *       {@code /dev/shm}, everything else read-only; no {@code /proc}), cgroups for memory and process
 *       count where the machine has them, an unprivileged uid per slot as root.
 *   <li>{@link #CONTAINER}: for machines that refuse namespaces (Gradescope's Docker containers):
 *       no bubblewrap; an unprivileged uid per slot and cgroups where the grader is root; Landlock is
 *       then what keeps the child from the grader's files, {@code /proc} and the network, so it is
 *       required.
 *   <li>{@link #NONE}: development only: a plain child JVM with its own confinement where the kernel
 *       allows it.
 * </ul>
 *
 * The grader never picks a lower level by itself: {@code grade} asks for {@code full} unless a flag
 * says otherwise, and says at start-up what is in force.
 */
public enum Isolation {
  FULL,
  CONTAINER,
  NONE;

  private static volatile Boolean bubblewrapWorks;

  /** The name on the command line and in scorecards. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Isolation parse(String text) {
    for (Isolation i : values()) {
      if (i.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    throw new IllegalArgumentException("isolation level '" + text + "': expected full, container or none");
  }

  /** Whether bubblewrap is installed and can start a sandbox here. */
  public static boolean bubblewrapWorks() {
    Boolean ok = bubblewrapWorks;
    if (ok == null) {
      ok = false;
      try {
        Process p = new ProcessBuilder("bwrap", "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        ok = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      bubblewrapWorks = ok;
    }
    return ok;
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
