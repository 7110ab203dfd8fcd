package dev.nngrade.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection of the cgroup hierarchies (on fake trees of both versions) and the limits of a real group on this machine. */
class CgroupsTests {
  @Test
  void version1GroupsGoBelowTheGradersOwnInBothHierarchies(@TempDir Path root) throws IOException {
    Path self = root.resolve("self-cgroup");
    Files.writeString(self, "9:name=systemd:/\n8:pids:/\n4:memory:/process_api/abc\n0::/\n");
    Files.createDirectories(root.resolve("memory/process_api/abc"));
    Files.createDirectories(root.resolve("pids"));
    Cgroups.Detection d = Cgroups.detect(self, root, 42);
    Cgroups c = d.cgroups().orElseThrow(() -> new AssertionError(d.explanation()));
    assertEquals(Cgroups.Version.V1, c.version());
    try (Cgroups.Group g = c.create(768L << 20, 256)) {
      assertEquals("805306368", Files.readString(root.resolve("memory/process_api/abc/nngrade-42/run-" + lastRun(root.resolve("memory/process_api/abc/nngrade-42")) + "/memory.limit_in_bytes")));
      List<String> cmd = g.enter(List.of("java", "-version"));
      assertEquals("/bin/sh", cmd.get(0));
      assertTrue(cmd.get(4).endsWith("memory/process_api/abc/nngrade-42/" + cmd.get(4).split("/nngrade-42/")[1]) && cmd.get(4).endsWith("/cgroup.procs"), cmd.toString());
      assertTrue(cmd.get(5).contains("/pids/nngrade-42/run-") && cmd.get(6).equals("--"), cmd.toString());
      assertEquals(List.of("java", "-version"), cmd.subList(7, 9));
    }
  }

  private static String lastRun(Path parent) throws IOException {
    try (var list = Files.list(parent)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("run-")).map(n -> n.substring(4)).findFirst().orElseThrow();
    }
  }

  @Test
  void version2NeedsMemoryAndPidsDelegatedToTheGradersGroup(@TempDir Path root) throws IOException {
    Path self = root.resolve("self-cgroup");
    Files.writeString(self, "0::/user.slice/grader\n");
    Files.writeString(root.resolve("cgroup.controllers"), "cpu memory pids\n");
    Path mine = Files.createDirectories(root.resolve("user.slice/grader"));
    Files.writeString(mine.resolve("cgroup.controllers"), "cpu\n");
    Cgroups.Detection none = Cgroups.detect(self, root, 7);
    assertTrue(none.cgroups().isEmpty());
    assertTrue(none.explanation().contains("without the memory and pids controllers delegated"), none.explanation());
    Files.writeString(mine.resolve("cgroup.controllers"), "cpu memory pids\n");
    Cgroups c = Cgroups.detect(self, root, 7).cgroups().orElseThrow();
    assertEquals(Cgroups.Version.V2, c.version());
    assertEquals("+memory +pids", Files.readString(mine.resolve("nngrade-7/cgroup.subtree_control")));
    try (Cgroups.Group g = c.create(1L << 30, 100)) {
      List<String> cmd = g.enter(List.of("x"));
      assertEquals("--", cmd.get(5), "one group, one procs file: " + cmd);
    }
  }

  @Test
  void noControllersIsSaidPlainly(@TempDir Path root) throws IOException {
    Path self = root.resolve("self-cgroup");
    Files.writeString(self, "1:name=systemd:/\n");
    Cgroups.Detection d = Cgroups.detect(self, root, 1);
    assertTrue(d.cgroups().isEmpty());
    assertEquals("no cgroup memory and pids controllers found", d.explanation());
  }

  /** The real thing: a process entered into a group before exec cannot grow past its memory, and the group is gone afterwards. */
  @Test
  void aRealGroupHoldsMemoryAndIsRemovedAfterwards() throws Exception {
    Cgroups.Detection d = Cgroups.detect();
    Cgroups c = d.cgroups().orElseThrow(() -> new AssertionError("this test needs writable cgroups (root, v1 memory+pids or delegated v2): " + d.explanation()));
    Path groupDir;
    try (Cgroups.Group g = c.create(64L << 20, 64)) {
      // a shell variable of 200 MB: the kernel's OOM killer ends it inside the group
      Process p = new ProcessBuilder(g.enter(List.of("/bin/sh", "-c", "cat /proc/self/cgroup; x=$(head -c 200000000 /dev/zero | tr '\\0' a); echo survived"))).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertTrue(out.contains("nngrade-" + ProcessHandle.current().pid() + "/run-"), out);
      assertFalse(out.contains("survived"), out);
      assertTrue(g.outOfMemory(), "the group's OOM counter saw it");
      groupDir = Path.of("/sys/fs/cgroup/memory").resolve(out.lines().filter(l -> l.contains(":memory:")).findFirst().orElseThrow().split(":", 3)[2].substring(1));
      assertTrue(Files.isDirectory(groupDir), groupDir.toString());
    }
    assertFalse(Files.exists(groupDir), "the group is removed when closed");
    c.close();
  }
}
