package dev.nngrade.reports.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LineChartTests {
  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aChartIsWellFormedSvgWithOnePolylinePerSeries() throws Exception {
    String svg = new LineChart("loss <per> iteration & more", "iteration", "loss")
        .add(LineChart.Series.indexed("train", new double[] {2.3, 1.9, 1.2, 0.8}))
        .add(LineChart.Series.indexed("test", new double[] {2.4, 2.0, 1.5, 1.1}))
        .toSvg();
    Document doc = parse(svg);
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(2, doc.getElementsByTagName("polyline").getLength());
    String points = ((Element) doc.getElementsByTagName("polyline").item(0)).getAttribute("points");
    assertEquals(4, points.split(" ").length);
    assertTrue(svg.contains("loss &lt;per&gt; iteration &amp; more"));
  }

  /** The test JVM runs in a Turkish locale, where %.2f would print a comma. */
  @Test
  void numbersUseADotWhateverTheLocale() {
    String svg = new LineChart("t", "x", "y").add(LineChart.Series.indexed("s", new double[] {0.25, 0.5})).toSvg();
    assertFalse(svg.matches("(?s).*points=\"[^\"]*,[0-9]+,.*"), "a decimal comma leaked into the coordinates");
    assertTrue(svg.contains("0.25"), svg);
  }

  @Test
  void nonFiniteValuesAreLeftOutAndAnEmptyChartSaysSo() throws Exception {
    String svg = new LineChart("t", "x", "y").add(LineChart.Series.indexed("s", new double[] {1, Double.NaN, 3})).toSvg();
    String points = ((Element) parse(svg).getElementsByTagName("polyline").item(0)).getAttribute("points");
    assertEquals(2, points.split(" ").length);
    assertTrue(new LineChart("t", "x", "y").toSvg().contains("no finite data"));
  }

  @Test
  void ticksAreRoundNumbersCoveringTheRange() {
    assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5}, LineChart.ticks(0.03, 2.31, false), 1e-12);
    assertArrayEquals(new double[] {0, 200, 400, 600, 800, 1000}, LineChart.ticks(1, 1000, true), 1e-9);
    assertArrayEquals(new double[] {1, 2, 3, 4, 5}, LineChart.ticks(1, 5, true), 1e-12);
    assertArrayEquals(new double[] {0, 1, 2}, LineChart.ticks(1, 1, true), 1e-12, "one epoch: whole-number ticks around it");
    assertEquals("0.05", LineChart.format(0.05));
    assertEquals("1000", LineChart.format(1000));
  }

  @Test
  void mismatchedSeriesLengthsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new LineChart.Series("s", new double[2], new double[3]));
  }
}
