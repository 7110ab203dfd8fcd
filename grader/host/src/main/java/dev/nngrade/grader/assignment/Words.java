package dev.nngrade.grader.assignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Every word the assignment checks say to an instructor, in one place. Instructors read English
 * (the tool's language; students' feedback has its own ja/en bundles). The form is always
 * {@code expected WHAT, found WHAT} so that a message says both what the grader wanted and what the
 * file holds; no parser's or validator's own wording, class name or setting ever gets through.
 */
final class Words {
  private Words() {}

  static final String TOP_LEVEL = "top level";
  static final String END_OF_FILE = "the end of the file";
  static final String DATE_TIME = "an ISO-8601 time with an offset, such as 2026-12-01T23:59:00+09:00";
  static final String FINITE = "a number of at most 1.7e308 in size";
  private static final String A_VALUE = "a value (text in double quotes, a number, true, false, null, an object or a list)";

  /** What a schema's patterns mean, since a regular expression is not plain words. */
  private static final Map<String, String> PATTERNS = Map.of(
      "^[0-9a-fA-F]{16,64}$", "16 to 64 hexadecimal digits (0-9, a-f)",
      "^[a-z0-9-]{1,32}$", "1 to 32 characters of a-z, 0-9 and -");

  private static final Pattern TOKEN = Pattern.compile("token '([^']{1,60})'");

  // ---- paths

