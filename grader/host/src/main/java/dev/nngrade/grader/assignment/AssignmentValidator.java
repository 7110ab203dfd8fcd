package dev.nngrade.grader.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.nngrade.grader.InstructorInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads an assignment file the way an instructor needs it read: first the JSON Schema
 * ({@value #SCHEMA_RESOURCE}, checked with networknt's validator), then the rules that span fields,
 * which a schema cannot say, and only then the records. Every problem of the file is collected,
 * sorted by position and thrown at once as an {@link InstructorInputException}; the records' own
 * checks stay as a last guard for code that builds assignments directly.
 */
public final class AssignmentValidator {
  /** The published schema of assignment files (the grader jar's resource). */
  public static final String SCHEMA_RESOURCE = "/dev/nngrade/grader/assignment/assignment.schema.json";

  /** The same settings as before the schema existed; the schema makes them unreachable, but they keep the records strict. */
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  /**
   * Problems about keys and lists, said each as found; every other keyword is about one value and is
   * said once per path, since a value can fail several (a number where a choice of texts belongs
   * fails both "type" and "enum") and one sentence already says what the value must be.
   */
  private static final Set<String> STRUCTURAL = Set.of("additionalProperties", "required", "uniqueItems");

  private static final JsonNode SCHEMA_TREE = loadSchemaTree();
  private static final Schema SCHEMA = compile(SCHEMA_TREE);

  private AssignmentValidator() {}

  /** The schema as a tree (tests compare its exercise ids and conventions with the code's). */
  public static JsonNode schema() {
    return SCHEMA_TREE.deepCopy();
  }

  /**
   * The assignment in {@code content}, which came from {@code file} (as the instructor named it; it
   * heads every message).
   *
   * @throws InstructorInputException with every problem of the file, when there is one
   */
  public static Assignment read(String file, byte[] content) {
    List<Problem> problems = new ArrayList<>();
    String text = decode(file, content, problems);
    if (text == null) {
      throw failure(file, problems);
    }
    LocatedJson json = LocatedJson.parse(file, text);
    problems.addAll(json.problems());
    if (json.root() == null) {
      throw failure(file, problems);
    }
    problems.addAll(schemaProblems(file, json));
    problems.addAll(crossFieldProblems(file, json));
    if (!problems.isEmpty()) {
      throw failure(file, problems);
    }
    return bind(file, text, json);
  }

  private static InstructorInputException failure(String file, List<Problem> problems) {
    return new InstructorInputException(file, problems.stream().sorted().distinct().map(Problem::toString).toList());
  }

  // ---- text

  /** Strict UTF-8 (a file saved as Shift_JIS is named, not read as garbage); a leading byte-order mark is dropped. */
  private static String decode(String file, byte[] content, List<Problem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (r.isError()) {
      int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
      int column = text.length() - text.lastIndexOf('\n');
      problems.add(new Problem(file, line, column, null, Words.notUtf8(content[in.position()])));
      return null;
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  // ---- the schema

  private static JsonNode loadSchemaTree() {
    try (InputStream in = AssignmentValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the assignment schema " + SCHEMA_RESOURCE + " is missing from the grader jar");
      }
      LocatedJson json = LocatedJson.parse(SCHEMA_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (json.root() == null) {
        throw new IllegalStateException("the assignment schema is not JSON: " + json.problems());
      }
      return json.root();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema compile(JsonNode tree) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree);
    schema.initializeValidators();
    return schema;
  }

  private static List<Problem> schemaProblems(String file, LocatedJson json) {
    Map<String, Problem> byKey = new LinkedHashMap<>();
    for (Error e : SCHEMA.validate(json.root())) {
      String path = path(e.getInstanceLocation());
      JsonNode owner = SCHEMA_TREE.at(pointer(e.getSchemaLocation().getFragment(), 1));
      Problem p = switch (e.getKeyword()) {
        case "additionalProperties" -> {
          String key = Words.child(path, e.getProperty());
          yield Problem.at(file, json.key(key), key, Words.unknownKey(e.getProperty(), List.copyOf(owner.path("properties").propertyNames())));
        }
        case "required" -> Problem.at(file, json.value(path), path, Words.missingKey(e.getProperty()));
        case "uniqueItems" -> repeatedItem(file, json, path, e.getInstanceNode());
        default -> {
          JsonNode value = e.getInstanceNode();
          List<String> choices = new ArrayList<>();
          JsonNode described = owner.has("$ref") && !owner.has("enum") ? SCHEMA_TREE.at(owner.get("$ref").asString().substring(1)) : owner;
          described.path("enum").forEach(v -> choices.add(v.asString()));
          String found = Words.found(value, json.literal(path), e.getKeyword().equals("type"), value != null && value.isString() ? choices : List.of());
          yield Problem.at(file, json.value(path), path, Words.expectedFound(Words.describe(owner, SCHEMA_TREE), found));
        }
      };
      if (p != null) {
        String kind = STRUCTURAL.contains(e.getKeyword()) ? e.getKeyword() + " " + p.path() + " " + p.text() : "value " + p.path();
        byKey.putIfAbsent(kind, p);
      }
    }
    return List.copyOf(byKey.values());
  }

  private static Problem repeatedItem(String file, LocatedJson json, String path, JsonNode list) {
    if (list == null || !list.isArray()) {
      return null;
    }
    Map<JsonNode, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Integer before = first.putIfAbsent(list.get(i), i);
      if (before != null) {
        String at = Words.index(path, i);
        return Problem.at(file, json.value(at), at, Words.repeatedItem(Words.found(list.get(i), json.literal(at), false, List.of()), Words.index(path, before)));
      }
    }
    return null;
  }

  /** {@code exercises[2].points} from the validator's path. */
  private static String path(NodePath p) {
    String out = "";
    for (int i = 0; i < p.getNameCount(); i++) {
      Object element = p.getElement(i);
      out = element instanceof Integer index ? Words.index(out, index) : Words.child(out, String.valueOf(element));
    }
    return out;
  }

  /** The JSON pointer of a schema location, less its last {@code drop} segments (the keyword, to get the schema that holds it). */
  private static String pointer(NodePath p, int drop) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < p.getNameCount() - drop; i++) {
      b.append('/').append(String.valueOf(p.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  // ---- rules across fields

  private static List<Problem> crossFieldProblems(String file, LocatedJson json) {
    List<Problem> out = new ArrayList<>();
    JsonNode root = json.root();
    if (!root.isObject()) {
      return out;
    }
    JsonNode exercises = root.get("exercises");
    if (exercises != null && exercises.isArray()) {
      Map<String, String> firstAt = new HashMap<>();
      for (int i = 0; i < exercises.size(); i++) {
        JsonNode id = exercises.get(i).path("id");
        String at = Words.index("exercises", i);
        if (id.isString()) {
          String before = firstAt.putIfAbsent(id.stringValue(), at);
          if (before != null) {
            out.add(Problem.at(file, json.value(Words.child(at, "id")), at, Words.repeatedExercise(id.stringValue(), before)));
          }
        }
      }
    }
    if ((exercises == null || exercises.isArray() && exercises.isEmpty()) && !root.has("leaderboard")) {
      String at = exercises == null ? "" : "exercises";
      out.add(Problem.at(file, json.value(at), at, Words.noExercises()));
    }
    JsonNode deadline = root.path("deadline");
    if (deadline.isString()) {
      try {
        OffsetDateTime.parse(deadline.stringValue());
      } catch (DateTimeParseException e) {
        out.add(Problem.at(file, json.value("deadline"), "deadline", Words.expectedFound(Words.DATE_TIME, Words.quoted(deadline.stringValue()))));
      }
    }
    if (root.has("latePolicy") && !root.has("deadline")) {
      out.add(Problem.at(file, json.key("latePolicy"), "latePolicy", Words.latePolicyWithoutDeadline()));
    }
    JsonNode board = root.path("leaderboard");
    if (board.isObject()) {
      leaderboard(file, json, board, out);
    }
    return out;
  }

  private static void leaderboard(String file, LocatedJson json, JsonNode board, List<Problem> out) {
    String task = board.path("task").asString("");
    boolean classification = task.equals(LeaderboardSpec.CLASSIFICATION);
    boolean regression = task.equals(LeaderboardSpec.REGRESSION);
    JsonNode tracks = board.path("tracks");
    Map<String, String> firstAt = new HashMap<>();
    for (int i = 0; tracks.isArray() && i < tracks.size(); i++) {
      JsonNode id = tracks.get(i).path("id");
      String at = Words.child(Words.index("leaderboard.tracks", i), "id");
      if (id.isString()) {
        String before = firstAt.putIfAbsent(id.stringValue(), at);
        if (before != null) {
          out.add(Problem.at(file, json.value(at), at, Words.repeatedTrack(id.stringValue(), before)));
        }
      }
    }
    JsonNode baselines = board.path("baselines");
    if (regression && baselines.isArray()) {
      for (int i = 0; i < baselines.size(); i++) {
        String at = Words.index("leaderboard.baselines", i);
        out.add(Problem.at(file, json.value(at), at, Words.baselineForRegression(baselines.get(i).asString(baselines.get(i).toString()))));
      }
    }
    JsonNode zone = board.path("timeZone");
    if (zone.isString() && !zone.stringValue().isEmpty()) {
      try {
        ZoneId.of(zone.stringValue());
      } catch (DateTimeException e) {
        out.add(Problem.at(file, json.value("leaderboard.timeZone"), "leaderboard.timeZone", Words.unknownTimeZone(zone.stringValue())));
      }
    }
    JsonNode data = board.path("data");
    if ((classification || regression) && data.isString() && !data.stringValue().isEmpty()) {
      String d = data.stringValue();
      String problem = null;
      if (classification && d.equals("lecture-002") || regression && d.equals("embedded")) {
        problem = Words.dataForOtherTask(d, classification);
      } else if (!d.equals("embedded") && !d.equals("lecture-002")) {
        // resolved as the leaderboard resolves it: from the folder the grader runs in
        Path where = existing(d, classification);
        if (where != null) {
          problem = Words.dataMissing(d, classification, where.toString());
        }
      }
      if (problem != null) {
        out.add(Problem.at(file, json.value("leaderboard.data"), "leaderboard.data", problem));
      }
    }
  }

  /** Null when the data is there; else the absolute path that was looked for. */
  private static Path existing(String data, boolean folder) {
    try {
      Path p = Path.of(data).toAbsolutePath().normalize();
      return (folder ? Files.isDirectory(p) : Files.isRegularFile(p)) ? null : p;
    } catch (InvalidPathException e) {
      return Path.of("").toAbsolutePath().resolve("(" + data.replace('\0', '?') + ")");
    }
  }

  // ---- the records

  private static Assignment bind(String file, String text, LocatedJson json) {
    try {
      return BINDER.readValue(text, Assignment.class);
    } catch (JsonMappingException e) {
      String path = "";
      for (JsonMappingException.Reference r : e.getPath()) {
        path = r.getFieldName() != null ? Words.child(path, r.getFieldName()) : Words.index(path, r.getIndex());
      }
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      // the records' own checks speak plain words already; anything else is the parser's and stays hidden
      String words = cause instanceof IllegalArgumentException && cause.getMessage() != null ? cause.getMessage() : Words.unreadableValue();
      throw failure(file, List.of(Problem.at(file, json.value(path), path, words)));
    } catch (JsonProcessingException e) {
      throw failure(file, List.of(new Problem(file, 0, 0, null, Words.unreadableValue())));
    }
  }
}
