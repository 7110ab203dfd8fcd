package dev.nngrade.grader.assignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON text read into a tree (Jackson 3's, the one the schema validator walks) while noting where
 * each value and each key starts, so that every problem can name its line and column. The tree is
 * built here from the token stream rather than by a mapper because a mapper keeps no positions and
 * silently keeps the last of two equal keys; here the second one is a problem.
 */
final class LocatedJson {
  /** A position in the text, line and column from 1 (columns count characters). */
  record Spot(int line, int column) {}

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String file;
  private final String text;
  private final Map<String, Spot> values = new HashMap<>();
  private final Map<String, Spot> keys = new HashMap<>();
  private final Map<String, String> literals = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  /** The path of the value being read, for a syntax error's message. */
  private String where = "";
  /** Where the objects and lists still open start, innermost first: "the '}' that closes the object on line 3". */
  private final Deque<Spot> open = new ArrayDeque<>();
  private JsonNode root;
  /** A value was found that no tree can hold faithfully; the file then has no tree. */
  private boolean unreadable;

  private LocatedJson(String file, String text) {
    this.file = file;
    this.text = text;
  }

  /** Reads {@code text}; a syntax error or a repeated key becomes a problem, never an exception. */
  static LocatedJson parse(String file, String text) {
    LocatedJson json = new LocatedJson(file, text);
    json.read();
    return json;
  }

  /** The tree, or null when the text is not JSON. */
  JsonNode root() {
    return root;
  }

  /** Where the value at {@code path} starts. */
  Spot value(String path) {
    return values.get(path);
  }

  /** Where the key of the value at {@code path} starts (its value's start for list items and the top level). */
  Spot key(String path) {
    Spot k = keys.get(path);
    return k != null ? k : values.get(path);
  }

  /** A number as the file writes it ({@code 5.90} stays {@code 5.90}), or null for other values. */
  String literal(String path) {
    return literals.get(path);
  }

  List<Problem> problems() {
    return problems;
  }

  private void read() {
    boolean afterRoot = false;
    JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text);
    try (p) {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.add(new Problem(file, 1, 1, null, Words.emptyFile()));
        return;
      }
      JsonNode node = value(p, t, "");
      afterRoot = true;
      where = "";
      JsonToken extra = p.nextToken();
      if (extra != null) {
        Spot at = spot(p.currentTokenLocation());
        problems.add(new Problem(file, at.line(), at.column(), null, Words.afterRoot(found(offset(p.currentTokenLocation())))));
        return;
      }
      root = unreadable ? null : node;
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      int offset = l == null ? text.length() : offset(l);
      Spot at = l == null || l.getLineNr() < 1 ? endSpot() : spot(l);
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String path = afterRoot ? null : Words.aboutAValue(message) ? errorPath(p, offset) : where;
      problems.add(new Problem(file, at.line(), at.column(), path,
          Words.syntax(message, afterRoot, found(offset), charAt(offset), previousNonSpace(offset), open.peek())));
    }
  }

  /**
   * The parser reads a key and the start of its value in one step, so a broken value ({@code 01},
   * {@code tru}) fails before this class has seen the key; the text tells whether the error sits
   * right after a colon, and then the parser's context still holds the key's name.
   */
  private String errorPath(JsonParser p, int offset) {
    int i = Math.min(offset, text.length()) - 1;
    while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || "_.+-".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    String name = p.streamReadContext() != null && p.streamReadContext().inObject() ? p.streamReadContext().currentName() : null;
    return i >= 0 && text.charAt(i) == ':' && name != null ? Words.child(where, name) : where;
  }

  private JsonNode value(JsonParser p, JsonToken t, String path) {
    where = path;
    values.put(path, spot(p.currentTokenLocation()));
    return switch (t) {
      case START_OBJECT -> object(p, path);
      case START_ARRAY -> array(p, path);
      case VALUE_STRING -> NODES.stringNode(p.getString());
      case VALUE_NUMBER_INT -> {
        literals.put(path, p.getString());
        try {
          yield switch (p.getNumberType()) {
            case INT -> NODES.numberNode(p.getIntValue());
            case LONG -> NODES.numberNode(p.getLongValue());
            default -> NODES.numberNode(p.getBigIntegerValue());
          };
        } catch (NumberFormatException beyondTheParsersLimits) {
          yield unrepresentable(path, p.getString());
        }
      }
      case VALUE_NUMBER_FLOAT -> {
        literals.put(path, p.getString());
        if (Double.isInfinite(p.getDoubleValue())) {
          // the schema compares exact decimals and would pass it; the records hold doubles and would get infinity
          Spot at = values.get(path);
          problems.add(new Problem(file, at.line(), at.column(), path, Words.expectedFound(Words.FINITE, p.getString())));
        }
        try {
          yield NODES.numberNode(p.getDecimalValue());
        } catch (NumberFormatException beyondTheParsersLimits) {
          // an exponent past what the parser turns into an exact decimal (e4054698701292510322)
          yield unrepresentable(path, p.getString());
        }
      }
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("the JSON parser returned " + t + " where a value starts");
    };
  }

  /**
   * A number no exact decimal can hold: said once where it stands, and the file is not read further
   * (a stand-in value would only add problems about a value the file does not have).
   */
  private JsonNode unrepresentable(String path, String literal) {
    Spot at = values.get(path);
    problems.add(new Problem(file, at.line(), at.column(), path, Words.expectedFound(Words.FINITE, literal)));
    unreadable = true;
    return NODES.nullNode();
  }

  private ObjectNode object(JsonParser p, String path) {
    open.push(values.get(path));
    ObjectNode o = NODES.objectNode();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      String child = Words.child(path, name);
      Spot key = spot(p.currentTokenLocation());
      where = child;
      JsonToken v = p.nextToken();
      if (o.has(name)) {
        problems.add(new Problem(file, key.line(), key.column(), child, Words.repeatedKey(name, keys.get(child))));
        p.skipChildren();
      } else {
        keys.put(child, key);
        o.set(name, value(p, v, child));
      }
      where = path;
    }
    open.pop();
    return o;
  }

  private ArrayNode array(JsonParser p, String path) {
    open.push(values.get(path));
    ArrayNode a = NODES.arrayNode();
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      a.add(value(p, t, Words.index(path, i++)));
      where = path;
    }
    open.pop();
    return a;
  }

  private static Spot spot(TokenStreamLocation l) {
    return new Spot(l.getLineNr(), l.getColumnNr());
  }

  private Spot endSpot() {
    int line = 1, column = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Spot(line, column);
  }

  private int offset(TokenStreamLocation l) {
    long o = l.getCharOffset();
    return o < 0 || o > text.length() ? text.length() : (int) o;
  }

  private int charAt(int offset) {
    return offset < text.length() ? text.codePointAt(offset) : -1;
  }

  private int previousNonSpace(int offset) {
    for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return -1;
  }

  /** What stands at {@code offset}, in words: a text or a word as a whole, a single character quoted, or the end of the file. */
  private String found(int offset) {
    if (offset >= text.length()) {
      return Words.END_OF_FILE;
    }
    if (text.charAt(offset) == '"') {
      int close = text.indexOf('"', offset + 1);
      int line = text.indexOf('\n', offset);
      if (close > 0 && close - offset <= 62 && (line < 0 || close < line)) {
        return Words.quoted(text.substring(offset + 1, close));
      }
    }
    int end = offset;
    while (end < text.length() && end - offset < 40 && (Character.isLetterOrDigit(text.charAt(end)) || "_.+-".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    return end - offset > 1 ? Words.word(text.substring(offset, end)) : Words.character(text.codePointAt(offset));
  }
}
