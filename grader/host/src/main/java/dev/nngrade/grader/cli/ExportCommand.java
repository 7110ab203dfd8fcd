package dev.nngrade.grader.cli;

import picocli.CommandLine.Command;

/** {@code nngrade export ...}: a graded class (or an assignment) in a form another system takes. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes what another system imports: export grades (an LMS's grade CSV).",
    subcommands = {ExportGradesCommand.class})
public final class ExportCommand {}
