package dev.nngrade.grader.runner;

import dev.nngrade.contract.leaderboard.ImageClassifier;
import dev.nngrade.contract.leaderboard.Regressor;
import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.grader.protocol.Event;
import dev.nngrade.grader.protocol.Request;
import dev.nngrade.grader.protocol.Wire;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A leaderboard run: the inputs are read before any student class loads, then the submission's model
 * is built and asked for predictions batch by batch. Only predictions leave the child; the answers
 * were never staged, so the metric the host computes cannot be influenced from here except through the
 * predictions themselves. Times are taken by this (trusted) code around the model's calls.
 */
final class Predictions {
  private static final int BATCH = 100;

  private Predictions() {}

  static void run(Request.Predict request, EventChannel channel) {
    String implementations = request.settings().implementations();
    channel.send(new Event.Started(Wire.PREDICTION_ID));
    long t0 = System.nanoTime();
    long predictNanos = 0;
    long constructNanos = 0;
    try {
      double[][] x;
      try (InputStream in = Files.newInputStream(Path.of(request.inputs()))) {
        x = Weights.read(in).get("x");
      }
      if (x == null) {
        throw new IllegalStateException("the staged inputs hold no matrix x");
      }
      Request.ModelKind kind = request.kind();
      String name = implementations.split(",")[0].trim() + "." + kind.implementation();
      long c0 = System.nanoTime();
      Object model = construct(name);
      constructNanos = System.nanoTime() - c0;
      Shape shape = new Shape();
      for (int from = 0; from < x.length; from += BATCH) {
        int to = Math.min(x.length, from + BATCH);
        double[][] batch = java.util.Arrays.copyOfRange(x, from, to);
        for (int i = 0; i < batch.length; i++) {
          batch[i] = batch[i].clone(); // a model that writes into its input cannot change what later batches see
        }
        long p0 = System.nanoTime();
        double[][] y = kind == Request.ModelKind.IMAGE_CLASSIFIER ? ((ImageClassifier) model).classProbabilities(batch) : ((Regressor) model).predict(batch);
        predictNanos += System.nanoTime() - p0;
        double[][] rows = shape.check(y, from, to);
        send(channel, from, rows, shape.cols);
      }
      channel.send(new Event.Finished(Wire.PREDICTION_ID, Event.Status.PASSED, (System.nanoTime() - t0) / 1_000_000, null));
      channel.send(new Event.Timing(constructNanos, predictNanos, x.length));
    } catch (ShapeError e) {
      // the host checks the rows it receives; a shape the runner cannot even send is said with a check record
      channel.send(new Event.CheckFailed(Wire.PREDICTION_ID, 0, "shape", e.getMessage()));
      channel.send(new Event.Finished(Wire.PREDICTION_ID, Event.Status.FAILED, (System.nanoTime() - t0) / 1_000_000,
          new Event.Thrown(Event.Origin.GRADER, ShapeError.class.getName(), null)));
    } catch (Throwable t) {
      Throwable cause = t instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : t;
      channel.send(new Event.Finished(Wire.PREDICTION_ID, Event.Status.FAILED, (System.nanoTime() - t0) / 1_000_000, Throwables.describe(cause, implementations)));
    }
  }

  private static Object construct(String name) throws ReflectiveOperationException {
    return Class.forName(name, true, ClassLoader.getSystemClassLoader()).getConstructor().newInstance();
  }

  /** Every batch's result must have one row per input and the same number of columns throughout. */
  private static final class Shape {
    int cols = -1;

    double[][] check(double[][] y, int from, int to) {
      if (y == null) {
        throw new ShapeError("null returned for rows " + from + ".." + (to - 1));
      }
      if (y.length != to - from) {
        throw new ShapeError(y.length + " rows returned for " + (to - from) + " inputs (rows " + from + ".." + (to - 1) + ")");
      }
      double[][] copy = new double[y.length][];
      for (int i = 0; i < y.length; i++) {
        double[] row = y[i];
        if (row == null) {
          throw new ShapeError("row " + (from + i) + " is null");
        }
        if (cols < 0) {
          cols = row.length;
        }
        if (row.length != cols) {
          throw new ShapeError("row " + (from + i) + " has " + row.length + " values, row 0 has " + cols);
        }
        copy[i] = row.clone();
      }
      return copy;
    }
  }

  /** A result the host cannot read as a matrix: reported with its own trusted message. */
  private static final class ShapeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShapeError(String message) {
      super(message, null, false, false);
    }
  }

  /** Rows in frames of at most {@link Wire#ROWS_PER_FRAME} rows and {@link Wire#MAX_FRAME_BYTES} bytes. */
  private static void send(EventChannel channel, int from, double[][] rows, int cols) {
    int perFrame = (int) Math.max(1, Math.min(Wire.ROWS_PER_FRAME, (Wire.MAX_FRAME_BYTES - 64) / (8L * Math.max(1, cols))));
    for (int i = 0; i < rows.length; i += perFrame) {
      int n = Math.min(perFrame, rows.length - i);
      double[] data = new double[n * cols];
      for (int r = 0; r < n; r++) {
        System.arraycopy(rows[i + r], 0, data, r * cols, cols);
      }
      channel.send(new Event.Rows(from + i, n, cols, data));
    }
  }
}
