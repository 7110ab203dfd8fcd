package dev.nngrade.exercises.testkit;

import dev.nngrade.contract.Exercise;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a contract test class with the exercise it grades; subclasses inherit it. */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForExercise {
  Exercise value();
}