  /** The path of key {@code name} inside the object at {@code path}: {@code leaderboard.split}, or {@code title["zh-TW"]} for an unusual key. */
  static String child(String path, String name) {
    if (name.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
      return path.isEmpty() ? name : path + "." + name;
    }
    return path + "[" + quoted(name) + "]";
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  // ---- the file as such

  static String notUtf8(byte bad) {
    return String.format(Locale.ROOT, "expected UTF-8 text, found the byte 0x%02X, which is not UTF-8; save the file as UTF-8", bad & 0xff);
  }

  static String emptyFile() {
    return "expected an assignment object { ... }, found an empty file";
  }

  static String noSuchAssignment(List<String> builtIns) {
    return "expected a built-in assignment (" + String.join(", ", builtIns) + ") or the path of an assignment JSON file, found no such file";
  }

  static String tooBig(long max) {
    return "expected an assignment file of at most " + max + " bytes, found a larger one";
  }

  static String unreadable(boolean denied) {
    return "expected a file the grader can read, found " + (denied ? "one it has no permission to read" : "one that cannot be read");
  }

  static String afterRoot(String found) {
    return "expected " + END_OF_FILE + " after the assignment object, found " + found;
  }

  /**
   * A JSON syntax error in plain words. Jackson's message only tells which kind of mistake it met;
   * what was expected comes from that kind, and what was found from the text at the error's position.
   */
  static String syntax(String parserMessage, boolean afterRoot, String found, int c, int previous, LocatedJson.Spot innermostOpen) {
    String m = parserMessage;
    Matcher token = TOKEN.matcher(m);
    if ((m.startsWith("Unrecognized token") || m.startsWith("Non-standard token")) && token.find()) {
      found = word(token.group(1));
    }
    String expected;
    if (afterRoot) {
      expected = END_OF_FILE + " after the assignment object";
    } else if (m.contains("end-of-input") && m.contains("close marker")) {
      expected = closing(m, innermostOpen);
    } else if (m.contains("end-of-input") && m.contains("closing quote")) {
      expected = "a double quote that ends the text";
    } else if (m.startsWith("Unexpected close marker") && m.contains("expected '")) {
      expected = closing(m, innermostOpen);
    } else if (m.contains("double-quote to start")) {
      expected = previous == ',' && c == '}' ? "another key after the comma (JSON allows no comma before '}')" : "a key in double quotes";
    } else if (m.contains("colon to separate")) {
      expected = "a colon (:) after the key";
    } else if (m.contains("comma to separate Object")) {
      expected = "a comma (,) or the '}' that closes the object";
    } else if (m.contains("comma to separate Array")) {
      expected = "a comma (,) or the ']' that closes the list";
    } else if (m.contains("comment")) {
      expected = "JSON, which has no comments";
    } else if (m.contains("Leading zeroes")) {
      expected = "a number without leading zeros";
      found = "a leading zero";
    } else if (m.contains("plus sign")) {
      expected = "a number without a plus sign";
    } else if (m.contains("numeric value") || m.startsWith("Non-standard token")) {
      expected = "a number such as 10 or 0.5";
    } else if (m.contains("unquoted character")) {
      expected = "text without line breaks or control characters (write \\n for a line break)";
    } else if (m.contains("escape")) {
      expected = "one of the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
      found = c < 0 ? found : "'\\" + new String(Character.toChars(c)) + "'";
    } else if (previous == ',' && c == ']') {
      expected = "another item after the comma (JSON allows no comma before ']')";
    } else {
      expected = A_VALUE;
    }
    return "expected " + expected + ", found " + found;
  }

  /** Whether the parser's message is about a value itself (a broken number or word), not about the punctuation around it. */
  static boolean aboutAValue(String parserMessage) {
    return !(parserMessage.contains("close marker") || parserMessage.contains("to separate") || parserMessage.contains("to start property name")
        || parserMessage.contains("end-of-input"));
  }

  private static String closing(String m, LocatedJson.Spot open) {
    String where = open == null ? "" : " that starts on line " + open.line() + ", column " + open.column();
    boolean list = m.contains("for Array") || m.contains("expected ']'");
    return list ? "a ']' to close the list" + where : "a '}' to close the object" + where;
  }

  static String word(String w) {
    return "'" + w + "'";
  }

  static String character(int c) {
    return switch (c) {
      case '\n', '\r' -> "a line break";
      case '\t' -> "a tab";
      case '\'' -> "a single quote (JSON needs double quotes)";
      case '"' -> "a double quote";
      default -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          ? String.format(Locale.ROOT, "the invisible character U+%04X", c)
          : "'" + new String(Character.toChars(c)) + "'";
    };
  }

  static String repeatedKey(String name, LocatedJson.Spot first) {
    return "expected each key once, found " + quoted(name) + " again" + (first == null ? "" : " (first on line " + first.line() + ", column " + first.column() + ")");
  }

  // ---- what the schema says

  static String unknownKey(String name, List<String> allowed) {
    String expected = allowed.isEmpty() ? "no keys here" : "one of the keys " + String.join(", ", allowed);
    return "expected " + expected + "; found the unknown key " + quoted(name) + didYouMean(name, allowed);
  }

  static String missingKey(String name) {
    return "expected the key " + quoted(name) + ", found none";
  }

  static String repeatedItem(String found, String firstPath) {
    return "expected each item once, found " + found + " again (first at " + firstPath + ")";
  }

  /** {@code expected WHAT, found WHAT}; a semicolon where the expected part is itself a list. */
  static String expectedFound(String expected, String found) {
    return "expected " + expected + (expected.contains(",") ? "; " : ", ") + "found " + found;
  }

  /**
   * What a value must be, in words, from its (sub)schema: the type with its range, or the choices.
   * {@code root} resolves the schema's local {@code $ref}s.
   */
  static String describe(JsonNode s, JsonNode root) {
    if (s.has("$ref") && !s.has("type") && !s.has("enum") && !s.has("const")) {
      String ref = s.get("$ref").asString();
      return ref.startsWith("#") ? describe(root.at(ref.substring(1)), root) : "a valid value";
    }
    if (s.has("const")) {
      return "exactly " + s.get("const").toString();
    }
    if (s.has("enum")) {
      return "one of " + String.join(", ", texts(s.get("enum")));
    }
    String type = s.path("type").asString("");
    return switch (type) {
      case "integer" -> "a whole number" + range(s);
      case "number" -> "a number" + range(s);
      case "string" -> s.has("pattern") ? PATTERNS.getOrDefault(s.get("pattern").asString(), "a text of the form " + s.get("pattern").asString())
          : s.path("format").asString("").equals("date-time") ? DATE_TIME
          : s.path("minLength").asInt(0) > 0 ? "a text that is not empty" : "a text";
      case "boolean" -> "true or false";
      case "object" -> s.path("properties").isEmpty() ? "an object" : "an object with the keys " + String.join(", ", s.get("properties").propertyNames());
      case "array" -> "a list";
      default -> "a valid value";
    };
  }

  private static String range(JsonNode s) {
    List<String> parts = new ArrayList<>();
    boolean min = s.has("minimum"), max = s.has("maximum");
    if (min && max) {
      return " from " + plain(s.get("minimum")) + " to " + plain(s.get("maximum"));
    }
    if (min) {
      parts.add("of at least " + plain(s.get("minimum")));
    }
    if (s.has("exclusiveMinimum")) {
      parts.add("greater than " + plain(s.get("exclusiveMinimum")));
    }
    if (max) {
      parts.add("of at most " + plain(s.get("maximum")));
    }
    if (s.has("exclusiveMaximum")) {
      parts.add("less than " + plain(s.get("exclusiveMaximum")));
    }
    return parts.isEmpty() ? "" : " " + String.join(" and ", parts);
  }

  private static String plain(JsonNode n) {
    return n.isNumber() ? new BigDecimal(n.asString()).stripTrailingZeros().toPlainString() : n.asString();
  }

  private static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(v -> out.add(v.isString() ? v.stringValue() : v.toString()));
    return out;
  }

