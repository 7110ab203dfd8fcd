package dev.nngrade.reports.html;

import dev.nngrade.contract.Language;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the sample pages in headless Chromium (Debian's chromium with fonts-noto-cjk; .ci/run installs
 * them): the DOM must have the elements the pages promise, no element a submission's text could have
 * injected, and no console error; screenshots go to target/screenshots.
 */
class BrowserTests {
  record Result(String stdout, String stderr) {}

  static String chromium() {
    for (String c : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, c))) {
          return Path.of(dir, c).toString();
        }
      }
    }
    throw new AssertionError("no headless Chromium found: install it (Debian: apt-get install chromium fonts-noto-cjk; .ci/run does)");
  }

  static Result run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
    return new Result(out, Files.readString(dir.resolve("stderr.txt")));
  }

  void check(Path dir, String name, String html, List<String> ids) throws Exception {
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, html);
    Result dom = run(dir, "--dump-dom", page.toUri().toString());
    for (String id : ids) {
      assertTrue(dom.stdout().contains("id=\"" + id + "\""), name + ": no element #" + id);
    }
    assertFalse(dom.stdout().contains("<script"), name + ": a script element in the DOM");
    assertFalse(dom.stdout().contains("<img"), name + ": an injected img element in the DOM");
    assertFalse(dom.stderr().contains("Uncaught") || dom.stderr().contains(":CONSOLE("), name + ": page errors: " + dom.stderr());
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    run(dir, "--window-size=1100,1400", "--screenshot=" + shots.resolve(name + ".png").toAbsolutePath(), page.toUri().toString());
    assertTrue(Files.size(shots.resolve(name + ".png")) > 10_000, name + ": the screenshot is empty");
  }

  @Test
  void studentReportsRenderInBothLanguages(@TempDir Path dir) throws Exception {
    for (String lang : List.of("ja", "en")) {
      check(dir, "student-" + lang, new HtmlRenderer().student(Samples.card(), Language.parse(lang)), List.of("assignment", "student", "total", "status", "late", "ex-softmax"));
    }
  }

  @Test
  void leaderboardsRenderInBothLanguages(@TempDir Path dir) throws Exception {
    for (String lang : List.of("ja", "en")) {
      check(dir, "leaderboard-" + lang, HtmlRendererTests.leaderboard(lang), List.of("assignment", "metric", "track-1", "track-2"));
    }
  }

  @Test
  void classSummariesRenderInBothLanguages(@TempDir Path dir) throws Exception {
    for (String lang : List.of("ja", "en")) {
      check(dir, "summary-" + lang, Samples.summary(lang), List.of("assignment", "counts", "histogram", "exercises", "tests", "attention", "students"));
    }
  }
}
