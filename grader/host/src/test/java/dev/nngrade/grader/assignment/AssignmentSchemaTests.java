package dev.nngrade.grader.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.DialectId;
import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.Language;
import dev.nngrade.contract.function.SquaredErrorForm;
import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.train.AdamForm;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The published schema is itself valid and cannot drift from the code's catalogue and conventions. */
class AssignmentSchemaTests {
  static final JsonNode SCHEMA = AssignmentValidator.schema();

  static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(v -> out.add(v.stringValue()));
    return out;
  }

  /** Enum constants as courses write them: {@code HALF_SUM} is {@code half-sum}. */
  static List<String> spelled(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaLocation.of(DialectId.DRAFT_2020_12));
    List<Error> errors = meta.validate(SCHEMA);
    assertEquals(List.of(), errors);
    assertEquals(DialectId.DRAFT_2020_12, SCHEMA.get("$schema").stringValue());
  }

  @Test
  void theExerciseIdsAreExactlyTheCatalogues() {
    assertEquals(Arrays.stream(Exercise.values()).map(Exercise::id).toList(), strings(SCHEMA.at("/$defs/exerciseId/enum")));
  }

  @Test
  void theConventionsAreExactlyTheFormsACourseCanChoose() {
    JsonNode conventions = SCHEMA.at("/properties/conventions/properties");
    assertEquals(List.of("squared-error", "adam", "dropout"), List.copyOf(conventions.propertyNames()));
    assertEquals(spelled(SquaredErrorForm.values()), strings(conventions.at("/squared-error/enum")));
    assertEquals(spelled(AdamForm.values()), strings(conventions.at("/adam/enum")));
    assertEquals(spelled(DropoutForm.values()), strings(conventions.at("/dropout/enum")));
  }

  @Test
  void theLanguagesAreExactlyTheFeedbacks() {
    assertEquals(spelled(Language.values()), strings(SCHEMA.at("/properties/language/enum")));
  }

  @Test
  void theLeaderboardsChoicesAreTheCodes() {
    JsonNode board = SCHEMA.at("/$defs/leaderboard/properties");
    assertEquals(List.of(LeaderboardSpec.CLASSIFICATION, LeaderboardSpec.REGRESSION), strings(board.at("/task/enum")));
    assertEquals(LeaderboardSpec.KNOWN_BASELINES, strings(board.at("/baselines/items/enum")));
    assertEquals("^" + Assignment.HIDDEN_SEED_PATTERN + "$", SCHEMA.at("/properties/hiddenSeed/pattern").stringValue());
  }

  @Test
  void everyObjectInTheSchemaClosesItsKeys() {
    List<String> open = new ArrayList<>();
    walk(SCHEMA, "", open);
    assertEquals(List.of(), open, "objects without additionalProperties: false");
  }

  private static void walk(JsonNode s, String at, List<String> open) {
    if (!s.isObject()) {
      return;
    }
    JsonNode closed = s.path("additionalProperties");
    if (s.path("type").asString("").equals("object") && !(closed.isBoolean() && !closed.booleanValue())) {
      open.add(at);
    }
    for (var e : s.properties()) {
      if (e.getValue().isObject()) {
        walk(e.getValue(), at + "/" + e.getKey(), open);
      } else if (e.getValue().isArray()) {
        for (int i = 0; i < e.getValue().size(); i++) {
          walk(e.getValue().get(i), at + "/" + e.getKey() + "/" + i, open);
        }
      }
    }
  }

  @Test
  void theReadmeLinksTheSchema() throws Exception {
    try (InputStream in = AssignmentSchemaTests.class.getResourceAsStream(AssignmentValidator.SCHEMA_RESOURCE)) {
      assertTrue(in != null && in.readAllBytes().length > 0, "the schema is packed into the grader jar");
    }
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../../README.md"));
    assertTrue(readme.contains("grader/host/src/main/resources" + AssignmentValidator.SCHEMA_RESOURCE), "README.md names the schema's path");
  }
}
