package dev.nngrade.grader.runner;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The few C library calls the confinement needs, each returning its result or throwing {@link
 * Errno} with the {@code errno} the kernel gave. The handles are made when this class initialises,
 * which {@link Confinement#takeEventFd()} makes happen before Landlock, so that loading the JDK's
 * lookup library does not depend on what the policy allows. Restricted methods are called here on
 * purpose; the child JVM grants native access to this module only.
 */
@SuppressWarnings("restricted")
final class Libc {
  static final int ENOENT = 2, EINTR = 4, EBADF = 9, ENOTDIR = 20, ENOSYS = 38, EOPNOTSUPP = 95;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CAPTURED = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO = CAPTURED.varHandle(PathElement.groupElement("errno"));
  private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

  // Every handle costs a few milliseconds to make, the first one about 90 (the linker's own start),
  // all on the child's startup path; so prctl goes through syscall(2), and strerror is made only
  // when an error needs describing. syscall(2) is variadic in glibc; every argument is passed as
  // a long, which is how the kernel reads all six registers anyway.
  private static final MethodHandle SYSCALL = handle("syscall", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG,
      JAVA_LONG, JAVA_LONG), Linker.Option.firstVariadicArg(1));
  private static final MethodHandle FCNTL = handle("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
  private static final MethodHandle OPEN = handle("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
  private static final MethodHandle DUP2 = handle("dup2", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
  private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  private static final MethodHandle WRITE = handle("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));

  private Libc() {}

  /** A failed call: what was called and the errno it left. */
  static final class Errno extends IOException {
    private static final long serialVersionUID = 1L;
    final int errno;

    Errno(String call, int errno) {
      super(call + ": " + describe(errno) + " (errno " + errno + ")");
      this.errno = errno;
    }
  }

  private static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... options) {
    Linker.Option[] all = java.util.Arrays.copyOf(options, options.length + 1);
    all[options.length] = CAPTURE_ERRNO;
    return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(name), descriptor, all);
  }

  static long syscall(String name, long nr, long a, long b, long c, long d, long e) throws Errno {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CAPTURED);
      long r = (long) SYSCALL.invokeExact(state, nr, a, b, c, d, e);
      return r == -1 ? fail(name, state) : r;
    } catch (Errno | RuntimeException | Error t) {
      throw t;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static int prctl(SeccompFilter.Arch arch, String name, int option, long a, long b, long c, long d) throws Errno {
    return (int) syscall(name, SeccompFilter.Syscall.PRCTL.number(arch), option, a, b, c, d);
  }

  static int fcntl(int fd, int cmd, int arg) throws Errno {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CAPTURED);
      int r = (int) FCNTL.invokeExact(state, fd, cmd, arg);
      return r == -1 ? (int) fail("fcntl(" + fd + ", " + cmd + ")", state) : r;
    } catch (Errno | RuntimeException | Error t) {
      throw t;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static int open(String path, int flags) throws Errno {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CAPTURED);
      int r = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags, 0);
      return r == -1 ? (int) fail("open(" + path + ")", state) : r;
    } catch (Errno | RuntimeException | Error t) {
      throw t;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static void dup2(int from, int to) throws Errno {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CAPTURED);
      int r = (int) DUP2.invokeExact(state, from, to);
      if (r == -1) {
        fail("dup2(" + from + ", " + to + ")", state);
      }
    } catch (Errno | RuntimeException | Error t) {
      throw t;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static void close(int fd) throws Errno {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CAPTURED);
      int r = (int) CLOSE.invokeExact(state, fd);
      if (r == -1) {
        fail("close(" + fd + ")", state);
      }
    } catch (Errno | RuntimeException | Error t) {
      throw t;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  /** One write(2): the number of bytes the kernel took, which may be fewer than asked. */
  static long write(int fd, MemorySegment bytes, long length) throws Errno {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CAPTURED);
      long r = (long) WRITE.invokeExact(state, fd, bytes, length);
      return r == -1 ? fail("write(" + fd + ")", state) : r;
    } catch (Errno | RuntimeException | Error t) {
      throw t;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  private static long fail(String call, MemorySegment state) throws Errno {
    throw new Errno(call, (int) ERRNO.get(state, 0L));
  }

  private static String describe(int errno) {
    try {
      MemorySegment message = (MemorySegment) Strerror.HANDLE.invokeExact(errno);
      return message.equals(MemorySegment.NULL) ? "error" : message.reinterpret(256).getString(0);
    } catch (Throwable t) {
      return "error";
    }
  }

  private static final class Strerror {
    static final MethodHandle HANDLE = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("strerror"), FunctionDescriptor.of(ADDRESS, JAVA_INT));
  }
}
