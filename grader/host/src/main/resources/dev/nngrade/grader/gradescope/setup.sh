#!/usr/bin/env bash
# nngrade @VERSION@: Gradescope autograder for assignment @ASSIGNMENT@ (written by `nngrade export gradescope`).
# Gradescope runs this once, as root, while it builds the autograder's image, from /autograder/source
# where the zip was unpacked. It installs nothing and downloads nothing: the Java runtime, the test
# JVMs' runtime and the grader are in the zip. It sets the bundle's file modes (an unzipping tool may
# drop them), makes each runtime's class-data archive for this machine, and checks that the grader
# starts. Running it again does the same again.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ng="$src/nngrade"
isolation="@ISOLATION@"

fail() { echo "setup.sh: $*" >&2; exit 1; }
[ -x "$ng/runtime/bin/java" ] || [ -f "$ng/runtime/bin/java" ] || fail "$ng/runtime/bin/java is missing: unzip the whole autograder zip into $src"
# the sandbox's per-process limits and, as root, a uid of its own per test JVM (util-linux, in every Ubuntu image)
for tool in prlimit setpriv; do
  command -v "$tool" >/dev/null || fail "$tool is missing from this image (package util-linux)"
done
if [ "$isolation" = full ]; then
  command -v bwrap >/dev/null || fail "isolation full needs bubblewrap, which this image lacks (export with --isolation container for Gradescope's usual image)"
fi

# executables stay executable whatever the unzipping tool did (jspawnhelper starts every child process)
chmod 0755 "$ng"/runtime/bin/* "$ng"/child-jre/bin/*
for helper in jspawnhelper jexec; do
  for home in "$ng/runtime" "$ng/child-jre"; do
    [ ! -f "$home/lib/$helper" ] || chmod 0755 "$home/lib/$helper"
  done
done
# The test JVMs run as unprivileged uids (60001 and up) when the grader is root, and read only their own
# runtime image: it is readable by all, and the folders above it may be passed through, not listed. The
# assignment (its hiddenSeed), the grader and its runtime stay root's; each test JVM's Landlock keeps it
# to its runtime, its modules and its own run folder in any case.
chmod o+x "$src/.." "$src"
chmod 0711 "$ng"
chmod -R u+rwX,go-w,go+rX "$ng/child-jre"
chmod -R go-rwx "$ng/assignment.json" "$ng/runtime" "$ng/tool"
[ ! -e "$ng/data" ] || chmod -R go-rwx "$ng/data"

# class-data sharing: each runtime's archive is made here, for this JVM and these files (the zip carries none)
"$ng/runtime/bin/java" -Xshare:dump >/dev/null
"$ng/child-jre/bin/java" -Xshare:dump >/dev/null
"$ng/runtime/bin/java" -Xshare:on -version >/dev/null 2>&1 || fail "the grader's Java runtime does not start with its class-data archive"
"$ng/child-jre/bin/java" -Xshare:on -version >/dev/null 2>&1 || fail "the test JVMs' runtime does not start with its class-data archive"
echo "setup.sh: nngrade @VERSION@ ready for assignment @ASSIGNMENT@ (isolation $isolation)"
