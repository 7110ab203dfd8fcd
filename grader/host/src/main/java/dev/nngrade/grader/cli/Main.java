package dev.nngrade.grader.cli;

import dev.nngrade.cli.BenchCommand;
import dev.nngrade.cli.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nngrade}: grading commands and the reference implementation's commands. */
@Command(
    name = "nngrade",
    mixinStandardHelpOptions = true,
    version = "nngrade 0.1.0",
    description = "Grading harness for neural-network courses.",
    subcommands = {DemoCommand.class, GradeCommand.class, CheckCommand.class, ValidateSuiteCommand.class, LeaderboardCommand.class, TrainCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (2 for a usage error, 1 for a failure). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with the one-line error handler. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      String m = e.getMessage();
      commandLine.getErr().println("nngrade " + commandLine.getCommandName() + ": " + (m == null ? e.getClass().getSimpleName() : m));
      if (System.getenv("NNGRADE_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    return cl;
  }
}
