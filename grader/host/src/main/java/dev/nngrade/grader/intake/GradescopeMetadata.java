package dev.nngrade.grader.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the few fields intake needs from Gradescope's {@code submission_metadata.yml}: per
 * submission folder, its {@code :submitters:} ({@code :name:}, {@code :sid:}, {@code :email:}) and
 * {@code :created_at:}. Gradescope writes it from Ruby, so keys start with a colon and times look like
 * {@code 2026-12-01 14:59:00.123456000 +0900}; keys are accepted with or without the colon.
 *
 * <p>The file is read as a token stream: the rest of each entry (the autograder's results, the
 * history of earlier submissions, which can be large) is skipped without being built, aliases are not
 * expanded, and the file's size is capped before parsing.
 */
final class GradescopeMetadata {
  /** A metadata file larger than this is not one Gradescope wrote for a class. */
  static final long MAX_BYTES = 256L << 20;
  static final int MAX_SUBMISSIONS = 100_000;
  static final int MAX_SUBMITTERS = 1_000;

  record Submitter(String name, String sid, String email) {}

  record Submission(List<Submitter> submitters, Optional<Instant> createdAt) {}

  private GradescopeMetadata() {}

  private static YAMLFactory factory() {
    LoaderOptions loader = new LoaderOptions();
    // SnakeYAML's own limit (3 MB by default) would refuse a large class's file; the size check comes first
    loader.setCodePointLimit((int) MAX_BYTES);
    loader.setNestingDepthLimit(200);
    return YAMLFactory.builder().loaderOptions(loader).build();
  }

  /** The submissions by folder name; a file that is not such a mapping is the instructor's error, with its line. */
  static Map<String, Submission> read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new IllegalArgumentException(file + ": " + size + " bytes, more than the " + MAX_BYTES + " a Gradescope export's metadata can have here");
    }
    Map<String, Submission> out = new LinkedHashMap<>();
    try (JsonParser p = factory().createParser(file.toFile())) {
      JsonToken t = p.nextToken();
      if (t == null || t == JsonToken.VALUE_NULL) {
        return out;
      }
      expect(file, p, t == JsonToken.START_OBJECT, "a mapping from submission folder names (submission_<n>) to their :submitters:");
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String folder = key(p.currentName());
        t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
          continue;
        }
        expect(file, p, t == JsonToken.START_OBJECT, "the entry of " + folder + " to be a mapping with :submitters:");
        if (out.size() >= MAX_SUBMISSIONS) {
          throw new IllegalArgumentException(file + ": more than " + MAX_SUBMISSIONS + " submissions");
        }
        out.put(folder, submission(file, p));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalArgumentException(file + ":" + line + ": not YAML that Gradescope writes: " + e.getOriginalMessage(), e);
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw new IllegalArgumentException(file + ": not YAML that Gradescope writes: " + e.getMessage(), e);
    }
    return out;
  }

  private static Submission submission(Path file, JsonParser p) throws IOException {
    List<Submitter> submitters = new ArrayList<>();
    Optional<Instant> created = Optional.empty();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = key(p.currentName());
      JsonToken v = p.nextToken();
      if (k.equals("submitters") && v == JsonToken.START_ARRAY) {
        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
          expect(file, p, v == JsonToken.START_OBJECT, "each of :submitters: to be a mapping with :name:, :sid: and :email:");
          if (submitters.size() >= MAX_SUBMITTERS) {
            throw new IllegalArgumentException(file + ":" + p.currentTokenLocation().getLineNr() + ": more than " + MAX_SUBMITTERS + " submitters in one submission");
          }
          submitters.add(submitter(p));
        }
      } else if (k.equals("created_at") && v.isScalarValue()) {
        created = time(p.getText());
      } else {
        p.skipChildren();
      }
    }
    return new Submission(List.copyOf(submitters), created);
  }

  private static Submitter submitter(JsonParser p) throws IOException {
    String name = "";
    String sid = "";
    String email = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = key(p.currentName());
      JsonToken v = p.nextToken();
      String text = v.isScalarValue() && v != JsonToken.VALUE_NULL ? p.getText().strip() : "";
      switch (k) {
        case "name" -> name = text;
        case "sid" -> sid = text;
        case "email" -> email = text;
        default -> p.skipChildren();
      }
    }
    return new Submitter(name, sid, email);
  }

  private static String key(String k) {
    return k.startsWith(":") ? k.substring(1) : k;
  }

  private static void expect(Path file, JsonParser p, boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException(file + ":" + p.currentTokenLocation().getLineNr() + ": expected " + what);
    }
  }

  private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)\\s*(Z|[+-]\\d{2}:?\\d{2})");

  /** Ruby's {@code 2026-12-01 14:59:00.123456000 +0900} or ISO-8601; anything else is no time (the file's own time then counts). */
  static Optional<Instant> time(String text) {
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String offset = m.group(3).equals("Z") || m.group(3).contains(":") ? m.group(3) : m.group(3).substring(0, 3) + ":" + m.group(3).substring(3);
    try {
      return Optional.of(OffsetDateTime.parse(m.group(1) + "T" + m.group(2) + offset).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
