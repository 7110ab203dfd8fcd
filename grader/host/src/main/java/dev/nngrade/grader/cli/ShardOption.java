package dev.nngrade.grader.cli;

import dev.nngrade.grader.grading.Shard;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --shard i/K} (or {@code --shard auto}) and {@code --shard-count K}: which part of the class
 * this machine grades. {@code auto} takes the index from the engine that started the process, so that
 * one job definition serves every shard:
 *
 * <ul>
 *   <li>a Kubernetes Indexed Job sets {@code JOB_COMPLETION_INDEX} (from 0, so shard = index + 1);
 *       the count is the job's completions, which the pod is not told: {@code --shard-count} or
 *       {@code NNGRADE_SHARD_COUNT};
 *   <li>GitLab's {@code parallel:} sets {@code CI_NODE_INDEX} (from 1) and {@code CI_NODE_TOTAL};
 *   <li>a Slurm array sets {@code SLURM_ARRAY_TASK_ID}, with {@code SLURM_ARRAY_TASK_MIN},
 *       {@code SLURM_ARRAY_TASK_STEP} and {@code SLURM_ARRAY_TASK_COUNT}, so {@code --array=0-2},
 *       {@code 1-3} and {@code 1-5:2} all give shards 1 to 3 of 3.
 * </ul>
 *
 * A GitHub Actions matrix sets nothing: its job passes {@code --shard ${{ matrix.shard }}/K}. Only an
 * explicit {@code --shard} shards a run: a job that happens to run under {@code parallel:} or an array
 * for another reason still grades the whole class.
 */
final class ShardOption {
  static final String COUNT_VARIABLE = "NNGRADE_SHARD_COUNT";

  @Option(names = "--shard", paramLabel = "i/K|auto",
      description = {"Grade only shard i of K (i from 1): the students whose id hashes to it, every submission of a student in the same shard.",
          "auto: from JOB_COMPLETION_INDEX (Kubernetes Indexed Job, from 0; K from --shard-count or " + COUNT_VARIABLE + "),",
          "CI_NODE_INDEX/CI_NODE_TOTAL (GitLab parallel:), or SLURM_ARRAY_TASK_ID (Slurm array; K from SLURM_ARRAY_TASK_COUNT).",
          "Needs the assignment's hiddenSeed; OUT gets shard.json, and nngrade merge puts the shards together."})
  String shard;

  @Option(names = "--shard-count", paramLabel = "K", description = "The number of shards where the engine does not say it (a Kubernetes Indexed Job's completions).")
  Integer count;

  /** A shard as resolved, and where it came from (for the log). */
  record Resolved(Shard shard, String from) {}

  /** The shard asked for, if any, reading the engine's variables from {@code env} for {@code auto}; a wrong value is an {@link IllegalArgumentException} in words. */
  Optional<Resolved> resolve(Map<String, String> env) {
    if (shard == null) {
      if (count != null) {
        throw new IllegalArgumentException("--shard-count " + count + " without --shard: say which shard with --shard i/K or --shard auto");
      }
      return Optional.empty();
    }
    return Optional.of(resolve(shard, Optional.ofNullable(count), env));
  }

