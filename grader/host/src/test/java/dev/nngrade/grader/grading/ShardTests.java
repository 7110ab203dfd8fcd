package dev.nngrade.grader.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Which shard grades a student: decided by the student id alone, the same on every machine and in
 * every version (a retried shard, or merge reading intake.json, must find the same subset), and
 * spread evenly.
 */
class ShardTests {
  @Test
  void theShardOfAnIdIsFixed() {
    // pinned: a change here moves students between the shards of a class being graded
    assertEquals(2, Shard.of("aiko", 3));
    assertEquals(1, Shard.of("ben", 3));
    assertEquals(3, Shard.of("s0001", 3));
    assertEquals(2, Shard.of("104211", 3));
    assertEquals(1, Shard.of("48213", 3));
    assertEquals(3, Shard.of("104211", 7));
  }

  @Test
  void everyIdIsInExactlyOneShard() {
    for (int k = 1; k <= 9; k++) {
      int count = k;
      for (String id : new String[] {"aiko", "ben", "", "タナカ", "anon_x9", "104211"}) {
        assertEquals(1, IntStream.rangeClosed(1, count).filter(i -> new Shard(i, count).contains(id)).count(), id + " in " + count);
      }
    }
  }

  @Test
  void threeThousandIdsSpreadEvenlyOverThreeShards() {
    int[] n = new int[4];
    for (int i = 0; i < 3000; i++) {
      n[Shard.of("s" + i, 3)]++;
    }
    for (int s = 1; s <= 3; s++) {
      assertTrue(n[s] > 900 && n[s] < 1100, "shard " + s + " has " + n[s] + " of 3000");
    }
  }

  @Test
  void indicesOutsideOneToKAreRefused() {
    assertEquals("shard 0/3: expected an index from 1 to 3", assertThrows(IllegalArgumentException.class, () -> new Shard(0, 3)).getMessage());
    assertEquals("shard 4/3: expected an index from 1 to 3", assertThrows(IllegalArgumentException.class, () -> new Shard(4, 3)).getMessage());
    assertEquals("shard count 0: expected 1 to 10000", assertThrows(IllegalArgumentException.class, () -> new Shard(1, 0)).getMessage());
    assertEquals("2/3", new Shard(2, 3).toString());
  }
}
