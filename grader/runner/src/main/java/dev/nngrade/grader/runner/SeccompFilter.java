package dev.nngrade.grader.runner;

import java.io.ByteArrayOutputStream;

/**
 * The seccomp-BPF program of the child: a deny list, because the JVM uses far more system calls
 * than anyone could list and keep up to date. What it refuses are the calls that start programs or
 * processes, reach into other processes, change the mount, key, module or namespace state of the
 * machine, open sockets, or take file locks (a channel between sandboxes that see the same files).
 * {@link Syscall} is the whole policy, one row per call, to be read against the kernel's
 * {@code unistd_64.h}; everything else here only encodes it.
 */
final class SeccompFilter {
  /** An architecture the table has numbers for. */
  enum Arch {
    /** {@code AUDIT_ARCH_X86_64}; x32 calls arrive with the same arch value and bit 30 set in the number. */
    X86_64(0xC000003E, 0x40000000);

    final int audit;
    /** Bits of the call number that mark a second ABI on the same arch value; such calls kill the process. */
    final int foreignAbiBits;

    Arch(int audit, int foreignAbiBits) {
      this.audit = audit;
      this.foreignAbiBits = foreignAbiBits;
    }

    /** The architecture of this JVM, or an exception saying the filter has no numbers for it. */
    static Arch current() {
      return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The architecture for the {@code os.name} and {@code os.arch} properties given. */
    static Arch of(String os, String arch) {
      if (os.equals("Linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
        return X86_64;
      }
      throw new UnsupportedOperationException("the seccomp filter has system call numbers for Linux x86_64 only, not " + os + " " + arch);
    }
  }

  /** What the filter does with one call. */
  sealed interface Rule {}

  /** Refuse the call with this errno. */
  record Refuse(int errno) implements Rule {}

  /** Allow {@code clone} for new threads only: a thread flag must be set and no namespace flag. */
  record ThreadsOnly(int arg, int required, int forbidden) implements Rule {}

  /** Refuse with EPERM when the low 32 bits of an argument are one of these values; allow otherwise. */
  record RefuseValues(int arg, int... values) implements Rule {
    RefuseValues {
      values = values.clone();
    }
  }

  /** Allow only when the low 32 bits of an argument are this value; EPERM otherwise. */
  record AllowOnly(int arg, int value) implements Rule {}

  /** Allow only when an argument is the process's own id (signals to itself and its threads); EPERM otherwise. */
  record OwnProcess(int arg) implements Rule {}

  static final int EPERM = 1, ENOSYS = 38;
  static final int AF_UNIX = 1;
  static final int CLONE_THREAD = 0x00010000;
  /** CLONE_NEWNS, CLONE_NEWCGROUP, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET. */
  static final int CLONE_NAMESPACES = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000;
  static final int F_GETLK = 5, F_SETLK = 6, F_SETLKW = 7, F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38, F_SETLEASE = 1024,
      F_NOTIFY = 1026;
  static final int PR_SET_DUMPABLE = 4, PR_SET_SECCOMP = 22, PR_SET_PTRACER = 0x59616d61;

  private static final Rule EPERM_RULE = new Refuse(EPERM);

  /**
   * The policy. Numbers are the x86_64 ones ({@code arch/x86/entry/syscalls/syscall_64.tbl}); an
   * aarch64 column would be a second constructor argument, with -1 where that arch has no such
   * call (it has no {@code fork}, {@code open} or {@code inotify_init}, for example).
   */
  enum Syscall {
    // glibc tries clone3 first and falls back to clone only on ENOSYS; EPERM would fail every new thread
    CLONE3(435, new Refuse(ENOSYS)),
    CLONE(56, new ThreadsOnly(0, CLONE_THREAD, CLONE_NAMESPACES)),
    FORK(57, EPERM_RULE),
    VFORK(58, EPERM_RULE),
    EXECVE(59, EPERM_RULE),
    EXECVEAT(322, EPERM_RULE),
    USELIB(134, EPERM_RULE),

    // other processes: the Landlock scope and non-dumpability cover most of this as well
    PTRACE(101, EPERM_RULE),
    PROCESS_VM_READV(310, EPERM_RULE),
    PROCESS_VM_WRITEV(311, EPERM_RULE),
    KCMP(312, EPERM_RULE),
    PIDFD_OPEN(434, EPERM_RULE),
    PIDFD_GETFD(438, EPERM_RULE),
    PIDFD_SEND_SIGNAL(424, EPERM_RULE),
    KILL(62, new OwnProcess(0)),
    // HotSpot and glibc signal their own threads with tgkill
    TGKILL(234, new OwnProcess(0)),
    RT_SIGQUEUEINFO(129, new OwnProcess(0)),
    RT_TGSIGQUEUEINFO(297, new OwnProcess(0)),
    TKILL(200, EPERM_RULE),
    // the process stays non-dumpable, and no other process may be named as its tracer
    PRCTL(157, new RefuseValues(0, PR_SET_DUMPABLE, PR_SET_SECCOMP, PR_SET_PTRACER)),

    // file locks, leases and change notifications work across sandboxes that see the same files
    FCNTL(72, new RefuseValues(1, F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_SETLEASE, F_NOTIFY)),
    FLOCK(73, EPERM_RULE),
    INOTIFY_INIT(253, EPERM_RULE),
    INOTIFY_INIT1(294, EPERM_RULE),
    FANOTIFY_INIT(300, EPERM_RULE),

    // System V IPC and POSIX message queues: where two sandboxes share an IPC namespace (isolation
    // container), their ids are small numbers anyone can try, so every call that names one is refused
    SHMGET(29, EPERM_RULE),
    SHMAT(30, EPERM_RULE),
    SHMCTL(31, EPERM_RULE),
    SEMGET(64, EPERM_RULE),
    SEMOP(65, EPERM_RULE),
    SEMCTL(66, EPERM_RULE),
    SEMTIMEDOP(220, EPERM_RULE),
    MSGGET(68, EPERM_RULE),
    MSGSND(69, EPERM_RULE),
    MSGRCV(70, EPERM_RULE),
    MSGCTL(71, EPERM_RULE),
    MQ_OPEN(240, EPERM_RULE),
    MQ_UNLINK(241, EPERM_RULE),
    MQ_TIMEDSEND(242, EPERM_RULE),
    MQ_TIMEDRECEIVE(243, EPERM_RULE),
    MQ_NOTIFY(244, EPERM_RULE),
    MQ_GETSETATTR(245, EPERM_RULE),
    // calls that act on another process named by its pid
    MIGRATE_PAGES(256, EPERM_RULE),
    MOVE_PAGES(279, EPERM_RULE),
    PROCESS_MADVISE(440, EPERM_RULE),
    PROCESS_MRELEASE(448, EPERM_RULE),

    // no network at all (Landlock refuses TCP too, but only seccomp covers UDP, raw and unix sockets);
    // a unix socketpair connects this process to itself only, and the JDK makes one when its socket
    // and pipe classes initialise: refused, every socket and Pipe.open() fail with an Error instead
    SOCKET(41, EPERM_RULE),
    SOCKETPAIR(53, new AllowOnly(0, AF_UNIX)),

    // kernel interfaces a test never needs, several with a history of privilege escalations
    IO_URING_SETUP(425, EPERM_RULE),
    IO_URING_ENTER(426, EPERM_RULE),
    IO_URING_REGISTER(427, EPERM_RULE),
    BPF(321, EPERM_RULE),
    USERFAULTFD(323, EPERM_RULE),
    PERF_EVENT_OPEN(298, EPERM_RULE),
    KEYCTL(250, EPERM_RULE),
    ADD_KEY(248, EPERM_RULE),
    REQUEST_KEY(249, EPERM_RULE),
    PERSONALITY(135, EPERM_RULE),
    MODIFY_LDT(154, EPERM_RULE),
    IOPL(172, EPERM_RULE),
    IOPERM(173, EPERM_RULE),
    SYSLOG(103, EPERM_RULE),
    VHANGUP(153, EPERM_RULE),
    MKNOD(133, EPERM_RULE),
    MKNODAT(259, EPERM_RULE),
    OPEN_BY_HANDLE_AT(304, EPERM_RULE),
    NAME_TO_HANDLE_AT(303, EPERM_RULE),

    // namespaces and mounts
    UNSHARE(272, EPERM_RULE),
    SETNS(308, EPERM_RULE),
    MOUNT(165, EPERM_RULE),
    UMOUNT2(166, EPERM_RULE),
    PIVOT_ROOT(155, EPERM_RULE),
    CHROOT(161, EPERM_RULE),
    OPEN_TREE(428, EPERM_RULE),
    MOVE_MOUNT(429, EPERM_RULE),
    FSOPEN(430, EPERM_RULE),
    FSCONFIG(431, EPERM_RULE),
    FSMOUNT(432, EPERM_RULE),
    FSPICK(433, EPERM_RULE),
    MOUNT_SETATTR(442, EPERM_RULE),
    OPEN_TREE_ATTR(467, EPERM_RULE),

    // machine-wide state, reachable only with capabilities, which a child run as root would have
    KEXEC_LOAD(246, EPERM_RULE),
    KEXEC_FILE_LOAD(320, EPERM_RULE),
    INIT_MODULE(175, EPERM_RULE),
    FINIT_MODULE(313, EPERM_RULE),
    DELETE_MODULE(176, EPERM_RULE),
    REBOOT(169, EPERM_RULE),
    SWAPON(167, EPERM_RULE),
    SWAPOFF(168, EPERM_RULE),
    ACCT(163, EPERM_RULE),
    QUOTACTL(179, EPERM_RULE),
    QUOTACTL_FD(443, EPERM_RULE),
    SETTIMEOFDAY(164, EPERM_RULE),
    CLOCK_SETTIME(227, EPERM_RULE),
    ADJTIMEX(159, EPERM_RULE),
    CLOCK_ADJTIME(305, EPERM_RULE),
    SETHOSTNAME(170, EPERM_RULE),
    SETDOMAINNAME(171, EPERM_RULE),

    // once confined, the confinement stays as it is (stacking more would be harmless, but nothing needs it)
    SECCOMP(317, EPERM_RULE),
    LANDLOCK_CREATE_RULESET(444, EPERM_RULE),
    LANDLOCK_ADD_RULE(445, EPERM_RULE),
    LANDLOCK_RESTRICT_SELF(446, EPERM_RULE);

    final int x86_64;
    final Rule rule;

    Syscall(int x86_64, Rule rule) {
      this.x86_64 = x86_64;
      this.rule = rule;
    }

    /** The call's number on {@code arch}, -1 where that arch has no such call. */
    int number(Arch arch) {
      return switch (arch) {
        case X86_64 -> x86_64;
      };
    }
  }

  // classic BPF, as seccomp reads it (linux/filter.h, linux/bpf_common.h)
  static final short LD_W_ABS = 0x20, JMP_JA = 0x05, JMP_JEQ_K = 0x15, JMP_JSET_K = 0x45, RET_K = 0x06;
  static final int RET_KILL_PROCESS = 0x80000000, RET_ERRNO = 0x00050000, RET_ALLOW = 0x7fff0000;
  // offsets in struct seccomp_data; arguments are 64-bit little-endian, so the low half comes first
  static final int NR = 0, ARCH = 4;

  static int argLow(int arg) {
    return 16 + 8 * arg;
  }

  private SeccompFilter() {}

  /**
   * The program for {@code arch}, as the kernel's {@code struct sock_filter} array (8 bytes per
   * instruction, little-endian). {@code pid} is the process's own id, the only one its signals
   * may go to. Each rule is a block that returns, and a block's first jump skips all of it, so no
   * jump is ever longer than one block and the accumulator holds the call number between blocks.
   */
  static byte[] program(Arch arch, int pid) {
    Assembler a = new Assembler();
    a.emit(LD_W_ABS, 0, 0, ARCH);
    a.emit(JMP_JEQ_K, 1, 0, arch.audit);
    a.emit(RET_K, 0, 0, RET_KILL_PROCESS);
    a.emit(LD_W_ABS, 0, 0, NR);
    a.emit(JMP_JSET_K, 0, 1, arch.foreignAbiBits);
    a.emit(RET_K, 0, 0, RET_KILL_PROCESS);
    for (Syscall call : Syscall.values()) {
      int nr = call.number(arch);
      if (nr < 0) {
        continue;
      }
      switch (call.rule) {
        case Refuse(int errno) -> {
          a.emit(JMP_JEQ_K, 0, 1, nr);
          a.emit(RET_K, 0, 0, RET_ERRNO | errno);
        }
        case ThreadsOnly(int arg, int required, int forbidden) -> {
          a.emit(JMP_JEQ_K, 0, 5, nr);
          a.emit(LD_W_ABS, 0, 0, argLow(arg));
          a.emit(JMP_JSET_K, 0, 2, required);
          a.emit(JMP_JSET_K, 1, 0, forbidden);
          a.emit(RET_K, 0, 0, RET_ALLOW);
          a.emit(RET_K, 0, 0, RET_ERRNO | EPERM);
        }
        case RefuseValues(int arg, int[] values) -> {
          a.emit(JMP_JEQ_K, 0, values.length + 3, nr);
          a.emit(LD_W_ABS, 0, 0, argLow(arg));
          for (int i = 0; i < values.length; i++) {
            a.emit(JMP_JEQ_K, values.length - i, 0, values[i]); // to the EPERM after the ALLOW
          }
          a.emit(RET_K, 0, 0, RET_ALLOW);
          a.emit(RET_K, 0, 0, RET_ERRNO | EPERM);
        }
        case AllowOnly(int arg, int value) -> allowOnly(a, nr, arg, value);
        case OwnProcess(int arg) -> allowOnly(a, nr, arg, pid);
      }
    }
    a.emit(RET_K, 0, 0, RET_ALLOW);
    return a.bytes();
  }

  private static void allowOnly(Assembler a, int nr, int arg, int value) {
    a.emit(JMP_JEQ_K, 0, 4, nr);
    a.emit(LD_W_ABS, 0, 0, argLow(arg));
    a.emit(JMP_JEQ_K, 0, 1, value);
    a.emit(RET_K, 0, 0, RET_ALLOW);
    a.emit(RET_K, 0, 0, RET_ERRNO | EPERM);
  }

  private static final class Assembler {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    void emit(short code, int jt, int jf, int k) {
      if (jt < 0 || jt > 255 || jf < 0 || jf > 255) {
        throw new IllegalArgumentException("jump out of range: " + jt + ", " + jf);
      }
      out.write(code & 0xff);
      out.write(code >>> 8 & 0xff);
      out.write(jt);
      out.write(jf);
      out.write(k & 0xff);
      out.write(k >>> 8 & 0xff);
      out.write(k >>> 16 & 0xff);
      out.write(k >>> 24 & 0xff);
    }

    byte[] bytes() {
      if (out.size() / 8 > 4096) { // BPF_MAXINSNS
        throw new IllegalStateException("the seccomp program is longer than the kernel accepts: " + out.size() / 8);
      }
      return out.toByteArray();
    }
  }
}
