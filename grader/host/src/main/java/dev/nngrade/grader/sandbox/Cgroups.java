package dev.nngrade.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory and process limits for a whole sandbox, not one process: each run gets a control group
 * below the grader's own (cgroup v1 with the memory and pids controllers, or v2 where they are
 * delegated), entered by a small shell before it execs the limits and bubblewrap, so that nothing
 * the sandbox starts escapes it; the group is killed as a whole at the end and removed. Where the
 * machine has no writable cgroups (not root, no delegation), {@link #detect} says why and the sandbox
 * relies on per-process limits, which the runner's seccomp filter makes whole-sandbox limits (it
 * cannot start a second process).
 */
public final class Cgroups {
  /** Which hierarchy. */
  public enum Version {
    V1,
    V2
  }

  private static final AtomicLong RUNS = new AtomicLong();
  private final Version version;
  /** v1: the memory and the pids hierarchy's folder for this grader's groups; v2: the same folder twice. */
  private final Path memory;
  private final Path pids;

  Cgroups(Version version, Path memory, Path pids) {
    this.version = version;
    this.memory = memory;
    this.pids = pids;
  }

  public Version version() {
    return version;
  }

  /** What {@link #detect} found: the groups, or why there are none. */
  public record Detection(Optional<Cgroups> cgroups, String explanation) {}

  /** The cgroups this grader can use on this machine, from {@code /proc/self/cgroup} and {@code /sys/fs/cgroup}. */
  public static Detection detect() {
    Detection d = detect(Path.of("/proc/self/cgroup"), Path.of("/sys/fs/cgroup"), ProcessHandle.current().pid());
    // the grader's parent group goes with the grader (empty by then: each run removes its own)
    d.cgroups().ifPresent(c -> Runtime.getRuntime().addShutdownHook(new Thread(c::close, "nngrade-cgroups")));
    return d;
  }

  static Detection detect(Path selfCgroup, Path root, long pid) {
    List<String> lines;
    try {
      lines = Files.readAllLines(selfCgroup, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Detection(Optional.empty(), "cannot read " + selfCgroup + " (" + e.getMessage() + ")");
    }
    String memoryPath = null, pidsPath = null, unifiedPath = null;
    for (String line : lines) {
      String[] f = line.split(":", 3);
      if (f.length < 3) {
        continue;
      }
      for (String c : f[1].split(",")) {
        if (c.equals("memory")) {
          memoryPath = f[2];
        } else if (c.equals("pids")) {
          pidsPath = f[2];
        }
      }
      if (f[0].equals("0") && f[1].isEmpty()) {
        unifiedPath = f[2];
      }
    }
    String name = "nngrade-" + pid;
    if (memoryPath != null && pidsPath != null) {
      Path mem = root.resolve("memory").resolve(relative(memoryPath)).resolve(name).normalize();
      Path pid1 = root.resolve("pids").resolve(relative(pidsPath)).resolve(name).normalize();
      try {
        Files.createDirectories(mem);
        Files.createDirectories(pid1);
        return new Detection(Optional.of(new Cgroups(Version.V1, mem, pid1)), "cgroup v1: memory and pids limits for each sandbox");
      } catch (IOException | SecurityException e) {
        return new Detection(Optional.empty(), "cgroup v1 memory and pids are mounted but not writable here (" + e.getMessage() + ")");
      }
    }
    if (unifiedPath != null && Files.isRegularFile(root.resolve("cgroup.controllers"))) {
      Path mine = root.resolve(relative(unifiedPath)).normalize();
      try {
        String controllers = Files.readString(mine.resolve("cgroup.controllers"), StandardCharsets.UTF_8);
        if (!(" " + controllers.strip() + " ").contains(" memory ") || !(" " + controllers.strip() + " ").contains(" pids ")) {
          return new Detection(Optional.empty(), "cgroup v2 without the memory and pids controllers delegated to " + mine);
        }
        Path parent = mine.resolve(name);
        Files.createDirectories(parent);
        Files.writeString(parent.resolve("cgroup.subtree_control"), "+memory +pids", StandardCharsets.US_ASCII);
        return new Detection(Optional.of(new Cgroups(Version.V2, parent, parent)), "cgroup v2: memory and pids limits for each sandbox");
      } catch (IOException | SecurityException e) {
        return new Detection(Optional.empty(), "cgroup v2 is mounted but no sub-group with memory and pids can be made below " + mine + " (" + e.getMessage() + ")");
      }
    }
    return new Detection(Optional.empty(), "no cgroup memory and pids controllers found");
  }

  private static String relative(String cgroupPath) {
    String p = cgroupPath.startsWith("/") ? cgroupPath.substring(1) : cgroupPath;
    return p.isEmpty() ? "." : p;
  }

  /** A group for one run, with its limits set and nothing in it yet. */
  public Group create(long memoryBytes, int maxPids) throws IOException {
    String name = "run-" + RUNS.incrementAndGet();
    Path m = Files.createDirectory(memory.resolve(name));
    Path p = version == Version.V2 ? m : Files.createDirectory(pids.resolve(name));
    Group g = new Group(m, p);
    try {
      if (version == Version.V1) {
        write(m.resolve("memory.limit_in_bytes"), memoryBytes);
        if (Files.exists(m.resolve("memory.memsw.limit_in_bytes"))) {
          write(m.resolve("memory.memsw.limit_in_bytes"), memoryBytes); // memory plus swap: no swap at all
        }
      } else {
        write(m.resolve("memory.max"), memoryBytes);
        if (Files.exists(m.resolve("memory.swap.max"))) {
          write(m.resolve("memory.swap.max"), 0);
        }
      }
      write(p.resolve("pids.max"), maxPids);
    } catch (IOException e) {
      g.close();
      throw e;
    }
    return g;
  }

  private static void write(Path file, long value) throws IOException {
    Files.writeString(file, Long.toString(value), StandardCharsets.US_ASCII);
  }

  /** One run's group (two folders under v1). */
  public final class Group implements AutoCloseable {
    private final Path memoryGroup;
    private final Path pidsGroup;

    Group(Path memoryGroup, Path pidsGroup) {
      this.memoryGroup = memoryGroup;
      this.pidsGroup = pidsGroup;
    }

    /**
     * {@code command} started inside the group: a shell writes its own pid into the group(s), then
     * execs the command, so the limits hold from the first instruction of everything it starts.
     */
    public List<String> enter(List<String> command) {
      List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || exit 97; shift; done; shift; exec \"$@\"",
          "nngrade-cgroup", memoryGroup.resolve("cgroup.procs").toString()));
      if (!pidsGroup.equals(memoryGroup)) {
        cmd.add(pidsGroup.resolve("cgroup.procs").toString());
      }
      cmd.add("--");
      cmd.addAll(command);
      return cmd;
    }

