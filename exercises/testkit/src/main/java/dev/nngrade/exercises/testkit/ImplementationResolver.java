package dev.nngrade.exercises.testkit;

import dev.nngrade.contract.Exercise;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives contract tests their {@link Implementations}: the package comes from the JUnit
 * configuration parameter {@value Implementations#PACKAGE_PARAMETER}, else the system property of
 * the same name, else the students' package {@value Exercise#STUDENT_PACKAGE}.
 */
public final class ImplementationResolver implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Implementations.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String pkg = context.getConfigurationParameter(Implementations.PACKAGE_PARAMETER)
        .orElse(System.getProperty(Implementations.PACKAGE_PARAMETER, Exercise.STUDENT_PACKAGE));
    return new Implementations(pkg);
  }
}
