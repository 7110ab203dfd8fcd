package dev.nngrade.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nngrade}: the entry point; each job is a sub-command. */
@Command(
    name = "nngrade",
    mixinStandardHelpOptions = true,
    version = "nngrade 0.1.0",
    description = "Grading harness for neural-network courses. Reference implementation commands:",
    subcommands = {TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (2 for a usage error, 1 for a failure). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // a clear one-line message; the stack trace only when asked for
          commandLine.getErr().println("nngrade " + commandLine.getCommandName() + ": " + describe(e));
          if (System.getenv("NNGRADE_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
          }
          return 1;
        });
    return cl.execute(args);
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return n.getFile() + ": " + (n.getReason() == null ? "no such file" : n.getReason());
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
