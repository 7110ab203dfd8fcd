package dev.nngrade.grader.cli;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = ValidateAssignmentCommand.NAME, mixinStandardHelpOptions = true,
    description = {"Checks an assignment file against the assignment schema and the rules across its fields.",
        "The schema: grader/host/src/main/resources/dev/nngrade/grader/assignment/assignment.schema.json.",
        "Every problem is listed as FILE:LINE:COLUMN: PATH: expected ..., found ...",
        "grade, check, demo, validate-suite and leaderboard run the same checks before they start.",
        "Exit codes: 0 valid, 4 the file has problems (or does not exist), 2 usage error."})
public final class ValidateAssignmentCommand implements Callable<Integer> {
  static final String NAME = "validate-assignment";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE_OR_BUILTIN", description = "An assignment JSON file, or a built-in assignment's name.")
  String assignment;

  @Override
  public Integer call() throws Exception {
    Assignment a = Assignments.load(assignment);
    PrintWriter out = spec.commandLine().getOut();
    int n = a.exercises().size();
    String points = BigDecimal.valueOf(a.maxPoints()).stripTrailingZeros().toPlainString();
    out.println(assignment + ": valid (" + n + (n == 1 ? " exercise, " : " exercises, ") + points + (points.equals("1") ? " point" : " points")
        + (a.leaderboard() == null ? "" : ", leaderboard") + ")");
    out.flush();
    return 0;
  }
}
