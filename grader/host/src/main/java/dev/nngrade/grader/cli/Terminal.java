package dev.nngrade.grader.cli;

import java.io.Console;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Whether stderr is a terminal: progress bars redraw themselves with carriage returns, which a CI
 * log or a file keeps as garbage, so they are drawn only on a terminal. A JVM the command line
 * relaunched is told by its parent, whose stderr is the one that counts (its own is a pipe).
 */
final class Terminal {
  /** Set by the parent of a relaunched JVM: {@code true} or {@code false}. */
  static final String PROPERTY = "nngrade.stderr.terminal";

  private Terminal() {}

  static boolean stderr() {
    String told = System.getProperty(PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    return isatty(2).orElseGet(() -> {
      // without native access: the console is a terminal only when stdin and stdout are; close enough, and never wrong for a file or a pipe on stdout
      Console c = System.console();
      return c != null && c.isTerminal();
    });
  }

  /** isatty(3) of the C library, when this code may call native code (the nngrade script allows it); empty otherwise. */
  @SuppressWarnings("restricted") // only when this module has native access, checked first
  private static Optional<Boolean> isatty(int fd) {
    if (!Terminal.class.getModule().isNativeAccessEnabled()) {
      return Optional.empty(); // calling anyway would print the JVM's restricted-method warning
    }
    try {
      Linker linker = Linker.nativeLinker();
      MethodHandle isatty = linker.downcallHandle(linker.defaultLookup().find("isatty").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
      return Optional.of((int) isatty.invokeExact(fd) == 1);
    } catch (Throwable e) {
      return Optional.empty();
    }
  }
}
