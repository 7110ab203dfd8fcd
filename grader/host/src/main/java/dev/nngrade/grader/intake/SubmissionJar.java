package dev.nngrade.grader.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Validates a submission jar and rebuilds it. The jar is read as a stream with caps (file size,
 * entry count, bytes per entry, total bytes, compression ratio), so a zip bomb costs at most the
 * caps. Names with {@code ..}, a leading {@code /}, a backslash or NUL and duplicate names are
 * rejected. Only {@code .class} files of the students' package with the class-file magic and a
 * version this JDK runs are kept, and trained weights of a leaderboard model ({@code .nnw} beside
 * them, which start with the weights magic); everything else is listed as dropped.
 */
public final class SubmissionJar {
  public static final long MAX_FILE_BYTES = 16L << 20;
  public static final int MAX_ENTRIES = 2_000;
  public static final long MAX_ENTRY_BYTES = 4L << 20;
  /** Weights of a leaderboard model may be larger than a class. */
  public static final long MAX_WEIGHTS_BYTES = 24L << 20;
  public static final String WEIGHTS_SUFFIX = ".nnw";
  public static final long MAX_TOTAL_BYTES = 48L << 20;
  /** The class-file major version of Java 25. */
  public static final int MAX_CLASS_VERSION = 69;
  static final String STUDENT_DIR = "dev/nngrade/student/";
  static final String SOURCES_DIR = "META-INF/sources/";
  /** 1980-01-01, the earliest time a zip entry can hold: canonical jars are byte-identical for identical classes. */
  private static final long FIXED_TIME = 315_532_800_000L;

  private SubmissionJar() {}

