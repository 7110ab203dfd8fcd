package dev.nngrade.grader.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Jars, zips and folders as instructors get them, built in a test's temporary folder. */
final class Fixtures {
  private Fixtures() {}

  /** A minimal class file header: magic, minor 0, the given major version. */
  static byte[] classFile(int major) {
    return new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, (byte) major, 0, 0, 0, 0};
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A jar as the kit builds it: a manifest naming {@code claimed} (none if null) and one class; {@code marker} makes its bytes differ. */
  static byte[] studentJar(String claimed, String marker) throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("META-INF/MANIFEST.MF", ("Manifest-Version: 1.0\r\n" + (claimed == null ? "" : "Nngrade-Student: " + claimed + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
    e.put("dev/nngrade/student/SoftmaxImpl.class", classFile(69));
    e.put("META-INF/sources/note.txt", marker.getBytes(StandardCharsets.UTF_8));
    return zip(e);
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  static Path write(Path file, byte[] bytes, Instant modified) throws IOException {
    write(file, bytes);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  /** {@code entries} zips of {@code mib} MiB of zeros each, named {@code part-<i>.jar}: a few kilobytes that would inflate to entries × mib MiB. */
  static Path bomb(Path file, int entries, int mib) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] zeros = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("part-" + i + ".jar"));
        for (int m = 0; m < mib; m++) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
    }
    return file;
  }
}
