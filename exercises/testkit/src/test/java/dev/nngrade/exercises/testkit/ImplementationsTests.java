package dev.nngrade.exercises.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nngrade.contract.function.Softmax;
import dev.nngrade.contract.layer.AffineLayer;
import dev.nngrade.contract.net.Perceptron;
import dev.nngrade.exercises.testkit.fixtures.PerceptronImpl;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ImplementationsTests {
  private final Implementations fixtures = new Implementations("dev.nngrade.exercises.testkit.fixtures");

  @Test
  void findsTheImplClassAndItsConstructorByArgumentTypes() {
    Perceptron p = fixtures.create(Perceptron.class, 2, 0.5);
    PerceptronImpl impl = assertInstanceOf(PerceptronImpl.class, p);
    assertEquals(2, impl.inputs);
    assertEquals(0.5, impl.eta);
  }

  @Test
  void aMissingClassSaysWhatToCreate() {
    LanguageScope.with("en", () -> {
      AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> fixtures.get(AffineLayer.class));
      assertEquals("class dev.nngrade.exercises.testkit.fixtures.AffineLayerImpl not found: create it as a public class that implements "
          + "dev.nngrade.contract.layer.AffineLayer (Affine layer)", e.getMessage());
    });
  }

  @Test
  void aClassThatDoesNotImplementTheInterfaceIsNamed() {
    LanguageScope.with("en", () -> {
      AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> fixtures.get(Softmax.class));
      assertEquals("dev.nngrade.exercises.testkit.fixtures.SoftmaxImpl does not implement dev.nngrade.contract.function.Softmax: "
          + "declare \"implements dev.nngrade.contract.function.Softmax\"", e.getMessage());
    });
  }

  @Test
  void aMissingConstructorShowsTheSignature() {
    LanguageScope.with("en", () -> {
      AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> fixtures.create(Perceptron.class, 2));
      assertEquals("PerceptronImpl has no public constructor PerceptronImpl(int): add it, the interface Javadoc shows the signature", e.getMessage());
    });
  }
}
