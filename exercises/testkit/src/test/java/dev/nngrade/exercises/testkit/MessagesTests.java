package dev.nngrade.exercises.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTests {
  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is missing");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void japaneseAndEnglishBundlesHaveTheSameKeysAndValidPatterns() throws IOException {
    Properties en = load("/dev/nngrade/exercises/testkit/messages.properties");
    Properties ja = load("/dev/nngrade/exercises/testkit/messages_ja.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()));
    for (Properties p : new Properties[] {en, ja}) {
      for (String key : p.stringPropertyNames()) {
        if (!key.startsWith("hint.")) { // hints are plain text, passed as an argument; the rest are patterns
          new MessageFormat(p.getProperty(key), Locale.ROOT); // throws on a broken pattern
        }
      }
    }
  }

  @Test
  void everyHintTheContractsNameExistsInBothLanguages() throws IOException {
    Properties en = load("/dev/nngrade/exercises/testkit/messages.properties");
    Set<String> used = new TreeSet<>();
    Pattern literal = Pattern.compile("\"(hint\\.[a-z0-9.-]+)\"");
    // the contracts, and the hidden suites beside them in the repository (they take their hints from these bundles)
    for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../../grader/suites/src/main/java")}) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = literal.matcher(Files.readString(f));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertTrue(used.size() > 50, "found only " + used.size() + " hint keys: is the source folder the module's?");
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(en.stringPropertyNames());
    // squared error hints are named by form at run time
    missing.remove("hint.se.");
    assertTrue(missing.isEmpty(), "hint keys used but not in the bundles: " + missing);
    for (String form : new String[] {"half_sum", "half_mean", "mean"}) {
      assertTrue(en.containsKey("hint.se." + form), "hint.se." + form);
    }
  }

  @Test
  void wordsFollowTheChosenLanguageNotTheJvmLocale() {
    LanguageScope.with("en", () -> {
      assertEquals("Hint: x", Text.get("hint", "x"));
    });
    LanguageScope.with("ja", () -> {
      assertEquals("ヒント: x", Text.get("hint", "x"));
    });
  }
}
