package dev.nngrade.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nngrade export ...}: what the grader hands to another system (Gradescope's autograder format). */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the grader's work in another system's format.",
    subcommands = {ExportGradescopeCommand.class, CommandLine.HelpCommand.class})
public final class ExportCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: a usage error that lists them. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "export what? expected a subcommand: " + String.join(", ", spec.subcommands().keySet()));
  }
}
