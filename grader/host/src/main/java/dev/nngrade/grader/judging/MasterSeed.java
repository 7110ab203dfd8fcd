package dev.nngrade.grader.judging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master seed of a class's hidden inputs. Each test's seed is the first eight bytes of
 * HMAC-SHA256(master, test id): a child learns only the seeds of the tests it runs, and nothing about
 * the master or any other test. The master comes from the assignment file ({@code hiddenSeed}), so
 * that every shard, regrade and Gradescope run of the class sees the same inputs; without one it is
 * drawn once and kept in the output folder, so that a regrade or a resumed run sees the same inputs.
 */
public final class MasterSeed {
  /** Where a drawn master seed is kept, below the output folder's work folder. */
  static final String FILE = "hidden-seed";
  private final byte[] key;

  private MasterSeed(byte[] key) {
    this.key = key.clone();
  }

  /** From hexadecimal digits (16 to 64 of them). */
  public static MasterSeed ofHex(String hex) {
    String h = hex.strip();
    if (h.length() < 16 || h.length() > 64 || !h.matches("[0-9a-fA-F]+")) {
      throw new IllegalArgumentException("a hidden seed has 16 to 64 hexadecimal digits; found " + h.length() + " characters");
    }
    return new MasterSeed(HexFormat.of().parseHex(h.length() % 2 == 0 ? h : "0" + h));
  }

  /** The assignment's seed when it has one, else the one kept in {@code work} (drawn there the first time). */
  public static MasterSeed of(Optional<String> fromAssignment, Path work) throws IOException {
    if (fromAssignment.isPresent()) {
      return ofHex(fromAssignment.get());
    }
    Path file = work.resolve(FILE);
    if (!Files.exists(file)) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      Files.createDirectories(work);
      try {
        Files.writeString(file, HexFormat.of().formatHex(fresh) + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (FileAlreadyExistsException raced) {
        // another grading run of the same folder drew one first: use that
      }
    }
    return ofHex(Files.readString(file, StandardCharsets.US_ASCII));
  }

  /** The seed of one test. */
  public long forTest(String testId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] d = mac.doFinal(("nngrade test seed\0" + testId).getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = v << 8 | (d[i] & 0xff);
      }
      return v;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** A digest that names the seed without revealing it (for fingerprints that must change with it). */
  public String fingerprint() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(("nngrade master seed\0" + HexFormat.of().formatHex(key)).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
