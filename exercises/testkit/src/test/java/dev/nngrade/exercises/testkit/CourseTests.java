package dev.nngrade.exercises.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nngrade.contract.function.SquaredErrorForm;
import dev.nngrade.contract.layer.DropoutForm;
import dev.nngrade.contract.train.AdamForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseTests {
  @Test
  void readsEachConventionAndDefaultsToTheTextbook(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("course.properties");
    Files.writeString(f, "squared-error = half-mean\nadam=EPSILON_INSIDE_ROOT\n");
    assertEquals(new Course(SquaredErrorForm.HALF_MEAN, AdamForm.EPSILON_INSIDE_ROOT, DropoutForm.SCALE_AT_INFERENCE), Course.load(f));
  }

  @Test
  void anUnknownValueNamesTheFileTheKeyAndTheChoices(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("course.properties");
    Files.writeString(f, "dropout=sometimes\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Course.load(f));
    assertEquals(f + ": dropout = sometimes is not a known convention; expected one of [scale-at-inference, inverted]", e.getMessage());
  }

  @Test
  void aMissingFileIsReported(@TempDir Path dir) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Course.load(dir.resolve("nope.properties")));
    assertEquals(true, e.getMessage().startsWith("cannot read the course file " + dir.resolve("nope.properties").toAbsolutePath()));
  }
}
