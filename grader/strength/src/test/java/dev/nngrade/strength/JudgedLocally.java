package dev.nngrade.strength;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs a hidden suite class with its judged checks compared here (see {@link LocalJudge}). */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(LocalJudge.class)
public @interface JudgedLocally {
  /**
   * The course's conventions, written as the grader passes them to its child JVM ({@code
   * squared-error=mean;adam=epsilon-inside-root}); empty: the textbook's. Both the reference's run and
   * the candidate's see them.
   */
  String conventions() default "";
}
