package dev.nngrade.grader.runner;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.nngrade.grader.runner.SeccompFilter.Arch;
import dev.nngrade.grader.runner.SeccompFilter.Syscall;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * The child JVM confining itself once its request is read and before any student class loads:
 * no new privileges, not dumpable (no ptrace or {@code /proc/<pid>/mem} from other processes of the
 * same user), Landlock for files, TCP, abstract unix sockets and signals, and a seccomp filter
 * ({@link SeccompFilter}) on every thread. It is a second layer inside the host's sandbox: it does
 * not depend on how the host started the child, and it keeps holding if that sandbox is weaker than
 * planned (run without bubblewrap, or as root).
 *
 * <p>The order matters. The file descriptor work comes first ({@link #takeEventFd()}, {@link
 * #closeStdin()}), since {@code /dev/null} may not be readable afterwards. Then {@link #apply}: the
 * prctl calls, Landlock (which needs no_new_privs), and seccomp last, because the filter refuses
 * the Landlock and prctl calls made before it.
 */
final class Confinement {
  private static final int PR_GET_DUMPABLE = 3, PR_GET_SECCOMP = 21, PR_SET_NO_NEW_PRIVS = 38, PR_GET_NO_NEW_PRIVS = 39;
  private static final int SECCOMP_MODE_FILTER = 2, SECCOMP_SET_MODE_FILTER = 1, SECCOMP_FILTER_FLAG_TSYNC = 1;
  private static final int O_RDONLY = 0, O_CLOEXEC = 0x80000, O_PATH = 0x200000, F_DUPFD_CLOEXEC = 1030;

  // uapi/linux/landlock.h
  private static final int LANDLOCK_CREATE_RULESET_VERSION = 1, LANDLOCK_RULE_PATH_BENEATH = 1, LANDLOCK_RESTRICT_SELF_TSYNC = 1 << 3;
  private static final long FS_EXECUTE = 1L << 0, FS_WRITE_FILE = 1L << 1, FS_READ_FILE = 1L << 2, FS_READ_DIR = 1L << 3, FS_MAKE_CHAR = 1L << 6,
      FS_MAKE_BLOCK = 1L << 11, FS_REFER = 1L << 13, FS_TRUNCATE = 1L << 14, FS_IOCTL_DEV = 1L << 15;
  /** ABI 1: execute, write, read, read dir, remove dir and file, make char, dir, reg, sock, fifo, block and sym. */
  private static final long FS_ABI_1 = (1L << 13) - 1;
  /** The rights Landlock accepts in a rule for a file, as opposed to a directory. */
  private static final long FS_FILE_RIGHTS = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV;
  /** Nothing in the child runs a program or makes a device node; seccomp refuses both as well. */
  private static final long FS_NEVER = FS_EXECUTE | FS_MAKE_CHAR | FS_MAKE_BLOCK;
  private static final long NET_BIND_TCP = 1L << 0, NET_CONNECT_TCP = 1L << 1;
  private static final long SCOPE_ABSTRACT_UNIX_SOCKET = 1L << 0, SCOPE_SIGNAL = 1L << 1;

  private static final AtomicBoolean APPLIED = new AtomicBoolean();

  private Confinement() {}

  /**
   * Where the child may read (and list), and where it may also write; paths that do not exist are
   * left out. {@code landlock} and {@code seccomp} are off only where the host's tests show what an
   * attack does without them.
   */
  record Policy(List<Path> readOnly, List<Path> readWrite, boolean landlock, boolean seccomp) {
    Policy {
      readOnly = List.copyOf(readOnly);
      readWrite = List.copyOf(readWrite);
    }

    Policy(List<Path> readOnly, List<Path> readWrite) {
      this(readOnly, readWrite, true, true);
    }
  }

  /**
   * What holds now. {@code landlockAbi} is 0 where the kernel has no Landlock (the caller decides
   * whether to go on). {@code landlockAllThreads} says whether the kernel applied it to every
   * thread (ABI 8 and later); before that it covers the calling thread, the threads started from
   * now on, and the JVM's Finalizer and notification threads, but not the JVM's other early threads,
   * which run no student code (see {@link #restrictServiceThreads}).
   */
  record Report(boolean noNewPrivs, boolean nonDumpable, int landlockAbi, boolean landlockAllThreads, boolean seccomp) {}

  /**
   * Confines this process: prctl, Landlock, seccomp, in that order, with Landlock on the calling
   * thread (see {@link Report}) and seccomp on every thread. Throws {@link
   * UnsupportedOperationException}, before changing anything, on an architecture the seccomp table
   * has no numbers for; throws {@link IOException} when any step fails, except a kernel without
   * Landlock, and then the process may be confined in part: the caller must not go on to run
   * student code. Once only.
   */
  static Report apply(Policy policy) throws IOException {
    Arch arch = Arch.current();
    if (!APPLIED.compareAndSet(false, true)) {
      throw new IllegalStateException("the process is confined already");
    }
    Libc.prctl(arch, "prctl(PR_SET_NO_NEW_PRIVS)", PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    Libc.prctl(arch, "prctl(PR_SET_DUMPABLE)", SeccompFilter.PR_SET_DUMPABLE, 0, 0, 0, 0);
    int abi = policy.landlock() ? landlock(arch, policy) : 0;
    if (policy.seccomp()) {
      seccomp(arch);
    }
    return new Report(
        Libc.prctl(arch, "prctl(PR_GET_NO_NEW_PRIVS)", PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1,
        Libc.prctl(arch, "prctl(PR_GET_DUMPABLE)", PR_GET_DUMPABLE, 0, 0, 0, 0) == 0,
        abi, abi >= 8,
        Libc.prctl(arch, "prctl(PR_GET_SECCOMP)", PR_GET_SECCOMP, 0, 0, 0, 0) == SECCOMP_MODE_FILTER);
  }

  /**
   * Takes stdout for the runner: returns a private duplicate of descriptor 1 and points 1 at stderr,
   * so that whatever writes to {@code FileDescriptor.out} later (student code included) lands in
   * the host's stderr capture and never between the events.
   */
  static EventFd takeEventFd() throws IOException {
    int events = Libc.fcntl(1, F_DUPFD_CLOEXEC, 3);
    Libc.dup2(2, 1);
    return new EventFd(events);
  }

  /** Replaces stdin with {@code /dev/null} once the request is read: nothing after it may read the host's pipe. */
  static void closeStdin() throws IOException {
    int nul = Libc.open("/dev/null", O_RDONLY | O_CLOEXEC);
    try {
      Libc.dup2(nul, 0);
    } finally {
      Libc.close(nul);
    }
  }

  /** The Landlock ABI that was applied, or 0 where the kernel has none. */
  private static int landlock(Arch arch, Policy policy) throws IOException {
    int abi;
    try {
      abi = (int) Libc.syscall("landlock_create_ruleset(VERSION)", Syscall.LANDLOCK_CREATE_RULESET.number(arch), 0, 0,
          LANDLOCK_CREATE_RULESET_VERSION, 0, 0);
    } catch (Libc.Errno e) {
      if (e.errno == Libc.ENOSYS || e.errno == Libc.EOPNOTSUPP) { // not built in, or not enabled at boot
        return 0;
      }
      throw e;
    }
    if (abi < 1) {
      return 0;
    }
    long fs = FS_ABI_1 | (abi >= 2 ? FS_REFER : 0) | (abi >= 3 ? FS_TRUNCATE : 0) | (abi >= 5 ? FS_IOCTL_DEV : 0);
    long net = abi >= 4 ? NET_BIND_TCP | NET_CONNECT_TCP : 0; // handled without a rule: no TCP at all
    long scoped = abi >= 6 ? SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL : 0;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment attr = arena.allocate(24, 8);
      attr.set(JAVA_LONG, 0, fs);
      attr.set(JAVA_LONG, 8, net);
      attr.set(JAVA_LONG, 16, scoped);
      // the size of struct landlock_ruleset_attr as the running ABI knows it
      long size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8;
      int ruleset = (int) Libc.syscall("landlock_create_ruleset", Syscall.LANDLOCK_CREATE_RULESET.number(arch), attr.address(), size, 0, 0, 0);
      try {
        for (Path p : policy.readOnly()) {
          allow(arch, arena, ruleset, p, fs & (FS_READ_FILE | FS_READ_DIR));
        }
        for (Path p : policy.readWrite()) {
          allow(arch, arena, ruleset, p, fs & ~FS_NEVER);
        }
        if (abi >= 8) {
          Libc.syscall("landlock_restrict_self(TSYNC)", Syscall.LANDLOCK_RESTRICT_SELF.number(arch), ruleset, LANDLOCK_RESTRICT_SELF_TSYNC, 0, 0, 0);
        } else {
          restrictServiceThreads(arch, ruleset);
          Libc.syscall("landlock_restrict_self", Syscall.LANDLOCK_RESTRICT_SELF.number(arch), ruleset, 0, 0, 0, 0);
        }
      } finally {
        Libc.close(ruleset);
      }
    }
    return abi;
  }

  private static void allow(Arch arch, Arena arena, int ruleset, Path path, long access) throws IOException {
    Path absolute = path.toAbsolutePath();
    int fd;
    try {
      fd = Libc.open(absolute.toString(), O_PATH | O_CLOEXEC);
    } catch (Libc.Errno e) {
      if (e.errno == Libc.ENOENT || e.errno == Libc.ENOTDIR) {
        return;
      }
      throw e;
    }
    try {
      MemorySegment beneath = arena.allocate(12, 4); // struct landlock_path_beneath_attr is packed
      beneath.set(JAVA_LONG_UNALIGNED, 0, Files.isDirectory(absolute) ? access : access & FS_FILE_RIGHTS);
      beneath.set(JAVA_INT, 8, fd);
      Libc.syscall("landlock_add_rule(" + absolute + ")", Syscall.LANDLOCK_ADD_RULE.number(arch), ruleset, LANDLOCK_RULE_PATH_BENEATH,
          beneath.address(), 0, 0);
    } finally {
      Libc.close(fd);
    }
  }

  /**
   * Before ABI 8, landlock_restrict_self covers the calling thread and the threads it starts later,
   * not those the JVM started before {@code main}. Two of those run code that anyone may hand them:
   * the Finalizer thread runs {@code finalize()}, and the thread that delivers management
   * notifications runs every GC and memory-threshold listener (java.management is in the child's
   * module graph; JUnit needs it). The probe read {@code /etc/hostname} from both. So both are made
   * to restrict themselves, through a finalizable object and a GC listener that run there, with
   * {@code System.gc()} until both have. The other early threads run JDK code only: the Reference
   * Handler and Common-Cleaner run the JDK's own cleaning actions, the VM's threads no Java code, and
   * the Signal Dispatcher starts handler threads only for signals from outside (the host stops a
   * child with SIGKILL, and {@code sun.misc.Signal} is outside the child's module graph).
   */
  private static void restrictServiceThreads(Arch arch, int ruleset) throws IOException {
    boolean finalization = finalizerRuns();
    Hop finalizer = new Hop(arch, ruleset), notifications = new Hop(arch, ruleset);
    if (finalization) {
      Finalizable.drop(finalizer);
    }
    NotificationListener listener = (notification, handback) -> notifications.run();
    // memory-threshold notifications come from java.management itself; GC notifications need
    // jdk.management, which the child's runtime image leaves out. Both are sent by the same thread.
    List<NotificationEmitter> emitters = new java.util.ArrayList<>();
    if (ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter memory) {
      emitters.add(memory);
    }
    ManagementFactory.getGarbageCollectorMXBeans().stream().filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast)
        .forEach(emitters::add);
    if (emitters.isEmpty()) {
      throw new IOException("no memory bean sends notifications, so their thread cannot be confined");
    }
    emitters.forEach(e -> e.addNotificationListener(listener, null, null));
    // a threshold every pool that has one passes at the next collection: the JVM's notification thread tells the listener
    List<MemoryPoolMXBean> thresholds = ManagementFactory.getMemoryPoolMXBeans().stream().filter(MemoryPoolMXBean::isCollectionUsageThresholdSupported).toList();
    thresholds.forEach(p -> p.setCollectionUsageThreshold(1));
    try {
      long deadline = System.nanoTime() + HOP_TIMEOUT_NANOS;
      while (!(notifications.ran() && (!finalization || finalizer.ran()))) {
        if (System.nanoTime() > deadline) {
          throw new IOException("the JVM's " + (notifications.ran() ? "Finalizer" : "notification") + " thread did not run after System.gc(),"
              + " so Landlock does not cover it (is -XX:+DisableExplicitGC set?)");
        }
        System.gc();
        try {
          notifications.done.await(20, TimeUnit.MILLISECONDS);
          finalizer.done.await(finalization ? 20 : 0, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while the JVM's threads were being confined", e);
        }
      }
    } finally {
      thresholds.forEach(p -> p.setCollectionUsageThreshold(0));
      for (NotificationEmitter e : emitters) {
        try {
          e.removeNotificationListener(listener);
        } catch (ListenerNotFoundException gone) {
          // nothing to remove
        }
      }
    }
    notifications.check();
    if (finalization) {
      finalizer.check();
    }
  }

  /** Whether the JVM started a Finalizer thread: it does not under {@code --finalization=disabled}. */
  private static boolean finalizerRuns() {
    ThreadGroup system = Thread.currentThread().getThreadGroup();
    while (system.getParent() != null) {
      system = system.getParent();
    }
    Thread[] threads = new Thread[system.activeCount() + 16];
    int n = system.enumerate(threads, true);
    for (int i = 0; i < n; i++) {
      if (threads[i].getClass().getName().equals("java.lang.ref.Finalizer$FinalizerThread")) {
        return true;
      }
    }
    return false;
  }

  private static final long HOP_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** landlock_restrict_self, once, on whichever thread runs it first. */
  private static final class Hop {
    private final Arch arch;
    private final int ruleset;
    private final AtomicBoolean taken = new AtomicBoolean();
    final CountDownLatch done = new CountDownLatch(1);
    private volatile IOException failure;

    Hop(Arch arch, int ruleset) {
      this.arch = arch;
      this.ruleset = ruleset;
    }

    void run() {
      if (!taken.compareAndSet(false, true)) {
        return;
      }
      try {
        // no_new_privs is per thread until seccomp's TSYNC spreads it, and Landlock needs it unless the thread has CAP_SYS_ADMIN
        Libc.prctl(arch, "prctl(PR_SET_NO_NEW_PRIVS) on " + Thread.currentThread().getName(), PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        Libc.syscall("landlock_restrict_self on " + Thread.currentThread().getName(), Syscall.LANDLOCK_RESTRICT_SELF.number(arch), ruleset, 0, 0, 0, 0);
      } catch (IOException e) {
        failure = e;
      } finally {
        done.countDown();
      }
    }

    boolean ran() {
      return done.getCount() == 0;
    }

    void check() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** Becomes garbage at once; the Finalizer thread then runs {@link #finalize()}, which is the point. */
  private static final class Finalizable {
    private final Hop hop;

    private Finalizable(Hop hop) {
      this.hop = hop;
    }

    static void drop(Hop hop) {
      new Finalizable(hop);
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
      hop.run();
    }
  }

  private static void seccomp(Arch arch) throws IOException {
    byte[] program = SeccompFilter.program(arch, Math.toIntExact(ProcessHandle.current().pid()));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment filter = arena.allocate(program.length, 8);
      MemorySegment.copy(program, 0, filter, JAVA_BYTE, 0, program.length);
      MemorySegment fprog = arena.allocate(16, 8); // struct sock_fprog: unsigned short len, then the pointer at 8
      fprog.set(JAVA_SHORT, 0, (short) (program.length / 8));
      fprog.set(ADDRESS, 8, filter);
      long r = Libc.syscall("seccomp(SET_MODE_FILTER, TSYNC)", Syscall.SECCOMP.number(arch), SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC,
          fprog.address(), 0, 0);
      if (r != 0) { // with TSYNC, a positive result names a thread that could not take the filter
        throw new IOException("seccomp: thread " + r + " could not take the filter");
      }
    }
  }
}
