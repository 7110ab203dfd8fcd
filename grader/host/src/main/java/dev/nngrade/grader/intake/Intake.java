package dev.nngrade.grader.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Lists the submissions under a folder: every {@code .jar} (in subfolders too; symbolic links are
 * not followed), and the jars inside every {@code .zip}, which are unpacked into a staging folder.
 * The order is by path, so a class is always graded in the same order.
 */
public final class Intake {
  /** A file to grade and the student id to use when its manifest names none. */
  public record Candidate(Path jar, String fallbackStudent) {}

  private Intake() {}

  public static List<Candidate> scan(Path dir, Path staging) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a folder of submissions (expected jars, zips of jars, or folders of jars)");
    }
    List<Candidate> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted(Comparator.comparing(Path::toString)).toList();
    }
    for (Path p : files) {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".jar")) {
        out.add(new Candidate(p, stem(p)));
      } else if (name.endsWith(".zip")) {
        out.addAll(unzipJars(p, staging.resolve(stem(p))));
      }
    }
    return out;
  }

  private static List<Candidate> unzipJars(Path zipFile, Path into) throws IOException {
    List<Candidate> out = new ArrayList<>();
    Files.createDirectories(into);
    try (InputStream raw = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(raw)) {
      ZipEntry e;
      int n = 0;
      while ((e = zip.getNextEntry()) != null && n < SubmissionJar.MAX_ENTRIES) {
        String name = e.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (e.isDirectory() || !base.toLowerCase(Locale.ROOT).endsWith(".jar") || base.startsWith(".") || name.contains("..") || name.contains("\\")) {
          continue;
        }
        // only the base name is used, so an entry cannot write outside the staging folder
        Path target = into.resolve(String.format(Locale.ROOT, "%04d-%s", n++, base.replaceAll("[^A-Za-z0-9._-]", "_")));
        byte[] data;
        try {
          data = SubmissionJar.readAll(zip, SubmissionJar.MAX_FILE_BYTES);
        } catch (IOException tooBig) {
          data = new byte[0]; // graded as an empty (invalid) submission, with its name kept
        }
        Files.write(target, data);
        out.add(new Candidate(target, base.substring(0, base.length() - 4)));
      }
    }
    return out;
  }

  static String stem(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String s = dot > 0 ? n.substring(0, dot) : n;
    if (s.startsWith("submission-")) {
      s = s.substring("submission-".length());
    }
    return s;
  }
}
