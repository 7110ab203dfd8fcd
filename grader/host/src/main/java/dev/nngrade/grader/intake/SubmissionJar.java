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
 * Validates a submission jar and rebuilds it. The jar is read with caps (file size, entry count,
 * bytes per entry, total bytes, manifest size), each checked before the bytes are kept, so a zip bomb
 * costs at most the caps; any failure to read it makes the one submission invalid. The student id is
 * the one intake gives (from the folder's layout), never the manifest's. Names with {@code ..}, a leading {@code /}, a backslash or NUL and duplicate names are
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
  /** A kit's manifest has a few hundred bytes; it is capped before it is parsed. */
  public static final long MAX_MANIFEST_BYTES = 64L << 10;
  /** A sidecar holds one instant. */
  static final int MAX_SIDECAR_BYTES = 4 << 10;
  static final String MANIFEST = "META-INF/MANIFEST.MF";
  public static final long MAX_TOTAL_BYTES = 48L << 20;
  /** The class-file major version of Java 25. */
  public static final int MAX_CLASS_VERSION = 69;
  static final String STUDENT_DIR = "dev/nngrade/student/";
  static final String SOURCES_DIR = "META-INF/sources/";
  /** 1980-01-01, the earliest time a zip entry can hold: canonical jars are byte-identical for identical classes. */
  private static final long FIXED_TIME = 315_532_800_000L;

  private SubmissionJar() {}

  /** The student id is the one given: the manifest's {@code Nngrade-Student} never decides it (intake only compares the two). */
  public static Submission read(Path file, String student) throws InvalidSubmissionException {
    return read(new Intake.Candidate(file, student));
  }

  /** A candidate's jar as read once: the submission, or why it cannot be graded. */
  public sealed interface Read {
    record Valid(Submission submission) implements Read {}

    record Invalid(InvalidSubmissionException reason) implements Read {}
  }

  /** {@link #read(Intake.Candidate)}, with an invalid jar as a value rather than an exception. */
  public static Read tryRead(Intake.Candidate c) {
    try {
      return new Read.Valid(read(c));
    } catch (InvalidSubmissionException e) {
      return new Read.Invalid(e);
    }
  }

  /**
   * Reads a candidate as intake found it: its student id, its sidecar (else the LMS's time) for the
   * submission time. Whatever the file holds, this returns or throws {@link InvalidSubmissionException}
   * with a plain reason: a bad zip, a manifest that does not parse, a truncated entry, names that are
   * not UTF-8 all make the one submission invalid, never the class fail.
   */
  public static Submission read(Intake.Candidate c) throws InvalidSubmissionException {
    if (c.rejected().isPresent()) {
      throw c.rejected().get().exception();
    }
    try {
      return readChecked(c);
    } catch (InvalidSubmissionException e) {
      throw e;
    } catch (java.util.zip.ZipException e) {
      throw new InvalidSubmissionException("intake.not-a-jar", c.jar() + " is not a readable jar: " + printable(String.valueOf(e.getMessage())),
          printable(String.valueOf(e.getMessage())));
    } catch (IOException | RuntimeException e) {
      String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + printable(e.getMessage()));
      throw new InvalidSubmissionException("intake.unreadable", c.jar() + " cannot be read: " + why, why);
    }
  }

  private static Submission readChecked(Intake.Candidate c) throws InvalidSubmissionException, IOException {
    Path file = c.jar();
    String student = c.student();
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
    byte[] bytes = readBounded(file, MAX_FILE_BYTES);
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
        long cap = name.equals(MANIFEST) ? MAX_MANIFEST_BYTES : name.endsWith(WEIGHTS_SUFFIX) ? MAX_WEIGHTS_BYTES : MAX_ENTRY_BYTES;
        byte[] content = readCapped(zip, file, name, cap);
        total += content.length;
        if (total > MAX_TOTAL_BYTES) {
          throw new InvalidSubmissionException("intake.too-big-unpacked", file + " unpacks to more than " + MAX_TOTAL_BYTES + " bytes", MAX_TOTAL_BYTES);
        }
        if (name.equals(MANIFEST)) {
          manifest = manifest(file, content);
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
    }
    if (entries == 0) {
      throw new InvalidSubmissionException("intake.not-a-jar", file + " is not a jar (no zip entries)", "no zip entries");
    }
    if (classes.isEmpty()) {
      throw new InvalidSubmissionException("intake.no-classes", file + " has no classes under " + STUDENT_DIR, STUDENT_DIR);
    }
    String version = attribute(manifest, "Nngrade-Exercise-Set-Version").orElse("");
    Map<String, byte[]> kept = new TreeMap<>(classes);
    kept.putAll(weights);
    Sidecar time = submittedAt(c.sidecar());
    return new Submission(student, file, sha256(bytes), canonical(kept), List.copyOf(classes.keySet()), List.copyOf(dropped), version,
        time.at().isPresent() ? time.at() : c.lmsTime(), time.warnings());
  }

  /** The manifest's bytes were capped before this; a header the JDK refuses makes the jar invalid, with the JDK's reason. */
  private static Manifest manifest(Path file, byte[] content) throws InvalidSubmissionException {
    try {
      return new Manifest(new java.io.ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      String why = printable(String.valueOf(e.getMessage()));
      throw new InvalidSubmissionException("intake.bad-manifest", file + ": " + MANIFEST + " cannot be read: " + why, why);
    }
  }

  /** Reads a file of known size without trusting that size: at most {@code cap} bytes are ever held. */
  private static byte[] readBounded(Path file, long cap) throws IOException, InvalidSubmissionException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] data = in.readNBytes((int) cap + 1);
      if (data.length > cap) {
        throw new InvalidSubmissionException("intake.too-big", file + " has more than " + cap + " bytes", data.length, cap);
      }
      return data;
    }
  }

  /** What intake wants to know of a jar before grading it; never throws, whatever the jar holds. */
  record Peek(boolean studentClasses, Optional<String> claimed) {}

  /**
   * Whether a jar has classes of the students' package, and the student its manifest names. Reads at
   * most {@link #MAX_FILE_BYTES} of file, {@link #MAX_TOTAL_BYTES} inflated and a manifest of
   * {@link #MAX_MANIFEST_BYTES}; a jar that cannot be read has neither.
   */
  static Peek peek(Path jar) {
    boolean studentClasses = false;
    Optional<String> claimed = Optional.empty();
    try {
      if (Files.size(jar) > MAX_FILE_BYTES) {
        return new Peek(false, Optional.empty());
      }
      try (InputStream raw = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(new java.io.BufferedInputStream(raw), StandardCharsets.UTF_8)) {
        byte[] buf = new byte[8192];
        long total = 0;
        int entries = 0;
        for (ZipEntry e; (e = zip.getNextEntry()) != null && ++entries <= MAX_ENTRIES; ) {
          String name = e.getName();
          studentClasses |= name.startsWith(STUDENT_DIR) && name.endsWith(".class");
          if (name.equals(MANIFEST)) {
            byte[] m = zip.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            total += m.length;
            if (m.length <= MAX_MANIFEST_BYTES) {
              claimed = attribute(new Manifest(new java.io.ByteArrayInputStream(m)), "Nngrade-Student");
            }
          }
          // skipping an entry inflates it: bounded like reading
          for (int r; (r = zip.read(buf)) > 0; ) {
            total += r;
            if (total > MAX_TOTAL_BYTES) {
              return new Peek(studentClasses, claimed);
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // a jar that cannot be read is graded as invalid, with the reason, when its turn comes
    }
    return new Peek(studentClasses, claimed);
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
  private static Sidecar submittedAt(Optional<Path> sidecar) {
    if (sidecar.isEmpty() || !Files.isRegularFile(sidecar.get(), LinkOption.NOFOLLOW_LINKS)) {
      return new Sidecar(Optional.empty(), List.of());
    }
    Path side = sidecar.get();
    String text;
    try (InputStream in = Files.newInputStream(side)) {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(in.readNBytes(MAX_SIDECAR_BYTES))).toString().trim();
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
    s.codePoints().limit(120).forEach(cp -> b.append(cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? String.format(java.util.Locale.ROOT, "\\u%04x", cp) : new String(Character.toChars(cp))));
    return b.toString();
  }
}
