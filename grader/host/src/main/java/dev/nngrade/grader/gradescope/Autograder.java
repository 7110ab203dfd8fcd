package dev.nngrade.grader.gradescope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nngrade.grader.Messages;
import dev.nngrade.grader.assignment.Assignment;
import dev.nngrade.grader.grading.ClassRun;
import dev.nngrade.grader.grading.Grader;
import dev.nngrade.grader.intake.IdentityLayout;
import dev.nngrade.grader.intake.Intake;
import dev.nngrade.grader.intake.IntakeReport;
import dev.nngrade.grader.intake.SelectionPolicy;
import dev.nngrade.grader.intake.SubmissionJar;
import dev.nngrade.grader.judging.Expectations;
import dev.nngrade.grader.judging.MasterSeed;
import dev.nngrade.grader.judging.ReferenceRun;
import dev.nngrade.grader.leaderboard.History;
import dev.nngrade.grader.leaderboard.Leaderboard;
import dev.nngrade.grader.leaderboard.Standings;
import dev.nngrade.grader.manifest.Manifest;
import dev.nngrade.grader.output.AtomicFiles;
import dev.nngrade.grader.output.GradescopeResults;
import dev.nngrade.grader.output.ResultWriters;
import dev.nngrade.grader.sandbox.ChildJvm;
import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxArea;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import dev.nngrade.grader.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One submission inside Gradescope's autograder container: the student's files from
 * {@code ROOT/submission}, who and when from {@code ROOT/submission_metadata.json}, graded by the same
 * {@link Grader} as {@code nngrade grade} (intake, the sandbox's self-check, the reference's run in the
 * host, the hidden suites in child JVMs) and written as {@code ROOT/results/results.json}.
 *
 * <p>Gradescope's dates decide lateness: its due date is the deadline, and where it has a late due
 * date, that is the last day the assignment's late policy accepts (the policy's penalty per day still
 * applies). The leaderboard's daily limit counts the same submitters' earlier submissions of the day,
 * which Gradescope lists in the metadata, since each container sees one submission only. Anything the
 * student's folder holds beside the files (a {@code .submitted} sidecar that would claim an earlier
 * time, links) is left out.
 */
public final class Autograder {
  /** Per copied file, and for the whole submission: far above anything a jar of this course needs, below a full disk. */
  static final long MAX_FILE_BYTES = 512L << 20, MAX_TOTAL_BYTES = 2L << 30;
  /** How an earlier submission is named for the daily limit (its jar's hash is not in the metadata). */
  static final String PREVIOUS = "gradescope-previous-";
  /** The ending of intake's submission-time sidecar ({@link Intake#sidecarOf}). */
  static final String SIDECAR = ".submitted";

  /** Where and how: Gradescope's root folder, the sandbox, the visibility of tests on hidden inputs and the format of the feedback. */
  public record Options(Path root, SandboxPolicy sandbox, GradescopeResults.Visibility hidden, GradescopeResults.Format format, Path work) {}

  /** A leaderboard's policy ({@code best} or {@code last}) and whether this submission's jar was valid (so that it took a slot of the day). */
  record Plan(String policy, boolean validJar) {}

  /** What happened, for the command's exit code and its last line: {@code results} is absent when the grader failed on this submission. */
  public record Outcome(Scorecard card, Optional<Path> results) {}

  private Autograder() {}

