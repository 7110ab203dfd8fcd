package dev.nngrade.grader.runner;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nngrade.grader.runner.SeccompFilter.Arch;
import dev.nngrade.grader.runner.SeccompFilter.Refuse;
import dev.nngrade.grader.runner.SeccompFilter.Syscall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seccomp program, run by a small BPF interpreter here; and the whole confinement, applied in a
 * separate JVM ({@link ConfinementProbe}) that then tries what a submission might. Needs Linux on
 * x86_64 with Landlock; on a kernel without it the probe test fails and says so.
 */
class ConfinementTests {
  private static final int AUDIT_ARCH_X86_64 = 0xC000003E, AUDIT_ARCH_I386 = 0x40000003;
  private static final int ALLOW = SeccompFilter.RET_ALLOW, KILL = SeccompFilter.RET_KILL_PROCESS;
  private static final int EPERM = SeccompFilter.RET_ERRNO | 1, ENOSYS = SeccompFilter.RET_ERRNO | 38;
  private static final int PID = 4242;
  /** What glibc's pthread_create passes: CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|SETTLS|PARENT_SETTID|CHILD_CLEARTID. */
  private static final long PTHREAD_FLAGS = 0x3d0f00;

  private static final byte[] PROGRAM = SeccompFilter.program(Arch.X86_64, PID);

  // --- the filter alone ---

  @Test
  void filterAllowsWhatTheJvmNeedsAndRefusesTheRest() {
    assertAll(
        () -> assertEquals(ALLOW, run(0), "read"),
        () -> assertEquals(ALLOW, run(1), "write"),
        () -> assertEquals(ALLOW, run(202), "futex"),
        () -> assertEquals(ALLOW, run(9), "mmap"),
        () -> assertEquals(ALLOW, run(39), "getpid"),
        () -> assertEquals(EPERM, run(59), "execve"),
        () -> assertEquals(EPERM, run(322), "execveat"),
        () -> assertEquals(EPERM, run(57), "fork"),
        () -> assertEquals(EPERM, run(58), "vfork"),
        () -> assertEquals(EPERM, run(101), "ptrace"),
        () -> assertEquals(EPERM, run(41, 2, 1, 0), "socket(AF_INET)"),
        () -> assertEquals(EPERM, run(41, 1, 1, 0), "socket(AF_UNIX)"),
        () -> assertEquals(ALLOW, run(53, 1, 1, 0), "socketpair(AF_UNIX), which the JDK's socket and pipe classes make when they initialise"),
        () -> assertEquals(EPERM, run(53, 2, 1, 0), "socketpair(AF_INET)"),
        () -> assertEquals(EPERM, run(73), "flock"),
        () -> assertEquals(EPERM, run(317), "seccomp"),
        () -> assertEquals(EPERM, run(446), "landlock_restrict_self"),
        () -> assertEquals(EPERM, run(425), "io_uring_setup"));
  }

  @Test
  void cloneIsForThreadsOnly() {
    assertAll(
        () -> assertEquals(ALLOW, run(56, PTHREAD_FLAGS), "pthread_create's clone"),
        () -> assertEquals(EPERM, run(56, 17), "fork through clone (SIGCHLD only)"),
        () -> assertEquals(EPERM, run(56, 0x4111), "posix_spawn's clone (CLONE_VM|CLONE_VFORK|SIGCHLD)"),
        () -> assertEquals(EPERM, run(56, PTHREAD_FLAGS | 0x20000), "a thread in a new mount namespace"),
        () -> assertEquals(EPERM, run(56, PTHREAD_FLAGS | 0x40000000), "a thread in a new network namespace"),
        () -> assertEquals(EPERM, run(56, 0x10000L << 32), "CLONE_THREAD in the high half, which the kernel ignores"),
        () -> assertEquals(ENOSYS, run(435), "clone3, so that glibc falls back to clone"));
  }

  @Test
  void fcntlRefusesLocksOnly() {
    assertAll(
        () -> assertEquals(EPERM, run(72, 3, 5), "F_GETLK"),
        () -> assertEquals(EPERM, run(72, 3, 6), "F_SETLK"),
        () -> assertEquals(EPERM, run(72, 3, 7), "F_SETLKW"),
        () -> assertEquals(EPERM, run(72, 3, 36), "F_OFD_GETLK"),
        () -> assertEquals(EPERM, run(72, 3, 37), "F_OFD_SETLK"),
        () -> assertEquals(EPERM, run(72, 3, 38), "F_OFD_SETLKW"),
        () -> assertEquals(EPERM, run(72, 3, 1024), "F_SETLEASE"),
        () -> assertEquals(EPERM, run(72, 3, 1026), "F_NOTIFY"),
        () -> assertEquals(ALLOW, run(72, 3, 3), "F_GETFL"),
        () -> assertEquals(ALLOW, run(72, 3, 4), "F_SETFL"),
        () -> assertEquals(ALLOW, run(72, 3, 1030), "F_DUPFD_CLOEXEC"),
        () -> assertEquals(ALLOW, run(72, 6, 3), "F_GETFL on descriptor 6: the command is the second argument"));
  }

