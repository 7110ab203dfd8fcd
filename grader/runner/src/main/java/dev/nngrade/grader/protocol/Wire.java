package dev.nngrade.grader.protocol;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The framing and authentication of events. An event line is {@code MARKER json TAB mac}: the
 * marker lets the host find events in a stream that student code may also write to; the MAC,
 * HMAC-SHA256 under a key the child read from stdin before any student class loaded, makes a line
 * the student wrote worthless. The JSON carries a sequence number, so lines cannot be replayed or
 * reordered either.
 */
public final class Wire {
  /** Starts every event line (SOH, then a word no test prints by chance). */
  public static final String MARKER = "\u0001NNGRADE-EVENT ";

  /** Request lines the host writes to the child's stdin. */
  public static final String KEY = "key ";
  public static final String IMPLEMENTATIONS = "implementations ";
  public static final String TIMEOUT_SECONDS = "timeout ";
  public static final String LANGUAGE = "lang ";
  /** The course's conventions, {@code key=value;key=value} (see the testkit's {@code Course}). */
  public static final String COURSE = "course ";
  public static final String RUN = "run ";
  /** Leaderboard runs: the model kind ({@link #CLASSIFIER} or {@link #REGRESSOR}) and the staged inputs ({@code .nnw}, matrix {@code x}). */
  public static final String PREDICT = "predict ";
  public static final String INPUTS = "inputs ";
  public static final String CLASSIFIER = "image-classifier";
  public static final String REGRESSOR = "regressor";
  /** The one "test" id of a leaderboard run. */
  public static final String PREDICTION_ID = "nngrade:predictions";
  /** Rows of predictions per event at most (keeps an event line short). */
  public static final int ROWS_BYTES = 1536;
  public static final String END = "end";

  /** Longest message the child sends for one test, in characters (keeps an event line below the pipe's atomic write size). */
  public static final int MAX_MESSAGE = 600;

  private Wire() {}

  public static String mac(byte[] key, String json) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK: " + e, e);
    }
  }

  /** The line for {@code json}, newline included. */
  public static String frame(byte[] key, String json) {
    return MARKER + json + "\t" + mac(key, json) + "\n";
  }

  /**
   * The JSON of an event line if the line carries one with a valid MAC, else {@code null}. Only the
   * text after the last marker counts: student output may precede it on the same line.
   */
  public static String verify(byte[] key, String line) {
    int at = line.lastIndexOf(MARKER);
    if (at < 0) {
      return null;
    }
    String body = line.substring(at + MARKER.length());
    int tab = body.lastIndexOf('\t');
    if (tab < 0) {
      return null;
    }
    String json = body.substring(0, tab);
    String given = body.substring(tab + 1).trim();
    return java.security.MessageDigest.isEqual(mac(key, json).getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII)) ? json : null;
  }
}
