package dev.nngrade.grader.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.results.Outcome;
import dev.nngrade.grader.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gradescope's {@code results.json} of one scorecard, in the fields its autograder specification
 * documents (shared/notes/autograders.md §2): the score (given at the top, because a late penalty or
 * an integrity flag makes it differ from the sum of the tests), one test per graded test with its
 * points, status, feedback and visibility, the leaderboard columns, and for instructors the isolation
 * and status in {@code extra_data}. Feedback is what the scorecard lets students read (for tests on
 * hidden inputs only the grader's own words), formatted as Markdown or HTML.
 */
public final class GradescopeResults {
  /** Gradescope's visibility values, as it spells them. */
  public enum Visibility {
    HIDDEN, AFTER_DUE_DATE, AFTER_PUBLISHED, VISIBLE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility parse(String text) {
      for (Visibility v : values()) {
        if (v.id().equals(text)) {
          return v;
        }
      }
      throw new IllegalArgumentException("visibility '" + text + "': expected hidden, after_due_date, after_published or visible");
    }
  }

  /** The formats of {@code output} this writer produces ({@code md}: Gradescope's basic Markdown; {@code html}: sanitised by Gradescope). */
  public enum Format {
    MD, HTML;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String text) {
      for (Format f : values()) {
        if (f.id().equals(text)) {
          return f;
        }
      }
      throw new IllegalArgumentException("output format '" + text + "': expected md or html");
    }
  }

  /**
   * {@code publicTests}: ids of the tests on public inputs (always visible: their feedback is what the
   * kit's own tests show); every other test gets {@code hidden}; {@code format}: of every
   * {@code output}.
   */
  public record Options(Set<String> publicTests, Visibility hidden, Format format) {
    public Options {
      publicTests = Set.copyOf(publicTests);
    }

    /** Hidden tests shown after the due date, feedback in Markdown: what {@code grade} writes beside each scorecard. */
    public static Options of(Manifest manifest) {
      return new Options(publicTests(manifest), Visibility.AFTER_DUE_DATE, Format.MD);
    }

    public static Set<String> publicTests(Manifest manifest) {
      return manifest.entries().stream().filter(Manifest.Entry::publicInputs).map(Manifest.Entry::id).collect(Collectors.toSet());
    }
  }

  private GradescopeResults() {}

  /**
   * The results of {@code card}; {@code extraOutput}: more paragraphs for the student after the
   * scorecard's notes (the autograder adds the isolation and the leaderboard's daily limit).
   */
  public static ObjectNode of(Scorecard card, Options o, List<String> extraOutput) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("score", card.score());
    List<String> paragraphs = new ArrayList<>(card.notes() == null ? List.of() : card.notes());
    Scorecard.LeaderboardResult lb = card.leaderboard();
    if (lb != null && lb.message() != null) {
      paragraphs.add(lb.message());
    }
    paragraphs.addAll(extraOutput);
    root.put("output", format(paragraphs, o.format()));
    root.put("output_format", o.format().id());
    root.put("test_output_format", o.format().id());
    // the top level stays visible: each test carries its own visibility
    root.put("visibility", Visibility.VISIBLE.id());
    // stdout is the grader's log for the instructor (paths, the sandbox's report)
    root.put("stdout_visibility", Visibility.HIDDEN.id());
    ObjectNode extra = root.putObject("extra_data");
    extra.put("status", card.status().name());
    if (card.isolation() != null) {
      // instructors' data: how strongly this submission was isolated
      extra.put("isolation", card.isolation());
    }
    if (card.late() != null) {
      extra.putObject("late").put("days", card.late().days()).put("penaltyFraction", card.late().penaltyFraction());
    }
    ArrayNode tests = root.putArray("tests");
    int e = 0;
    for (Scorecard.ExerciseResult ex : card.exercises()) {
      e++;
      int t = 0;
      for (Scorecard.TestResult tr : ex.tests()) {
        boolean open = o.publicTests().contains(tr.id());
        ObjectNode n = tests.addObject();
        n.put("name", ex.title() + ": " + tr.name());
        n.put("number", e + "." + (++t));
        n.put("score", tr.score());
        n.put("max_score", tr.maxScore());
        n.put("status", tr.outcome() == Outcome.PASSED ? "passed" : "failed");
        if (tr.message() != null) {
          List<String> lines = new ArrayList<>(List.of(tr.message()));
          if (tr.where() != null) {
            lines.add("(" + tr.where() + ")");
          }
          n.put("output", format(lines, o.format()));
          n.put("output_format", o.format().id());
        }
        n.put("visibility", (open ? Visibility.VISIBLE : o.hidden()).id());
        n.putArray("tags").add(ex.id()).add(open ? "public-inputs" : "hidden-inputs");
      }
    }
    if (lb != null && lb.metric() != null) {
      root.set("leaderboard", leaderboard(lb));
    }
    return root;
  }

  /** Gradescope's leaderboard columns: a lower loss ranks higher, so {@code asc}; the public part only while the board is open. */
  static ArrayNode leaderboard(Scorecard.LeaderboardResult lb) {
    ArrayNode board = JsonNodeFactory.instance.arrayNode();
    ObjectNode m = board.addObject();
    m.put("name", lb.metricName());
    m.put("value", lb.metric());
    m.put("order", "asc");
    if (lb.accuracy() != null) {
      ObjectNode a = board.addObject();
      a.put("name", lb.accuracyName());
      a.put("value", lb.accuracy());
      a.put("order", "desc");
    }
    return board;
  }

  /** The first column's value of a results object's leaderboard, if it has one (a number). */
  public static java.util.OptionalDouble firstValue(JsonNode board) {
    if (board != null && board.isArray() && !board.isEmpty() && board.get(0).path("value").isNumber()) {
      return java.util.OptionalDouble.of(board.get(0).get("value").asDouble());
    }
    return java.util.OptionalDouble.empty();
  }

  /** Paragraphs of plain text as Markdown or HTML; nothing the text holds can become markup. */
  static String format(List<String> paragraphs, Format f) {
    return switch (f) {
      case MD -> paragraphs.stream().map(GradescopeResults::markdown).collect(Collectors.joining("\n\n"));
      case HTML -> paragraphs.stream().map(p -> "<p>" + html(p).replace("\n", "<br>") + "</p>").collect(Collectors.joining("\n"));
    };
  }

  /**
   * Plain text as Markdown that shows the same text, escaped with what every Markdown dialect reads
   * the same way (the original's backslash escapes, HTML entities), so that Gradescope's renderer,
   * whichever it is, shows no stray backslash: the characters that start markup anywhere in a line
   * ({@code \ ` * _ [ ]}) get a backslash, {@code < > &} become entities, and what starts a block at the
   * beginning of a line (a heading, a list, a quote) is escaped there; line breaks stay breaks (two
   * spaces before the newline).
   */
  static String markdown(String text) {
    StringBuilder b = new StringBuilder();
    String[] lines = text.replace("\r", "").split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (n > 0) {
        b.append("  \n");
      }
      int lead = 0;
      while (lead < line.length() && line.charAt(lead) == ' ') {
        lead++;
      }
      b.append(line, 0, lead);
      String rest = line.substring(lead);
      java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("^(\\d+)([.)])").matcher(rest);
      if (numbered.find()) {
        b.append(numbered.group(1)).append('\\').append(numbered.group(2));
        rest = rest.substring(numbered.end());
      } else if (!rest.isEmpty() && "#-+".indexOf(rest.charAt(0)) >= 0) {
        b.append('\\').append(rest.charAt(0));
        rest = rest.substring(1);
      }
      for (int i = 0; i < rest.length(); i++) {
        char c = rest.charAt(i);
        switch (c) {
          case '<' -> b.append("&lt;");
          case '>' -> b.append("&gt;");
          case '&' -> b.append("&amp;");
          case '\\', '`', '*', '_', '[', ']' -> b.append('\\').append(c);
          default -> b.append(c);
        }
      }
    }
    return b.toString();
  }

  static String html(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\r' -> { }
        default -> b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }
}