    /** Whether the kernel's out-of-memory killer ended a process of the group. */
    public boolean outOfMemory() {
      try {
        Path events = memoryGroup.resolve(version == Version.V1 ? "memory.oom_control" : "memory.events");
        for (String line : Files.readAllLines(events, StandardCharsets.US_ASCII)) {
          String[] kv = line.trim().split("\\s+");
          if (kv.length == 2 && kv[0].equals("oom_kill") && Long.parseLong(kv[1]) > 0) {
            return true;
          }
        }
      } catch (IOException | NumberFormatException e) {
        // no such counter on this kernel: unknown counts as no
      }
      return false;
    }

    /** Kills every process still in the group. */
    public void killAll() {
      Path kill = memoryGroup.resolve("cgroup.kill");
      if (version == Version.V2 && Files.exists(kill)) {
        try {
          Files.writeString(kill, "1", StandardCharsets.US_ASCII);
          return;
        } catch (IOException e) {
          // fall back to one signal per process
        }
      }
      for (int round = 0; round < 5; round++) {
        List<Long> left = members();
        if (left.isEmpty()) {
          return;
        }
        left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
      }
    }

    private List<Long> members() {
      List<Long> out = new ArrayList<>();
      for (Path g : List.of(memoryGroup, pidsGroup)) {
        try {
          for (String line : Files.readAllLines(g.resolve("cgroup.procs"), StandardCharsets.US_ASCII)) {
            if (!line.isBlank()) {
              out.add(Long.parseLong(line.trim()));
            }
          }
        } catch (IOException | NumberFormatException e) {
          // the group is gone
        }
      }
      return out;
    }

    /** Kills what is left and removes the group; a group the kernel still holds is left for the next attempt. */
    @Override
    public void close() {
      killAll();
      for (int attempt = 0; attempt < 50; attempt++) {
        boolean gone = remove(memoryGroup) & (pidsGroup.equals(memoryGroup) || remove(pidsGroup));
        if (gone) {
          return;
        }
        try {
          TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        killAll();
      }
    }

    private boolean remove(Path group) {
      if (!Files.exists(group, LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
      try {
        Files.delete(group); // rmdir: a cgroup's files go with it
        return true;
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** Removes this grader's parent group(s) when no run uses them any more. */
  public void close() {
    for (Path p : version == Version.V1 ? List.of(memory, pids) : List.of(memory)) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a run's group is still there; the kernel keeps the parent until it goes
      }
    }
  }
}
