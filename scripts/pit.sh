#!/usr/bin/env bash
# Suite strength: PIT's DEFAULTS mutants of the model solution (grader/strength, package dev.nngrade.model)
# run against the hidden suites, whose judged checks are compared locally with the reference's (the local
# judge). Builds what grader/strength needs without running those modules' tests, runs the strength tests
# once (the unmutated model must pass every hidden test), then PIT, and prints the score per exercise.
# Writes grader/strength/target/pit-reports/: mutations.xml and index.html (PIT's), strength.jsonl (one
# object per exercise) and strength.md (the table and every surviving mutant).
# Usage: scripts/pit.sh [minimum score in percent]; with a minimum, exits 1 when an exercise scores below it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
nngrade_find_jdk
started=$(date +%s)
./mvnw -B -ntp verify -Ppit -pl grader/strength -am \
  -Dtest='dev/nngrade/strength/**/*Tests' -Dsurefire.failIfNoSpecifiedTests=false
report=grader/strength/target/pit-reports/mutations.xml
[ -f "$report" ] || { echo "pit: PIT wrote no $report" >&2; exit 1; }
"$JAVA_HOME/bin/java" -cp grader/strength/target/test-classes:exercises/contract/target/classes \
  dev.nngrade.strength.pit.PitSummary "$report" "$@"
echo "pit: $(( $(date +%s) - started )) s"
