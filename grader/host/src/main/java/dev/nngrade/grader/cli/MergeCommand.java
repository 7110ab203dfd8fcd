package dev.nngrade.grader.cli;

import dev.nngrade.grader.grading.ClassRun;
import dev.nngrade.grader.grading.Merge;
import dev.nngrade.grader.grading.ShardRecord;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Builds a class's outputs from the output folders of its shards (grade --shard i/K).",
        "OUT/<student>/ is copied from the shard that graded each student; OUT/intake.json, OUT/grades.csv, OUT/index.html, and with a leaderboard",
        "OUT/leaderboard/ (the shards' histories merged row by row, the pages written from it; run it where the assignment's hidden data is) are",
        "the same files a run over the whole class writes.",
        "It refuses, listing every problem, shards of different assignments, shard counts, master seeds, grading fingerprints or intakes, a missing",
        "or repeated shard, and a shard without exactly its students' submissions.",
        "Exit codes: 0 merged, 3 merged and some submissions need a look (as grade), 5 refused (the shards are not one class's; nothing written),",
        "1 the merge failed, 2 usage error."})
public final class MergeCommand implements Callable<Integer>, InProcessKernels {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, description = "The class's output folder (apart from the shards' folders).")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "SHARD_OUT", description = "The output folder of every shard, each once.")
  List<Path> shards;

  /** A leaderboard's pages need its hidden data, which nn-core loads. */
  @Override
  public boolean needsKernels() {
    try {
      var board = ShardRecord.read(shards.get(0)).assignment().get("leaderboard");
      return board != null && !board.isNull();
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ClassRun.Result r;
    try (ClassConsole console = new ClassConsole(err, ClassConsole.Progress.NONE)) {
      r = Merge.run(shards, out, console);
    } catch (Merge.Refused e) {
      for (String p : e.problems()) {
        err.println("nngrade merge: " + p);
      }
      err.println("nngrade merge: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; nothing was merged (exit code "
          + Merge.REFUSED + ")");
      err.flush();
      return Merge.REFUSED;
    }
    SummaryTable.print(spec.commandLine().getOut(), r);
    // the same rule as grade's: 3 when some submission of the class needs a look
    return r.cards().stream().anyMatch(c -> c.status() == Scorecard.Status.INVALID || c.status() == Scorecard.Status.FLAGGED) || r.intake().needsReview() ? 3 : 0;
  }
}
