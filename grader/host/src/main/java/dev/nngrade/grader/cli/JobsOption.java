package dev.nngrade.grader.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --jobs N}: sandboxes side by side, from 1 to four per processor and never more than 64.
 * Each is a JVM with its own heap and processes; more than that only queue for the processors and
 * memory (and a thousand would exhaust the machine before the first grade), so they are refused as a
 * usage error (exit 2), with the reason.
 */
final class JobsOption {
  static final int PER_PROCESSOR = 4;
  static final int MOST = 64;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  int jobs = 2;

  static int most() {
    return Math.min(MOST, PER_PROCESSOR * Runtime.getRuntime().availableProcessors());
  }

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "2",
      description = "Sandboxes side by side: 1 up to four per processor (at most 64). Default: ${DEFAULT-VALUE}.")
  void jobs(int n) {
    if (n < 1) {
      throw new ParameterException(command.commandLine(), "--jobs " + n + ": expected at least 1 sandbox");
    }
    if (n > most()) {
      int cpus = Runtime.getRuntime().availableProcessors();
      throw new ParameterException(command.commandLine(), "--jobs " + n + ": at most " + most() + " on this machine (" + PER_PROCESSOR + " per processor, "
          + cpus + (cpus == 1 ? " processor" : " processors") + ", never more than " + MOST + "): each job is a sandboxed JVM with its own heap,"
          + " and more of them only queue for the processors and memory");
    }
    jobs = n;
  }
}