  @Test
  void signalsGoToTheOwnProcessOnly() {
    assertAll(
        () -> assertEquals(ALLOW, run(62, PID, 0), "kill(own pid)"),
        () -> assertEquals(EPERM, run(62, PID + 1, 9), "kill(other pid)"),
        () -> assertEquals(EPERM, run(62, 0, 9), "kill(own process group)"),
        () -> assertEquals(EPERM, run(62, -1, 9), "kill(every process)"),
        () -> assertEquals(ALLOW, run(234, PID, PID + 7, 12), "tgkill(own pid, a thread)"),
        () -> assertEquals(EPERM, run(234, 1, 1, 9), "tgkill(pid 1)"),
        () -> assertEquals(ALLOW, run(129, PID, 10, 0), "rt_sigqueueinfo(own pid)"),
        () -> assertEquals(EPERM, run(129, PID + 1, 10, 0), "rt_sigqueueinfo(other pid)"),
        () -> assertEquals(EPERM, run(297, PID + 1, PID + 1, 10, 0), "rt_tgsigqueueinfo(other pid)"),
        () -> assertEquals(EPERM, run(200, PID, 9), "tkill"),
        () -> assertEquals(EPERM, run(424), "pidfd_send_signal"));
  }

  @Test
  void prctlMayNotMakeTheProcessDumpableOrTraceable() {
    assertAll(
        () -> assertEquals(EPERM, run(157, 4, 1), "PR_SET_DUMPABLE"),
        () -> assertEquals(EPERM, run(157, 0x59616d61, -1), "PR_SET_PTRACER"),
        () -> assertEquals(EPERM, run(157, 22, 2), "PR_SET_SECCOMP"),
        () -> assertEquals(ALLOW, run(157, 15, 0), "PR_SET_NAME (HotSpot names its threads)"),
        () -> assertEquals(ALLOW, run(157, 3), "PR_GET_DUMPABLE"));
  }

  @Test
  void otherAbisAndArchitecturesKillTheProcess() {
    assertAll(
        () -> assertEquals(KILL, run(0x40000000 | 39), "x32 getpid"),
        () -> assertEquals(KILL, run(0x40000000 | 59), "x32 execve"),
        () -> assertEquals(KILL, runAs(AUDIT_ARCH_I386, 0), "i386 (int 0x80) call 0"),
        () -> assertEquals(KILL, runAs(AUDIT_ARCH_I386, 11), "i386 execve"));
  }

  @Test
  void everyRowOfTheTableIsEnforcedAsWritten() {
    Set<Integer> numbers = new HashSet<>();
    List<Executable> checks = new ArrayList<>();
    for (Syscall call : Syscall.values()) {
      assertTrue(numbers.add(call.x86_64), "two rows with number " + call.x86_64);
      if (call.rule instanceof Refuse(int errno)) {
        checks.add(() -> assertEquals(SeccompFilter.RET_ERRNO | errno, run(call.x86_64), call.name().toLowerCase()));
      }
    }
    assertTrue(checks.size() > 60, "the table lost rows: " + checks.size());
    assertAll(checks);
  }

  @Test
  void programIsWithinWhatTheKernelAccepts() {
    assertEquals(0, PROGRAM.length % 8);
    int instructions = PROGRAM.length / 8;
    assertTrue(instructions < 4096, "BPF_MAXINSNS: " + instructions);
    // every call number the table does not name reaches the final ALLOW, through every block
    assertEquals(ALLOW, run(999));
  }