  public static Submission read(Path file, String fallbackStudent) throws InvalidSubmissionException, IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidSubmissionException("intake.not-a-file", file + " is not a regular file");
    }
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new InvalidSubmissionException("intake.too-big", file + " has " + size + " bytes, more than " + MAX_FILE_BYTES, size, MAX_FILE_BYTES);
    }
    if (size == 0) {
      throw new InvalidSubmissionException("intake.empty", file + " is empty");
    }
    byte[] bytes = Files.readAllBytes(file);
    Map<String, byte[]> classes = new TreeMap<>();
    Map<String, byte[]> weights = new TreeMap<>();
    List<String> dropped = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    Manifest manifest = null;
    long total = 0;
    int entries = 0;
    java.util.Set<String> names = new java.util.HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        if (++entries > MAX_ENTRIES) {
          throw new InvalidSubmissionException("intake.too-many-entries", file + " has more than " + MAX_ENTRIES + " entries", MAX_ENTRIES);
        }
        if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0 || name.isEmpty()) {
          throw new InvalidSubmissionException("intake.bad-name", file + ": unsafe entry name " + printable(name), printable(name));
        }
        if (!names.add(name)) {
          throw new InvalidSubmissionException("intake.duplicate", file + ": entry " + name + " appears twice", name);
        }
        if (e.isDirectory()) {
          continue;
        }
        byte[] content = readCapped(zip, file, name, name.endsWith(WEIGHTS_SUFFIX) ? MAX_WEIGHTS_BYTES : MAX_ENTRY_BYTES);
        total += content.length;
        if (total > MAX_TOTAL_BYTES) {
          throw new InvalidSubmissionException("intake.too-big-unpacked", file + " unpacks to more than " + MAX_TOTAL_BYTES + " bytes", MAX_TOTAL_BYTES);
        }
        if (name.equals("META-INF/MANIFEST.MF")) {
          manifest = new Manifest(new java.io.ByteArrayInputStream(content));
        } else if (name.startsWith(STUDENT_DIR) && name.endsWith(".class")) {
          checkClass(file, name, content);
          classes.put(name, content);
        } else if (name.startsWith(STUDENT_DIR) && name.endsWith(WEIGHTS_SUFFIX) && isWeights(content)) {
          weights.put(name, content);
        } else if (name.startsWith(SOURCES_DIR) && name.endsWith(".java")) {
          sources.add(name.substring(SOURCES_DIR.length()));
        } else {
          dropped.add(name);
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new InvalidSubmissionException("intake.not-a-jar", file + " is not a readable jar: " + e.getMessage(), e.getMessage());
    }
    if (entries == 0) {
      throw new InvalidSubmissionException("intake.not-a-jar", file + " is not a jar (no zip entries)", "no zip entries");
    }
    if (classes.isEmpty()) {
      throw new InvalidSubmissionException("intake.no-classes", file + " has no classes under " + STUDENT_DIR, STUDENT_DIR);
    }
    String student = attribute(manifest, "Nngrade-Student").filter(s -> s.matches("[A-Za-z0-9._-]{1,64}") && !s.equals("unnamed")).orElse(fallbackStudent);
    String version = attribute(manifest, "Nngrade-Exercise-Set-Version").orElse("");
    Map<String, byte[]> kept = new TreeMap<>(classes);
    kept.putAll(weights);
    Sidecar time = submittedAt(file);
    return new Submission(student, file, sha256(bytes), canonical(kept), List.copyOf(classes.keySet()), List.copyOf(dropped), version, time.at(), time.warnings());
  }

  private static byte[] readCapped(ZipInputStream zip, Path file, String name, long cap) throws IOException, InvalidSubmissionException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long n = 0;
    for (int r; (r = zip.read(buf)) > 0; ) {
      n += r;
      if (n > cap) {
        throw new InvalidSubmissionException("intake.entry-too-big", file + ": entry " + name + " unpacks to more than " + cap + " bytes", name, cap);
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  private static void checkClass(Path file, String name, byte[] c) throws InvalidSubmissionException {
    if (c.length < 10 || (c[0] & 0xff) != 0xca || (c[1] & 0xff) != 0xfe || (c[2] & 0xff) != 0xba || (c[3] & 0xff) != 0xbe) {
      throw new InvalidSubmissionException("intake.bad-class", file + ": " + name + " is not a class file", name);
    }
    int major = ((c[6] & 0xff) << 8) | (c[7] & 0xff);
    if (major > MAX_CLASS_VERSION) {
      throw new InvalidSubmissionException("intake.class-version", file + ": " + name + " was compiled for class-file version " + major
          + " (Java " + (major - 44) + "); the grader runs Java " + (MAX_CLASS_VERSION - 44), name, major - 44, MAX_CLASS_VERSION - 44);
    }
  }

  private static boolean isWeights(byte[] c) {
    return c.length >= 4 && ((c[0] & 0xff) << 24 | (c[1] & 0xff) << 16 | (c[2] & 0xff) << 8 | (c[3] & 0xff)) == dev.nngrade.contract.leaderboard.Weights.MAGIC;
  }

  /** The entries of a canonical jar (classes and weights), by name. */
  public static Map<String, byte[]> entries(byte[] canonicalJar) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(canonicalJar))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        out.put(e.getName(), zip.readAllBytes());
      }
    }
    return out;
  }

  private static byte[] canonical(Map<String, byte[]> classes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : classes.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Optional<String> attribute(Manifest m, String name) {
    if (m == null) {
      return Optional.empty();
    }
    String v = m.getMainAttributes().getValue(new Attributes.Name(name));
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  /** The submission time a sidecar gives, if any, and what was wrong with the sidecar. */
  private record Sidecar(Optional<Instant> at, List<String> warnings) {}

  /**
   * A sidecar {@code <file>.submitted} holding an ISO-8601 instant says when the jar was submitted.
   * The instructor or the LMS writes it, not the student, so a broken one must not cost the student
   * anything: the jar is graded as if no time were given and the instructor is warned.
   */
  private static Sidecar submittedAt(Path file) {
    Path side = file.resolveSibling(file.getFileName() + ".submitted");
    if (!Files.isRegularFile(side, LinkOption.NOFOLLOW_LINKS)) {
      return new Sidecar(Optional.empty(), List.of());
    }
    String text;
    try {
      text = Files.readString(side).trim();
    } catch (IOException e) {
      return new Sidecar(Optional.empty(), List.of(side + ": expected an ISO-8601 instant such as 2026-12-01T14:59:00Z, found a file that cannot be read as UTF-8 text;"
          + " graded as if no submission time were given"));
    }
    try {
      return new Sidecar(Optional.of(Instant.parse(text)), List.of());
    } catch (java.time.format.DateTimeParseException e) {
      return new Sidecar(Optional.empty(), List.of(side + ": expected an ISO-8601 instant such as 2026-12-01T14:59:00Z, found '" + printable(text)
          + "'; graded as if no submission time were given"));
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().limit(120).forEach(cp -> b.append(cp < 0x20 || cp == 0x7f ? String.format(java.util.Locale.ROOT, "\\u%04x", cp) : new String(Character.toChars(cp))));
    return b.toString();
  }

  /** Reads the whole stream (used for zips of jars). */
  static byte[] readAll(InputStream in, long cap) throws IOException {
    byte[] data = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
    if (data.length > cap) {
      throw new IOException("more than " + cap + " bytes");
    }
    return data;
  }
}