  /**
   * A value as the file holds it. {@code asType}: the problem is the value's type, so a text says
   * that it is one ({@code the text "10"}); otherwise a text is just quoted.
   */
  static String found(JsonNode v, String literal, boolean asType, List<String> choices) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    if (v.isString()) {
      return (asType ? "the text " : "") + quoted(v.stringValue()) + (choices.isEmpty() ? "" : didYouMean(v.stringValue(), choices));
    }
    if (v.isNumber()) {
      return literal != null ? literal : v.asString();
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "a list";
    }
    return v.toString(); // true, false, null
  }

  // ---- rules checked in code

  static String repeatedExercise(String id, String firstPath) {
    return quoted(id) + " is listed twice (first at " + firstPath + ")";
  }

  static String noExercises() {
    return "expected at least one exercise (or a leaderboard section), found none";
  }

  static String latePolicyWithoutDeadline() {
    return "expected a \"deadline\" beside the late policy, found none";
  }

  static String repeatedTrack(String id, String firstPath) {
    return "expected each track id once, found " + quoted(id) + " again (first at " + firstPath + ")";
  }

  static String baselineForRegression(String baseline) {
    return "expected no baselines for a regression leaderboard (the baselines are image classifiers), found " + quoted(baseline);
  }

  static String unknownTimeZone(String zone) {
    return "expected a time zone such as Asia/Tokyo, Europe/Berlin or UTC, found " + quoted(zone) + ", which is not a known time zone";
  }

  static String dataForOtherTask(String data, boolean classification) {
    return classification
        ? "expected \"embedded\" or a folder of MNIST-format files for image classification, found " + quoted(data) + ", which is regression data"
        : "expected \"lecture-002\" or a CSV file for regression, found " + quoted(data) + ", which is image data";
  }

  static String dataMissing(String data, boolean classification, String absolute) {
    return (classification ? "expected a folder of MNIST-format files, found " : "expected a CSV file, found ") + quoted(data) + ", and there is no "
        + (classification ? "folder " : "file ") + absolute;
  }

  /** The last line of defence: the checks above passed and the grader still cannot read the value. */
  static String unreadableValue() {
    return "expected a value the grader can read here, found one it cannot; check the value against the assignment schema";
  }

  // ---- helpers

  /** A text as JSON writes it, cut after 60 characters. */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().limit(60).forEach(c -> {
      if (c == '"' || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7f) {
        b.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append(s.codePointCount(0, s.length()) > 60 ? "...\"" : "\"").toString();
  }

  /** {@code  (did you mean "softmax"?)} when a choice is within two edits of what was written (one for short words). */
  static String didYouMean(String written, List<String> choices) {
    String best = null;
    // a short word is within two edits of too many others to be a useful guess
    int bestDistance = written.length() >= 6 ? 3 : 2;
    for (String c : choices) {
      int d = distance(written.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance && !c.equals(written)) {
        best = c;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean " + quoted(best) + "?)";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
