package dev.nngrade.grader.cli;

import dev.nngrade.grader.sandbox.Isolation;
import picocli.CommandLine.Option;

/** {@code --sandbox auto|bubblewrap|none}. */
final class SandboxOption {
  @Option(names = "--sandbox", defaultValue = "auto", description = "OS sandbox around each child JVM: auto (bubblewrap when it works here), bubblewrap, none. Default: ${DEFAULT-VALUE}.")
  String sandbox;

  Isolation isolation() {
    return switch (sandbox) {
      case "auto" -> Isolation.detect();
      case "bubblewrap", "bwrap" -> {
        if (Isolation.detect() != Isolation.BUBBLEWRAP) {
          throw new IllegalArgumentException("--sandbox bubblewrap: bubblewrap is missing or cannot start a sandbox here; install it (apt-get install bubblewrap) or use --sandbox none");
        }
        yield Isolation.BUBBLEWRAP;
      }
      case "none" -> Isolation.NONE;
      default -> throw new IllegalArgumentException("--sandbox " + sandbox + ": expected auto, bubblewrap or none");
    };
  }
}
