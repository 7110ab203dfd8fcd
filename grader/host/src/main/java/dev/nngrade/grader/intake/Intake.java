package dev.nngrade.grader.intake;

import dev.nngrade.grader.intake.IntakeReport.Flag;
import dev.nngrade.grader.intake.IntakeReport.Skipped;
import dev.nngrade.grader.intake.IntakeReport.Superseded;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the submissions in the instructor's folder and decides whose each one is. The student id
 * comes from the folder's layout ({@link IdentityLayout}: where the instructor got the file), never
 * from inside the jar; the jar's {@code Nngrade-Student} is only compared with it, and a difference is
 * flagged. Zips are unpacked into a staging folder of their own per input ({@link Archives}), with caps
 * on depth, size, entries and expansion. Of a student's several submissions one is chosen by the
 * {@link SelectionPolicy}; the others are listed. Everything skipped is listed with the reason. The
 * order is by path, so a class is always graded in the same order.
 */
public final class Intake {
  /** Why a submission cannot be graded, found before its jar is read; graded as invalid with this reason. */
  public record Rejection(String key, String detail, List<Object> args) {
    public Rejection {
      args = List.copyOf(args);
    }

    public InvalidSubmissionException exception() {
      return new InvalidSubmissionException(key, detail, args.toArray());
    }
  }

  /**
   * A submission to grade: the jar to read, the student id as the layout gave it (shown and written
   * to {@code grades.csv}), that id's safe form (for folder names), where it came from (its path in
   * the submissions folder, {@code !/} into archives), the sidecar that would give its submission
   * time, the LMS's own submission time, and the reason it is invalid if intake already knows one.
   */
  public record Candidate(Path jar, String student, String safeId, String source, Optional<Path> sidecar, Optional<Instant> lmsTime, Optional<Rejection> rejected) {
    /** A single jar graded on its own ({@code check}, {@code validate-suite}): the student id as given, its own sidecar. */
    public Candidate(Path jar, String student) {
      this(jar, StudentIds.display(student), StudentIds.safe(StudentIds.display(student)), jar.getFileName().toString(), Optional.of(sidecarOf(jar)),
          Optional.empty(), Optional.empty());
    }
  }

  /**
   * The caps on unpacking. {@code maxDepth}: archive levels opened, the upload counting as the first;
   * {@code archiveBytes}: bytes inflated from one upload, at all levels; {@code archiveFileBytes}: the
   * size of an uploaded archive; {@code classBytes}: bytes inflated in the whole class;
   * {@code archiveEntries}: entries in one upload, at all levels; {@code ratio}: inflated bytes per
   * compressed byte; {@code listedPerArchive}: skipped entries listed one by one per upload (the rest
   * are counted in one line).
   */
  public record Limits(int maxDepth, long archiveBytes, long archiveFileBytes, long classBytes, int archiveEntries, long ratio, int listedPerArchive) {
    public static final Limits DEFAULT = new Limits(3, 64L << 20, 512L << 20, 2L << 30, 10_000, 100, 100);
  }

  /** How to read the folder: layout, optional roster CSV, selection policy, deadline (for "on time") and caps. */
  public record Options(IdentityLayout layout, Optional<Path> roster, SelectionPolicy policy, Optional<Instant> deadline, Limits limits) {
    public static Options defaults() {
      return new Options(IdentityLayout.AUTO, Optional.empty(), SelectionPolicy.LATEST_ON_TIME_ELSE_LATEST, Optional.empty(), Limits.DEFAULT);
    }

    public Options withLayout(IdentityLayout l) {
      return new Options(l, roster, policy, deadline, limits);
    }

    public Options withRoster(Path file) {
      return new Options(layout, Optional.of(file), policy, deadline, limits);
    }

    public Options withPolicy(SelectionPolicy p) {
      return new Options(layout, roster, p, deadline, limits);
    }

    public Options withDeadline(Optional<Instant> d) {
      return new Options(layout, roster, policy, d, limits);
    }

    public Options withLimits(Limits l) {
      return new Options(layout, roster, policy, deadline, l);
    }
  }

  private Intake() {}

  /** The sidecar {@code <file>.submitted} that holds a file's submission time (ISO-8601), if the instructor put one beside it. */
  public static Path sidecarOf(Path file) {
    return file.resolveSibling(file.getFileName() + Layouts.SIDECAR);
  }

  /** A jar (as found or as unpacked) of one student, with what the policy needs to order it. */
  private record Entry(Layouts.Upload upload, Path jar, String source, Instant time, Optional<Instant> entryTime, Optional<Rejection> rejected) {
    String student() {
      return upload.student();
    }
  }

