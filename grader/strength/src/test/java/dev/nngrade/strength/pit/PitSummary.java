package dev.nngrade.strength.pit;

import dev.nngrade.contract.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * PIT's mutations.xml grouped by exercise: each mutated class of the model ({@code XImpl}, or a class
 * nested in it) belongs to the exercise of its contract interface {@code X}. The score is PIT's own:
 * mutants detected (killed, timed out, memory or run error) over all mutants, so a mutant no test
 * reaches counts against it. Writes {@code strength.jsonl} (one object per exercise) and {@code
 * strength.md} (the table and every surviving mutant) beside the XML, and prints the table.
 *
 * <p>Usage: {@code PitSummary <mutations.xml> [minimum score in percent]}; with a minimum, exits 1
 * when an exercise scores below it.
 */
public final class PitSummary {
  /** One mutant as PIT reported it. */
  public record Mutant(String status, boolean detected, String mutatedClass, String method, int line, String mutator, String description) {
    Exercise exercise() {
      return exerciseOf(mutatedClass);
    }
  }

  /** The counts of one exercise. */
  public record Score(Exercise exercise, int mutants, int detected, int killed, int timedOut, int survived, int noCoverage, int otherDetected) {
    public double percent() {
      return mutants == 0 ? 100 : 100.0 * detected / mutants;
    }
  }

  private PitSummary() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: PitSummary <mutations.xml> [minimum score in percent]");
      System.exit(2);
    }
    Path xml = Path.of(args[0]);
    List<Mutant> mutants;
    try (InputStream in = Files.newInputStream(xml)) {
      mutants = read(in);
    }
    Map<Exercise, Score> scores = scores(mutants);
    Path dir = xml.toAbsolutePath().getParent();
    Files.writeString(dir.resolve("strength.jsonl"), jsonLines(scores), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("strength.md"), markdown(scores, mutants), StandardCharsets.UTF_8);
    System.out.print(table(scores));
    System.out.println("written: " + dir.resolve("strength.jsonl") + ", " + dir.resolve("strength.md"));
    if (args.length == 2) {
      double min = Double.parseDouble(args[1]);
      List<String> below = scores.values().stream().filter(s -> s.percent() < min).map(s -> s.exercise().id()).toList();
      if (!below.isEmpty()) {
        System.out.println("below " + args[1] + " %: " + String.join(", ", below));
        System.exit(1);
      }
    }
  }

  /** The mutants of a mutations.xml. */
  public static List<Mutant> read(InputStream xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList nodes = f.newDocumentBuilder().parse(xml).getElementsByTagName("mutation");
      List<Mutant> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element m = (Element) nodes.item(i);
        out.add(new Mutant(m.getAttribute("status"), Boolean.parseBoolean(m.getAttribute("detected")), text(m, "mutatedClass"), text(m, "mutatedMethod"),
            Integer.parseInt(text(m, "lineNumber")), text(m, "mutator"), text(m, "description")));
      }
      return out;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not a PIT mutations.xml: " + e.getMessage(), e);
    }
  }

  /** Per exercise, in the catalogue's order; an exercise without mutants is left out. */
  public static Map<Exercise, Score> scores(List<Mutant> mutants) {
    Map<Exercise, Score> out = new EnumMap<>(Exercise.class);
    for (Exercise e : Exercise.values()) {
      List<Mutant> mine = mutants.stream().filter(m -> m.exercise() == e).toList();
      if (mine.isEmpty()) {
        continue;
      }
      int detected = count(mine, m -> m.detected()), killed = count(mine, m -> m.status().equals("KILLED")), timedOut = count(mine, m -> m.status().equals("TIMED_OUT"));
      out.put(e, new Score(e, mine.size(), detected, killed, timedOut, count(mine, m -> m.status().equals("SURVIVED")), count(mine, m -> m.status().equals("NO_COVERAGE")),
          detected - killed - timedOut));
    }
    return out;
  }

  /** The exercise whose contract the model class {@code XImpl} (or a class nested in it) implements. */
  static Exercise exerciseOf(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    if (nested >= 0) {
      simple = simple.substring(0, nested);
    }
    for (Exercise e : Exercise.values()) {
      for (Class<?> contract : e.interfaces()) {
        if (Exercise.implementationName(contract).equals(simple)) {
          return e;
        }
      }
    }
    throw new IllegalArgumentException(className + " implements no exercise's contract (expected a class XImpl for an interface X of Exercise)");
  }

  static String jsonLines(Map<Exercise, Score> scores) {
    StringBuilder b = new StringBuilder();
    for (Score s : scores.values()) {
      b.append(String.format(Locale.ROOT,
          "{\"exercise\":\"%s\",\"mutants\":%d,\"detected\":%d,\"killed\":%d,\"timedOut\":%d,\"otherDetected\":%d,\"survived\":%d,\"noCoverage\":%d,\"score\":%.1f}%n",
          s.exercise().id(), s.mutants(), s.detected(), s.killed(), s.timedOut(), s.otherDetected(), s.survived(), s.noCoverage(), s.percent()));
    }
    return b.toString();
  }

  static String table(Map<Exercise, Score> scores) {
    StringBuilder b = new StringBuilder("| exercise | mutants | killed | timed out | survived | no coverage | score |\n|---|--:|--:|--:|--:|--:|--:|\n");
    int all = 0, detected = 0;
    for (Score s : scores.values()) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.1f %% |%n", s.exercise().id(), s.mutants(), s.killed() + s.otherDetected(), s.timedOut(),
          s.survived(), s.noCoverage(), s.percent()));
      all += s.mutants();
      detected += s.detected();
    }
    b.append(String.format(Locale.ROOT, "| **all** | %d | | | | | %.1f %% |%n", all, all == 0 ? 100 : 100.0 * detected / all));
    return b.toString();
  }

  static String markdown(Map<Exercise, Score> scores, List<Mutant> mutants) {
    StringBuilder b = new StringBuilder("# PIT on the model solution against the hidden suites\n\n");
    b.append(table(scores)).append("\n## Mutants not detected\n");
    for (Exercise e : scores.keySet()) {
      List<Mutant> left = mutants.stream().filter(m -> m.exercise() == e && !m.detected())
          .sorted(Comparator.comparing(Mutant::mutatedClass).thenComparingInt(Mutant::line)).toList();
      if (left.isEmpty()) {
        continue;
      }
      b.append("\n### ").append(e.id()).append("\n\n");
      for (Mutant m : left) {
        b.append(String.format(Locale.ROOT, "- `%s.%s` line %d: %s (%s, %s)%n", simpleName(m.mutatedClass()), m.method(), m.line(), m.description(),
            m.mutator().substring(m.mutator().lastIndexOf('.') + 1), m.status()));
      }
    }
    return b.toString();
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static int count(List<Mutant> mutants, java.util.function.Predicate<Mutant> p) {
    return (int) mutants.stream().filter(p).count();
  }

  private static String text(Element parent, String tag) {
    NodeList n = parent.getElementsByTagName(tag);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
  }
}
