package dev.nngrade.grader.intake;

import dev.nngrade.grader.intake.IntakeReport.Skipped;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the jars of an uploaded zip into a staging folder of its own, with every cap checked while
 * the bytes stream, before anything is allocated for them.
 *
 * <ul>
 *   <li>Each input file gets its own folder, named after its path in the submissions folder plus a
 *       hash of that path, and each jar its own numbered subfolder under its original (cleaned) name:
 *       two uploads named {@code submission.zip}, or two {@code submission.jar} in one zip, never
 *       meet.
 *   <li>The uploaded zip is opened by its central directory, so entries that are not jars or zips
 *       (sources, data sets) are listed without being inflated. A zip inside it is read as a stream,
 *       down to {@link Intake.Limits#maxDepth()} levels counting the upload as the first; a deeper one
 *       is listed and not opened.
 *   <li>Every byte inflated at any level counts against the archive's cap and the class's cap, and
 *       against the expansion ratio (inflated bytes per compressed byte of what was opened). An
 *       archive that passes a cap is not graded at all: the student's submission becomes invalid with
 *       the reason, and what was staged from it is deleted.
 *   <li>Names with {@code ..} segments, absolute paths, drive letters, backslashes or control
 *       characters are listed and never used; only the cleaned last segment names a staged file.
 *   <li>A jar larger than {@link SubmissionJar#MAX_FILE_BYTES} is not written; it becomes an invalid
 *       submission with the reason.
 * </ul>
 */
final class Archives {
  /** Below this many inflated bytes the ratio is not judged: small files compress erratically. */
  static final long RATIO_FLOOR = 1L << 20;

  record Staged(Path jar, String source, Optional<Instant> entryTime, Optional<Intake.Rejection> rejected) {}

  record Unpacked(List<Staged> jars, Optional<Intake.Rejection> rejected) {}

  private final Intake.Limits limits;
  private final Path staging;
  private long classUsed;

  Archives(Intake.Limits limits, Path staging) {
    this.limits = limits;
    this.staging = staging;
  }

  /** Bytes inflated so far in this class. */
  long classUsed() {
    return classUsed;
  }

  /** The staging folder of an input: its cleaned path (for people) and a hash of the exact path (for uniqueness). */
  static String folderFor(String source) {
    String cleaned = source.replaceAll("[^A-Za-z0-9._-]+", "_");
    if (cleaned.length() > 48) {
      cleaned = cleaned.substring(cleaned.length() - 48);
    }
    return cleaned.replaceAll("^[._]+", "") + "-" + StudentIds.sha256(source).substring(0, 16);
  }

  Unpacked unpack(Path zip, String source, String student, List<Skipped> skipped) throws IOException {
    Path into = staging.resolve(folderFor(source));
    deleteTree(into);
    Files.createDirectories(into);
    long size = Files.size(zip);
    if (size > limits.archiveFileBytes()) {
      return rejected(into, skipped, source, student, new Intake.Rejection("intake.archive-file-too-big",
          source + " has " + size + " bytes, more than the " + limits.archiveFileBytes() + " an uploaded archive may have", List.of(size, limits.archiveFileBytes())));
    }
    if (classUsed >= limits.classBytes()) {
      return rejected(into, skipped, source, student, classCap());
    }
    Walk w = new Walk(into, student, skipped, Files.getLastModifiedTime(zip));
    try (ZipFile zf = open(zip)) {
      w.top(zf, source);
    } catch (Stop s) {
      classUsed += w.unpacked;
      return rejected(into, skipped, source, student, s.rejection);
    } catch (IOException | RuntimeException e) {
      classUsed += w.unpacked;
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof Stop s) {
          return rejected(into, skipped, source, student, s.rejection);
        }
      }
      // a zip the JDK cannot read (truncated, not a zip, unsupported method) at any level
      String why = e instanceof UncheckedIOException u ? String.valueOf(u.getCause().getMessage()) : String.valueOf(e.getMessage());
      return rejected(into, skipped, source, student,
          new Intake.Rejection("intake.archive-unreadable", source + " is not a readable zip: " + SubmissionJar.printable(why), List.of(SubmissionJar.printable(why))));
    }
    classUsed += w.unpacked;
    if (w.unlisted > 0) {
      skipped.add(new Skipped(source, student, w.unlisted + " more entries skipped (not jars; the first " + limits.listedPerArchive() + " are listed)"));
    }
    return new Unpacked(List.copyOf(w.staged), Optional.empty());
  }

  /**
   * Names are UTF-8 where the zip says so; Windows's own zip tool writes them in the system's code
   * page without saying so, which UTF-8 refuses. Such a zip is opened again as Windows-31J (the
   * Japanese code page, for this course's students), and failing that with a charset that takes any
   * byte: its jars are still found by their ASCII {@code .jar}, only the listing shows the names
   * garbled.
   */
  private static ZipFile open(Path zip) throws IOException {
    for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"))) {
      try {
        return new ZipFile(zip.toFile(), cs);
      } catch (java.util.zip.ZipException badNames) {
        // next charset
      }
    }
    return new ZipFile(zip.toFile(), StandardCharsets.ISO_8859_1);
  }

  private Intake.Rejection classCap() {
    return new Intake.Rejection("intake.class-cap", "not unpacked: the class's unpacking budget of " + limits.classBytes() + " bytes is used up",
        List.of(limits.classBytes()));
  }

  private static Unpacked rejected(Path into, List<Skipped> skipped, String source, String student, Intake.Rejection r) throws IOException {
    deleteTree(into);
    skipped.add(new Skipped(source, student, r.detail()));
    return new Unpacked(List.of(), Optional.of(r));
  }

  /** A cap was passed: the whole archive is rejected with this reason. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Intake.Rejection rejection;

    Stop(Intake.Rejection rejection) {
      super(rejection.detail(), null, false, false);
      this.rejection = rejection;
    }
  }

  /** One archive's walk: its counters and what it staged. */
  private final class Walk {
    final Path into;
    final String student;
    final List<Skipped> skipped;
    final FileTime time;
    final List<Staged> staged = new ArrayList<>();
    final byte[] buf = new byte[64 << 10];
    long unpacked;
    long compressed;
    int entries;
    int seq;
    int listed;
    int unlisted;

    Walk(Path into, String student, List<Skipped> skipped, FileTime time) {
      this.into = into;
      this.student = student;
      this.skipped = skipped;
      this.time = time;
    }

    void skip(String source, String reason) {
      if (listed < limits.listedPerArchive()) {
        listed++;
        skipped.add(new Skipped(source, student, reason));
      } else {
        unlisted++;
      }
    }

    void entry() throws Stop {
      if (++entries > limits.archiveEntries()) {
        throw new Stop(new Intake.Rejection("intake.archive-too-many-entries", "the archive holds more than " + limits.archiveEntries() + " entries",
            List.of(limits.archiveEntries())));
      }
    }

    /** Counts {@code n} inflated bytes and stops the archive as soon as a cap or the ratio is passed. */
    void count(long n) throws Stop {
      unpacked += n;
      if (unpacked > limits.archiveBytes()) {
        throw new Stop(new Intake.Rejection("intake.archive-too-big", "the archive unpacks to more than " + limits.archiveBytes() + " bytes",
            List.of(limits.archiveBytes())));
      }
      if (classUsed + unpacked > limits.classBytes()) {
        throw new Stop(classCap());
      }
      if (unpacked > RATIO_FLOOR && (double) unpacked / Math.max(compressed, 1) > limits.ratio()) {
        throw new Stop(new Intake.Rejection("intake.archive-ratio", "the archive expands more than " + limits.ratio() + " times (" + unpacked
            + " bytes from " + compressed + " compressed)", List.of(limits.ratio())));
      }
    }

    void top(ZipFile zf, String prefix) throws IOException, Stop {
      if (zf.size() > limits.archiveEntries()) {
        throw new Stop(new Intake.Rejection("intake.archive-too-many-entries", "the archive holds " + zf.size() + " entries, more than " + limits.archiveEntries(),
            List.of(limits.archiveEntries())));
      }
      for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        entry();
        String source = prefix + "!/" + SubmissionJar.printable(e.getName());
        Kind k = kind(e, source, 1);
        if (k == Kind.JAR || k == Kind.ZIP) {
          // what the central directory says was compressed; a lie only makes the ratio stricter or the caps bite
          compressed += Math.max(e.getCompressedSize(), 0);
          try (InputStream in = zf.getInputStream(e)) {
            if (k == Kind.JAR) {
              stage(in, e, source);
            } else {
              nested(new ZipInputStream(new Counted(in), StandardCharsets.ISO_8859_1), 2, source);
            }
          }
        }
      }
    }

    /** A zip inside the upload, as a stream; its names are read byte for byte (see {@link #open}), since a stream cannot be read twice. */
    void nested(ZipInputStream zin, int level, String prefix) throws IOException, Stop {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        entry();
        String source = prefix + "!/" + SubmissionJar.printable(e.getName());
        Kind k = kind(e, source, level);
        if (k == Kind.JAR) {
          stage(zin, e, source);
        } else if (k == Kind.ZIP) {
          nested(new ZipInputStream(new Counted(zin), StandardCharsets.ISO_8859_1), level + 1, source);
        }
        // the rest of the entry (all of a skipped one, the central directory of a nested zip) is inflated here, counted
        drain(zin);
      }
    }

    /** What to do with an entry; skipped ones are listed here. */
    Kind kind(ZipEntry e, String source, int level) {
      String name = e.getName();
      if (unsafe(name)) {
        skip(source, "an unsafe entry name (absolute, with .. , a drive letter, a backslash or a control character); not used");
        return Kind.SKIP;
      }
      if (e.isDirectory()) {
        return Kind.SKIP;
      }
      String base = name.substring(name.lastIndexOf('/') + 1);
      String lower = base.toLowerCase(Locale.ROOT);
      if (Layouts.ignorable(base) || name.startsWith("__MACOSX/") || name.contains("/__MACOSX/")) {
        skip(source, "a hidden or system file");
        return Kind.SKIP;
      }
      if (lower.endsWith(".jar")) {
        return Kind.JAR;
      }
      if (lower.endsWith(".zip")) {
        if (level + 1 > limits.maxDepth()) {
          skip(source, "a zip nested deeper than " + limits.maxDepth() + " archives; not opened");
          return Kind.SKIP;
        }
        return Kind.ZIP;
      }
      skip(source, "not a jar or zip");
      return Kind.SKIP;
    }

    void stage(InputStream in, ZipEntry e, String source) throws IOException, Stop {
      String base = e.getName().substring(e.getName().lastIndexOf('/') + 1);
      String clean = base.replaceAll("[^A-Za-z0-9._-]", "_");
      if (clean.length() > 100) {
        clean = clean.substring(clean.length() - 100);
      }
      Path dir = Files.createDirectories(into.resolve(String.format(Locale.ROOT, "%04d", seq++)));
      Path target = dir.resolve(clean.startsWith(".") ? "_" + clean : clean);
      long n = 0;
      boolean tooBig = false;
      try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        for (int r; (r = in.read(buf)) > 0; ) {
          count(r);
          n += r;
          if (n > SubmissionJar.MAX_FILE_BYTES) {
            tooBig = true;
            break;
          }
          out.write(buf, 0, r);
        }
      }
      Optional<Instant> entryTime = Optional.ofNullable(e.getLastModifiedTime()).map(FileTime::toInstant);
      if (tooBig) {
        Files.delete(target);
        skipped.add(new Skipped(source, student, "a jar larger than " + SubmissionJar.MAX_FILE_BYTES + " bytes; not written"));
        staged.add(new Staged(target, source, entryTime, Optional.of(new Intake.Rejection("intake.entry-too-big",
            source + " unpacks to more than " + SubmissionJar.MAX_FILE_BYTES + " bytes", List.of(base, SubmissionJar.MAX_FILE_BYTES)))));
        return;
      }
      // the upload's time, not the time the grader unpacked it: the leaderboard falls back on it
      Files.setLastModifiedTime(target, time);
      staged.add(new Staged(target, source, entryTime, Optional.empty()));
    }

    void drain(InputStream in) throws IOException, Stop {
      for (int r; (r = in.read(buf)) > 0; ) {
        count(r);
      }
    }

    /** A nested zip's view of its parent: counts what the parent inflates for it, and never closes the parent. */
    final class Counted extends FilterInputStream {
      Counted(InputStream in) {
        super(in);
      }

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int r = super.read(b, off, len);
        if (r > 0) {
          counted(r);
        }
        return r;
      }

      @Override
      public long skip(long n) throws IOException {
        // skipping inflates as much as reading: do it by reading, so that it is counted
        byte[] b = new byte[(int) Math.min(n, 8192)];
        int r = read(b, 0, b.length);
        return Math.max(r, 0);
      }

      private void counted(long n) throws IOException {
        try {
          count(n);
        } catch (Stop s) {
          throw new StopCarrier(s);
        }
      }

      @Override
      public void close() {
        // the parent stream belongs to the walk
      }
    }
  }

  /** Carries a {@link Stop} through a stream's read, which may only throw IOException. */
  private static final class StopCarrier extends IOException {
    private static final long serialVersionUID = 1L;

    StopCarrier(Stop s) {
      super(s.getMessage(), s);
    }
  }

  private enum Kind { JAR, ZIP, SKIP }

  static boolean unsafe(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || name.length() > 1024) {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      // C1 controls are left to the listing's escaping: a name read byte for byte is full of them
      if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7f) {
        return true;
      }
    }
    for (String seg : name.split("/", -1)) {
      if (seg.equals("..")) {
        return true;
      }
    }
    return false;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
        Files.delete(f);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
