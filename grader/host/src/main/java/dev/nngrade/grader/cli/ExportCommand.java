package dev.nngrade.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nngrade export ...}: a graded class, or an assignment, in a form another system takes. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes what another system imports: export grades (an LMS's grade CSV), export gradescope (Gradescope's autograder).",
    subcommands = {ExportGradesCommand.class, ExportGradescopeCommand.class, CommandLine.HelpCommand.class})
public final class ExportCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: a usage error that lists them. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "export what? expected a subcommand: " + String.join(", ", spec.subcommands().keySet()));
  }
}
