package dev.nngrade.grader.leaderboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every evaluated submission of every leaderboard, in an embedded SQLite file (the gradebook
 * convention of nbgrader): one row per assignment, hidden-data fingerprint, student and jar, with the
 * submission time, the evaluation (as JSON, and its key figures as columns for ad-hoc queries) and the
 * time it was evaluated. Rows are only added, so the board can be rebuilt from it at any time and a
 * grader stopped midway loses nothing.
 */
public final class History implements AutoCloseable {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private final Connection db;

  /** One stored evaluation. {@code student} is {@code baseline:<id>} for a reference baseline. */
  public record Entry(String student, String sha256, Instant submittedAt, Evaluation evaluation, Double millisPerImage, Instant evaluatedAt) {
    public boolean baseline() {
      return History.baseline(student);
    }
  }

  /** Whether a row's student is a reference baseline ({@code baseline:<id>}), not a student. */
  public static boolean baseline(String student) {
    return student.startsWith(Baselines.PREFIX);
  }

  private History(Connection db) {
    this.db = db;
  }

  public static History open(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("""
            CREATE TABLE IF NOT EXISTS entries (
              assignment TEXT NOT NULL,
              data TEXT NOT NULL,
              student TEXT NOT NULL,
              sha256 TEXT NOT NULL,
              submitted_at TEXT NOT NULL,
              status TEXT NOT NULL,
              public_metric REAL,
              private_metric REAL,
              evaluation TEXT NOT NULL,
              millis_per_image REAL,
              evaluated_at TEXT NOT NULL,
              PRIMARY KEY (assignment, data, student, sha256))""");
      }
      return new History(c);
    } catch (SQLException e) {
      throw new IOException("cannot open the leaderboard history " + file + ": " + e.getMessage()
          + " (it must be an SQLite file nngrade wrote; move it away to start a new history)", e);
    }
  }

  public synchronized Optional<Entry> find(String assignment, String data, String student, String sha256) throws IOException {
    try (PreparedStatement q = db.prepareStatement(
        "SELECT student, sha256, submitted_at, evaluation, millis_per_image, evaluated_at FROM entries WHERE assignment=? AND data=? AND student=? AND sha256=?")) {
      q.setString(1, assignment);
      q.setString(2, data);
      q.setString(3, student);
      q.setString(4, sha256);
      List<Entry> found = read(q);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    } catch (SQLException e) {
      throw new IOException("leaderboard history: " + e.getMessage(), e);
    }
  }

  /** Stores an evaluation; one already stored for the same key is replaced (a forced re-evaluation). */
  public synchronized void put(String assignment, String data, Entry e) throws IOException {
    try (PreparedStatement u = db.prepareStatement("INSERT OR REPLACE INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      u.setString(1, assignment);
      u.setString(2, data);
      u.setString(3, e.student());
      u.setString(4, e.sha256());
      u.setString(5, e.submittedAt().toString());
      u.setString(6, e.evaluation().status());
      setDouble(u, 7, e.evaluation().publicMetric());
      setDouble(u, 8, e.evaluation().privateMetric());
      u.setString(9, JSON.writeValueAsString(e.evaluation()));
      setDouble(u, 10, e.millisPerImage());
      u.setString(11, e.evaluatedAt().toString());
      u.executeUpdate();
    } catch (SQLException ex) {
      throw new IOException("leaderboard history: " + ex.getMessage(), ex);
    }
  }

  /** Every entry of an assignment on the given data, oldest submission first. */
  public synchronized List<Entry> all(String assignment, String data) throws IOException {
    try (PreparedStatement q = db.prepareStatement(
        "SELECT student, sha256, submitted_at, evaluation, millis_per_image, evaluated_at FROM entries WHERE assignment=? AND data=? ORDER BY submitted_at, student, sha256")) {
      q.setString(1, assignment);
      q.setString(2, data);
      return read(q);
    } catch (SQLException e) {
      throw new IOException("leaderboard history: " + e.getMessage(), e);
    }
  }

  /** The columns of a row, in the table's order: what a merge copies. */
  public static final List<String> COLUMNS = List.of("assignment", "data", "student", "sha256", "submitted_at", "status", "public_metric", "private_metric",
      "evaluation", "millis_per_image", "evaluated_at");

  /**
   * Every row of the history in {@code file}, each as its column values in {@link #COLUMNS}' order
   * (text, a double or null), read without writing to the file: a shard's history as merge reads it.
   */
  public static List<List<Object>> rows(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no leaderboard history " + file);
    }
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT " + String.join(", ", COLUMNS) + " FROM entries ORDER BY assignment, data, student, sha256")) {
      List<List<Object>> out = new ArrayList<>();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= COLUMNS.size(); i++) {
          row.add(r.getObject(i));
        }
        out.add(java.util.Collections.unmodifiableList(row));
      }
      return out;
    } catch (SQLException e) {
      throw new IOException("cannot read the leaderboard history " + file + ": " + e.getMessage(), e);
    }
  }

  /** Stores a row as {@link #rows} read it, column for column (one with the same key is replaced). */
  public synchronized void putRow(List<Object> row) throws IOException {
    if (row.size() != COLUMNS.size()) {
      throw new IllegalArgumentException("a history row has " + COLUMNS.size() + " columns, not " + row.size());
    }
    try (PreparedStatement u = db.prepareStatement("INSERT OR REPLACE INTO entries (" + String.join(", ", COLUMNS) + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < row.size(); i++) {
        u.setObject(i + 1, row.get(i));
      }
      u.executeUpdate();
    } catch (SQLException ex) {
      throw new IOException("leaderboard history: " + ex.getMessage(), ex);
    }
  }

  private static List<Entry> read(PreparedStatement q) throws SQLException, IOException {
    List<Entry> out = new ArrayList<>();
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        double ms = r.getDouble(5);
        Double millis = r.wasNull() ? null : ms;
        out.add(new Entry(r.getString(1), r.getString(2), Instant.parse(r.getString(3)), JSON.readValue(r.getString(4), Evaluation.class), millis,
            Instant.parse(r.getString(6))));
      }
    }
    return out;
  }

  private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
    if (v == null) {
      p.setNull(i, java.sql.Types.REAL);
    } else {
      p.setDouble(i, v);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException("leaderboard history: " + e.getMessage(), e);
    }
  }
}
