package dev.nngrade.grader.leaderboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Canonical jars as intake writes them (entries sorted by name), for the model inspection tests. */
final class CanonicalJars {
  private CanonicalJars() {}

  static byte[] of(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : new TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** The class file of a kit skeleton ({@code dev/nngrade/student/<simpleName>.class}), a real class of this JDK's version. */
  static byte[] kitClass(String simpleName) throws IOException {
    String resource = "/dev/nngrade/student/" + simpleName + ".class";
    try (InputStream in = CanonicalJars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path (the host depends on the exercise kit)");
      }
      return in.readAllBytes();
    }
  }
}
