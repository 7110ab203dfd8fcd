package dev.nngrade.grader.cli;

import dev.nngrade.contract.Language;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import dev.nngrade.grader.leaderboard.History;
import dev.nngrade.grader.leaderboard.Leaderboard;
import dev.nngrade.grader.leaderboard.LeaderboardPages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "leaderboard", mixinStandardHelpOptions = true,
    description = {"Writes an assignment's leaderboard pages again from its history, evaluating nothing.",
        "The history is OUT/leaderboard/history.sqlite; with --final, this publishes the ranking on the private part once the assignment has closed.",
        "Exit codes: 0 pages written, 1 failure (no history, no leaderboard section), 2 usage error, 4 the assignment file is wrong."})
public final class LeaderboardCommand implements Callable<Integer>, InProcessKernels {
  /** The pages read the hidden data, which nn-core loads. */
  @Override
  public boolean needsKernels() {
    return true;
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--assignment", required = true, description = "The assignment (built-in name or JSON file) whose submissions were graded into --out.")
  String assignment;

  @Option(names = "--out", required = true, description = "The output folder of the grading runs (it holds leaderboard/history.sqlite).")
  Path out;

  @Option(names = "--final", description = "Rank on the private part and show it to students, whatever the assignment's phase says.")
  boolean finalRanking;

  @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
      description = "Language of the pages; default: the assignment's.")
  Language lang;

  @Override
  public Integer call() throws Exception {
    Assignment a = Assignments.load(assignment);
    if (lang != null) {
      a = a.withLanguage(lang);
    }
    LeaderboardSpec s = a.leaderboard();
    if (s == null) {
      throw new IllegalArgumentException("assignment " + a.id() + " has no leaderboard section");
    }
    if (finalRanking) {
      s = s.withPhase("final");
      a = a.withLeaderboard(s);
    }
    Path file = out.resolve("leaderboard/history.sqlite");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " does not exist: grade the submissions into " + out + " first (nngrade grade --assignment " + assignment + " ...)");
    }
    try (History history = History.open(file)) {
      Leaderboard board = Leaderboard.forPages(a, Path.of(""), history);
      Path page = LeaderboardPages.write(board, out);
      PrintWriter w = spec.commandLine().getOut();
      w.println("leaderboard: " + page + (finalRanking || s.phase().equals("final") ? " (final ranking, private part)" : " (public part)"));
      w.flush();
    }
    return 0;
  }
}
