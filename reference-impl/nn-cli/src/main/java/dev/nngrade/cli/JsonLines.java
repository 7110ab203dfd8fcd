package dev.nngrade.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes one JSON object per line (numbers in JSON's own locale-free notation), in insertion order of the keys. */
final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final PrintStream out;

  JsonLines(PrintStream out) {
    this.out = out;
  }

  static Map<String, Object> record(String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    return m;
  }

  static String toJson(Map<String, Object> record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + record.keySet(), e);
    }
  }

  void write(Map<String, Object> record) {
    out.println(toJson(record));
    out.flush();
  }

  static double round(double v, int digits) {
    if (!Double.isFinite(v)) {
      return v;
    }
    return java.math.BigDecimal.valueOf(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }
}
