package dev.nngrade.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseTests {
  @Test
  void theCatalogueOfDesignMdMinusTheLeaderboard() {
    // design.md's exercise catalogue; "leaderboard" is graded by its own issue
    List<String> catalogue = List.of("affine", "forward3", "activations", "linearity", "softmax", "cross-entropy", "squared-error",
        "numerical-gradient", "gd-step", "backprop2", "regression-train", "graph", "affine-layer", "act-layers", "softmax-loss",
        "two-layer-net", "minibatch-train", "optimizers", "perceptron", "convolution", "dropout", "classify");
    assertEquals(catalogue, List.of(Exercise.values()).stream().map(Exercise::id).toList());
    for (String id : catalogue) {
      assertEquals(id, Exercise.byId(id).id());
    }
    assertThrows(IllegalArgumentException.class, () -> Exercise.byId("leaderboard"));
  }

  @Test
  void everyInterfaceBelongsToExactlyOneExercise() {
    Set<Class<?>> seen = new HashSet<>();
    for (Exercise e : Exercise.values()) {
      assertTrue(!e.interfaces().isEmpty(), e.id());
      for (Class<?> c : e.interfaces()) {
        assertTrue(c.isInterface(), c.getName());
        assertTrue(seen.add(c), c.getName() + " is listed twice");
        assertSame(e, Exercise.of(c));
      }
    }
  }

  @Test
  void everyExerciseHasATitleInBothLanguages() {
    for (Exercise e : Exercise.values()) {
      assertTrue(!e.title(Language.JA).isBlank() && !e.title(Language.EN).isBlank(), e.id());
    }
    assertEquals("ソフトマックス関数", Exercise.SOFTMAX.title(Language.JA));
    assertEquals("softmax", Exercise.SOFTMAX.title(Language.EN));
  }

  @Test
  void everyExerciseSaysWhereItComesFromInBothLanguagesAndTheEnglishInEnglish() {
    for (Exercise e : Exercise.values()) {
      assertEquals(e.source(), e.source(Language.JA), e.id());
      String en = e.source(Language.EN);
      assertTrue(!en.isBlank() && en.codePoints().allMatch(c -> c < 0x3000), e.id() + ": " + en);
    }
  }

  @Test
  void notImplementedNamesTheCheckTestAndTheMethodInTheStudentsLanguage() {
    String before = System.getProperty(Language.PROPERTY);
    try {
      System.setProperty(Language.PROPERTY, "ja");
      assertEquals("未実装です（002 確認テスト7, 003: ソフトマックス関数）— SoftmaxImpl.softmax を実装してください",
          NotImplemented.of(Exercise.SOFTMAX, "SoftmaxImpl.softmax").getMessage());
      System.setProperty(Language.PROPERTY, "en");
      assertEquals("not implemented yet (002 check test 7, 003: softmax) - implement SoftmaxImpl.softmax",
          NotImplemented.of(Exercise.SOFTMAX, "SoftmaxImpl.softmax").getMessage());
    } finally {
      if (before == null) {
        System.clearProperty(Language.PROPERTY);
      } else {
        System.setProperty(Language.PROPERTY, before);
      }
    }
  }
}
