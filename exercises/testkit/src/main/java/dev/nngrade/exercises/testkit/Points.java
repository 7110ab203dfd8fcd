package dev.nngrade.exercises.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The weight of a test within its exercise (default 1): the grader shares an exercise's points
 * among its tests in proportion to their weights.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {
  double value();
}
