package dev.nngrade.exercises.testkit;

import dev.nngrade.contract.Exercise;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Finds and constructs the implementation of a contract interface: interface {@code X} is
 * implemented by the public class {@code XImpl} in one package (the student's, the reference
 * solution's or the skeleton's). A missing class or constructor fails the test with a message that
 * says what to create.
 */
public final class Implementations {
  /**
   * JUnit configuration parameter (or system property) naming the package of the implementations.
   * A comma-separated list is searched in order; it lets a suite check one changed class (a mutant)
   * with the reference supplying the rest.
   */
  public static final String PACKAGE_PARAMETER = "nngrade.implementations";

  private final String packageName;

  public Implementations(String packageName) {
    this.packageName = packageName;
  }

  public String packageName() {
    return packageName;
  }

  /** A new instance made with the public no-argument constructor. */
  public <T> T get(Class<T> contract) {
    return create(contract);
  }

  /** A new instance made with the public constructor whose parameters accept {@code args}. */
  public <T> T create(Class<T> contract, Object... args) {
    Class<?> type = load(contract);
    for (Constructor<?> c : type.getConstructors()) {
      if (accepts(c.getParameterTypes(), args)) {
        try {
          return contract.cast(c.newInstance(args));
        } catch (InvocationTargetException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new AssertionFailedError(Text.get("impl.constructor-threw", type.getName(), cause.getClass().getName()), cause);
        } catch (ReflectiveOperationException e) {
          throw new AssertionFailedError(Text.get("impl.not-constructible", type.getName(), e.toString()), e);
        }
      }
    }
    String wanted = Arrays.stream(args).map(a -> a == null ? "null" : unboxedName(a.getClass())).collect(Collectors.joining(", "));
    throw new AssertionFailedError(Text.get("impl.missing-constructor", type.getSimpleName(), wanted));
  }

  /** The implementation class of {@code contract}, checked to be public and to implement it. */
  public Class<?> load(Class<?> contract) {
    String[] packages = packageName.split(",");
    String name = packages[0].trim() + "." + Exercise.implementationName(contract);
    Class<?> type = null;
    for (String pkg : packages) {
      try {
        name = pkg.trim() + "." + Exercise.implementationName(contract);
        type = Class.forName(name, false, classLoader());
        break;
      } catch (ClassNotFoundException e) {
        // try the next package
      } catch (LinkageError e) {
        throw new AssertionFailedError(Text.get("impl.unloadable", name, e.toString()), e);
      }
    }
    if (type == null) {
      throw new AssertionFailedError(Text.get("impl.missing-class", packages[0].trim() + "." + Exercise.implementationName(contract), contract.getName(),
          Exercise.of(contract).title(dev.nngrade.contract.Language.current())));
    }
    if (!contract.isAssignableFrom(type)) {
      throw new AssertionFailedError(Text.get("impl.wrong-interface", name, contract.getName()));
    }
    if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
      throw new AssertionFailedError(Text.get("impl.not-public", name));
    }
    return type;
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Implementations.class.getClassLoader();
  }

  private static boolean accepts(Class<?>[] params, Object[] args) {
    if (params.length != args.length) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      Class<?> p = params[i].isPrimitive() ? boxed(params[i]) : params[i];
      if (args[i] != null && !p.isInstance(args[i])) {
        return false;
      }
      if (args[i] == null && params[i].isPrimitive()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> primitive) {
    if (primitive == int.class) {
      return Integer.class;
    }
    if (primitive == double.class) {
      return Double.class;
    }
    if (primitive == long.class) {
      return Long.class;
    }
    if (primitive == boolean.class) {
      return Boolean.class;
    }
    throw new IllegalArgumentException("contract constructors use int, long, double or boolean, not " + primitive);
  }

  private static String unboxedName(Class<?> c) {
    if (c == Integer.class) {
      return "int";
    }
    if (c == Double.class) {
      return "double";
    }
    if (c == Long.class) {
      return "long";
    }
    if (c == Boolean.class) {
      return "boolean";
    }
    if (c.getInterfaces().length > 0 && c.getName().startsWith("java.util.random") || c.getName().startsWith("jdk.random")) {
      return "RandomGenerator";
    }
    return c.getSimpleName();
  }
}
