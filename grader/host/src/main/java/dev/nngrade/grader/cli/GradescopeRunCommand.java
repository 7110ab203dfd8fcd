package dev.nngrade.grader.cli;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.gradescope.Autograder;
import dev.nngrade.grader.output.GradescopeResults;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "gradescope-run", mixinStandardHelpOptions = true,
    description = {"Grades one submission inside Gradescope's autograder container (what an exported run_autograder runs).",
        "Reads the files in ROOT/submission and the time, due dates, submitters and earlier submissions from ROOT/submission_metadata.json;",
        "writes ROOT/results/results.json.",
        "The isolation level is never lowered: run_autograder names it (--isolation container in Gradescope's Docker containers).",
        "Its output is the instructor's log (Gradescope's stdout). Exit codes: 0 results written, 1 the grader failed (no results.json, so that",
        "Gradescope reports a failed run), 2 usage error, 4 the assignment file is wrong."})
public final class GradescopeRunCommand implements Callable<Integer>, InProcessKernels {
  @Spec
  CommandSpec spec;

  @Option(names = "--root", description = "Gradescope's folder; default: $NNGRADE_AUTOGRADER_ROOT, else /autograder.")
  Path root;

  @Option(names = "--assignment", required = true, description = "The assignment JSON file (a leaderboard's hidden data is resolved from its folder).")
  String assignment;

  @Option(names = "--hidden-visibility", defaultValue = "after_due_date", paramLabel = "after_due_date|hidden",
      description = "Gradescope's visibility of the tests on hidden inputs. Default: ${DEFAULT-VALUE}.")
  String hidden;

  @Option(names = "--output-format", defaultValue = "md", paramLabel = "md|html", description = "Format of the feedback. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--work", description = "Folder for the grader's own files; default: a new temporary folder.")
  Path work;

  @Mixin
  SandboxOption sandbox;

  @Override
  public boolean needsKernels() {
    return InProcessKernels.forAssignment(assignment);
  }

  @Override
  public Integer call() throws Exception {
    GradescopeResults.Visibility visibility;
    GradescopeResults.Format f;
    try {
      visibility = GradescopeResults.Visibility.parse(hidden.toLowerCase(Locale.ROOT));
      f = GradescopeResults.Format.parse(format.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Assignment a = Assignments.load(assignment);
    Path folder = Path.of(assignment).toAbsolutePath().getParent();
    Path r = root != null ? root : Path.of(System.getenv().getOrDefault("NNGRADE_AUTOGRADER_ROOT", "/autograder"));
    Path w = work != null ? work : Files.createTempDirectory("nngrade-gradescope-");
    PrintWriter out = spec.commandLine().getOut();
    try {
      Autograder.Outcome o = Autograder.run(a, folder, new Autograder.Options(r, sandbox.policy(), visibility, f, w), line -> {
        out.println("nngrade: " + line);
        out.flush();
      });
      return o.results().isPresent() ? 0 : 1;
    } finally {
      if (work == null) {
        // a folder of its own: nothing in it is needed once results.json is written (Gradescope's container goes anyway)
        try (var walk = Files.walk(w)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }
}
