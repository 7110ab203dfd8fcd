package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.nngrade.grader.demo.DemoClass;
import dev.nngrade.grader.sandbox.Isolation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructors' templates (templates/ci: GitHub Actions and GitLab CI; templates/cluster: a GitHub
 * Actions matrix, GitLab parallel:, a Kubernetes Indexed Job and a Slurm array, each with its merge):
 * each file is parsed (YAML with Jackson's YAML module; the Slurm scripts line by line), its commands
 * must be exactly the ones listed here, and they are run here, in a folder laid out like the course
 * repository the templates expect (nngrade/, course.json, submissions/ with the demo's aiko, ben,
 * chika and broken jar), with the variables each engine sets (GitHub's matrix value, CI_NODE_INDEX,
 * JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_*), each CI job in a folder of its own and artifacts copied
 * the way the engine hands them on. What cannot run here is said where it is skipped: the steps that
 * install bubblewrap and lift Ubuntu's user-namespace restriction (they would change this machine,
 * which has bubblewrap working), GitHub's and GitLab's own actions (checkout, Java, artifacts: their
 * settings are checked instead), kubectl and sbatch.
 *
 * <p>{@code nngrade/nngrade} here is a stand-in that starts the tool as the real script does once it
 * is built (the script's build on first use is Maven's, and LauncherTests runs the tool as the script
 * starts it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplatesTests {
  static final YAMLMapper YAML = new YAMLMapper();
  static final String GRADE = "nngrade/nngrade grade --assignment course.json --submissions submissions --out results --jobs 2";
  static final String SANDBOX = "sudo apt-get update -q\nsudo apt-get install -y -q bubblewrap\nsudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0\n";

  Path root;
  Path dir;
  Path template;
  Path plainZip;
  Path moodleZip;
  /** grades.csv of the class graded in one run, at isolation full and at isolation container. */
  String wholeFull;
  String wholeContainer;

  @BeforeAll
  void aCourseRepository(@TempDir Path tmp) throws Exception {
    assertTrue(Isolation.bubblewrapWorks(),
        "bubblewrap is missing or cannot start a sandbox here: install it (apt-get install bubblewrap); .ci/run does");
    dir = tmp;
    root = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(root.resolve("templates"))) {
      root = root.getParent();
      assertTrue(root != null, "the repository's templates/ folder, above " + Path.of("").toAbsolutePath());
    }
    Path demo = dir.resolve("demo");
    DemoClass.write(demo);
    template = dir.resolve("course-template");
    for (String s : List.of("aiko", "ben", "chika", "broken-jar")) {
      Files.createDirectories(template.resolve("submissions"));
      Files.copy(demo.resolve(s + ".jar"), template.resolve("submissions/" + s + ".jar"));
    }
    Files.writeString(template.resolve("course.json"), """
        {"schema": 1, "id": "lab", "title": {"en": "Lab 3"}, "language": "en", "hiddenSeed": "00112233445566778899aabbccddeeff",
         "limits": {"testTimeoutSeconds": 5, "submissionTimeoutSeconds": 60}, "exercises": [{"id": "softmax", "points": 10}]}
        """);
    Path tool = Files.createDirectories(template.resolve("nngrade")).resolve("nngrade");
    Files.writeString(tool, "#!/bin/bash\n# stands in for nngrade's ./nngrade once the tool is built\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' --enable-native-access=ALL-UNNAMED -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    // what SUBMISSIONS_URL points at: the class zipped as it is, and as Moodle's "Download all submissions" zips it
    plainZip = zip(dir.resolve("class.zip"), Map.of("aiko.jar", demo.resolve("aiko.jar"), "ben.jar", demo.resolve("ben.jar"), "chika.jar",
        demo.resolve("chika.jar"), "broken-jar.jar", demo.resolve("broken-jar.jar")));
    moodleZip = zip(dir.resolve("moodle.zip"), Map.of("Aiko Tanaka_104211_assignsubmission_file/aiko.jar", demo.resolve("aiko.jar"),
        "Ben Ito_104212_assignsubmission_file/ben.jar", demo.resolve("ben.jar"), "Chika Mori_104213_assignsubmission_file/chika.jar", demo.resolve("chika.jar"),
        "Dan Broke_104214_assignsubmission_file/broken.jar", demo.resolve("broken-jar.jar")));
    Path whole = course("whole");
    Ran full = bash(whole, GRADE, Map.of());
    assertEquals(3, full.code(), full.all());
    wholeFull = Files.readString(whole.resolve("results/grades.csv"));
  }

  /** A fresh checkout of the course repository (each CI job, each runner gets one). */
  Path course(String name) throws IOException {
    Path c = dir.resolve(name);
    ShardMergeTests.copyTree(template, c);
    Files.setPosixFilePermissions(c.resolve("nngrade/nngrade"), PosixFilePermissions.fromString("rwxr-xr-x"));
    return c;
  }

  static Path zip(Path file, Map<String, Path> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : new java.util.TreeMap<>(entries).entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(Files.readAllBytes(e.getValue()));
        z.closeEntry();
      }
    }
    return file;
  }

  record Ran(int code, String out) {
    String all() {
      return "exit " + code + "\n" + out;
    }
  }

  /** A shell step as CI runs it: bash, -e and pipefail, in {@code cwd}, with the engine's variables; the JDK's tools first on the PATH as in its image. */
  Ran bash(Path cwd, String script, Map<String, String> env) throws Exception {
    return run(cwd, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script), env);
  }

  Ran run(Path cwd, List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
    Path log = Files.createTempFile(dir, "step-", ".log");
    pb.redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    Process p = pb.start();
    assertTrue(p.waitFor(8, TimeUnit.MINUTES), "the step finished: " + command);
    return new Ran(p.exitValue(), Files.readString(log));
  }

  JsonNode yaml(String path) throws IOException {
    return YAML.readTree(root.resolve(path).toFile());
  }

  /** GitHub's run: steps of a job, by step name. */
  static Map<String, String> runSteps(JsonNode job) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (JsonNode s : job.get("steps")) {
      if (s.has("run")) {
        out.put(s.get("name").asText(), s.get("run").asText());
      }
    }
    return out;
  }

  static JsonNode uses(JsonNode job, String action) {
    for (JsonNode s : job.get("steps")) {
      if (s.has("uses") && s.get("uses").asText().startsWith(action + "@")) {
        return s;
      }
    }
    throw new AssertionError("the job uses " + action + ": " + job);
  }

  /** The GitHub steps every grading job has: the course's checkout with its nngrade submodule, Java 25, and the reports kept whatever the grade's exit. */
  static void gradingJob(JsonNode job, String kept) {
    assertTrue(uses(job, "actions/checkout").path("with").path("submodules").asBoolean(), "nngrade/ is a submodule: " + job);
    assertEquals("25", uses(job, "actions/setup-java").get("with").get("java-version").asText());
    JsonNode upload = uses(job, "actions/upload-artifact");
    assertEquals("${{ !cancelled() }}", upload.get("if").asText(), "kept when the grade step failed");
    assertEquals(kept, upload.get("with").get("path").asText());
  }

  @Test
  void gitHubActionsGradesAFetchedLmsDownloadKeepsTheReportsAndFailsOnFlags() throws Exception {
    JsonNode job = yaml("templates/ci/github-actions.yml").get("jobs").get("grade");
    Map<String, String> steps = runSteps(job);
    assertEquals(List.of("Sandbox", "Fetch the LMS download", "Grade"), List.copyOf(steps.keySet()));
    assertEquals(SANDBOX, steps.get("Sandbox"));
    assertEquals("curl -fsSL \"$SUBMISSIONS_URL\" -o download.zip\nrm -rf submissions && mkdir submissions\nunzip -q download.zip -d submissions\n",
        steps.get("Fetch the LMS download"));
    assertEquals(GRADE, steps.get("Grade"));
    assertEquals("${{ secrets.SUBMISSIONS_URL }}", job.get("env").get("SUBMISSIONS_URL").asText());
    gradingJob(job, "results/");
    // not run: the Sandbox step (it would install packages and change a sysctl here; bubblewrap works here, checked above)
    Path c = course("github");
    Map<String, String> env = Map.of("SUBMISSIONS_URL", moodleZip.toUri().toString());
    Ran fetch = bash(c, steps.get("Fetch the LMS download"), env);
    assertEquals(0, fetch.code(), fetch.all());
    Ran grade = bash(c, steps.get("Grade"), env);
    assertEquals(3, grade.code(), "the step, and so the job, fails: the broken jar needs a look\n" + grade.all());
    assertTrue(grade.out().contains("nngrade: intake: layout moodle (auto:"), grade.out());
    String csv = Files.readString(c.resolve("results/grades.csv"));
    assertTrue(csv.contains("\n104214,INVALID,0,10,"), csv);
    assertTrue(csv.contains("\n104211,GRADED,10,10,"), csv);
  }

  @Test
  void gitLabCiGradesAtIsolationContainerKeepsTheReportsAndFailsOnFlags() throws Exception {
    JsonNode ci = yaml("templates/ci/gitlab-ci.yml");
    JsonNode job = ci.get("grade");
    assertEquals("container", ci.get("variables").get("NNGRADE_ISOLATION").asText());
    assertEquals("eclipse-temurin:25-jdk", job.get("image").asText());
    List<String> before = texts(job.get("before_script"));
    List<String> script = texts(job.get("script"));
    assertEquals(List.of("if [ -n \"$SUBMISSIONS_URL\" ]; then curl -fsSL \"$SUBMISSIONS_URL\" -o download.zip && rm -rf submissions && mkdir submissions"
        + " && (cd submissions && jar xf ../download.zip); fi"), before);
    assertEquals(List.of(GRADE + " --isolation \"$NNGRADE_ISOLATION\""), script);
    assertEquals("always", job.get("artifacts").get("when").asText(), "kept when the job failed");
    assertEquals(List.of("results/"), texts(job.get("artifacts").get("paths")));
    assertFalse(job.has("allow_failure"), "flags fail the job");
    Path c = course("gitlab");
    Map<String, String> env = variables(ci, Map.of("SUBMISSIONS_URL", plainZip.toUri().toString()));
    for (String line : before) {
      Ran r = bash(c, line, env);
      assertEquals(0, r.code(), r.all());
    }
    Ran grade = bash(c, script.get(0), env);
    assertEquals(3, grade.code(), grade.all());
    assertTrue(grade.out().contains("nngrade: isolation container"), grade.out());
    wholeContainer = Files.readString(c.resolve("results/grades.csv"));
    assertTrue(wholeContainer.contains("broken-jar,INVALID,0,10,"), wholeContainer);
  }

  @Test
  void aGitHubActionsMatrixGradesThreeShardsAndItsMergeIsTheWholeRun() throws Exception {
    JsonNode jobs = yaml("templates/cluster/github-actions-matrix.yml").get("jobs");
    JsonNode grade = jobs.get("grade");
    assertEquals(List.of("1", "2", "3"), texts(grade.get("strategy").get("matrix").get("shard")));
    assertFalse(grade.get("strategy").get("fail-fast").asBoolean(), "a shard with flags does not cancel the others");
    Map<String, String> steps = runSteps(grade);
    assertEquals(List.of("Sandbox", "Grade shard ${{ matrix.shard }} of 3"), List.copyOf(steps.keySet()));
    assertEquals(SANDBOX, steps.get("Sandbox"));
    String command = "nngrade/nngrade grade --assignment course.json --submissions submissions --out shard --jobs 2 --shard ${{ matrix.shard }}/3";
    assertEquals(command, steps.get("Grade shard ${{ matrix.shard }} of 3"));
    gradingJob(grade, "shard/");
    assertEquals("shard-${{ matrix.shard }}", uses(grade, "actions/upload-artifact").get("with").get("name").asText());
    JsonNode merge = jobs.get("merge");
    assertEquals("grade", merge.get("needs").asText());
    assertEquals("${{ !cancelled() }}", merge.get("if").asText(), "the merge runs after shards that failed on flags");
    JsonNode download = uses(merge, "actions/download-artifact").get("with");
    assertEquals("shard-*", download.get("pattern").asText());
    assertEquals("shards", download.get("path").asText());
    Map<String, String> mergeSteps = runSteps(merge);
    assertEquals(Map.of("Merge", "nngrade/nngrade merge --out results shards/shard-1 shards/shard-2 shards/shard-3"), mergeSteps);
    gradingJob(merge, "results/");

    Path merging = course("github-merge");
    for (String shard : texts(grade.get("strategy").get("matrix").get("shard"))) {
      Path runner = course("github-shard-" + shard);
      Ran r = bash(runner, command.replace("${{ matrix.shard }}", shard), Map.of());
      assertTrue(r.code() == 0 || r.code() == 3, r.all());
      // upload-artifact leaves hidden files out; download-artifact puts each artifact in a folder named after it
      copyVisible(runner.resolve("shard"), merging.resolve("shards/shard-" + shard));
    }
    Ran m = bash(merging, mergeSteps.get("Merge"), Map.of());
    assertEquals(3, m.code(), "the merge job fails: the broken jar needs a look\n" + m.all());
    assertEquals(wholeFull, Files.readString(merging.resolve("results/grades.csv")));
  }

  @Test
  void gitLabParallelGradesThreeShardsFromCiNodeIndexAndItsMergeIsTheWholeRun() throws Exception {
    JsonNode ci = yaml("templates/cluster/gitlab-parallel.yml");
    JsonNode grade = ci.get("grade");
    assertEquals(3, grade.get("parallel").asInt());
    assertEquals(3, grade.get("allow_failure").get("exit_codes").asInt(), "a shard with flags lets the merge run");
    List<String> script = texts(grade.get("script"));
    assertEquals(List.of("nngrade/nngrade grade --assignment course.json --submissions submissions --out \"shards/$CI_NODE_INDEX\" --jobs 2"
        + " --isolation \"$NNGRADE_ISOLATION\" --shard auto"), script);
    assertEquals("always", grade.get("artifacts").get("when").asText());
    assertEquals(List.of("shards/"), texts(grade.get("artifacts").get("paths")));
    assertEquals(List.of("shards/*/.nngrade/**/*"), texts(grade.get("artifacts").get("exclude")));
    JsonNode merge = ci.get("merge");
    assertEquals(List.of("grade", "merge"), texts(ci.get("stages")));
    assertEquals("merge", merge.get("stage").asText());
    List<String> mergeScript = texts(merge.get("script"));
    assertEquals(List.of("nngrade/nngrade merge --out results shards/*"), mergeScript);

    Path merging = course("gitlab-merge");
    for (int i = 1; i <= grade.get("parallel").asInt(); i++) {
      Path job = course("gitlab-shard-" + i);
      Ran r = bash(job, script.get(0), variables(ci, Map.of("CI_NODE_INDEX", Integer.toString(i), "CI_NODE_TOTAL", "3")));
      assertTrue(r.code() == 0 || r.code() == 3, r.all());
      assertTrue(r.out().contains("nngrade: grading shard " + i + "/3 (CI_NODE_INDEX=" + i + ", CI_NODE_TOTAL=3 (GitLab parallel:))"), r.out());
      // the artifacts of every job of the earlier stage are unpacked into the merge job's checkout, without what exclude: names
      copyVisible(job.resolve("shards/" + i), merging.resolve("shards/" + i));
    }
    Ran m = bash(merging, mergeScript.get(0), variables(ci, Map.of()));
    assertEquals(3, m.code(), m.all());
    assertEquals(containerRun(), Files.readString(merging.resolve("results/grades.csv")));
  }

  @Test
  void aKubernetesIndexedJobGradesThreeShardsFromJobCompletionIndexAndItsMergeIsTheWholeRun() throws Exception {
    JsonNode job = yaml("templates/cluster/kubernetes/grade-job.yaml");
    assertEquals("Indexed", job.get("spec").get("completionMode").asText());
    int completions = job.get("spec").get("completions").asInt();
    assertEquals(3, completions);
    JsonNode container = job.get("spec").get("template").get("spec").get("containers").get(0);
    assertEquals("/course", container.get("workingDir").asText());
    Map<String, String> env = new HashMap<>();
    container.get("env").forEach(e -> env.put(e.get("name").asText(), e.get("value").asText()));
    assertEquals(Map.of("NNGRADE_SHARD_COUNT", Integer.toString(completions)), env, "the pods are told the job's completions");
    List<String> command = texts(container.get("command"));
    assertEquals(List.of("bash", "-c", """
        code=0
        nngrade/nngrade grade --assignment course.json --submissions submissions --out "shards/$JOB_COMPLETION_INDEX" --jobs 2 --isolation container --shard auto || code=$?
        if [ "$code" -eq 3 ]; then echo "nngrade: some submissions of this shard need a look (merge lists them)"; exit 0; fi
        exit "$code"
        """), command);
    JsonNode mergeJob = yaml("templates/cluster/kubernetes/merge-job.yaml");
    JsonNode mergeContainer = mergeJob.get("spec").get("template").get("spec").get("containers").get(0);
    List<String> merge = texts(mergeContainer.get("command"));
    assertEquals(List.of("bash", "-c", "nngrade/nngrade merge --out results shards/*"), merge);
    assertEquals(0, mergeJob.get("spec").get("backoffLimit").asInt());
    assertEquals("/course", mergeContainer.get("workingDir").asText());

    // one volume for every pod (ReadWriteMany): the pods run one after another here, in the same folder
    Path volume = course("kubernetes");
    boolean flagged = false;
    for (int index = 0; index < completions; index++) {
      Map<String, String> pod = new HashMap<>(env);
      pod.put("JOB_COMPLETION_INDEX", Integer.toString(index));
      Ran r = run(volume, command, pod);
      assertEquals(0, r.code(), "a shard with flags completes its index: " + r.all());
      assertTrue(r.out().contains("nngrade: grading shard " + (index + 1) + "/3 (JOB_COMPLETION_INDEX=" + index), r.out());
      flagged |= r.out().contains("some submissions of this shard need a look");
    }
    assertTrue(flagged, "the broken jar's shard said so");
    Ran m = run(volume, merge, Map.of());
    assertEquals(3, m.code(), m.all());
    assertEquals(containerRun(), Files.readString(volume.resolve("results/grades.csv")));
  }

  @Test
  void aSlurmArrayGradesThreeShardsFromSlurmArrayTaskIdAndItsMergeIsTheWholeRun() throws Exception {
    Path grade = root.resolve("templates/cluster/slurm/grade-array.sbatch");
    Path merge = root.resolve("templates/cluster/slurm/merge.sbatch");
    assertEquals(List.of("set -euo pipefail", "cd \"$SLURM_SUBMIT_DIR\"",
        "nngrade/nngrade grade --assignment course.json --submissions submissions --out \"shards/$SLURM_ARRAY_TASK_ID\" --jobs 2 --shard auto"),
        commands(grade));
    assertEquals(List.of("set -euo pipefail", "cd \"$SLURM_SUBMIT_DIR\"", "nngrade/nngrade merge --out results shards/*"), commands(merge));
    assertTrue(Files.readAllLines(grade).contains("#SBATCH --array=1-3"));
    assertTrue(Files.readString(grade).contains("sbatch --dependency=afterany:$jobid nngrade/templates/cluster/slurm/merge.sbatch"),
        "the merge runs after tasks that exit 3");
    // a shared file system: every task in the same folder, run from elsewhere as sbatch does (the script changes to the submit folder)
    Path shared = course("slurm");
    for (int task = 1; task <= 3; task++) {
      Map<String, String> env = Map.of("SLURM_SUBMIT_DIR", shared.toString(), "SLURM_ARRAY_JOB_ID", "4242", "SLURM_ARRAY_TASK_ID", Integer.toString(task),
          "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_MAX", "3", "SLURM_ARRAY_TASK_STEP", "1", "SLURM_ARRAY_TASK_COUNT", "3");
      Ran r = run(dir, List.of("bash", grade.toString()), env);
      assertTrue(r.code() == 0 || r.code() == 3, r.all());
      assertTrue(r.out().contains("nngrade: grading shard " + task + "/3 (SLURM_ARRAY_TASK_ID=" + task), r.out());
    }
    Ran m = run(dir, List.of("bash", merge.toString()), Map.of("SLURM_SUBMIT_DIR", shared.toString(), "SLURM_JOB_ID", "4243"));
    assertEquals(3, m.code(), m.all());
    assertEquals(wholeFull, Files.readString(shared.resolve("results/grades.csv")));
  }

  /** The class graded whole at isolation container (what GitLab's single job grades), once. */
  synchronized String containerRun() throws Exception {
    if (wholeContainer == null) {
      Path c = course("whole-container");
      Ran r = bash(c, GRADE + " --isolation container", Map.of());
      assertEquals(3, r.code(), r.all());
      wholeContainer = Files.readString(c.resolve("results/grades.csv"));
    }
    return wholeContainer;
  }

  /** The variables: block of a GitLab file (expanded by the runner before the script), with the job's own. */
  static Map<String, String> variables(JsonNode ci, Map<String, String> job) {
    Map<String, String> env = new HashMap<>();
    ci.get("variables").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    env.put("CI_PROJECT_DIR", ".");
    env.replaceAll((k, v) -> v.replace("$CI_PROJECT_DIR", "."));
    env.putAll(job);
    return env;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** A batch script's commands: every line but comments, #SBATCH directives and blank lines. */
  static List<String> commands(Path script) throws IOException {
    return Files.readAllLines(script).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  /** Copies a folder without hidden files and folders, as the artifact uploads are configured to. */
  static void copyVisible(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        String rel = from.relativize(p).toString();
        if (Stream.of(rel.split("/")).anyMatch(n -> n.startsWith("."))) {
          continue;
        }
        Path t = to.resolve(rel);
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
