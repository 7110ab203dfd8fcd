package dev.nngrade.reports.html.internal;

import java.util.Locale;

/** Number formatting for the templates, always with {@link Locale#ROOT}. */
public final class Fmt {
  /** Points: no decimals when whole, else up to two. */
  public String points(Object v) {
    double d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v));
    if (d == Math.rint(d)) {
      return String.format(Locale.ROOT, "%.0f", d);
    }
    return String.format(Locale.ROOT, "%.2f", d).replaceAll("0$", "");
  }

  /** {@code 100 · part / whole}, rounded to a whole percent; 0 when the whole is 0. */
  public String percent(Object part, Object whole) {
    double p = ((Number) part).doubleValue(), w = ((Number) whole).doubleValue();
    return w == 0 ? "0" : String.format(Locale.ROOT, "%.0f", 100 * p / w);
  }

  /** A number with {@code digits} decimals. */
  public String decimal(Object v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", ((Number) v).doubleValue());
  }

  /** A number such as a relative error: three significant digits with an exponent. */
  public String scientific(Object v) {
    return String.format(Locale.ROOT, "%.2e", ((Number) v).doubleValue());
  }
}
