package dev.nngrade.grader.intake;

import dev.nngrade.grader.intake.IntakeReport.Flag;
import dev.nngrade.grader.intake.IntakeReport.Skipped;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The rules of each {@link IdentityLayout}: which file belongs to which student, and the recognition for {@code auto}. */
final class Layouts {
  static final String METADATA = "submission_metadata.yml";
  static final String SIDECAR = ".submitted";

  /**
   * Moodle: {@code clean_filename(name _ participant id) _ assignsubmission _ plugin}, then a folder
   * or {@code _<file name>}. The name cannot hold {@code _} (Moodle turns it into a space), so the
   * first {@code _<digits>_assignsubmission_} ends it.
   */
  static final Pattern MOODLE = Pattern.compile("^(?<name>.*?)_(?<id>\\d+)_assignsubmission_(?<plugin>[a-z0-9]+)(?:_(?<file>.*))?$", Pattern.DOTALL);
  /** A team submission of Moodle's default group has no id at all. */
  static final Pattern MOODLE_WITHOUT_ID = Pattern.compile("^.*_assignsubmission_[a-z0-9]+(?:_.*)?$", Pattern.DOTALL);
  /**
   * Canvas: {@code [lastfirst_][LATE_](user id | anon_<id>)_<attachment id>_<file name>}. The name is
   * lower case with every {@code _<digits>_} taken out by Canvas, so {@code LATE_} cannot start it and
   * the first {@code _<digits>_<digits>_} after it is the ids.
   */
  static final Pattern CANVAS = Pattern.compile("^(?:(?!LATE_)(?<name>.*?)_)?(?<late>LATE_)?(?<id>\\d+|anon_[A-Za-z0-9]+)_(?<att>\\d+)_(?<file>.+)$", Pattern.DOTALL);
  /** Canvas's text entries and URLs: the student's, but never a jar. */
  static final Pattern CANVAS_TEXT = Pattern.compile("^(?:(?!LATE_)(?<name>.*?)_)?(?<late>LATE_)?(?<id>\\d+|anon_[A-Za-z0-9]+)_(?:text|link)\\.html$", Pattern.DOTALL);

  private Layouts() {}

  /**
   * A file in the instructor's folder and whose it is. {@code lmsTime}: the LMS's own submission
   * time; {@code lmsOrder}: the LMS's upload number where it has one (0 otherwise).
   */
  record Upload(String student, String name, Path file, String source, Optional<Instant> lmsTime, boolean markedLate, long lmsOrder) {}

  /** The layout to read, the folder it starts at, and why. */
  record Detection(IdentityLayout layout, Path root, String reason) {}

  /** What a layout found. */
  static final class Found {
    final List<Upload> uploads = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<Flag> flags = new ArrayList<>();
  }

  /** Reads {@code root} (inside {@code base}, the submissions folder; sources are relative to it) by the rules of {@code layout}. */
  static Found read(IdentityLayout layout, Path base, Path root, Path exclude) throws IOException {
    Found f = new Found();
    Reader r = new Reader(base, exclude, f);
    switch (layout) {
      case PLAIN -> r.plain(root);
      case MOODLE -> r.moodle(root);
      case CANVAS -> r.canvas(root);
      case GRADESCOPE -> r.gradescope(root);
      case AUTO -> throw new IllegalArgumentException("auto is resolved to a layout before reading");
    }
    return f;
  }

  /** {@code auto}: the layout the folder's shape shows, or an error naming the candidates. */
  static Detection detect(Path dir) throws IOException {
    return detect(dir, dir, true);
  }

