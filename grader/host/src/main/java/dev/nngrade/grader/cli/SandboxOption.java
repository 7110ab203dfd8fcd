package dev.nngrade.grader.cli;

import dev.nngrade.grader.sandbox.Isolation;
import dev.nngrade.grader.sandbox.SandboxPolicy;
import picocli.CommandLine.Option;

/** {@code --isolation full|container|none}: never lower than asked; {@code full} unless a flag says otherwise. */
final class SandboxOption {
  @Option(names = "--isolation", defaultValue = "full", paramLabel = "LEVEL",
      description = {"How each submission's JVM is isolated: full (bubblewrap namespaces, cgroups, the child's seccomp and Landlock; the default),",
          "container (no namespaces, for machines that refuse them such as Docker containers; Landlock required), none (development only).",
          "The grader never picks a lower level by itself."})
  String isolation;

  SandboxPolicy policy() {
    return SandboxPolicy.of(Isolation.parse(isolation));
  }
}
