package dev.nngrade.grader.cli;

import dev.nngrade.cli.BenchCommand;
import dev.nngrade.cli.TrainCommand;
import dev.nngrade.grader.InstructorInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** {@code nngrade}: grading commands and the reference implementation's commands. */
@Command(
    name = "nngrade",
    mixinStandardHelpOptions = true,
    version = "nngrade " + dev.nngrade.grader.Version.TEXT,
    description = {"Grading harness for neural-network courses.",
        "Exit codes: 0 done, 1 the command or the grader failed, 2 usage error, 3 (grade) some submissions invalid or flagged,",
        "4 an instructor's file is wrong (an assignment file: every problem is listed; nothing was graded)."},
    subcommands = {DemoCommand.class, GradeCommand.class, CheckCommand.class, ValidateSuiteCommand.class, ValidateAssignmentCommand.class,
        LeaderboardCommand.class, MergeCommand.class, ExportCommand.class, GradescopeRunCommand.class, TrainCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (2 for a usage error, 1 for a failure, 4 for a wrong instructor file). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with the one-line error handler. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionStrategy(Main::execute);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof InstructorInputException wrong) {
        return instructorError(wrong, commandLine.getCommandName(), commandLine.getErr());
      }
      String m = e.getMessage();
      commandLine.getErr().println("nngrade " + commandLine.getCommandName() + ": " + (m == null ? e.getClass().getSimpleName() : m));
      if (System.getenv("NNGRADE_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    return cl;
  }

  /** Runs the command here, or in a JVM with the Vector API when it needs nn-core's kernels and this JVM has none (see {@link VectorModule}). */
  private static int execute(ParseResult parsed) {
    ParseResult leaf = parsed;
    boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
    while (leaf.subcommand() != null) {
      leaf = leaf.subcommand();
      help |= leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested();
    }
    Object command = leaf.commandSpec().userObject();
    boolean kernels = command instanceof TrainCommand || command instanceof BenchCommand || command instanceof InProcessKernels k && k.needsKernels();
    if (help || !kernels || VectorModule.loaded()) {
      return new CommandLine.RunLast().execute(parsed);
    }
    try {
      return VectorModule.relaunch(parsed.originalArgs());
    } catch (java.io.IOException | InterruptedException | IllegalStateException e) {
      throw new CommandLine.ExecutionException(leaf.commandSpec().commandLine(), "cannot start a JVM with " + VectorModule.NAME + ": " + e.getMessage(), e);
    }
  }

  /** Every problem on its own line (file:line:column first, so editors link it), then what it means for the run. */
  static int instructorError(InstructorInputException e, String command, PrintWriter err) {
    e.problems().forEach(err::println);
    int n = e.problems().size();
    err.println("nngrade " + command + ": " + e.file() + ": " + n + (n == 1 ? " problem" : " problems")
        + (command.equals(ValidateAssignmentCommand.NAME) ? "" : "; nothing was graded") + " (exit code " + InstructorInputException.EXIT_CODE + ")");
    err.flush();
    return InstructorInputException.EXIT_CODE;
  }
}
