package dev.nngrade.reports.svg;

import java.util.Locale;

/**
 * A histogram of values in {@code [0, max]} as an inline SVG element (no XML declaration, so it can
 * sit inside an HTML page): {@code bins} equal bins, the last one closed, each bar labelled with its
 * count. Numbers are written with {@link Locale#ROOT}.
 */
public final class Histogram {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 240;
  private static final int LEFT = 40;
  private static final int BOTTOM = 40;
  private static final int TOP = 20;

  private Histogram() {}

  /** Counts of {@code values} in {@code bins} equal bins over {@code [0, max]}. */
  public static int[] counts(double[] values, double max, int bins) {
    if (bins < 1 || !(max > 0)) {
      throw new IllegalArgumentException("a histogram needs at least one bin and a positive maximum; got " + bins + " bins, max " + max);
    }
    int[] c = new int[bins];
    for (double v : values) {
      int b = (int) Math.floor(v / max * bins);
      c[Math.max(0, Math.min(bins - 1, b))]++;
    }
    return c;
  }

  public static String svg(double[] values, double max, int bins, String title, String xLabel) {
    int[] c = counts(values, max, bins);
    int top = 0;
    for (int k : c) {
      top = Math.max(top, k);
    }
    double plotW = WIDTH - LEFT - 10, plotH = HEIGHT - TOP - BOTTOM, barW = plotW / bins;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
        WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title)));
    b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\"/>", LEFT, HEIGHT - BOTTOM + 0.0, WIDTH - 10.0, HEIGHT - BOTTOM + 0.0));
    for (int i = 0; i < bins; i++) {
      double h = top == 0 ? 0 : plotH * c[i] / top;
      double x = LEFT + i * barW, y = HEIGHT - BOTTOM - h;
      b.append(String.format(Locale.ROOT, "<rect class=\"hist-bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f77b4\"/>", x + 1, y, barW - 2, h));
      if (c[i] > 0) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%d</text>", x + barW / 2, y - 3, c[i]));
      }
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", x, HEIGHT - BOTTOM + 14, number(max * i / bins)));
    }
    b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", LEFT + plotW, HEIGHT - BOTTOM + 14, number(max)));
    b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>", LEFT + plotW / 2, HEIGHT - 8, escape(xLabel)));
    return b.append("</svg>").toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
