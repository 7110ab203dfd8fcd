package dev.nngrade.grader.demo;

import dev.nngrade.grader.sandbox.ChildRuntime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Builds a submission jar from sources in memory, the way the kit's {@code mvn package} would:
 * classes compiled for Java 25 against the contract, the sources under {@code META-INF/sources/},
 * and a manifest naming the student.
 */
public final class SubmissionBuilder {
  private SubmissionBuilder() {}

  /** The skeleton's sources, read from the kit jar the grader was built with ({@code META-INF/sources/...}). */
  public static Map<String, String> skeletonSources() throws IOException {
    Path kit = ChildRuntime.locate("dev.nngrade.student.SoftmaxImpl");
    Map<String, String> sources = new TreeMap<>();
    if (Files.isDirectory(kit)) {
      Path dir = kit.resolve("META-INF/sources");
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
          sources.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
        }
      }
      return sources;
    }
    try (InputStream in = Files.newInputStream(kit); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().startsWith("META-INF/sources/") && e.getName().endsWith(".java")) {
          sources.put(e.getName().substring("META-INF/sources/".length()), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return sources;
  }

  /**
   * Compiles {@code sources} (path → text) and writes the jar with {@code resources} (path → bytes)
   * added as they are.
   */
  public static void build(Path jar, String student, Map<String, String> sources, Map<String, byte[]> resources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("building the demo submissions needs a JDK (javax.tools), not a JRE");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> units.add(new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    }));
    List<java.io.File> classpath = List.of(ChildRuntime.locate("dev.nngrade.contract.Exercise").toFile(),
        ChildRuntime.locate("org.opentest4j.TestAbortedException").toFile());
    Map<String, byte[]> classes = new TreeMap<>();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager std = javac.getStandardFileManager(diagnostics, java.util.Locale.ROOT, StandardCharsets.UTF_8)) {
      var fm = new ForwardingJavaFileManager<StandardJavaFileManager>(std) {
        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
          return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
            @Override
            public OutputStream openOutputStream() {
              return new ByteArrayOutputStream() {
                @Override
                public void close() {
                  classes.put(className.replace('.', '/') + ".class", toByteArray());
                }
              };
            }
          };
        }
      };
      std.setLocation(StandardLocation.CLASS_PATH, classpath);
      Boolean ok = javac.getTask(null, fm, diagnostics, List.of("--release", "25", "-proc:none", "-nowarn"), null, units).call();
      if (!ok) {
        StringBuilder b = new StringBuilder("cannot compile the sources of " + student + ":");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          b.append("\n  ").append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ").append(d.getMessage(java.util.Locale.ROOT));
        }
        throw new IllegalStateException(b.toString());
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Nngrade-Student", student);
    manifest.getMainAttributes().putValue("Nngrade-Exercise-Set-Version", "0.1.0-SNAPSHOT");
    Files.createDirectories(jar.getParent());
    // the manifest is written as an ordinary entry with the fixed time, so the same sources give the same jar bytes
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      ByteArrayOutputStream mf = new ByteArrayOutputStream();
      manifest.write(mf);
      put(out, "META-INF/MANIFEST.MF", mf.toByteArray());
      for (var e : classes.entrySet()) {
        put(out, e.getKey(), e.getValue());
      }
      for (var e : sources.entrySet()) {
        put(out, "META-INF/sources/" + e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      for (var e : resources.entrySet()) {
        put(out, e.getKey(), e.getValue());
      }
    }
  }

  private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
    JarEntry e = new JarEntry(name);
    e.setTime(315_532_800_000L);
    out.putNextEntry(e);
    out.write(bytes);
    out.closeEntry();
  }
}
