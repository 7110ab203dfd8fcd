package dev.nngrade.grader.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The class list: a CSV file (RFC 4180: commas, double quotes around fields that hold commas, quotes
 * or line breaks; UTF-8, with or without a byte-order mark) whose first row names the columns. An
 * {@code id} column is required; {@code name} and {@code email} are read when present; other
 * columns (an LMS export has many) are ignored. Column names are matched without regard to case or
 * surrounding blanks. Blank lines are ignored. Anything else that does not fit is the instructor's
 * error, reported as {@code file:line: what was expected}.
 */
public final class Roster {
  /** A roster file larger than this is not a class list. */
  public static final long MAX_BYTES = 8L << 20;

  /** A student on the roster; {@code line} is where the row starts, for messages. */
  public record Entry(String id, String name, String email, int line) {}

  /** A roster that cannot be read: the message names the file and line. */
  public static final class RosterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    RosterException(String message) {
      super(message);
    }
  }

  private final Map<String, Entry> byId;

  private Roster(Map<String, Entry> byId) {
    this.byId = byId;
  }

  public List<Entry> entries() {
    return List.copyOf(byId.values());
  }

  public Optional<Entry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public static Roster read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new RosterException(file + ": no such roster file");
    }
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new RosterException(file + ": " + size + " bytes; expected a class list of at most " + MAX_BYTES + " bytes");
    }
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      // the size above may be stale (a pipe, a file still being written): the cap holds while reading
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new RosterException(file + ": more than " + MAX_BYTES + " bytes; expected a class list of at most " + MAX_BYTES + " bytes");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new RosterException(file + ": not UTF-8 text; expected a CSV file in UTF-8 (save it as \"CSV UTF-8\")");
    }
    return parse(file.toString(), text);
  }

  static Roster parse(String where, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> rows = rows(where, text);
    if (rows.isEmpty()) {
      throw new RosterException(where + ":1: empty; expected a header row with an id column, such as id,name,email");
    }
    Row header = rows.get(0);
    int id = -1;
    int name = -1;
    int email = -1;
    for (int i = 0; i < header.fields.size(); i++) {
      String h = header.fields.get(i).strip().toLowerCase(Locale.ROOT);
      if (h.equals("id") && id < 0) {
        id = i;
      } else if (h.equals("name") && name < 0) {
        name = i;
      } else if (h.equals("email") && email < 0) {
        email = i;
      }
    }
    if (id < 0) {
      throw new RosterException(where + ":" + header.line + ": expected a header row with an id column, such as id,name,email; found "
          + SubmissionJar.printable(String.join(",", header.fields)));
    }
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Row r : rows.subList(1, rows.size())) {
      if (r.fields.size() != header.fields.size()) {
        throw new RosterException(where + ":" + r.line + ": expected " + header.fields.size() + " fields as in the header, found " + r.fields.size());
      }
      String sid = r.fields.get(id).strip();
      if (sid.isEmpty()) {
        throw new RosterException(where + ":" + r.line + ": the id field is empty; expected the student's id");
      }
      Entry before = byId.get(sid);
      if (before != null) {
        throw new RosterException(where + ":" + r.line + ": id " + SubmissionJar.printable(sid) + " appears again (first on line " + before.line() + "); expected each student once");
      }
      byId.put(sid, new Entry(sid, name < 0 ? "" : r.fields.get(name).strip(), email < 0 ? "" : r.fields.get(email).strip(), r.line));
    }
    return new Roster(byId);
  }

  private record Row(int line, List<String> fields) {}

  private static List<Row> rows(String where, String text) {
    List<Row> rows = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean blank = true;
      while (true) {
        if (i < n && text.charAt(i) == '"' && f.isEmpty()) {
          blank = false;
          i++;
          while (true) {
            if (i >= n) {
              throw new RosterException(where + ":" + start + ": a quoted field is not closed; expected a closing \"");
            }
            char c = text.charAt(i++);
            if (c == '"') {
              if (i < n && text.charAt(i) == '"') {
                f.append('"');
                i++;
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              f.append(c);
            }
          }
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            throw new RosterException(where + ":" + line + ": text after a closing quote; expected a comma or the end of the line");
          }
        }
        if (i >= n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
          fields.add(f.toString());
          if (i < n && text.charAt(i) == '\r') {
            i++;
          }
          if (i < n && text.charAt(i) == '\n') {
            i++;
          }
          line++;
          break;
        }
        char c = text.charAt(i++);
        if (c == ',') {
          blank = false;
          fields.add(f.toString());
          f.setLength(0);
        } else if (c == '"') {
          throw new RosterException(where + ":" + line + ": a quote inside an unquoted field; expected the whole field in quotes with the quote doubled (\"\")");
        } else {
          if (!Character.isWhitespace(c)) {
            blank = false;
          }
          f.append(c);
        }
      }
      if (!blank) {
        rows.add(new Row(start, fields));
      }
    }
    return rows;
  }
}
