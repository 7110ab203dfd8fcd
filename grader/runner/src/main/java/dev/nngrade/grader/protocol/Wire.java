package dev.nngrade.grader.protocol;

/**
 * The limits and markers both sides of the protocol agree on. Ordering rules: the host writes one
 * request to the child's stdin and closes it; the child reads it whole before any student class
 * loads, takes a private file descriptor for its events and sends them as frames on it (see {@link
 * Frames}), one per event, in the order they happened, and halts after {@link Event.End}.
 */
public final class Wire {
  /** Starts the request, so that a child started by mistake on other input stops at once. */
  public static final int REQUEST_MAGIC = 0x4e4e4752; // "NNGR"
  /** Changes with every incompatible change of the codec. */
  public static final short VERSION = 2;
  /** Bytes of a run's HMAC-SHA256 key. */
  public static final int KEY_BYTES = 32;
  /** Bytes of a frame's MAC. */
  public static final int MAC_BYTES = 32;
  /** Largest request, in bytes (a request lists test ids and seeds). */
  public static final int MAX_REQUEST_BYTES = 1 << 20;
  /** Largest frame payload, in bytes: a judged value of 128 Ki doubles fits. */
  public static final int MAX_FRAME_BYTES = (1 << 20) + (16 << 10);
  /** Longest string in a frame, in bytes of UTF-8. */
  public static final int MAX_STRING_BYTES = 16 << 10;
  /** Most dimensions of a judged value. */
  public static final int MAX_RANK = 8;
  /** Longest check message the child sends, in characters (the instructor's copy; students see it only for public inputs). */
  public static final int MAX_MESSAGE = 2000;
  /** Rows of predictions per frame at most. */
  public static final int ROWS_PER_FRAME = 100;
  /**
   * System properties the host sets on the child's command line to say how it must confine itself
   * (not secrets: the child's arguments are readable there): {@value #LANDLOCK} is {@code required},
   * {@code optional} or {@code off}, {@value #SECCOMP} {@code on} or {@code off}. Off only in the
   * host's tests that show what an attack does without a defence.
   */
  public static final String LANDLOCK = "nngrade.confine.landlock";
  public static final String SECCOMP = "nngrade.confine.seccomp";
  /** The one "test" id of a leaderboard run. */
  public static final String PREDICTION_ID = "nngrade:predictions";

  private Wire() {}
}
