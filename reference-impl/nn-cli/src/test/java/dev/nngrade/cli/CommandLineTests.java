package dev.nngrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in this JVM, with stdout and stderr captured. */
class CommandLineTests {
  @TempDir Path dir;

  record Run(int code, String out, String err) {
    List<JsonNode> json() throws Exception {
      ObjectMapper m = new ObjectMapper();
      return out.lines().filter(l -> l.startsWith("{")).map(l -> {
        try {
          return m.readTree(l);
        } catch (Exception e) {
          throw new AssertionError("not JSON: " + l, e);
        }
      }).toList();
    }
  }

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void trainPrintsAJsonLinePerEpochAndDrawsTheCurves() throws Exception {
    Run r = run("train", "--epochs", "2", "--threads", "2", "--no-progress", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> lines = r.json();
    assertEquals(List.of("train-start", "epoch", "epoch", "train-done"), lines.stream().map(n -> n.get("name").asText()).toList());
    JsonNode epoch2 = lines.get(2);
    assertEquals(2, epoch2.get("epoch").asInt());
    assertEquals(60, epoch2.get("iterations").asInt());
    assertTrue(epoch2.get("test_acc").asDouble() > 0.1 && epoch2.get("test_acc").asDouble() <= 1.0);
    String svg = Files.readString(dir.resolve("loss-curve.svg"));
    assertTrue(svg.startsWith("<svg") && svg.contains("<polyline"), svg);
    assertTrue(Files.readString(dir.resolve("accuracy.svg")).contains("test"));
    assertEquals(2, Files.readAllLines(dir.resolve("epochs.jsonl")).size());
  }

  @Test
  void theSameSeedPrintsTheSameEpochLines() throws Exception {
    Run a = run("train", "--epochs", "1", "--seed", "5", "--no-progress", "--out", dir.resolve("a").toString());
    Run b = run("train", "--epochs", "1", "--seed", "5", "--threads", "1", "--no-progress", "--out", dir.resolve("b").toString());
    JsonNode ea = a.json().get(1), eb = b.json().get(1);
    assertEquals(ea.get("mean_loss"), eb.get("mean_loss"));
    assertEquals(ea.get("test_acc"), eb.get("test_acc"));
    assertEquals(Files.readString(dir.resolve("a/loss-curve.svg")), Files.readString(dir.resolve("b/loss-curve.svg")));
  }

  @Test
  void aFolderWithoutDataGivesOneClearLine() {
    Run r = run("train", "--data", dir.toString(), "--no-progress", "--out", dir.resolve("o").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("missing train-images-idx3-ubyte[.gz]"), r.err());
    assertTrue(r.err().lines().count() == 1, r.err());
  }

  @Test
  void aWrongMagicNumberIsReportedWithTheFile() throws Exception {
    for (String f : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
      Files.write(dir.resolve(f), new byte[] {0, 0, 8, 1, 0, 0, 0, 1, 7});
    }
    Files.write(dir.resolve("train-images-idx3-ubyte"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0});
    Run r = run("train", "--data", dir.toString(), "--no-progress", "--out", dir.resolve("o").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("train-images-idx3-ubyte: not an IDX file: magic number 0x504B0304"), r.err());
  }

  @Test
  void unknownModelsAndOptionsAreUsageErrors() {
    Run r = run("train", "--model", "transformer", "--no-progress", "--out", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("unknown model 'transformer'; expected mlp or cnn"), r.err());
    assertEquals(2, run("train", "--no-such-option").code());
  }

  @Test
  void benchPrintsMeasurementsAndASummaryWithRatios() throws Exception {
    Run r = run("bench", "--items", "matmul_f64,mlp_step", "--rounds", "1", "--mlp-iters", "40", "--data", "embedded");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> lines = r.json();
    JsonNode summary = lines.stream().filter(n -> n.get("name").asText().equals("summary") && n.get("item").asText().equals("mlp_step"))
        .findFirst().orElseThrow();
    assertTrue(summary.get("java_median").asDouble() > 0);
    assertTrue(summary.has("ratio_java_over_anchor_time") && summary.has("goal_ratio"), summary.toString());
  }

  @Test
  void trainAndBenchRunOnTheOpenClBackend() throws Exception {
    Run r = run("train", "--backend", "opencl", "--epochs", "1", "--no-progress", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.json().get(0).get("backend").asText().startsWith("OpenCL"), r.out());
    assertTrue(r.json().get(1).get("test_acc").asDouble() > 0.1, r.out());
    Run b = run("bench", "--backend", "opencl", "--items", "mlp_step,gradcheck", "--rounds", "1", "--mlp-iters", "30", "--data", "embedded");
    assertEquals(0, b.code(), b.err());
    List<JsonNode> lines = b.json();
    assertTrue(lines.stream().anyMatch(n -> n.get("name").asText().equals("gradcheck") && n.has("not_run")), b.out());
    assertTrue(lines.stream().anyMatch(n -> n.get("name").asText().equals("summary") && n.get("item").asText().equals("mlp_step")
        && n.get("anchor").asText().startsWith("PyTorch")), b.out());
  }

  @Test
  void theCpuBackendRefusesFloat32() {
    Run r = run("train", "--precision", "float32", "--no-progress", "--out", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("float64 only"), r.err());
  }
}
