package dev.nngrade.grader.cli;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.gradescope.AutograderExport;
import dev.nngrade.grader.output.GradescopeResults;
import dev.nngrade.grader.sandbox.Isolation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "gradescope", mixinStandardHelpOptions = true,
    description = {"Writes a Gradescope autograder zip for an assignment.",
        "setup.sh and run_autograder are at its root, and under nngrade/ a Java 25 runtime (jlink), the test JVMs' runtime image, the grader's jars and the assignment, so that Gradescope's image build downloads nothing.",
        "run_autograder grades /autograder/submission with nngrade gradescope-run at the isolation level chosen here and writes",
        "/autograder/results/results.json. An assignment without a hiddenSeed gets one, so that every submission and regrade sees the same hidden inputs.",
        "Needs a full JDK 25 (jlink). Exit codes: 0 written, 1 failed, 2 usage error, 4 the assignment file is wrong."})
public final class ExportGradescopeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--assignment", required = true, description = "A built-in assignment or an assignment JSON file.")
  String assignment;

  @Option(names = "--out", required = true, description = "The zip to write (replaced if it exists).")
  Path out;

  @Option(names = "--isolation", defaultValue = "container", paramLabel = "LEVEL",
      description = {"The level run_autograder asks for: container (the default: Gradescope's Docker containers refuse the namespaces bubblewrap needs)",
          "or full (an autograder image that has bubblewrap and allows namespaces). Stated in every results.json."})
  String isolation;

  @Option(names = "--hidden-visibility", defaultValue = "after_due_date", paramLabel = "after_due_date|hidden",
      description = "Gradescope's visibility of the tests on hidden inputs (tests on public inputs are visible). Default: ${DEFAULT-VALUE}.")
  String hidden;

  @Option(names = "--output-format", defaultValue = "md", paramLabel = "md|html", description = "Format of the feedback in results.json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
      description = "Language of the feedback; default: the assignment's.")
  Language lang;

  @Override
  public Integer call() throws Exception {
    Isolation level;
    GradescopeResults.Visibility visibility;
    GradescopeResults.Format f;
    try {
      level = Isolation.parse(isolation);
      visibility = GradescopeResults.Visibility.parse(hidden.toLowerCase(Locale.ROOT));
      f = GradescopeResults.Format.parse(format.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (level == Isolation.NONE) {
      throw new ParameterException(spec.commandLine(), "--isolation none grades without an OS sandbox (development only): an autograder takes container or full");
    }
    if (visibility != GradescopeResults.Visibility.AFTER_DUE_DATE && visibility != GradescopeResults.Visibility.HIDDEN) {
      throw new ParameterException(spec.commandLine(), "--hidden-visibility " + hidden + ": expected after_due_date or hidden");
    }
    PrintWriter err = spec.commandLine().getErr();
    AutograderExport.Result r = AutograderExport.write(new AutograderExport.Options(assignment, out, level, visibility, f, Optional.ofNullable(lang)), step -> {
      err.println("nngrade export gradescope: " + step);
      err.flush();
    });
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "wrote %s (%.1f MB):%n", r.zip(), r.bytes() / 1e6);
    r.parts().forEach(p -> w.println("  " + p));
    w.println("upload it as the assignment's autograder (Configure Autograder, zip file upload); see README, Grading on Gradescope");
    w.flush();
    return 0;
  }
}
