package dev.nngrade.reports.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as a self-contained SVG document: one or more series over a shared x axis, with
 * "nice" ticks, grid lines and a legend. Numbers are written with {@link Locale#ROOT}, so the file is
 * the same on every machine.
 */
public final class LineChart {
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};
  private static final int WIDTH = 720;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 56;
  private static final int BOTTOM = 55;

  /** One named line; {@code x} and {@code y} have the same length. */
  public record Series(String name, double[] x, double[] y) {
    public Series {
      if (x.length != y.length) {
        throw new IllegalArgumentException(
            "series '" + name + "' has " + x.length + " x values but " + y.length + " y values");
      }
    }

    /** A series over x = 1, 2, 3, ... */
    public static Series indexed(String name, double[] y) {
      double[] x = new double[y.length];
      for (int i = 0; i < y.length; i++) {
        x[i] = i + 1;
      }
      return new Series(name, x, y);
    }
  }

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();

  public LineChart(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  public LineChart add(Series s) {
    series.add(s);
    return this;
  }

  /** The SVG document. Non-finite points are left out; a chart without finite points says so. */
  public String toSvg() {
    double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < s.x().length; i++) {
        if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
          xMin = Math.min(xMin, s.x()[i]);
          xMax = Math.max(xMax, s.x()[i]);
          yMin = Math.min(yMin, s.y()[i]);
          yMax = Math.max(yMax, s.y()[i]);
        }
      }
    }
    StringBuilder svg = new StringBuilder(4096);
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
            + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    text(svg, WIDTH / 2.0, 22, "middle", "font-size=\"15\" font-weight=\"bold\"", title);
    if (xMin > xMax) {
      text(svg, WIDTH / 2.0, HEIGHT / 2.0, "middle", "", "no finite data to plot");
      return svg.append("</svg>\n").toString();
    }
    double[] xt = ticks(xMin, xMax, integral(series));
    double[] yt = ticks(yMin, yMax, false);
    double x0 = xt[0], x1 = xt[xt.length - 1], y0 = yt[0], y1 = yt[yt.length - 1];
    double pw = WIDTH - LEFT - RIGHT, ph = HEIGHT - TOP - BOTTOM;
    for (double t : yt) {
      double py = TOP + ph - (t - y0) / (y1 - y0) * ph;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.2f\" x2=\"%d\" y2=\"%.2f\" stroke=\"#ddd\"/>%n", LEFT, py, WIDTH - RIGHT, py));
      text(svg, LEFT - 6, py + 4, "end", "", format(t));
    }
    for (double t : xt) {
      double px = LEFT + (t - x0) / (x1 - x0) * pw;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#eee\"/>%n", px, TOP, px, HEIGHT - BOTTOM));
      text(svg, px, HEIGHT - BOTTOM + 16, "middle", "", format(t));
    }
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"#333\"/>%n", LEFT, TOP, pw, ph));
    text(svg, LEFT + pw / 2, HEIGHT - 12, "middle", "", xLabel);
    svg.append(String.format(Locale.ROOT,
        "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">%s</text>%n", TOP + ph / 2, escape(yLabel)));
    for (int s = 0; s < series.size(); s++) {
      Series ser = series.get(s);
      String colour = COLOURS[s % COLOURS.length];
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < ser.x().length; i++) {
        if (Double.isFinite(ser.x()[i]) && Double.isFinite(ser.y()[i])) {
          double px = LEFT + (ser.x()[i] - x0) / (x1 - x0) * pw;
          double py = TOP + ph - (ser.y()[i] - y0) / (y1 - y0) * ph;
          pts.append(String.format(Locale.ROOT, "%.2f,%.2f ", px, py));
        }
      }
      svg.append(String.format(Locale.ROOT,
          "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n", colour, pts.toString().trim()));
      if (ser.x().length <= 50) {
        for (int i = 0; i < ser.x().length; i++) {
          if (Double.isFinite(ser.x()[i]) && Double.isFinite(ser.y()[i])) {
            double px = LEFT + (ser.x()[i] - x0) / (x1 - x0) * pw;
            double py = TOP + ph - (ser.y()[i] - y0) / (y1 - y0) * ph;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"3\" fill=\"%s\"/>%n", px, py, colour));
          }
        }
      }
      // the legend sits in a row between the title and the plot, so it never hides a curve
      double lx = LEFT + 130.0 * s, ly = TOP - 12;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"/>%n",
          lx, ly - 4, lx + 20, ly - 4, colour));
      text(svg, lx + 26, ly, "start", "", ser.name());
    }
    return svg.append("</svg>\n").toString();
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, String extra, String s) {
    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n",
        x, y, anchor, extra.isEmpty() ? "" : " " + extra, escape(s)));
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether every x is a whole number (epochs, iterations): ticks then fall on whole numbers too. */
  private static boolean integral(List<Series> series) {
    for (Series s : series) {
      for (double x : s.x()) {
        if (Double.isFinite(x) && x != Math.rint(x)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Tick values at 1, 2 or 5 times a power of ten that cover {@code [min, max]} with about five steps (at least 1 when integral). */
  static double[] ticks(double min, double max, boolean integral) {
    if (min == max) {
      double pad = integral || min == 0 ? 1 : Math.abs(min) * 0.1;
      min -= pad;
      max += pad;
    }
    double raw = (max - min) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
    if (integral) {
      step = Math.max(1, step);
    }
    double lo = Math.floor(min / step) * step;
    double hi = Math.ceil(max / step) * step;
    int n = (int) Math.round((hi - lo) / step) + 1;
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = lo + i * step;
    }
    return t;
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return String.format(Locale.ROOT, "%d", (long) v);
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    if (s.contains("e")) {
      return s;
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