  public static Outcome run(Assignment fileAssignment, Path assignmentFolder, Options o, Consumer<String> log) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    SubmissionMetadata meta = SubmissionMetadata.read(o.root().resolve("submission_metadata.json"));
    Assignment assignment = withGradescopeDates(fileAssignment, meta);
    String student = meta.student().studentId();
    log.accept("submission " + meta.id() + " made " + meta.createdAt() + " by " + student + (meta.users().size() > 1 ? " (a group of " + meta.users().size()
        + ", graded once under its first member)" : "") + "; due " + meta.effectiveDueDate().map(Object::toString).orElse("(none)") + ", late due "
        + meta.effectiveLateDueDate().map(Object::toString).orElse("(none)"));
    assignment.deadlineTime().ifPresent(d -> log.accept("deadline " + d + ", late policy " + (assignment.latePolicy() == null ? "none (a late submission scores 0)"
        : assignment.latePolicy().penaltyPerDay() + " per day for at most " + assignment.latePolicy().maxDaysLate() + " day(s)")));
    Path work = Files.createDirectories(o.work());
    Path submissions = work.resolve("submissions");
    Path mine = submissions.resolve(folderName(meta.student()));
    // what the instructor may want to know of this submission's files, beside the grade (extra_data.review)
    List<String> review = new ArrayList<>();
    stage(o.root().resolve("submission"), mine, meta.createdAt().toInstant(), line -> {
      review.add(line);
      log.accept(line);
    });

