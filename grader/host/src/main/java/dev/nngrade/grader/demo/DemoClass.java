package dev.nngrade.grader.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Writes the bundled demo class (resources {@code dev/nngrade/grader/demo/}) as submission jars into a folder. */
public final class DemoClass {
  private static final String BASE = "/dev/nngrade/grader/demo/";

  private DemoClass() {}

  /** The students of the demo class, in order. */
  public static List<String> students() throws IOException {
    return List.of(index().getProperty("students").split(","));
  }

  /** The files {@link #write} writes, relative to its folder. */
  public static List<Path> files() throws IOException {
    return students().stream().map(s -> Path.of(s + ".jar")).toList();
  }

  /**
   * The first file under {@code dir} (in path order) that is not one of {@code ours}: the demo writes its
   * submissions again into a folder it wrote before, and a file it would not write now (another
   * version's, or the instructor's own) must not be graded with them, nor be deleted by the demo.
   */
  public static java.util.Optional<Path> stray(Path dir, List<Path> ours) throws IOException {
    if (!Files.isDirectory(dir)) {
      return java.util.Optional.empty();
    }
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !Files.isDirectory(p)).map(dir::relativize).filter(p -> !ours.contains(p)).sorted().findFirst();
    }
  }

  /** Writes {@code <student>.jar} for every demo student; returns the files. */
  public static List<Path> write(Path dir) throws IOException {
    Properties index = index();
    Map<String, String> skeleton = SubmissionBuilder.skeletonSources();
    List<Path> jars = new ArrayList<>();
    Files.createDirectories(dir);
    for (String student : students()) {
      Path jar = dir.resolve(student + ".jar");
      String raw = index.getProperty(student + ".raw");
      if (raw != null) {
        Files.writeString(jar, raw);
      } else {
        Map<String, String> sources = new TreeMap<>(skeleton);
        Map<String, byte[]> resources = new LinkedHashMap<>();
        overlay(index, student, sources, resources);
        SubmissionBuilder.build(jar, student, sources, resources);
      }
      jars.add(jar);
    }
    return jars;
  }

  /** The student's files over its base's files over the skeleton. */
  private static void overlay(Properties index, String student, Map<String, String> sources, Map<String, byte[]> resources) throws IOException {
    String base = index.getProperty(student + ".base");
    if (base != null) {
      overlay(index, base, sources, resources);
    }
    // copies of classes the student has so far, under new names, before the student's own files replace them
    for (String pair : index.getProperty(student + ".renamed", "").split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String from = pair.substring(0, pair.indexOf('>')).trim(), to = pair.substring(pair.indexOf('>') + 1).trim();
      String text = sources.get("dev/nngrade/student/" + from + ".java");
      if (text == null) {
        throw new IllegalStateException("demo student " + student + " renames " + from + ", which its base does not have");
      }
      sources.put("dev/nngrade/student/" + to + ".java", text.replace("class " + from + " ", "class " + to + " ").replace("public " + from + "(", "public " + to + "("));
    }
    String files = index.getProperty(student + ".files", "");
    for (String f : files.split(",")) {
      if (f.isBlank()) {
        continue;
      }
      byte[] bytes = resource(student + "/" + f);
      String path = f.contains("__") ? f.replace("__", "/") : (f.endsWith(".java") ? "dev/nngrade/student/" + f : f);
      if (f.endsWith(".java")) {
        sources.put(path, new String(bytes, StandardCharsets.UTF_8));
      } else {
        resources.put(path, bytes);
      }
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoClass.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("demo resource " + name + " is missing from the grader jar");
      }
      return in.readAllBytes();
    }
  }

  private static Properties index() throws IOException {
    Properties p = new Properties();
    try (InputStream in = DemoClass.class.getResourceAsStream(BASE + "index.properties")) {
      if (in == null) {
        throw new IllegalStateException("the demo index is missing from the grader jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
