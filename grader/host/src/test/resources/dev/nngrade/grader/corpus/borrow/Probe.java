package dev.nngrade.student;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Borrows the reference's right answers: the module path's jars are readable files (modules do not
 * hide class files), so it builds a module layer of its own from them, in which it may export the
 * reference's package to itself, and computes with the reference.
 */
final class Probe {
  private Probe() {}

  static boolean attack() {
    try {
      List<Path> paths = new ArrayList<>();
      for (String entry : System.getProperty("jdk.module.path", "").split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          paths.add(Path.of(entry));
        }
      }
      ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
      Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.nngrade.solution"));
      ModuleLayer.Controller own = ModuleLayer.defineModulesWithOneLoader(cf, List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader());
      Module solution = own.layer().findModule("dev.nngrade.solution").orElseThrow();
      own.addExports(solution, "dev.nngrade.solution", Probe.class.getModule());
      Object reference = own.layer().findLoader("dev.nngrade.solution").loadClass("dev.nngrade.solution.AffineTransformImpl").getConstructor().newInstance();
      Method column = reference.getClass().getMethod("column", double[][].class, double[].class, double[].class);
      double[] u = (double[]) column.invoke(reference, new double[][] {{2}}, new double[] {3}, new double[] {1});
      return u.length == 1 && u[0] == 7;
    } catch (Throwable t) {
      return false;
    }
  }
}