  static Resolved resolve(String value, Optional<Integer> countOption, Map<String, String> env) {
    String v = value.strip();
    if (!v.equals("auto")) {
      String[] parts = v.split("/", -1);
      if (parts.length > 2 || !parts[0].matches("\\d{1,9}") || parts.length == 2 && !parts[1].matches("\\d{1,9}")) {
        throw new IllegalArgumentException("--shard " + value + ": expected i/K (such as 2/3), i with --shard-count K, or auto");
      }
      int i = Integer.parseInt(parts[0]);
      Optional<Integer> k = parts.length == 2 ? Optional.of(Integer.parseInt(parts[1])) : countOption;
      if (parts.length == 2 && countOption.isPresent() && !countOption.get().equals(k.get())) {
        throw new IllegalArgumentException("--shard " + value + " and --shard-count " + countOption.get() + " disagree on the number of shards");
      }
      return new Resolved(shard(i, k.orElseThrow(() -> new IllegalArgumentException("--shard " + value + ": how many shards? Give i/K or --shard-count K")),
          "--shard " + value), "--shard " + value);
    }
    String job = env.get("JOB_COMPLETION_INDEX");
    if (present(job)) {
      int index = number("JOB_COMPLETION_INDEX", job);
      Optional<Integer> k = countOption.or(() -> Optional.ofNullable(env.get(COUNT_VARIABLE)).filter(ShardOption::present).map(c -> number(COUNT_VARIABLE, c)));
      String from = "JOB_COMPLETION_INDEX=" + job + " (Kubernetes Indexed Job, from 0)";
      return new Resolved(shard(index + 1, k.orElseThrow(() -> new IllegalArgumentException(from + ": a pod is not told the job's completions;"
          + " give them as --shard-count K or " + COUNT_VARIABLE)), from), from);
    }
    String node = env.get("CI_NODE_INDEX");
    if (present(node)) {
      String total = env.get("CI_NODE_TOTAL");
      String from = "CI_NODE_INDEX=" + node + ", CI_NODE_TOTAL=" + total + " (GitLab parallel:)";
      if (!present(total)) {
        throw new IllegalArgumentException(from + ": CI_NODE_TOTAL is not set");
      }
      int k = number("CI_NODE_TOTAL", total);
      agree(countOption, k, from);
      return new Resolved(shard(number("CI_NODE_INDEX", node), k, from), from);
    }
    String task = env.get("SLURM_ARRAY_TASK_ID");
    if (present(task)) {
      int id = number("SLURM_ARRAY_TASK_ID", task);
      String min = env.get("SLURM_ARRAY_TASK_MIN");
      String step = env.get("SLURM_ARRAY_TASK_STEP");
      String from = "SLURM_ARRAY_TASK_ID=" + task + (present(min) ? ", SLURM_ARRAY_TASK_MIN=" + min : "") + (present(step) ? ", SLURM_ARRAY_TASK_STEP=" + step : "")
          + " (Slurm array)";
      int first = present(min) ? number("SLURM_ARRAY_TASK_MIN", min) : 1;
      int by = present(step) ? number("SLURM_ARRAY_TASK_STEP", step) : 1;
      if (by < 1 || id < first || (id - first) % by != 0) {
        throw new IllegalArgumentException(from + ": not a task of an evenly stepped array (--array=1-K, 0-(K-1) or FIRST-LAST:STEP)");
      }
      String countVar = env.get("SLURM_ARRAY_TASK_COUNT");
      Optional<Integer> k = present(countVar) ? Optional.of(number("SLURM_ARRAY_TASK_COUNT", countVar)) : Optional.empty();
      if (k.isPresent()) {
        agree(countOption, k.get(), from);
      }
      int count = k.or(() -> countOption).orElseThrow(() -> new IllegalArgumentException(from + ": SLURM_ARRAY_TASK_COUNT is not set; give --shard-count K"));
      return new Resolved(shard((id - first) / by + 1, count, from), from);
    }
    throw new IllegalArgumentException("--shard auto: none of JOB_COMPLETION_INDEX (Kubernetes Indexed Job), CI_NODE_INDEX (GitLab parallel:) or"
        + " SLURM_ARRAY_TASK_ID (Slurm array) is set; give the shard as --shard i/K");
  }

  private static Shard shard(int index, int count, String from) {
    try {
      return new Shard(index, count);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(from + ": " + e.getMessage(), e);
    }
  }

  private static void agree(Optional<Integer> countOption, int k, String from) {
    if (countOption.isPresent() && countOption.get() != k) {
      throw new IllegalArgumentException(from + " says " + k + " shards, --shard-count " + countOption.get());
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static int number(String name, String value) {
    if (!value.strip().matches("\\d{1,9}")) {
      throw new IllegalArgumentException(name + "=" + value + ": expected a whole number");
    }
    return Integer.parseInt(value.strip());
  }
}
