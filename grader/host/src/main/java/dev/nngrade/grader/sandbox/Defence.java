package dev.nngrade.grader.sandbox;

/**
 * The defences a level is made of that can be switched off one at a time, so that a test can show
 * what an attack does without one. Nothing outside the grader's own tests switches any off.
 */
public enum Defence {
  /** The runner's seccomp filter. */
  SECCOMP,
  /** The runner's Landlock ruleset. */
  LANDLOCK,
  /** The per-sandbox memory and pids cgroups. */
  CGROUPS,
  /** bubblewrap's size caps on /tmp and /dev/shm and the read-only remount of / and /dev. */
  FILESYSTEM_CAPS
}
