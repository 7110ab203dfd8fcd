package dev.nngrade.grader.leaderboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nngrade.contract.Language;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.LeaderboardSpec;
import dev.nngrade.grader.output.AtomicFiles;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.reports.html.HtmlRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a leaderboard's files into {@code out/leaderboard/}: {@code leaderboard.json} for the
 * instructor (both parts, every entry, real ids), {@code leaderboard.html} for students (the public
 * part while the assignment is open, the private part once it is final; pseudonyms where the course
 * wants them) and, while open, {@code final-preview.html}, the private ranking for the instructor's
 * eyes only. Everything but the evaluation times is the same for the same history.
 */
public final class LeaderboardPages {
  /** Submission times on the pages: minutes, in the assignment's time zone, with its offset. */
  private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);

  private LeaderboardPages() {}

  public static Path write(Leaderboard board, Path out) throws IOException {
    Path dir = Files.createDirectories(out.resolve("leaderboard"));
    LeaderboardSpec spec = board.spec();
    Language language = board.assignment().language();
    boolean fin = spec.phase().equals("final");
    List<Standings.Track> publicPart = board.standings(false);
    List<Standings.Track> privatePart = board.standings(true);
    AtomicFiles.write(dir.resolve("leaderboard.json"), ResultWriters.JSON.writeValueAsString(json(board, publicPart, privatePart)) + "\n");
    HtmlRenderer html = new HtmlRenderer();
    AtomicFiles.write(dir.resolve("leaderboard.html"), html.leaderboard(page(board, language, fin), tracks(fin ? privatePart : publicPart, language, spec), language));
    Path preview = dir.resolve("final-preview.html");
    if (fin) {
      Files.deleteIfExists(preview);
    } else {
      AtomicFiles.write(preview, html.leaderboard(page(board, language, true), tracks(privatePart, language, spec), language));
    }
    return dir.resolve("leaderboard.html");
  }

  private static HtmlRenderer.LeaderboardPage page(Leaderboard board, Language language, boolean privatePart) {
    LeaderboardSpec spec = board.spec();
    String title = board.assignment().title(language);
    int rows = privatePart ? board.data().size() - board.data().publicRows() : board.data().publicRows();
    return new HtmlRenderer.LeaderboardPage(title, Messages.get(language, "leaderboard.metric." + spec.metric()), "asc", privatePart ? "private" : "public",
        board.data().name() + " (" + rows + ")", spec.classification());
  }

  private static List<HtmlRenderer.LeaderboardTrack> tracks(List<Standings.Track> standings, Language lang, LeaderboardSpec spec) {
    List<HtmlRenderer.LeaderboardTrack> out = new ArrayList<>();
    for (Standings.Track t : standings) {
      List<HtmlRenderer.LeaderboardRow> rows = new ArrayList<>();
      for (Standings.Row r : t.rows()) {
        rows.add(new HtmlRenderer.LeaderboardRow(r.rank(), r.who(), r.metric() == null ? null : metric(r.metric()),
            r.accuracy() == null ? null : String.format(Locale.ROOT, "%.4f", r.accuracy()),
            r.kind().equals("baseline") ? "" : TIME.format(r.submittedAt().atZone(spec.zone())), r.kind(), r.note()));
      }
      out.add(new HtmlRenderer.LeaderboardTrack(t.track().title(lang), rules(t.track(), lang), rows, t.days(), t.bestSoFar()));
    }
    return out;
  }

  /** A track's rules in words (the instructor's own title is the name). */
  static String rules(LeaderboardSpec.Track t, Language language) {
    List<String> r = new ArrayList<>();
    if (t.exercises() != null) {
      r.add(Messages.get(language, "leaderboard.rules.exercises", String.join(", ", t.exercises())));
    }
    if (t.maxParameters() != null) {
      r.add(Messages.get(language, "leaderboard.rules.parameters", Long.toString(t.maxParameters())));
    }
    if (t.maxMillisPerImage() != null) {
      r.add(Messages.get(language, "leaderboard.rules.time", String.format(Locale.ROOT, "%.3f", t.maxMillisPerImage())));
    }
    if (t.maxClassKilobytes() != null) {
      r.add(Messages.get(language, "leaderboard.rules.code", Integer.toString(t.maxClassKilobytes())));
    }
    return String.join(" · ", r);
  }

  static String metric(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private static ObjectNode json(Leaderboard board, List<Standings.Track> publicPart, List<Standings.Track> privatePart) throws IOException {
    LeaderboardSpec spec = board.spec();
    ObjectNode root = ResultWriters.JSON.createObjectNode();
    root.put("schema", "nngrade.leaderboard/1");
    root.put("assignment", board.assignment().id());
    root.put("task", spec.task());
    root.put("metric", spec.metric());
    root.put("order", "asc");
    root.put("phase", spec.phase());
    root.put("policy", spec.policy());
    ObjectNode data = root.putObject("data");
    data.put("name", board.data().name());
    data.put("rows", board.data().size());
    data.put("publicRows", board.data().publicRows());
    data.put("fingerprint", board.data().fingerprint());
    ArrayNode tracks = root.putArray("tracks");
    for (int i = 0; i < publicPart.size(); i++) {
      ObjectNode t = tracks.addObject();
      t.put("id", publicPart.get(i).track().id());
      t.put("rules", rules(publicPart.get(i).track(), Language.EN));
      rows(t.putArray("public"), publicPart.get(i));
      rows(t.putArray("private"), privatePart.get(i));
    }
    ArrayNode entries = root.putArray("entries");
    for (History.Entry e : board.history().all(board.assignment().id(), board.data().fingerprint())) {
      ObjectNode n = entries.addObject();
      n.put("student", e.student());
      n.put("sha256", e.sha256());
      n.put("submittedAt", e.submittedAt().toString());
      n.set("evaluation", ResultWriters.JSON.valueToTree(e.evaluation()));
      n.put("evaluatedAt", e.evaluatedAt().toString());
    }
    return root;
  }

  private static void rows(ArrayNode out, Standings.Track t) {
    for (Standings.Row r : t.rows()) {
      ObjectNode n = out.addObject();
      if (r.rank() > 0) {
        n.put("rank", r.rank());
      }
      n.put("student", r.student());
      n.put("shownAs", r.who());
      n.put("kind", r.kind());
      if (r.metric() != null) {
        n.put("metric", r.metric());
      }
      if (r.accuracy() != null) {
        n.put("accuracy", r.accuracy());
      }
      if (!r.kind().equals("baseline")) {
        n.put("submittedAt", r.submittedAt().toString());
      }
      if (r.note() != null) {
        n.put("note", r.note());
      }
    }
  }
}
