package dev.nngrade.grader.gradescope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nngrade.contract.Language;
import dev.nngrade.grader.Version;
import dev.nngrade.grader.assignment.AssignmentValidator;
import dev.nngrade.grader.assignment.Assignments;
import dev.nngrade.grader.output.GradescopeResults;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.sandbox.ChildImage;
import dev.nngrade.grader.sandbox.ChildRuntime;
import dev.nngrade.grader.sandbox.Isolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Writes a Gradescope autograder zip for one assignment: {@code setup.sh} and {@code run_autograder}
 * at its root, and under {@code nngrade/} everything they need, so that Gradescope's image build
 * downloads nothing: a Java 25 runtime made with jlink for the grader, the test JVMs' runtime image
 * ({@link ChildImage}, built here because the container's runtime has no jlink), the grader's jars and
 * the assignment. The assignment gets a {@code hiddenSeed} when it has none, so that every submission
 * and every regrade on Gradescope is judged on the same hidden inputs. File modes are stored in the
 * zip (executables stay executable where the unzipping tool honours them; setup.sh sets them again).
 */
public final class AutograderExport {
  /** The grader's system modules in the container (jdeps over the tool's jars, and Windows-31J zip names in jdk.charsets; no jlink there). */
  static final List<String> RUNTIME_MODULES = List.of("java.base", "java.logging", "java.management", "java.naming", "java.sql", "java.xml", "jdk.charsets",
      "jdk.incubator.vector", "jdk.unsupported");

  /** Where the bundle lives inside the zip, beside the two scripts. */
  static final String DIR = "nngrade";

  public record Options(String assignment, Path out, Isolation isolation, GradescopeResults.Visibility hidden, GradescopeResults.Format format,
      Optional<Language> language) {
    public Options {
      if (hidden != GradescopeResults.Visibility.AFTER_DUE_DATE && hidden != GradescopeResults.Visibility.HIDDEN) {
        throw new IllegalArgumentException("tests on hidden inputs are after_due_date or hidden, not " + hidden.id());
      }
    }
  }

  /** The zip, its size, one line per part, and whether a hidden seed was drawn for it. */
  public record Result(Path zip, long bytes, List<String> parts, boolean seedAdded) {}

  /** One file of the zip: from a file on disk or from bytes, with its mode. */
  private record Entry(String name, Path source, byte[] bytes, Set<PosixFilePermission> mode) {}

  private AutograderExport() {}

  public static Result write(Options o, java.util.function.Consumer<String> progress) throws IOException {
    Assignments.load(o.assignment()); // every problem of the file first, as every command does (exit 4)
    ObjectNode tree = (ObjectNode) ResultWriters.JSON.readTree(assignmentBytes(o.assignment()));
    o.language().ifPresent(l -> tree.put("language", l.name().toLowerCase(Locale.ROOT)));
    boolean seedAdded = !tree.hasNonNull("hiddenSeed");
    if (seedAdded) {
      byte[] seed = new byte[16];
      new SecureRandom().nextBytes(seed);
      tree.put("hiddenSeed", HexFormat.of().formatHex(seed));
    }
    List<Entry> entries = new ArrayList<>();
    JsonNode board = tree.path("leaderboard");
    String data = board.path("data").asText("");
    if (board.isObject() && !data.isEmpty() && !data.equals("embedded") && !data.equals("lecture-002")) {
      // a leaderboard's own hidden data travels with it, resolved as grade resolves it (from this folder)
      Path from = Path.of(data).toAbsolutePath().normalize();
      String name = "data/" + from.getFileName();
      addTree(entries, from, DIR + "/" + name, "rw-------", "rwx------");
      ((ObjectNode) board).put("data", name);
    }
    byte[] assignment = (ResultWriters.JSON.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    AssignmentValidator.read("the exported assignment", assignment);
    String id = tree.path("id").asText();
    String lang = tree.path("language").asText("ja");

    Path tmp = Files.createTempDirectory("nngrade-export-");
    try {
      progress.accept("the grader's Java runtime (jlink: " + String.join(",", RUNTIME_MODULES) + ")");
      Path runtime = hostRuntime();
      progress.accept("the test JVMs' runtime image");
      Path child = ChildImage.obtain(tmp);
      progress.accept("the grader's jars");
      List<Path> tool = toolJars(tmp.resolve("packed"));
      Map<String, String> vars = Map.of("@ISOLATION@", o.isolation().id(), "@HIDDEN@", o.hidden().id(), "@FORMAT@", o.format().id(), "@VERSION@", Version.TEXT,
          "@ASSIGNMENT@", id);
      entries.add(new Entry("setup.sh", null, script("setup.sh", vars), perms("rwxr-xr-x")));
      entries.add(new Entry("run_autograder", null, script("run_autograder", vars), perms("rwxr-xr-x")));
      entries.add(new Entry(DIR + "/assignment.json", null, assignment, perms("rw-------")));
      addTree(entries, runtime, DIR + "/runtime", null, null);
      addTree(entries, child, DIR + "/child-jre", null, null);
      List<String> classPath = new ArrayList<>();
      for (int i = 0; i < tool.size(); i++) {
        String name = String.format(Locale.ROOT, "%02d-%s", i, tool.get(i).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_"));
        classPath.add(name);
        entries.add(new Entry(DIR + "/tool/" + name, tool.get(i), null, perms("rw-r--r--")));
      }
      entries.add(new Entry(DIR + "/tool/classpath", null, (String.join("\n", classPath) + "\n").getBytes(StandardCharsets.UTF_8), perms("rw-r--r--")));
      ObjectNode about = ResultWriters.JSON.createObjectNode();
      about.put("tool", "nngrade " + Version.TEXT);
      about.put("assignment", id);
      about.put("isolation", o.isolation().id());
      about.put("hiddenVisibility", o.hidden().id());
      about.put("outputFormat", o.format().id());
      about.put("language", lang);
      about.put("hiddenSeed", seedAdded ? "drawn by the export" : "the assignment's own");
      about.put("java", Runtime.version().toString());
      RUNTIME_MODULES.forEach(about.putArray("runtimeModules")::add);
      entries.add(new Entry(DIR + "/export.json", null, (ResultWriters.JSON.writeValueAsString(about) + "\n").getBytes(StandardCharsets.UTF_8),
          perms("rw-r--r--")));
      progress.accept("the zip");
      Path zip = zip(entries, o.out());
      List<String> parts = List.of(
          "setup.sh, run_autograder   Gradescope's entry points (isolation " + o.isolation().id() + ", tests on hidden inputs " + o.hidden().id() + ", feedback "
              + o.format().id() + " in " + lang + ")",
          DIR + "/runtime/            Java " + Runtime.version().feature() + " for the grader (jlink: " + String.join(",", RUNTIME_MODULES) + ")",
          DIR + "/child-jre/          the test JVMs' runtime image",
          DIR + "/tool/               the grader: " + tool.size() + " jars",
          DIR + "/assignment.json     assignment " + id + (seedAdded ? " (with a hiddenSeed drawn now)" : ""),
          DIR + "/export.json         what this zip was made from");
      return new Result(zip, Files.size(zip), parts, seedAdded);
    } finally {
      deleteTree(tmp);
    }
  }

  /** The assignment as written: a built-in's resource or the file (already validated). */
  private static byte[] assignmentBytes(String nameOrPath) throws IOException {
    if (Assignments.BUILT_IN.contains(nameOrPath)) {
      try (InputStream in = Assignments.class.getResourceAsStream("/dev/nngrade/grader/assignments/" + nameOrPath + ".json")) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(Path.of(nameOrPath));
  }

  private static byte[] script(String name, Map<String, String> vars) throws IOException {
    try (InputStream in = AutograderExport.class.getResourceAsStream("/dev/nngrade/grader/gradescope/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the grader jar lacks its Gradescope script " + name);
      }
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (var v : vars.entrySet()) {
        s = s.replace(v.getKey(), v.getValue());
      }
      return s.getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * Every regular file under {@code from} (links are followed: jlink links duplicate legal notices)
   * as {@code prefix/...}, with its own mode unless {@code fileMode} is given. Class-data archives
   * are left out: they belong to the JVM binary and the files' times where they are used, so setup.sh
   * makes them there.
   */
  private static void addTree(List<Entry> entries, Path from, String prefix, String fileMode, String dirMode) throws IOException {
    if (Files.isRegularFile(from)) {
      entries.add(new Entry(prefix, from, null, perms(fileMode == null ? "rw-r--r--" : fileMode)));
      return;
    }
    if (!Files.isDirectory(from)) {
      throw new IllegalArgumentException(from + " is neither a file nor a folder");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".jsa")).sorted().toList();
    }
    for (Path f : files) {
      Set<PosixFilePermission> mode = fileMode != null ? perms(fileMode) : Files.getPosixFilePermissions(f);
      entries.add(new Entry(prefix + "/" + from.relativize(f).toString().replace('\\', '/'), f, null, mode));
    }
  }

  /**
   * The zip, through the zip file system so that each entry keeps its Unix mode, written beside
   * {@code out} and moved over it, so that a failed export leaves no half zip.
   */
  private static Path zip(List<Entry> entries, Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling("." + target.getFileName() + "-" + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      try (FileSystem fs = FileSystems.newFileSystem(tmp, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
        for (Entry e : entries) {
          Path t = fs.getPath(e.name());
          if (t.getParent() != null) {
            Path d = t.getParent();
            if (Files.notExists(d)) {
              Files.createDirectories(d);
              for (Path up = d; up != null; up = up.getParent()) {
                Files.setPosixFilePermissions(up, perms("rwxr-xr-x"));
              }
            }
          }
          if (e.source() != null) {
            Files.copy(e.source(), t);
          } else {
            Files.write(t, e.bytes());
          }
          Files.setPosixFilePermissions(t, e.mode());
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The grader's own jars: the grader jar and {@code lib/} beside it, as {@code ./nngrade} runs the
   * tool; where the tool runs from class folders (the build's tests, an IDE), the JVM's class path,
   * each folder packed into a jar and test classes left out.
   */
  static List<Path> toolJars(Path packed) throws IOException {
    Path self = ChildRuntime.locate("dev.nngrade.grader.cli.Main");
    List<Path> jars = new ArrayList<>();
    if (Files.isRegularFile(self) && Files.isDirectory(self.resolveSibling("lib"))) {
      jars.add(self);
      try (Stream<Path> lib = Files.list(self.resolveSibling("lib"))) {
        lib.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
      }
      return jars;
    }
    Files.createDirectories(packed);
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path p = Path.of(entry).toAbsolutePath().normalize();
      if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")) {
        jars.add(p);
      } else if (Files.isDirectory(p) && !p.getFileName().toString().equals("test-classes")) {
        Path up = p.getParent() != null && p.getParent().getParent() != null ? p.getParent().getParent() : p;
        jars.add(pack(p, packed.resolve(up.getFileName() + "-" + p.getFileName() + ".jar")));
      }
    }
    return jars;
  }

  private static Path pack(Path dir, Path jar) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Path f : files) {
        out.putNextEntry(new JarEntry(dir.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  /**
   * The grader's runtime: jlink's image of {@link #RUNTIME_MODULES}, cached in the temporary folder
   * per JDK (exporting several assignments builds it once), trusted only when this user owns it and
   * no one else can write to it.
   */
  static Path hostRuntime() throws IOException {
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "nngrade-gradescope-runtime-" + System.getProperty("user.name") + "-" + key());
    if (sound(cache)) {
      return cache;
    }
    Path staging = Files.createTempDirectory(cache.getParent(), "nngrade-gradescope-runtime-new-");
    Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path built = staging.resolve("jre");
    try {
      // compressed: it travels in the zip; no class-data archive, which setup.sh makes where the runtime runs
      ChildImage.jlink(built, RUNTIME_MODULES, "the grader's runtime for Gradescope", "--compress=zip-6");
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
    try {
      Files.move(built, cache, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
      // another export cached one meanwhile, or the file system cannot move atomically
    }
    if (sound(cache)) {
      deleteTree(staging);
      return cache;
    }
    return built;
  }

  static boolean sound(Path home) {
    try {
      if (!Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(home.resolve("bin/java")) || !Files.isRegularFile(home.resolve("release"))) {
        return false;
      }
      PosixFileAttributes a = Files.readAttributes(home, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.owner().getName().equals(System.getProperty("user.name")) && !a.permissions().contains(PosixFilePermission.GROUP_WRITE)
          && !a.permissions().contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static String key() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((System.getProperty("java.home") + "\n" + Runtime.version() + "\n" + String.join(",", RUNTIME_MODULES)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<PosixFilePermission> perms(String s) {
    return PosixFilePermissions.fromString(s);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}
