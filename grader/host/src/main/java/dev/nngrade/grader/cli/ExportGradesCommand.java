package dev.nngrade.grader.cli;

import dev.nngrade.grader.output.LmsGrades;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "grades", mixinStandardHelpOptions = true,
    description = {"Writes a graded class's scores as the CSV an LMS imports.",
        "One row per student, matched by the ids of the download the class was graded from (its intake.json).",
        "moodle: the assignment's offline grading worksheet (Identifier \"Participant <id>\", Grade, Last modified (grade), Feedback comments: the",
        "score per exercise and, with --reports-url, a link to the student's report.html).",
        "canvas: the gradebook import (Student, ID, SIS User ID, SIS Login ID, Section and the column \"<name> (<assignment id>)\"; scores only).",
        "A submission the grader failed on (ERROR) gets no row. Exit codes: 0 written, 1 the class cannot be exported so (said why), 2 usage error."})
public final class ExportGradesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "moodle|canvas", converter = FormatConverter.class, description = "Which LMS imports the file.")
  LmsGrades.Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
  Path out;

  @Option(names = "--results", defaultValue = "results", paramLabel = "OUT", description = "The graded class (grade's or merge's --out). Default: ${DEFAULT-VALUE}.")
  Path results;

  @Option(names = "--assignment-id", paramLabel = "N", description = "Canvas: the assignment's id (the number in its address, .../assignments/N); required.")
  Long assignmentId;

  @Option(names = "--assignment-name", paramLabel = "NAME", description = "Canvas: the column's name before the id; default: the assignment's title.")
  String assignmentName;

  @Option(names = "--out-of", paramLabel = "POINTS", description = "Scale every score to this many points (the LMS assignment's maximum); default: the"
      + " assignment's own points.")
  Double outOf;

  @Option(names = "--reports-url", paramLabel = "URL", description = "Moodle: where each student's folder is published; the feedback then links to"
      + " URL/<folder>/report.html.")
  String reportsUrl;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (outOf != null && !(outOf > 0)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out-of " + outOf + ": expected a number of points greater than 0");
    }
    LmsGrades.Written w;
    try {
      w = LmsGrades.write(results, out, new LmsGrades.Options(format, Optional.ofNullable(assignmentId), Optional.ofNullable(assignmentName),
          Optional.ofNullable(outOf), Optional.ofNullable(reportsUrl)));
    } catch (IllegalArgumentException e) {
      err.println("nngrade export grades: " + e.getMessage());
      err.flush();
      return 1;
    }
    for (String s : w.leftOut()) {
      err.println("nngrade export grades: left out " + s);
    }
    for (String s : w.notes()) {
      err.println("nngrade export grades: " + s);
    }
    spec.commandLine().getOut().println(out + ": " + w.rows() + " row(s) for " + format.id() + (w.leftOut().isEmpty() ? "" : ", " + w.leftOut().size()
        + " submission(s) left out (above)"));
    spec.commandLine().getOut().flush();
    err.flush();
    return 0;
  }

  public static final class FormatConverter implements ITypeConverter<LmsGrades.Format> {
    @Override
    public LmsGrades.Format convert(String value) {
      try {
        return LmsGrades.Format.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