    Manifest manifest = Manifest.of(assignment);
    Intake.Options intake = Intake.Options.defaults().withLayout(IdentityLayout.PLAIN).withPolicy(SelectionPolicy.LATEST_ON_TIME_ELSE_LATEST)
        .withDeadline(assignment.deadlineTime().map(OffsetDateTime::toInstant));
    IntakeReport found = Intake.scan(submissions, Files.createDirectories(work.resolve("unpacked")), intake);
    found.lines().forEach(l -> log.accept("intake: " + l));
    found.flags().forEach(f -> review.add(f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + f.message()));
    found.skipped().forEach(k -> review.add("skipped " + k.source() + ": " + k.reason()));
    found.superseded().forEach(k -> review.add("superseded " + k.source() + ": " + k.reason()));
    if (found.candidates().size() != 1) {
      throw new IllegalStateException("intake found " + found.candidates().size() + " submissions in " + mine + "; expected exactly one");
    }
    Intake.Candidate candidate = found.candidates().get(0);
    String dir = Grader.directoryNames(found.candidates()).get(0);
    Path out = work.resolve("out");
    List<String> sandbox = new ArrayList<>();
    Scorecard card;
    Optional<Plan> plan = Optional.empty();
    try (SandboxArea area = SandboxArea.create()) {
      ChildJvm jvm = ClassRun.sandbox(area.runtime(), o.sandbox(), area.runs(), new ClassRun.Listener() {
        @Override
        public void note(String line) {
          sandbox.add(line);
          log.accept(line);
        }

        @Override
        public void graded(ClassRun.Progress progress) {}
      });
      MasterSeed seeds = MasterSeed.of(Optional.ofNullable(assignment.hiddenSeed()), work);
      Expectations expectations = ReferenceRun.forClass(jvm, area.runs(), manifest, assignment, seeds);
      SubmissionJar.Read read = SubmissionJar.tryRead(candidate);
      if (assignment.leaderboard() == null) {
        card = new Grader(new Grader.Setup(assignment, manifest, jvm, out, area.runs(), true, "dev.nngrade.student", ChildJvm.Modules.TESTS, expectations, seeds,
            Optional.empty())).grade(candidate, read, dir, 0);
      } else {
        try (History history = History.open(work.resolve("history.sqlite"))) {
          Leaderboard board = new Leaderboard(assignment, assignmentFolder, history, jvm, true);
          if (read instanceof SubmissionJar.Read.Valid(var s)) {
            List<Standings.Submitted> all = new ArrayList<>(earlier(meta, s.student()));
            all.add(new Standings.Submitted(s.student(), s.sha256(), Leaderboard.submittedAt(s)));
            board.planDailyLimit(all);
            log.accept("daily limit: " + (all.size() - 1) + " earlier submission(s) in Gradescope's list count against it");
          }
          card = new Grader(new Grader.Setup(assignment, manifest, jvm, out, area.runs(), true, "dev.nngrade.student", ChildJvm.Modules.TESTS, expectations,
              seeds, Optional.of(board))).grade(candidate, read, dir, 0);
          plan = Optional.of(new Plan(board.spec().policy(), read instanceof SubmissionJar.Read.Valid));
        }
      }
    }
    log.accept("graded " + student + ": " + card.status() + " " + card.score() + "/" + card.maxScore());
    if (card.status() == Scorecard.Status.ERROR) {
      // the grader's failure, never the student's: no results, so that Gradescope reports a failed autograder run and the instructor reruns it
      log.accept("the grader failed on this submission: " + String.join("; ", card.notes()) + "; no results.json written");
      return new Outcome(card, Optional.empty());
    }
    ObjectNode results = results(assignment, manifest, card, meta, o, sandbox, review, plan, Duration.ofNanos(System.nanoTime() - t0));
    Path file = o.root().resolve("results/results.json");
    AtomicFiles.write(file, ResultWriters.JSON.writeValueAsString(results) + "\n");
    log.accept("wrote " + file);
    return new Outcome(card, Optional.of(file));
  }

  /**
   * The assignment with Gradescope's dates: the student's due date (an extension) or the
   * assignment's is the deadline; with a late due date, the late policy accepts until that day (days
   * counted as the scorer counts them, each started day); without one, the assignment's own
   * {@code maxDaysLate} holds (a submission after the due date came through an extension Gradescope
   * did not report, or an instructor's upload). Without a due date on Gradescope the assignment file's
   * own deadline holds.
   */
  static Assignment withGradescopeDates(Assignment a, SubmissionMetadata m) {
    Optional<OffsetDateTime> due = m.effectiveDueDate();
    if (due.isEmpty()) {
      return a;
    }
    Assignment.LatePolicy policy = a.latePolicy();
    Optional<OffsetDateTime> lateDue = m.effectiveLateDueDate();
    if (policy != null && lateDue.isPresent()) {
      long seconds = Math.max(0, Duration.between(due.get(), lateDue.get()).toSeconds());
      policy = new Assignment.LatePolicy(policy.penaltyPerDay(), (int) Math.min(Integer.MAX_VALUE, (seconds + 86_399) / 86_400));
    }
    return new Assignment(a.schema(), a.id(), a.title(), a.language(), a.conventions(), a.limits(), due.get().toString(), policy, a.exercises(), a.leaderboard(),
        a.hiddenSeed());
  }

  /**
   * The submitters' earlier submissions that took a slot of their day: all but those whose grading
   * failed ({@code autograder_error}) and those whose kept results say they took none (an invalid jar,
   * or one past the limit itself).
   */
  static List<Standings.Submitted> earlier(SubmissionMetadata m, String student) {
    List<Standings.Submitted> out = new ArrayList<>();
    for (int i = 0; i < m.previous().size(); i++) {
      SubmissionMetadata.Previous p = m.previous().get(i);
      boolean none = p.results().map(r -> r.path("extra_data").path("leaderboard").path("counted")).filter(JsonNode::isBoolean).map(c -> !c.asBoolean())
          .orElse(false);
      if (!p.autograderError() && !none) {
        out.add(new Standings.Submitted(student, PREVIOUS + i, p.at()));
      }
    }
    return out;
  }

  /** The staged folder's name: the student id, where it can name a folder that intake reads as a student's (not hidden, no separators). */
  static String folderName(SubmissionMetadata.User u) {
    String id = u.studentId();
    boolean usable = !id.isEmpty() && !id.startsWith(".") && !id.contains("/") && !id.contains("\0") && id.length() <= 200;
    return usable ? id : "gradescope-user-" + String.valueOf(u.id()).replaceAll("[^0-9A-Za-z_-]", "_");
  }

  /**
   * Copies the student's regular files (not links, not devices), each with a sidecar holding
   * Gradescope's submission time; a sidecar the student uploaded is left out (it would claim another
   * time). Caps keep a huge upload from filling the disk before intake's own caps apply.
   */
  static void stage(Path submission, Path into, Instant createdAt, Consumer<String> log) throws IOException {
    Files.createDirectories(into);
    if (!Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS)) {
      log.accept(submission + " is not a folder: nothing was submitted");
      return;
    }
    long total = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(submission)) {
      files = walk.filter(p -> !p.equals(submission)).sorted().toList();
    }
    for (Path p : files) {
      Path rel = submission.relativize(p);
      Path target = into.resolve(rel.toString());
      String name = p.getFileName().toString();
      if (Files.isSymbolicLink(p)) {
        log.accept("left out " + rel + ": a symbolic link");
      } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(target);
      } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        log.accept("left out " + rel + ": not a regular file");
      } else if (name.endsWith(SIDECAR)) {
        log.accept("left out " + rel + ": a submission-time sidecar; Gradescope's created_at is the submission's time");
      } else if (Files.size(p) > MAX_FILE_BYTES || total + Files.size(p) > MAX_TOTAL_BYTES) {
        log.accept("left out " + rel + ": " + Files.size(p) + " bytes, past the autograder's cap");
      } else {
        total += Files.size(p);
        Files.createDirectories(target.getParent());
        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jar") || lower.endsWith(".zip")) {
          Files.writeString(Intake.sidecarOf(target), createdAt + "\n");
        }
      }
    }
  }

  private static ObjectNode results(Assignment a, Manifest manifest, Scorecard card, SubmissionMetadata meta, Options o, List<String> sandbox,
      List<String> review, Optional<Plan> plan, Duration took) {
    List<String> extra = new ArrayList<>();
    Isolation level = o.sandbox().level();
    extra.add(Messages.get(a.language(), "gradescope.isolation", level.id(), Messages.get(a.language(), "gradescope.isolation." + level.id())));
    JsonNode kept = null;
    if (plan.isPresent()) {
      Optional<SubmissionMetadata.Previous> last = meta.previous().stream().filter(p -> p.results().map(r -> r.has("leaderboard")).orElse(false))
          .max(Comparator.comparing(SubmissionMetadata.Previous::at));
      Scorecard.LeaderboardResult lb = card.leaderboard();
      Double now = lb == null ? null : lb.metric();
      if (last.isPresent()) {
        JsonNode board = last.get().results().orElseThrow().get("leaderboard");
        OptionalDouble before = GradescopeResults.firstValue(board);
        // Gradescope ranks the submission a student has active (the latest); the board's policy decides which entry that shows
        boolean keep = now == null || (plan.get().policy().equals("best") && before.isPresent() && before.getAsDouble() < now);
        if (keep && before.isPresent()) {
          kept = board;
          extra.add(Messages.get(a.language(), "gradescope.leaderboard-kept", last.get().at().toString(), board.get(0).path("name").asText(),
              before.getAsDouble()));
        }
      }
    }
    ObjectNode root = GradescopeResults.of(card, new GradescopeResults.Options(GradescopeResults.Options.publicTests(manifest), o.hidden(), o.format()), extra);
    if (kept != null) {
      root.set("leaderboard", kept.deepCopy());
    }
    root.put("execution_time", Math.max(1, Math.round(took.toMillis() / 1000.0)));
    ObjectNode x = (ObjectNode) root.get("extra_data");
    x.put("student", card.student());
    ArrayNode words = x.putArray("sandbox");
    sandbox.forEach(words::add);
    ArrayNode look = x.putArray("review");
    review.forEach(look::add);
    ObjectNode gs = x.putObject("gradescope");
    gs.put("submission", meta.id());
    gs.put("createdAt", meta.createdAt().toString());
    meta.effectiveDueDate().ifPresent(d -> gs.put("dueDate", d.toString()));
    meta.effectiveLateDueDate().ifPresent(d -> gs.put("lateDueDate", d.toString()));
    gs.put("users", meta.users().size());
    if (plan.isPresent()) {
      Scorecard.LeaderboardResult lb = card.leaderboard();
      boolean over = lb != null && dev.nngrade.grader.leaderboard.Evaluation.OVER_LIMIT.equals(lb.status());
      ObjectNode l = x.putObject("leaderboard");
      // read back by the next submission's run: whether this one took a slot of its day
      l.put("counted", plan.get().validJar() && !over);
      if (lb != null) {
        l.put("status", lb.status());
      }
      l.put("kept", kept != null);
    }
    return root;
  }
}