  @Test
  void onlyX86_64HasNumbers() {
    assertEquals(Arch.X86_64, Arch.of("Linux", "amd64"));
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> Arch.of("Linux", "aarch64"));
    assertTrue(e.getMessage().contains("x86_64") && e.getMessage().contains("aarch64"), e.getMessage());
    assertThrows(UnsupportedOperationException.class, () -> Arch.of("Mac OS X", "x86_64"));
  }

  // --- EventFd in this JVM ---

  @Test
  void eventFdWritesUntilClosed() throws IOException {
    EventFd nul = new EventFd(Libc.open("/dev/null", 1 /* O_WRONLY */));
    nul.write(new byte[200_000]);
    nul.write("x\n".getBytes(StandardCharsets.UTF_8));
    nul.close();
    nul.close();
    IOException e = assertThrows(IOException.class, () -> nul.write(new byte[1]));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void eventFdReportsWriteErrors() throws IOException {
    int fd = Libc.open("/dev/null", 0 /* O_RDONLY */);
    try (EventFd readOnly = new EventFd(fd)) {
      Libc.Errno e = assertThrows(Libc.Errno.class, () -> readOnly.write(new byte[] {1}));
      assertEquals(Libc.EBADF, e.errno, e.getMessage());
    }
  }

  // --- the whole confinement, in a JVM of its own ---

  @Test
  void confinedJvmKeepsWorkingAndRefusesEscapes(@TempDir Path dir) throws Exception {
    Path writable = Files.createDirectory(dir.resolve("rw"));
    Process victim = new ProcessBuilder("sleep", "120").start(); // a process of the same user to reach for
    Probe probe;
    try {
      probe = probe("attacks", writable, victim.pid());
      assertTrue(victim.isAlive(), "the confined JVM killed a process outside it");
    } finally {
      victim.destroyForcibly();
    }
    System.out.println(probe.report() + "\n" + probe.timing());
    assertEquals(0, probe.exit(), () -> "the probe JVM failed:\n" + probe.stdout() + "\n" + probe.stderr());
    assertTrue(probe.lines().containsKey("end"), () -> "the probe did not finish:\n" + probe.stdout() + "\n" + probe.stderr());

    Map<String, String> expected = new LinkedHashMap<>();
    for (String name : List.of("thread", "threads-300", "parallel-stream", "virtual-thread", "read-java-home", "read-write-folder", "secure-random",
        "gc-and-allocation", "class-loading", "available-processors", "kill-self", "fcntl-getfl")) {
      expected.put(name, "works");
    }
    for (String name : List.of(
        // programs and processes
        "processbuilder", "runtime-exec-sh", "execve", "clone3", "unshare", "mount",
        // file locks
        "lock-readonly", "trylock-readonly", "lock-writable", "flock",
        // files outside the policy
        "proc-self-mem", "proc-self-maps", "proc-1-environ", "proc-victim-mem", "etc-hostname", "list-root", "write-java-home",
        // network
        "tcp-connect", "server-socket", "udp-socket", "unix-socket", "socket-unix",
        // other processes
        "destroy-victim", "ptrace", "kill-victim", "tgkill-victim",
        // threads the JVM started before the confinement, and one started after
        "finalizer", "gc-notification", "cleaner",
        // the confinement itself
        "prctl-dumpable", "seccomp", "landlock", "io-uring-setup")) {
      expected.put(name, "denied");
    }
    // Known and accepted: /dev/fd/N leads through procfs to the event pipe itself, and Landlock's path
    // rules do not apply to pipes. Writing there can only spoil the writer's own results, since the
    // host authenticates every event and scores what is missing as failed.
    expected.put("reopen-event-pipe", "ALLOWED");

    List<Executable> checks = new ArrayList<>();
    expected.forEach((name, verdict) -> checks.add(() -> {
      String line = probe.lines().get(name);
      assertTrue(line != null, "no line for " + name);
      assertTrue(line.startsWith(verdict), name + ": " + line);
    }));
    checks.add(() -> assertEquals(expected.keySet(), probe.lines().keySet().stream()
        .filter(k -> !Set.of("report", "timing", "stdout-redirect", "big-event", "end").contains(k))
        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), "probes without an expected verdict, or missing"));
    // fd 1 was pointed at stderr: whatever student code writes there stays out of the event stream
    checks.add(() -> assertFalse(probe.stdout().contains(ConfinementProbe.STUDENT_STDOUT), "FileDescriptor.out reached the event stream"));
    checks.add(() -> assertFalse(probe.stdout().contains(ConfinementProbe.SYSTEM_OUT), "System.out reached the event stream"));
    checks.add(() -> assertTrue(probe.stderr().contains(ConfinementProbe.STUDENT_STDOUT), "FileDescriptor.out did not reach stderr"));
    checks.add(() -> assertTrue(probe.stderr().contains(ConfinementProbe.SYSTEM_OUT), "System.out did not reach stderr"));
    checks.add(() -> assertEquals("x".repeat(ConfinementProbe.BIG_EVENT), probe.lines().get("big-event"), "a 1 MB event through a 64 KB pipe"));
    assertAll(checks);
  }

  @Test
  void x32CallKillsTheConfinedJvm(@TempDir Path dir) throws Exception {
    Probe probe = probe("x32", dir, ProcessHandle.current().pid());
    assertEquals(128 + 31, probe.exit(), () -> "expected death by SIGSYS:\n" + probe.stdout() + "\n" + probe.stderr());
    assertFalse(probe.lines().containsKey("x32"), probe.stdout());
  }

  private record Probe(int exit, String stdout, String stderr, Map<String, String> lines) {
    String report() {
      return "report: " + lines.get("report");
    }

    String timing() {
      return "timing: " + lines.get("timing");
    }
  }

  private static final Pattern ABI = Pattern.compile("landlockAbi=(\\d+)");

  /** Runs {@link ConfinementProbe} with stdout and stderr on pipes, as the host runs the child. */
  private static Probe probe(String mode, Path writable, long victim) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:-UseContainerSupport", "--enable-native-access=ALL-UNNAMED",
        "-cp", location(ConfinementProbe.class) + java.io.File.pathSeparator + location(Confinement.class),
        ConfinementProbe.class.getName(), mode, writable.toString(), Long.toString(victim));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the probe JVM did not end within 120 s:\n" + out.getNow("") + "\n" + err.getNow(""));
    }
    String stdout = out.get(10, TimeUnit.SECONDS), stderr = err.get(10, TimeUnit.SECONDS);
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : stdout.split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        lines.put(line.substring(0, colon), line.substring(colon + 2));
      } else if (!line.isEmpty()) {
        lines.put(line, "");
      }
    }
    Matcher abi = ABI.matcher(String.valueOf(lines.get("report")));
    if (!abi.find()) {
      fail("the probe JVM did not confine itself:\n" + stdout + "\n" + stderr);
    }
    if (Integer.parseInt(abi.group(1)) < 1) {
      fail("this kernel has no Landlock (landlock_create_ruleset answered ENOSYS or EOPNOTSUPP), so the files outside the policy stay open;"
          + " it needs Linux 5.13 or later with CONFIG_SECURITY_LANDLOCK and landlock in the lsm= boot list (" + lines.get("report") + ")");
    }
    return new Probe(p.exitValue(), stdout, stderr, lines);
  }

  private static String read(InputStream in) {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(could not read: " + e + ")";
    }
  }

  private static String location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  // --- a BPF interpreter for exactly the instructions SeccompFilter emits ---

  private static int run(int nr, long... args) {
    return runAs(AUDIT_ARCH_X86_64, nr, args);
  }

  /** Runs {@link #PROGRAM} on a struct seccomp_data. */
  private static int runAs(int arch, int nr, long... args) {
    ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    data.putInt(0, nr).putInt(4, arch).putLong(8, 0x7f00_0000_1000L);
    for (int i = 0; i < args.length; i++) {
      data.putLong(16 + 8 * i, args[i]);
    }
    return interpret(PROGRAM, data);
  }

  static int interpret(byte[] program, ByteBuffer data) {
    ByteBuffer code = ByteBuffer.wrap(program).order(ByteOrder.LITTLE_ENDIAN);
    int n = program.length / 8;
    int a = 0;
    Function<Integer, String> where = pc -> "at instruction " + pc + " of " + n;
    for (int pc = 0, steps = 0; ; steps++) {
      if (pc >= n || steps > n) {
        throw new AssertionError("ran off the end of the program " + where.apply(pc));
      }
      int op = code.getShort(8 * pc) & 0xffff, jt = code.get(8 * pc + 2) & 0xff, jf = code.get(8 * pc + 3) & 0xff, k = code.getInt(8 * pc + 4);
      switch (op) {
        case SeccompFilter.LD_W_ABS -> {
          if (k < 0 || k > 60 || k % 4 != 0) {
            throw new AssertionError("load outside seccomp_data: " + k + " " + where.apply(pc));
          }
          a = data.getInt(k);
          pc++;
        }
        case SeccompFilter.JMP_JEQ_K -> pc += 1 + (a == k ? jt : jf);
        case SeccompFilter.JMP_JSET_K -> pc += 1 + ((a & k) != 0 ? jt : jf);
        case SeccompFilter.JMP_JA -> pc += 1 + k;
        case SeccompFilter.RET_K -> {
          return k;
        }
        default -> throw new AssertionError("instruction the interpreter does not know: 0x" + Integer.toHexString(op) + " " + where.apply(pc));
      }
    }
  }
}
