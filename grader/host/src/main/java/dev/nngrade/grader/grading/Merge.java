package dev.nngrade.grader.grading;

import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.intake.IntakeReport;
import dev.nngrade.grader.leaderboard.History;
import dev.nngrade.grader.leaderboard.Leaderboard;
import dev.nngrade.grader.leaderboard.LeaderboardPages;
import dev.nngrade.grader.output.AtomicFiles;
import dev.nngrade.grader.output.Reports;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.output.Review;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Puts a class graded in shards ({@code grade --shard i/K}) together: the same files a run over the
 * whole class writes. Each student's folder is copied from the shard that graded it; {@code
 * intake.json} (every shard writes the whole class's) once; {@code grades.csv}, the class page and
 * every report are written from the scorecards as a whole run writes them; a leaderboard's history
 * is merged row by row (each student's rows from the shard that grades the student, the baselines'
 * from shard 1, which trains them) and its pages written from it.
 *
 * <p>Nothing is written unless the shards make one class: the same assignment, the same number of
 * shards, the same master seed, the same grading fingerprint (tests, staged suites, grader, JDK,
 * isolation, hidden data), the same intake (submissions folder, roster, layout, policy), every shard
 * once, and in each shard exactly the submissions of its students. Otherwise {@link Refused} lists
 * every problem found.
 */
public final class Merge {
  /** The exit code of a refused merge: the shards given are not one class's (1 is the grader's failure, 3 a class that needs a look). */
  public static final int REFUSED = 5;

  /** The shards given do not make one class; {@code problems()} says each way in which they do not. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    Refused(List<String> problems) {
      super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems, the first: " + problems.get(0));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private record Part(Path dir, ShardRecord record) {}

  private Merge() {}

  /** Merges the shards' output folders {@code shards} into {@code out}; what happens is told to {@code listener}. */
  public static ClassRun.Result run(List<Path> shards, Path out, ClassRun.Listener listener) throws IOException {
    long t0 = System.nanoTime();
    if (shards.isEmpty()) {
      throw new Refused(List.of("no shard output folders given"));
    }
    Path target = out.toAbsolutePath().normalize();
    List<String> problems = new ArrayList<>();
    List<Part> parts = new ArrayList<>();
    for (Path dir : shards) {
      Path d = dir.toAbsolutePath().normalize();
      if (target.startsWith(d) || d.startsWith(target)) {
        problems.add(dir + ": the merged output " + out + " must be a folder apart from every shard's (neither inside the other)");
        continue;
      }
      try {
        parts.add(new Part(dir, ShardRecord.read(dir)));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    Part first = parts.get(0);
    ShardRecord ref = first.record();
    for (Part p : parts.subList(1, parts.size())) {
      ShardRecord r = p.record();
      String self = name(p);
      String other = name(first);
      if (!r.assignmentId().equals(ref.assignmentId())) {
        problems.add(self + " graded assignment " + r.assignmentId() + ", " + other + " assignment " + ref.assignmentId() + ": shards of different assignments");
        continue;
      }
      if (r.shards() != ref.shards()) {
        problems.add(self + " is one of " + r.shards() + " shards, " + other + " one of " + ref.shards() + ": every shard of a class must be cut the same way");
        continue;
      }
      if (!Objects.equals(r.parts().get("seed"), ref.parts().get("seed"))) {
        problems.add(self + " was graded with another master seed than " + other + " (another hiddenSeed in the assignment file): its students saw"
            + " other hidden inputs; grade every shard with the same assignment file");
      }
      if (!r.fingerprint().equals(ref.fingerprint())) {
        List<String> differ = new ArrayList<>();
        for (String k : union(r.parts(), ref.parts())) {
          if (!k.equals("seed") && !Objects.equals(r.parts().get(k), ref.parts().get(k))) {
            differ.add(k.equals("jdk") || k.equals("isolation") ? k + " (" + r.parts().get(k) + " against " + ref.parts().get(k) + ")" : k);
          }
        }
        if (!differ.isEmpty()) {
          problems.add(self + " was graded differently from " + other + ": " + String.join(", ", differ) + " differ (the grading fingerprint; the"
              + " same tool, suites, JDK and --isolation must grade every shard)");
        }
      }
      if (!r.intake().equals(ref.intake())) {
        problems.add(self + " read another class than " + other + ": its intake.json differs (another submissions folder, roster, --layout or --policy)");
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    int count = ref.shards();
    Map<Integer, List<Part>> byIndex = new TreeMap<>();
    for (Part p : parts) {
      byIndex.computeIfAbsent(p.record().shard(), k -> new ArrayList<>()).add(p);
    }
    IntakeReport.Recorded intake = IntakeReport.read(first.dir().resolve("intake.json"));
    checkIntake(first.dir(), ref);
    List<Owned> expected = expected(intake, count);
    for (var e : byIndex.entrySet()) {
      if (e.getValue().size() > 1) {
        problems.add("shard " + e.getKey() + "/" + count + " is given " + e.getValue().size() + " times: " + String.join(", ",
            e.getValue().stream().map(p -> p.dir().toString()).toList()) + " (give each shard once)");
      }
    }
    for (int i = 1; i <= count; i++) {
      if (!byIndex.containsKey(i)) {
        int index = i;
        List<String> whose = expected.stream().filter(x -> x.shard() == index).map(Owned::label).toList();
        problems.add("shard " + i + "/" + count + " is missing" + (whose.isEmpty() ? " (it has no submissions of this class, but every shard must be"
            + " given)" : ": it grades " + whose.size() + " submission(s): " + String.join(", ", whose)));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    // each shard holds exactly its students' submissions, each with its scorecard
    for (var e : byIndex.entrySet()) {
      Part p = e.getValue().get(0);
      List<String> mine = expected.stream().filter(x -> x.shard() == e.getKey()).map(Owned::folder).toList();
      for (Owned x : expected) {
        boolean listed = p.record().graded().contains(x.folder());
        if (x.shard() == e.getKey() && (!listed || !Files.isRegularFile(p.dir().resolve(x.folder()).resolve("scorecard.json"), LinkOption.NOFOLLOW_LINKS))) {
          problems.add(name(p) + " lacks the submission of " + x.label() + " (no " + x.folder() + "/scorecard.json): grade that shard again");
        }
      }
      for (String f : p.record().graded()) {
        if (!mine.contains(f)) {
          Optional<Owned> other = expected.stream().filter(x -> x.folder().equals(f)).findFirst();
          problems.add(name(p) + " also holds " + f + (other.isPresent() ? ", which shard " + other.get().shard() + "/" + count + " grades: a submission"
              + " in two shards" : ", which is no submission of this class"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }

    Assignment assignment = ref.gradedAssignment();
    Files.createDirectories(out);
    List<Scorecard> cards = new ArrayList<>();
    for (Owned x : expected) {
      Path from = byIndex.get(x.shard()).get(0).dir().resolve(x.folder());
      copyFolder(from, out.resolve(x.folder()));
      cards.add(ResultWriters.JSON.readValue(out.resolve(x.folder()).resolve("scorecard.json").toFile(), Scorecard.class));
    }
    AtomicFiles.write(out.resolve("intake.json"), Files.readString(first.dir().resolve("intake.json")));
    List<Review> reviews = Review.of(cards, intake.report());
    ResultWriters.grades(out.resolve("grades.csv"), cards, reviews);
    Reports.write(out, intake.folders(), cards, reviews, assignment);
    Optional<Path> page = Optional.empty();
    if (assignment.leaderboard() != null) {
      page = Optional.of(leaderboard(assignment, byIndex, count, out, ref));
    }
    listener.note("merged " + count + " shard(s) of " + assignment.id() + " into " + out + ": " + cards.size() + " submissions");
    return new ClassRun.Result(cards, intake.folders(), reviews, (System.nanoTime() - t0) / 1_000_000, page, intake.report(), List.of());
  }

  /** A submission of the class as intake.json lists it, with the shard that grades it. */
  private record Owned(String student, String folder, int shard) {
    String label() {
      return student.equals(folder) ? student : student + " (" + folder + ")";
    }
  }

  private static List<Owned> expected(IntakeReport.Recorded intake, int count) {
    List<Owned> out = new ArrayList<>();
    for (int i = 0; i < intake.folders().size(); i++) {
      String student = intake.report().candidates().get(i).student();
      out.add(new Owned(student, intake.folders().get(i), Shard.of(student, count)));
    }
    return out;
  }

  /** The intake.json beside the record is the one the shard recorded (not edited or replaced since). */
  private static void checkIntake(Path dir, ShardRecord r) throws IOException {
    if (!ClassRun.sha256(Files.readAllBytes(dir.resolve("intake.json"))).equals(r.intake())) {
      throw new Refused(List.of(dir.resolve("intake.json") + " is not the one shard " + r.shard() + "/" + r.shards() + " wrote (its digest differs from "
          + ShardRecord.FILE + "'s): grade that shard again"));
    }
  }

  /**
   * The merged history, row by row: each student's rows from the shard that grades the student (the
   * others may hold copies of an earlier history, which that shard has too), the baselines' and other
   * assignments' rows from shard 1; then the pages, from the hidden data found here, which must be the
   * data the shards evaluated on.
   */
  private static Path leaderboard(Assignment assignment, Map<Integer, List<Part>> byIndex, int count, Path out, ShardRecord ref) throws IOException {
    Path file = out.resolve("leaderboard/history.sqlite");
    try (History history = History.open(file)) {
      int assignmentColumn = History.COLUMNS.indexOf("assignment");
      int studentColumn = History.COLUMNS.indexOf("student");
      for (var e : byIndex.entrySet()) {
        Path shardHistory = e.getValue().get(0).dir().resolve("leaderboard/history.sqlite");
        for (List<Object> row : History.rows(shardHistory)) {
          String student = (String) row.get(studentColumn);
          boolean classRow = assignment.id().equals(row.get(assignmentColumn)) && !History.baseline(student);
          int owner = classRow ? Shard.of(student, count) : 1;
          if (owner == e.getKey()) {
            history.putRow(row);
          }
        }
      }
      Leaderboard board = Leaderboard.forPages(assignment, Path.of(""), history);
      String here = board.data().fingerprint();
      if (!here.equals(ref.parts().get("hidden-data"))) {
        throw new Refused(List.of("the leaderboard's hidden data here (" + board.data().name() + ") is not the data the shards evaluated on: run merge where"
            + " the assignment's data is the same as on the shards' machines"));
      }
      return LeaderboardPages.write(board, out);
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.sorted().toList()) {
        if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static String name(Part p) {
    return "shard " + p.record().shard() + "/" + p.record().shards() + " (" + p.dir() + ")";
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    Map<String, Boolean> keys = new LinkedHashMap<>();
    a.keySet().forEach(k -> keys.put(k, true));
    b.keySet().forEach(k -> keys.put(k, true));
    return List.copyOf(keys.keySet());
  }
}