  /**
   * Reads {@code dir}; zips are unpacked under {@code staging}. An unreadable roster or Gradescope
   * metadata, an unknown layout or one {@code auto} cannot tell, is the instructor's error
   * ({@link IllegalArgumentException}, naming file and line where there is one); nothing a submission
   * holds makes this fail.
   */
  public static IntakeReport scan(Path dir, Path staging, Options o) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a folder of submissions (expected jars, zips of jars, or folders of jars)");
    }
    Roster roster = o.roster().isPresent() ? Roster.read(o.roster().get()) : null;
    Layouts.Detection d = o.layout() == IdentityLayout.AUTO ? Layouts.detect(dir) : new Layouts.Detection(o.layout(), dir, "chosen with --layout");
    Files.createDirectories(staging);
    Path exclude = staging.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())
        ? dir.resolve(dir.toAbsolutePath().normalize().relativize(staging.toAbsolutePath().normalize())) : null;
    Layouts.Found found = Layouts.read(d.layout(), dir, d.root(), exclude);
    List<Skipped> skipped = new ArrayList<>(found.skipped);
    List<Flag> flags = new ArrayList<>(found.flags);

    Archives archives = new Archives(o.limits(), staging);
    Map<Path, Archives.Unpacked> unpacked = new HashMap<>();
    Map<String, List<Entry>> byStudent = new TreeMap<>();
    Map<String, List<Layouts.Upload>> nothing = new TreeMap<>();
    for (Layouts.Upload u : found.uploads) {
      String lower = u.file().getFileName().toString().toLowerCase(Locale.ROOT);
      Instant time = time(u);
      List<Entry> es = byStudent.computeIfAbsent(u.student(), k -> new ArrayList<>());
      if (lower.endsWith(".jar")) {
        es.add(new Entry(u, u.file(), u.source(), time, Optional.empty(), Optional.empty()));
      } else if (lower.endsWith(".zip")) {
        Archives.Unpacked x = unpacked.get(u.file());
        if (x == null) {
          int before = skipped.size();
          x = archives.unpack(u.file(), u.source(), u.student(), skipped);
          unpacked.put(u.file(), x);
          lmsDownload(u, x, skipped.subList(before, skipped.size())).ifPresent(flags::add);
        }
        if (x.rejected().isPresent()) {
          es.add(new Entry(u, u.file(), u.source(), time, Optional.empty(), x.rejected()));
        } else if (x.jars().isEmpty()) {
          skipped.add(new Skipped(u.source(), u.student(), "a zip with no jar in it (its entries are listed above)"));
        }
        for (Archives.Staged s : x.jars()) {
          es.add(new Entry(u, s.jar(), s.source(), time, s.entryTime(), s.rejected()));
        }
      } else {
        skipped.add(new Skipped(u.source(), u.student(), "not a jar or zip"));
      }
      if (es.isEmpty()) {
        nothing.computeIfAbsent(u.student(), k -> new ArrayList<>()).add(u);
      }
    }
    // a student whose uploads hold no jar is graded as invalid with the reason, not left out of grades.csv
    for (var e : nothing.entrySet()) {
      List<Entry> es = byStudent.get(e.getKey());
      if (es.isEmpty()) {
        List<Layouts.Upload> ups = e.getValue();
        Layouts.Upload last = ups.stream().max(Comparator.comparing(Intake::time).thenComparing(Layouts.Upload::source)).orElseThrow();
        String names = String.join(", ", ups.stream().limit(3).map(x -> x.file().getFileName().toString()).toList()) + (ups.size() > 3 ? ", ..." : "");
        es.add(new Entry(last, last.file(), last.source(), time(last), Optional.empty(),
            Optional.of(new Rejection("intake.no-jar", last.source() + ": no jar among the student's files (" + names + ")", List.of(names)))));
      }
    }

    Set<String> known = new HashSet<>(byStudent.keySet());
    if (roster != null) {
      roster.entries().forEach(r -> known.add(r.id()));
    }
    List<Intake.Candidate> candidates = new ArrayList<>();
    List<Superseded> superseded = new ArrayList<>();
    for (var s : byStudent.entrySet()) {
      String student = s.getKey();
      List<Entry> chosen = choose(student, s.getValue(), o, superseded);
      for (Entry e : chosen) {
        candidates.add(new Candidate(e.jar(), student, StudentIds.safe(student), e.source(), Optional.of(sidecarOf(e.upload().file())), e.upload().lmsTime(),
            e.rejected()));
        if (e.upload().markedLate()) {
          flags.add(new Flag(Flag.Kind.MARKED_LATE, student, e.source(), "the LMS marks this submission late"));
        }
        if (e.rejected().isEmpty()) {
          SubmissionJar.peek(e.jar()).claimed().filter(c -> !c.equals(student) && !c.equals("unnamed")).ifPresent(c -> {
            boolean classmate = known.contains(c);
            flags.add(new Flag(classmate ? Flag.Kind.CLAIMS_CLASSMATE : Flag.Kind.MANIFEST_MISMATCH, student, e.source(),
                "jar claims to be " + StudentIds.display(c) + (classmate ? ", another student of this class" : "") + "; graded as " + student));
          });
        }
      }
      if (roster != null && roster.get(student).isEmpty()) {
        flags.add(new Flag(Flag.Kind.NOT_ON_ROSTER, student, chosen.get(0).source(), "not on the roster " + o.roster().get().getFileName() + "; graded all the same"));
      }
    }
    List<Roster.Entry> missing = roster == null ? List.of() : roster.entries().stream().filter(r -> !byStudent.containsKey(r.id())).toList();
    candidates.sort(Comparator.comparing(Candidate::source).thenComparing(Candidate::student));
    return new IntakeReport(d.layout().id(), d.reason(), o.policy().id(), o.policy().rule(), candidates, superseded, skipped, flags, missing);
  }

  /**
   * An LMS's whole download left zipped in the folder looks like one student's upload with many
   * jars: its entries carry several students' Moodle or Canvas names, or Gradescope's metadata. It is
   * graded as one student all the same (the policy picks one jar), so it is flagged for review.
   */
  private static Optional<Flag> lmsDownload(Layouts.Upload u, Archives.Unpacked x, List<Skipped> listed) {
    String prefix = u.source() + "!/";
    Set<String> names = new HashSet<>();
    String layout = null;
    for (Archives.Staged s : x.jars()) {
      String inside = s.source().startsWith(prefix) ? s.source().substring(prefix.length()) : "";
      String first = inside.contains("/") ? inside.substring(0, inside.indexOf('/')) : inside;
      if (Layouts.MOODLE.matcher(first).matches()) {
        layout = "moodle";
        names.add(first);
      } else if (Layouts.CANVAS.matcher(first).matches()) {
        layout = "canvas";
        names.add(first);
      }
    }
    if (listed.stream().anyMatch(k -> k.source().equals(prefix + Layouts.METADATA) || (k.source().startsWith(prefix) && k.source().endsWith("/" + Layouts.METADATA)))) {
      layout = "gradescope";
    } else if (names.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Flag(Flag.Kind.LMS_DOWNLOAD, u.student(), u.source(), "looks like a " + layout
        + " download of the whole class, graded here as one student's upload; unpack it and grade that folder (--layout " + layout + ")"));
  }

  /** The policy's choice among a student's jars; the others go to {@code superseded} with the reason. */
  private static List<Entry> choose(String student, List<Entry> all, Options o, List<Superseded> superseded) {
    if (all.size() == 1 || o.policy() == SelectionPolicy.ALL_LISTED) {
      return all;
    }
    Map<Path, Boolean> looks = new LinkedHashMap<>();
    for (Entry e : all) {
      looks.put(e.jar(), e.rejected().isEmpty() && SubmissionJar.peek(e.jar()).studentClasses());
    }
    Comparator<Entry> order = Comparator.comparing(Entry::time)
        .thenComparing(e -> looks.get(e.jar()))
        .thenComparing(e -> e.entryTime().orElse(Instant.EPOCH))
        .thenComparingLong(e -> e.upload().lmsOrder())
        .thenComparing(Entry::source);
    List<Entry> sorted = all.stream().sorted(order).toList();
    List<Entry> onTime = sorted.stream().filter(e -> !e.upload().markedLate() && (o.deadline().isEmpty() || !e.time().isAfter(o.deadline().get()))).toList();
    Entry pick;
    String why;
    if (o.policy() == SelectionPolicy.LATEST) {
      pick = sorted.get(sorted.size() - 1);
      why = "the latest submission counts (policy latest)";
    } else if (!onTime.isEmpty()) {
      pick = onTime.get(onTime.size() - 1);
      why = "the latest submission on time counts (policy " + o.policy().id() + ")";
    } else {
      pick = sorted.get(sorted.size() - 1);
      why = "no submission was on time, so the latest counts (policy " + o.policy().id() + ")";
    }
    for (Entry e : sorted) {
      if (e != pick) {
        boolean late = !onTime.contains(e);
        superseded.add(new Superseded(student, e.source(), pick.source(), (late && o.policy() != SelectionPolicy.LATEST ? "late; " : "")
            + "superseded by " + pick.source() + " (" + e.time() + " against " + pick.time() + "): " + why));
      }
    }
    return List.of(pick);
  }

  /** When an upload was submitted, for the policy: its sidecar, else the LMS's time, else the file's modification time. */
  private static Instant time(Layouts.Upload u) {
    Optional<Instant> side = readSidecar(sidecarOf(u.file()));
    if (side.isPresent()) {
      return side.get();
    }
    if (u.lmsTime().isPresent()) {
      return u.lmsTime().get();
    }
    try {
      return Files.getLastModifiedTime(u.file(), LinkOption.NOFOLLOW_LINKS).toInstant();
    } catch (IOException gone) {
      return Instant.EPOCH;
    }
  }

  /** A sidecar's instant if it holds one; a malformed one is left to the grading of the jar, which reports it as invalid. */
  static Optional<Instant> readSidecar(Path side) {
    if (!Files.isRegularFile(side, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(side)) {
      return Optional.of(Instant.parse(new String(in.readNBytes(SubmissionJar.MAX_SIDECAR_BYTES), StandardCharsets.UTF_8).trim()));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
