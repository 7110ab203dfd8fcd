package dev.nngrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nngrade.grader.grading.Shard;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code --shard}: given as i/K, or {@code auto} from the variables each engine sets (the values here
 * are what Kubernetes, GitLab and Slurm set for the second of three tasks). The templates' commands
 * run with these variables for real in {@code TemplatesTests}.
 */
class ShardOptionTests {
  static Shard resolve(String value, Integer count, Map<String, String> env) {
    return ShardOption.resolve(value, Optional.ofNullable(count), env).shard();
  }

  static String refusal(String value, Integer count, Map<String, String> env) {
    return assertThrows(IllegalArgumentException.class, () -> ShardOption.resolve(value, Optional.ofNullable(count), env)).getMessage();
  }

  @Test
  void anExplicitShardIsTakenAsItIs() {
    assertEquals(new Shard(2, 3), resolve("2/3", null, Map.of()));
    assertEquals(new Shard(2, 3), resolve("2", 3, Map.of()));
    assertEquals(new Shard(2, 3), resolve("2/3", null, Map.of("CI_NODE_INDEX", "1", "CI_NODE_TOTAL", "5")));
    assertEquals("--shard 2/3 and --shard-count 4 disagree on the number of shards", refusal("2/3", 4, Map.of()));
    assertEquals("--shard 2: how many shards? Give i/K or --shard-count K", refusal("2", null, Map.of()));
    assertEquals("--shard two/3: expected i/K (such as 2/3), i with --shard-count K, or auto", refusal("two/3", null, Map.of()));
    assertEquals("--shard 0/3: shard 0/3: expected an index from 1 to 3", refusal("0/3", null, Map.of()));
  }

  @Test
  void aKubernetesIndexedJobCountsFromZeroAndNeedsTheCount() {
    assertEquals(new Shard(2, 3), resolve("auto", 3, Map.of("JOB_COMPLETION_INDEX", "1")));
    assertEquals(new Shard(3, 3), resolve("auto", null, Map.of("JOB_COMPLETION_INDEX", "2", "NNGRADE_SHARD_COUNT", "3")));
    assertEquals("JOB_COMPLETION_INDEX=1 (Kubernetes Indexed Job, from 0): a pod is not told the job's completions; give them as --shard-count K or"
        + " NNGRADE_SHARD_COUNT", refusal("auto", null, Map.of("JOB_COMPLETION_INDEX", "1")));
    assertEquals("JOB_COMPLETION_INDEX=3 (Kubernetes Indexed Job, from 0): shard 4/3: expected an index from 1 to 3",
        refusal("auto", 3, Map.of("JOB_COMPLETION_INDEX", "3")));
  }

  @Test
  void gitLabParallelCountsFromOne() {
    assertEquals(new Shard(2, 3), resolve("auto", null, Map.of("CI_NODE_INDEX", "2", "CI_NODE_TOTAL", "3")));
    assertEquals("CI_NODE_INDEX=2, CI_NODE_TOTAL=3 (GitLab parallel:) says 3 shards, --shard-count 4",
        refusal("auto", 4, Map.of("CI_NODE_INDEX", "2", "CI_NODE_TOTAL", "3")));
    assertEquals("CI_NODE_INDEX=2, CI_NODE_TOTAL=null (GitLab parallel:): CI_NODE_TOTAL is not set", refusal("auto", null, Map.of("CI_NODE_INDEX", "2")));
  }

  @Test
  void aSlurmArrayMayStartAtZeroOrOneAndStep() {
    assertEquals(new Shard(2, 3), resolve("auto", null, Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_COUNT", "3")));
    assertEquals(new Shard(2, 3), resolve("auto", null, Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_MIN", "0", "SLURM_ARRAY_TASK_COUNT", "3")));
    assertEquals(new Shard(2, 3), resolve("auto", null,
        Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_STEP", "2", "SLURM_ARRAY_TASK_COUNT", "3")));
    assertEquals(new Shard(2, 3), resolve("auto", 3, Map.of("SLURM_ARRAY_TASK_ID", "2")));
    assertEquals("SLURM_ARRAY_TASK_ID=2, SLURM_ARRAY_TASK_MIN=1, SLURM_ARRAY_TASK_STEP=2 (Slurm array): not a task of an evenly stepped array"
        + " (--array=1-K, 0-(K-1) or FIRST-LAST:STEP)",
        refusal("auto", null, Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_STEP", "2", "SLURM_ARRAY_TASK_COUNT", "3")));
    assertEquals("SLURM_ARRAY_TASK_ID=2 (Slurm array): SLURM_ARRAY_TASK_COUNT is not set; give --shard-count K",
        refusal("auto", null, Map.of("SLURM_ARRAY_TASK_ID", "2")));
  }

  @Test
  void autoWithoutAnEngineSaysWhatItLooksFor() {
    assertEquals("--shard auto: none of JOB_COMPLETION_INDEX (Kubernetes Indexed Job), CI_NODE_INDEX (GitLab parallel:) or SLURM_ARRAY_TASK_ID"
        + " (Slurm array) is set; give the shard as --shard i/K", refusal("auto", null, Map.of()));
  }

  @Test
  void withoutShardTheWholeClassIsGradedWhateverTheEnvironmentSays() {
    ShardOption o = new ShardOption();
    // a job that runs under GitLab's parallel: for another reason must not grade a third of the class silently
    assertEquals(Optional.empty(), o.resolve(Map.of("CI_NODE_INDEX", "2", "CI_NODE_TOTAL", "3")));
    o.count = 3;
    assertEquals("--shard-count 3 without --shard: say which shard with --shard i/K or --shard auto",
        assertThrows(IllegalArgumentException.class, () -> o.resolve(Map.of())).getMessage());
  }
}
