package dev.nngrade.grader.runner;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Cleaner;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Run in its own JVM by {@link ConfinementTests}: confines itself the way the child runner does,
 * then tries what a submission might, and writes one line per attempt to the event descriptor:
 * {@code name: denied}, {@code name: ALLOWED}, {@code name: works} or {@code name: FAILED}, then
 * {@code | } and the detail. Nothing here decides pass or fail; the test reads the lines.
 *
 * <p>Arguments: the mode ({@code attacks}; {@code x32}, which ends in a call the filter answers by
 * killing the process; or {@code timing}, which stops after the report and the timing), the folder it may write, and the pid of a process of the same user that
 * it must not be able to reach.
 */
public final class ConfinementProbe {
  static final String STUDENT_STDOUT = "probe: student wrote to FileDescriptor.out";
  static final String SYSTEM_OUT = "probe: student wrote to System.out";
  /** Far more than a pipe holds, so that the event descriptor's write loop is exercised. */
  static final int BIG_EVENT = 1_000_000;

  private static EventFd events;

  private ConfinementProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path rw = Path.of(args[1]);
    long victim = Long.parseLong(args[2]);
    Path javaHome = Path.of(System.getProperty("java.home"));

    long t0 = System.nanoTime();
    events = Confinement.takeEventFd();
    Confinement.closeStdin();
    long t1 = System.nanoTime();
    List<Path> readOnly = new ArrayList<>(List.of(javaHome, Path.of("/dev/urandom"), Path.of("/dev/random"), Path.of("/nonexistent/nngrade-probe")));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      readOnly.add(Path.of(entry));
    }
    Confinement.Report report = Confinement.apply(new Confinement.Policy(readOnly, List.of(rw)));
    long t2 = System.nanoTime();
    line("report: " + report);
    line("timing: fd-us=" + (t1 - t0) / 1000 + " apply-us=" + (t2 - t1) / 1000);

    if (mode.equals("timing")) {
      System.exit(0);
    }
    if (mode.equals("x32")) {
      // getpid through the x32 ABI; the filter kills the process, so nothing after this is printed
      long r = Native.syscall(0x40000000L | 39);
      line("x32: ALLOWED | returned " + r);
      System.exit(0);
    }

    attacks(rw, victim, javaHome);
    line("end");
    System.exit(0);
  }

  private static void attacks(Path rw, long victim, Path javaHome) throws Exception {
    long self = ProcessHandle.current().pid();

    // programs and processes
    denied("processbuilder", "Operation not permitted", () -> new ProcessBuilder("true").start());
    denied("runtime-exec-sh", "Operation not permitted", () -> Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "true"}));

    // threads keep working
    works("thread", () -> {
      AtomicInteger ran = new AtomicInteger();
      Thread t = new Thread(ran::incrementAndGet);
      t.start();
      t.join();
      return ran.get() == 1 ? "joined" : null;
    });
    works("threads-300", () -> {
      CountDownLatch go = new CountDownLatch(1);
      AtomicInteger ran = new AtomicInteger();
      List<Thread> all = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        Thread t = new Thread(() -> {
          ran.incrementAndGet();
          try {
            go.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        t.start();
        all.add(t);
      }
      go.countDown();
      for (Thread t : all) {
        t.join();
      }
      return ran.get() == 300 ? "300 alive at once, joined" : null;
    });
    works("parallel-stream", () -> {
      long sum = LongStream.range(0, 2_000_000).parallel().map(x -> x * 3).sum();
      String worker = ForkJoinPool.commonPool().submit(() -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);
      return sum == 3L * (2_000_000L * 1_999_999L / 2) && worker.contains("ForkJoinPool.commonPool-worker") ? worker : null;
    });
    works("virtual-thread", () -> {
      AtomicInteger ran = new AtomicInteger();
      Thread.ofVirtual().start(ran::incrementAndGet).join();
      return ran.get() == 1 ? "joined" : null;
    });

    // file locks
    Path release = javaHome.resolve("release");
    denied("lock-readonly", "Operation not permitted", () -> {
      try (FileChannel ch = FileChannel.open(release, StandardOpenOption.READ)) {
        return ch.lock(0, Long.MAX_VALUE, true);
      }
    });
    denied("trylock-readonly", "Operation not permitted", () -> {
      try (FileChannel ch = FileChannel.open(release, StandardOpenOption.READ)) {
        return ch.tryLock(0, Long.MAX_VALUE, true);
      }
    });
    denied("lock-writable", "Operation not permitted", () -> {
      try (FileChannel ch = FileChannel.open(rw.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        return ch.lock();
      }
    });

    // files outside the policy
    denied("proc-self-mem", "Permission denied", () -> readFirst("/proc/self/mem"));
    denied("proc-self-maps", "Permission denied", () -> readFirst("/proc/self/maps"));
    denied("proc-1-environ", "Permission denied", () -> readFirst("/proc/1/environ"));
    denied("proc-victim-mem", "Permission denied", () -> readFirst("/proc/" + victim + "/mem"));
    denied("reopen-event-pipe", "Permission denied", () -> {
      try (FileOutputStream reopened = new FileOutputStream("/dev/fd/" + events.fd())) {
        return "opened /dev/fd/" + events.fd() + " as " + reopened.getFD();
      }
    });
    denied("etc-hostname", "Permission denied", () -> readFirst("/etc/hostname"));
    denied("list-root", "/", () -> {
      try (var s = Files.list(Path.of("/"))) {
        return s.count();
      }
    });
    denied("write-java-home", javaHome.toString(), () -> {
      Path p = javaHome.resolve("nngrade-probe-" + ProcessHandle.current().pid());
      Files.writeString(p, "x");
      Files.delete(p);
      return p;
    });
    works("read-java-home", () -> Files.readString(release).contains("JAVA_VERSION") ? "release read" : null);
    works("read-write-folder", () -> {
      Path a = rw.resolve("a.txt");
      Files.writeString(a, "written after confinement");
      Path b = Files.move(a, rw.resolve("b.txt"));
      String back = Files.readString(b);
      Path tmp = Files.createTempFile(rw, "probe", ".tmp"); // a SecureRandom name, so /dev/urandom is read
      Files.delete(tmp);
      Files.delete(b);
      return back.equals("written after confinement") ? "written, renamed, read, deleted" : null;
    });
    works("secure-random", () -> {
      SecureRandom random = new SecureRandom();
      random.nextBytes(new byte[16]);
      return random.getAlgorithm();
    });

    // network
    denied("tcp-connect", "Operation not permitted", () -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", 1), 2000);
        return s;
      }
    });
    denied("server-socket", "Operation not permitted", () -> {
      try (ServerSocket s = new ServerSocket(0)) {
        return s.getLocalPort();
      }
    });
    denied("udp-socket", "Operation not permitted", () -> {
      try (DatagramSocket s = new DatagramSocket()) {
        return s.getLocalPort();
      }
    });
    denied("unix-socket", "Operation not permitted", () -> {
      try (SocketChannel s = SocketChannel.open(StandardProtocolFamily.UNIX)) {
        return s;
      }
    });

    // other processes, from Java
    denied("destroy-victim", "refused", () -> {
      var handle = ProcessHandle.of(victim);
      if (handle.isEmpty()) {
        throw new IOException("refused: the victim is not visible");
      }
      if (!handle.get().destroy()) {
        throw new IOException("refused: destroy returned false");
      }
      return "destroyed";
    });

    // the JVM keeps working
    works("gc-and-allocation", () -> {
      List<byte[]> kept = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        byte[] b = new byte[1 << 20];
        b[i] = 1;
        if (i % 4 == 0) {
          kept.add(b);
        }
      }
      System.gc();
      return kept.size() == 16 ? "64 MiB allocated, gc ran" : null;
    });
    works("class-loading", () -> Class.forName(ConfinementProbe.class.getName() + "$Late").getSimpleName());
    works("available-processors", () -> Runtime.getRuntime().availableProcessors() > 0 ? "" + Runtime.getRuntime().availableProcessors() : null);

    // Java threads the JVM started before apply() that run code on behalf of others
    escape("finalizer", () -> {
      AtomicReference<String> result = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      Finalizable.make(result, done);
      for (int i = 0; i < 50 && done.getCount() > 0; i++) {
        System.gc();
        done.await(100, TimeUnit.MILLISECONDS);
      }
      return result.get();
    });
    escape("gc-notification", () -> {
      AtomicReference<String> result = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      NotificationListener listener = (n, h) -> {
        if (done.getCount() > 0) {
          result.set(tryRead("/etc/hostname"));
          done.countDown();
        }
      };
      List<NotificationEmitter> emitters = new ArrayList<>();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        emitters.add((NotificationEmitter) gc);
      }
      for (int i = 0; i < 50 && done.getCount() > 0; i++) {
        System.gc();
        done.await(100, TimeUnit.MILLISECONDS);
      }
      for (NotificationEmitter e : emitters) {
        e.removeNotificationListener(listener);
      }
      return result.get();
    });
    escape("cleaner", () -> {
      AtomicReference<String> result = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      Cleaner cleaner = Cleaner.create();
      cleaner.register(new Object(), () -> {
        result.set(tryRead("/etc/hostname"));
        done.countDown();
      });
      for (int i = 0; i < 50 && done.getCount() > 0; i++) {
        System.gc();
        done.await(100, TimeUnit.MILLISECONDS);
      }
      return result.get();
    });

    // system calls made directly, as native code would (the probe has native access; a submission does not)
    nativeDenied("execve", Native.EPERM, Native.syscallErrno(59, Native.string("/nonexistent/nngrade"), 0, 0));
    nativeDenied("ptrace", Native.EPERM, Native.syscallErrno(101, 2 /* PTRACE_PEEKDATA */, victim, 0, 0));
    nativeDenied("kill-victim", Native.EPERM, Native.syscallErrno(62, victim, 0));
    nativeWorks("kill-self", Native.syscallErrno(62, self, 0));
    nativeDenied("tgkill-victim", Native.EPERM, Native.syscallErrno(234, victim, victim, 0));
    nativeDenied("unshare", Native.EPERM, Native.syscallErrno(272, 0));
    nativeDenied("socket-unix", Native.EPERM, Native.syscallErrno(41, 1, 1, 0));
    nativeDenied("io-uring-setup", Native.EPERM, Native.syscallErrno(425, 1, 0));
    nativeDenied("clone3", Native.ENOSYS, Native.syscallErrno(435, 0, 0));
    nativeDenied("prctl-dumpable", Native.EPERM, Native.syscallErrno(157, 4, 1, 0, 0, 0));
    nativeDenied("seccomp", Native.EPERM, Native.syscallErrno(317, 2 /* GET_ACTION_AVAIL */, 0, Native.intCell(0x7fff0000)));
    nativeDenied("landlock", Native.EPERM, Native.syscallErrno(444, 0, 0, 1));
    nativeDenied("mount", Native.EPERM, Native.syscallErrno(165, Native.string("none"), Native.string("/nonexistent/nngrade"), Native.string("tmpfs"),
        0, 0));
    int fd = (int) Native.syscall(2 /* open */, Native.string(release.toString()), 0);
    nativeDenied("flock", Native.EPERM, Native.syscallErrno(73, fd, 1 | 4 /* LOCK_SH | LOCK_NB */));
    nativeWorks("fcntl-getfl", Native.syscallErrno(72, fd, 3 /* F_GETFL */));
    Native.syscall(3 /* close */, fd);

    // output: student writes to descriptor 1 go to stderr; the events go to the real stdout
    new FileOutputStream(FileDescriptor.out).write((STUDENT_STDOUT + "\n").getBytes(StandardCharsets.UTF_8));
    System.out.println(SYSTEM_OUT);
    System.out.flush();
    line("stdout-redirect: written");
    line("big-event: " + "x".repeat(BIG_EVENT));
  }

  /** Loaded for the first time after confinement. */
  static final class Late {}

  /** An object whose finalizer reports what it could read; finalize() is what a submission would override. */
  static final class Finalizable {
    private final AtomicReference<String> result;
    private final CountDownLatch done;

    private Finalizable(AtomicReference<String> result, CountDownLatch done) {
      this.result = result;
      this.done = done;
    }

    static void make(AtomicReference<String> result, CountDownLatch done) {
      new Finalizable(result, done);
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
      result.set(tryRead("/etc/hostname"));
      done.countDown();
    }
  }

  /** "ALLOWED ..." when the file could be read, "denied ..." when the open was refused, "FAILED ..." otherwise; with the thread's name. */
  static String tryRead(String file) {
    String thread = Thread.currentThread().getName();
    try (InputStream in = new FileInputStream(file)) {
      in.read();
      return "ALLOWED | read " + file + " on thread " + thread;
    } catch (IOException e) {
      return (e.getMessage() != null && e.getMessage().contains("Permission denied") ? "denied | " : "FAILED | ") + e + " on thread " + thread;
    }
  }

  private static Object readFirst(String file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      return in.read();
    }
  }

  interface Attempt {
    Object run() throws Exception;
  }

  private static void denied(String name, String marker, Attempt attempt) throws IOException {
    try {
      line(name + ": ALLOWED | " + attempt.run());
    } catch (Exception | Error e) {
      boolean expected = (e instanceof AccessDeniedException && marker.startsWith("/")) || String.valueOf(e.getMessage()).contains(marker);
      line(name + (expected ? ": denied | " : ": FAILED | ") + e);
    }
  }

  private static void works(String name, Attempt attempt) throws IOException {
    try {
      Object r = attempt.run();
      line(name + (r != null ? ": works | " + r : ": FAILED | wrong result"));
    } catch (Exception | Error e) {
      line(name + ": FAILED | " + e);
    }
  }

  private static void escape(String name, Attempt attempt) throws IOException {
    try {
      Object r = attempt.run();
      line(name + ": " + (r == null ? "FAILED | never ran" : r));
    } catch (Exception | Error e) {
      line(name + ": FAILED | " + e);
    }
  }

  private static void nativeDenied(String name, int errno, int got) throws IOException {
    line(name + (got == errno ? ": denied | errno " : got == 0 ? ": ALLOWED | returned " : ": FAILED | errno ") + got);
  }

  private static void nativeWorks(String name, int got) throws IOException {
    line(name + (got == 0 ? ": works" : ": FAILED | errno " + got));
  }

  private static void line(String s) throws IOException {
    events.write((s.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Raw system calls for the probe's own attempts. */
  @SuppressWarnings("restricted")
  static final class Native {
    static final int EPERM = 1, ENOSYS = 38;
    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("syscall"),
        FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), Linker.Option.firstVariadicArg(1),
        Linker.Option.captureCallState("errno"));
    private static final Arena ARENA = Arena.ofAuto();

    static long string(String s) {
      return ARENA.allocateFrom(s).address();
    }

    static long intCell(int v) {
      return ARENA.allocateFrom(JAVA_INT, v).address();
    }

    /** 0 when the call succeeded, its errno otherwise. */
    static int syscallErrno(long nr, long... args) {
      long[] a = java.util.Arrays.copyOf(args, 5);
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment state = arena.allocate(STATE);
        long r = (long) SYSCALL.invokeExact(state, nr, a[0], a[1], a[2], a[3], a[4]);
        return r == -1 ? (int) ERRNO.get(state, 0L) : 0;
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    }

    static long syscall(long nr, long... args) {
      long[] a = java.util.Arrays.copyOf(args, 5);
      try (Arena arena = Arena.ofConfined()) {
        return (long) SYSCALL.invokeExact(arena.allocate(STATE), nr, a[0], a[1], a[2], a[3], a[4]);
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    }
  }
}
