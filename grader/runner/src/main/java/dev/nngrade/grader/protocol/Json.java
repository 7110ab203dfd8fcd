package dev.nngrade.grader.protocol;

/** The child's JSON writer: strings only, escaped so that any text (invalid UTF-16, controls) stays on one line. */
public final class Json {
  private Json() {}

  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
            // controls, lone surrogates and line separators go as escapes; the host decides what to show
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
              b.append(c).append(s.charAt(++i));
            } else {
              b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