  private static Detection detect(Path base, Path dir, boolean mayDescend) throws IOException {
    List<Path> entries = relevant(dir);
    boolean gradescope = Files.isRegularFile(dir.resolve(METADATA), LinkOption.NOFOLLOW_LINKS);
    List<Path> moodle = entries.stream().filter(p -> MOODLE.matcher(name(p)).matches() || MOODLE_WITHOUT_ID.matcher(name(p)).matches()).toList();
    List<Path> canvas = entries.stream()
        .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && (CANVAS.matcher(name(p)).matches() || CANVAS_TEXT.matcher(name(p)).matches())).toList();
    String where = base.equals(dir) ? "" : " in " + base.relativize(dir) + "/";
    List<String> lms = new ArrayList<>();
    if (gradescope) {
      lms.add("gradescope (" + METADATA + where + ")");
    }
    if (!moodle.isEmpty()) {
      lms.add("moodle (" + moodle.size() + " of " + entries.size() + " entries" + where + " have Moodle names, e.g. '" + name(moodle.get(0)) + "')");
    }
    if (!canvas.isEmpty()) {
      lms.add("canvas (" + canvas.size() + " of " + entries.size() + " entries" + where + " have Canvas names, e.g. '" + name(canvas.get(0)) + "')");
    }
    if (lms.size() > 1) {
      throw ambiguous(base, lms);
    }
    if (gradescope) {
      return new Detection(IdentityLayout.GRADESCOPE, dir, "auto: " + METADATA + where + " is there");
    }
    List<Path> fits = !moodle.isEmpty() ? moodle : canvas;
    if (!fits.isEmpty()) {
      IdentityLayout l = !moodle.isEmpty() ? IdentityLayout.MOODLE : IdentityLayout.CANVAS;
      if (fits.size() < entries.size()) {
        Path other = entries.stream().filter(p -> !fits.contains(p)).findFirst().orElseThrow();
        lms.add("plain (" + (entries.size() - fits.size()) + " entries" + where + " do not have " + l.id() + " names, e.g. '" + name(other) + "')");
        throw ambiguous(base, lms);
      }
      return new Detection(l, dir, "auto: all " + entries.size() + " entries" + where + " have " + l.id() + " names");
    }
    if (mayDescend && entries.size() == 1 && Files.isDirectory(entries.get(0), LinkOption.NOFOLLOW_LINKS)) {
      Detection inner = detect(base, entries.get(0), false);
      if (inner.layout() != IdentityLayout.PLAIN) {
        return inner;
      }
    }
    return new Detection(IdentityLayout.PLAIN, dir, "auto: no " + METADATA + " and no entry has Moodle or Canvas names");
  }

  private static IllegalArgumentException ambiguous(Path dir, List<String> candidates) {
    return new IllegalArgumentException("cannot tell which layout " + dir + " has; it could be " + String.join(", or ", candidates)
        + ". Choose one with --layout (" + IdentityLayout.names() + ")");
  }

  /** Entries that say something about the layout: not hidden, not macOS's resource forks, not sidecars, not the Gradescope metadata. */
  private static List<Path> relevant(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !ignorable(name(p)) && !name(p).endsWith(SIDECAR) && !name(p).equals(METADATA)).sorted(Comparator.comparing(Layouts::name)).toList();
    }
  }

  static boolean ignorable(String name) {
    return name.startsWith(".") || name.equals("__MACOSX") || name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini");
  }

  static String name(Path p) {
    return p.getFileName().toString();
  }

  /** The kit names jars {@code submission-<id>.jar}; anything else keeps its stem. */
  static String plainId(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String s = dot > 0 ? fileName.substring(0, dot) : fileName;
    return s.startsWith("submission-") && s.length() > "submission-".length() ? s.substring("submission-".length()) : s;
  }

  static boolean isArchiveOrJar(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jar") || lower.endsWith(".zip");
  }

  private static final class Reader {
    final Path base;
    final Path exclude;
    final Found out;

    Reader(Path base, Path exclude, Found out) {
      this.base = base;
      this.exclude = exclude;
      this.out = out;
    }

    String source(Path p) {
      return base.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }

    List<Path> top(Path root) throws IOException {
      try (Stream<Path> s = Files.list(root)) {
        return s.filter(p -> !p.equals(exclude)).sorted(Comparator.comparing(Layouts::name)).toList();
      }
    }

    /** Hidden files, links and stray sidecars at the top are listed; true when {@code p} needs no more thought. */
    boolean handledAtTop(Path p) {
      String n = name(p);
      if (Files.isSymbolicLink(p)) {
        out.skipped.add(new Skipped(source(p), null, "a symbolic link; links are not followed"));
        return true;
      }
      if (ignorable(n)) {
        out.skipped.add(new Skipped(source(p), null, "a hidden or system file"));
        return true;
      }
      if (n.endsWith(SIDECAR)) {
        if (!Files.exists(p.resolveSibling(n.substring(0, n.length() - SIDECAR.length())), LinkOption.NOFOLLOW_LINKS)) {
          out.skipped.add(new Skipped(source(p), null, "a submission-time sidecar without its file"));
        }
        return true;
      }
      return false;
    }

    void plain(Path root) throws IOException {
      for (Path p : top(root)) {
        if (handledAtTop(p)) {
          continue;
        }
        String n = name(p);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          String id = StudentIds.display(n);
          for (Path f : filesOrEmpty(p, id)) {
            out.uploads.add(new Upload(id, null, f, source(f), Optional.empty(), false, 0));
          }
        } else if (isArchiveOrJar(n) && !StudentIds.display(plainId(n)).isEmpty()) {
          out.uploads.add(new Upload(StudentIds.display(plainId(n)), null, p, source(p), Optional.empty(), false, 0));
        } else {
          out.skipped.add(new Skipped(source(p), null, "not a jar or zip, and not a student's folder (plain layout: <id>.jar, <id>.zip or <id>/)"));
        }
      }
    }

    void moodle(Path root) throws IOException {
      for (Path p : top(root)) {
        if (handledAtTop(p)) {
          continue;
        }
        String n = name(p);
        Matcher m = MOODLE.matcher(n);
        if (m.matches()) {
          String id = m.group("id");
          String who = StudentIds.display(m.group("name"));
          for (Path f : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? filesOrEmpty(p, id) : List.of(p)) {
            out.uploads.add(new Upload(id, who, f, source(f), Optional.empty(), false, 0));
          }
        } else if (MOODLE_WITHOUT_ID.matcher(n).matches()) {
          out.skipped.add(new Skipped(source(p), null, "a Moodle name without a participant or group id (a team submission of Moodle's default group?)"));
        } else {
          out.skipped.add(new Skipped(source(p), null, "does not fit the moodle layout (<full name>_<participant id>_assignsubmission_<plugin>)"));
        }
      }
    }

    void canvas(Path root) throws IOException {
      for (Path p : top(root)) {
        if (handledAtTop(p)) {
          continue;
        }
        String n = name(p);
        Matcher m = CANVAS.matcher(n);
        Matcher text = CANVAS_TEXT.matcher(n);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          out.skipped.add(new Skipped(source(p), null, "a folder; Canvas downloads are flat files (<lastfirst>_<user id>_<attachment id>_<file name>)"));
        } else if (text.matches()) {
          out.skipped.add(new Skipped(source(p), text.group("id"), "a Canvas text entry or URL, not a jar"));
        } else if (m.matches()) {
          boolean late = m.group("late") != null;
          long order;
          try {
            order = Long.parseLong(m.group("att"));
          } catch (NumberFormatException tooLong) {
            order = Long.MAX_VALUE;
          }
          out.uploads.add(new Upload(m.group("id"), m.group("name") == null ? null : StudentIds.display(m.group("name")), p, source(p), Optional.empty(), late, order));
        } else {
          out.skipped.add(new Skipped(source(p), null, "does not fit the canvas layout (<lastfirst>_<user id>_<attachment id>_<file name>)"));
        }
      }
    }

    void gradescope(Path root) throws IOException {
      Path yml = root.resolve(METADATA);
      if (!Files.isRegularFile(yml, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException(root + " has no " + METADATA + ": the gradescope layout is the folder of Gradescope's Export Submissions");
      }
      Map<String, GradescopeMetadata.Submission> meta = GradescopeMetadata.read(yml);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Path p : top(root)) {
        if (p.equals(yml) || handledAtTop(p)) {
          continue;
        }
        String n = name(p);
        GradescopeMetadata.Submission s = meta.get(n);
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.skipped.add(new Skipped(source(p), null, "not a submission folder (gradescope layout: submission_<n>/ beside " + METADATA + ")"));
          continue;
        }
        if (s == null) {
          out.skipped.add(new Skipped(source(p), null, "a folder that " + METADATA + " does not list"));
          continue;
        }
        seen.add(n);
        List<String> ids = new ArrayList<>();
        for (GradescopeMetadata.Submitter who : s.submitters()) {
          String id = !who.sid().isBlank() ? who.sid() : who.email();
          if (id.isBlank()) {
            out.flags.add(new Flag(Flag.Kind.METADATA, "?", source(p), "a submitter (" + StudentIds.display(who.name()) + ") has neither an SID nor an email in " + METADATA));
          } else {
            ids.add(StudentIds.display(id));
          }
        }
        if (ids.isEmpty()) {
          out.skipped.add(new Skipped(source(p), null, METADATA + " names no submitter with an SID or email for this folder"));
          continue;
        }
        if (ids.size() > 1) {
          for (String id : ids) {
            out.flags.add(new Flag(Flag.Kind.GROUP, id, source(p), "a group submission of " + String.join(", ", ids) + "; graded once for each"));
          }
        }
        List<Path> files = filesOrEmpty(p, String.join(", ", ids));
        for (String id : ids) {
          String who = s.submitters().stream().filter(x -> id.equals(StudentIds.display(!x.sid().isBlank() ? x.sid() : x.email()))).map(x -> StudentIds.display(x.name()))
              .findFirst().orElse(null);
          for (Path f : files) {
            out.uploads.add(new Upload(id, who, f, source(f), s.createdAt(), false, 0));
          }
        }
      }
      for (var e : meta.entrySet()) {
        if (!seen.contains(e.getKey())) {
          String who = String.join(", ", e.getValue().submitters().stream().map(x -> StudentIds.display(!x.sid().isBlank() ? x.sid() : x.email())).toList());
          out.flags.add(new Flag(Flag.Kind.METADATA, who.isEmpty() ? "?" : who, METADATA, METADATA + " lists " + StudentIds.display(e.getKey()) + ", which is not in the folder"));
        }
      }
    }

    /** {@link #files}, and an empty folder listed as such: a student who uploaded nothing is not silently left out. */
    List<Path> filesOrEmpty(Path dir, String student) throws IOException {
      List<Path> f = files(dir);
      if (f.isEmpty()) {
        out.skipped.add(new Skipped(source(dir) + "/", student, "a student's folder with no files in it"));
      }
      return f;
    }

    /** The regular files under a student's folder, by path; links, hidden files and sidecars are not submissions. */
    List<Path> files(Path dir) throws IOException {
      List<Path> found = new ArrayList<>();
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(dir) && (ignorable(name(d)) || d.equals(exclude))) {
            out.skipped.add(new Skipped(source(d) + "/", null, "a hidden or system folder"));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          String n = name(f);
          if (attrs.isSymbolicLink()) {
            out.skipped.add(new Skipped(source(f), null, "a symbolic link; links are not followed"));
          } else if (!attrs.isRegularFile()) {
            out.skipped.add(new Skipped(source(f), null, "not a regular file"));
          } else if (ignorable(n)) {
            out.skipped.add(new Skipped(source(f), null, "a hidden or system file"));
          } else if (n.endsWith(SIDECAR)) {
            if (!Files.exists(f.resolveSibling(n.substring(0, n.length() - SIDECAR.length())), LinkOption.NOFOLLOW_LINKS)) {
              out.skipped.add(new Skipped(source(f), null, "a submission-time sidecar without its file"));
            }
          } else {
            found.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          out.skipped.add(new Skipped(source(f), null, "cannot be read: " + e.getMessage()));
          return FileVisitResult.CONTINUE;
        }
      });
      found.sort(Comparator.comparing(Path::toString));
      return found;
    }
  }
}
