package dev.nngrade.exercises.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test whose inputs are public (the lectures' worked examples, cases worked out by hand in the
 * kit): when it fails, the grader may show the student its full message with expected and actual
 * values. Tests on seeded random inputs are not marked: their values would reveal hidden seeds.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicInputs {}
