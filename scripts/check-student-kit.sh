#!/usr/bin/env bash
# The newcomer's path from a clean checkout (exercises/newcomer/README.md): hand out the kit, run a
# public test with an old Java first on the PATH, implement softmax, see it turn green, see a wrong
# softmax explained, package a partial submission, run the kit's GitHub workflow's commands; and
# what the kit carries for the student's IDE (the contract's sources and Javadoc).
# Needs the built contract and testkit jars (./run-tests builds them first), and python3 with PyYAML
# (Debian/Ubuntu: python3-yaml) to read the workflow the way GitHub does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/jdk.sh"
nngrade_find_jdk
python3 -c 'import yaml' 2>/dev/null \
  || { echo "check-student-kit: needs python3 with PyYAML to parse the kit's workflow (Debian/Ubuntu: apt-get install python3-yaml)" >&2; exit 1; }
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
kit="$work/kit"
"$root/scripts/make-student-kit.sh" "$kit" >/dev/null

# A local repository without this project's artifacts: everything else is read from ~/.m2 (read-only
# tail), so the contract and testkit can only come from the kit's own repo/.
m2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
tail="$work/tail"
mkdir -p "$tail/dev"
for d in "$m2"/*; do [ "$(basename "$d")" = dev ] || ln -s "$d" "$tail/"; done
if [ -d "$m2/dev" ]; then for d in "$m2/dev"/*; do [ "$(basename "$d")" = nngrade ] || ln -s "$d" "$tail/dev/"; done; fi
repo_args="-ntp -Dmaven.repo.local=$work/m2 -Dmaven.repo.local.tail=$tail"
mvn_kit() { (cd "$kit" && ./mvnw -B $repo_args "$@") >"$work/out.txt" 2>&1; }
fail() { echo "check-student-kit: $1" >&2; echo "---- last output ----" >&2; tail -40 "$work/out.txt" >&2; exit 1; }
expect() { grep -qF -- "$1" "$work/out.txt" || fail "expected the output to contain: $1"; }
expect_re() { grep -qE -- "$1" "$work/out.txt" || fail "expected the output to match: $1"; }

# A student's machine: a Java 17 first on the PATH and no JAVA_HOME. The stand-in for it only says what
# it is, so a build that used it would fail; the JDK 25 is found in a folder the kit's ./mvnw searches,
# laid out the way macOS installs JDKs (NNGRADE_JDK_DIRS replaces the usual folders: the check must
# not depend on where this machine keeps its JDKs).
old="$work/jvms/old-17"
mkdir -p "$old/bin" "$work/jvms/temurin-25.jdk/Contents" "$work/old-only"
for tool in java javac; do
  printf '#!/bin/sh\necho "stand-in for an old Java 17 (check-student-kit): it must not be used" >&2\nexit 1\n' >"$old/bin/$tool"
  chmod +x "$old/bin/$tool"
done
echo 'JAVA_VERSION="17.0.2"' >"$old/release"
ln -s "$JAVA_HOME" "$work/jvms/temurin-25.jdk/Contents/Home"
ln -s "$old" "$work/old-only/old-17"
as_java17_student() { (unset JAVA_HOME; export PATH="$old/bin:$PATH" NNGRADE_JDK_DIRS="$work/jvms"; "$@"); }

echo "check-student-kit: untouched skeleton, with Java 17 first on the PATH and no JAVA_HOME"
as_java17_student mvn_kit test -Dtest=SoftmaxTests && fail "the skeleton's softmax test passed"
expect "未実装です（002 確認テスト7, 003: ソフトマックス関数）— SoftmaxImpl.softmax を実装してください"
grep -q "kit-bundled" "$work/m2/dev/nngrade/nngrade-contract/$version/_remote.repositories" 2>/dev/null \
  || fail "the contract was not resolved from the kit's repo/"

echo "check-student-kit: ./mvnw with JAVA_HOME on a Java 17, and with no JDK 25 anywhere"
(cd "$kit" && export JAVA_HOME="$old" PATH="$old/bin:$PATH" NNGRADE_JDK_DIRS="$work/jvms" && ./mvnw -v) >"$work/out.txt" 2>&1 \
  || fail "./mvnw did not run with JAVA_HOME on a Java 17 and a JDK 25 installed"
expect "mvnw: JAVA_HOME=$old is Java 17, not 25 or newer"
expect_re "^Java version: 25"
(cd "$kit" && unset JAVA_HOME && export PATH="$old/bin:$PATH" NNGRADE_JDK_DIRS="$work/old-only" && ./mvnw -v) >"$work/out.txt" 2>&1 \
  && fail "./mvnw ran without a JDK 25"
expect "mvnw: the exercises need a JDK 25 or newer, and none was found."
expect "https://adoptium.net/temurin/releases/?version=25"
expect "javac on the PATH ($old: Java 17)"

echo "check-student-kit: the contract's and testkit's sources and Javadoc in repo/, as an IDE fetches them"
for artifact in nngrade-contract nngrade-exercise-testkit; do
  for classifier in sources javadoc; do
    ls "$kit/repo/dev/nngrade/$artifact/$version/"*-"$classifier".jar >/dev/null 2>&1 \
      || fail "repo/ lacks the $classifier jar of $artifact: $(ls "$kit/repo/dev/nngrade/$artifact/$version/")"
    # resolved through the kit's POM (its kit-bundled repository), the way IDEs download sources and docs
    mvn_kit org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy -Dmdep.useBaseVersion=true \
      -Dartifact="dev.nngrade:$artifact:$version:jar:$classifier" -DoutputDirectory="$work/docs" \
      || fail "the $classifier jar of $artifact does not resolve from the kit"
  done
done
mkdir -p "$work/docs/javadoc" "$work/docs/sources"
(cd "$work/docs/javadoc" && "$JAVA_HOME/bin/jar" xf "$work/docs/nngrade-contract-$version-javadoc.jar")
(cd "$work/docs/sources" && "$JAVA_HOME/bin/jar" xf "$work/docs/nngrade-contract-$version-sources.jar")
page="$work/docs/javadoc/dev.nngrade.contract/dev/nngrade/contract/function/Softmax.html"
[ -f "$page" ] || fail "the contract's Javadoc jar has no page for Softmax: $("$JAVA_HOME/bin/jar" tf "$work/docs/nngrade-contract-$version-javadoc.jar" | head -20)"
grep -qF "ソフトマックス関数（講義002 確認テスト7、講義003） / the softmax function" "$page" \
  || fail "the Softmax page lacks the contract's ja/en Javadoc"
[ -f "$work/docs/sources/dev/nngrade/contract/function/Softmax.java" ] || fail "the contract's sources jar has no Softmax.java"
"$JAVA_HOME/bin/jar" tf "$work/docs/nngrade-exercise-testkit-$version-javadoc.jar" \
  | grep -q "dev/nngrade/exercises/testkit/contracts/SoftmaxContract.html" || fail "the testkit's Javadoc jar has no page for SoftmaxContract"

echo "check-student-kit: a correct softmax"
cp "$root/exercises/newcomer/correct/SoftmaxImpl.java" "$kit/src/main/java/dev/nngrade/student/"
mvn_kit test -Dtest=SoftmaxTests || fail "the correct softmax did not pass its public tests"
expect "Tests run: 5, Failures: 0, Errors: 0, Skipped: 0"

echo "check-student-kit: softmax without the max subtraction"
cp "$root/exercises/newcomer/no-max-subtraction/SoftmaxImpl.java" "$kit/src/main/java/dev/nngrade/student/"
mvn_kit test -Dtest=SoftmaxTests && fail "softmax without the max subtraction passed"
expect "softmax(1000, 1000)[0]: 期待値 0.5、実際の値 NaN"
expect "ヒント: exp の前に a の最大値を引きます（オーバーフロー対策）"
mvn_kit test -Dtest=SoftmaxTests -Dnngrade.lang=en && fail "softmax without the max subtraction passed in English"
expect "softmax(1000, 1000)[0]: expected 0.5, got NaN"
expect "Hint: subtract the maximum of a before exp"

echo "check-student-kit: packaging a partial submission (softmax done, the rest not yet) without -DskipTests"
cp "$root/exercises/newcomer/correct/SoftmaxImpl.java" "$kit/src/main/java/dev/nngrade/student/"
mvn_kit package -Dstudent=s1234567 || fail "a partial submission did not package"
# the public tests ran and said how they did; their failures did not stop the jar
expect_re "Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in dev.nngrade.student.SoftmaxTests"
expect_re "<<< FAILURE! -- in dev.nngrade.student.ActivationsTests"
jars=$(cd "$kit/target" && ls -- *.jar)
[ "$jars" = "submission-s1234567.jar" ] || fail "package wrote $(echo $jars), not only submission-s1234567.jar"
jar="$kit/target/submission-s1234567.jar"
listing=$("$JAVA_HOME/bin/jar" tf "$jar")
for entry in dev/nngrade/student/SoftmaxImpl.class META-INF/sources/dev/nngrade/student/SoftmaxImpl.java; do
  grep -qx "$entry" <<<"$listing" || fail "$entry is missing from the submission jar"
done
# only the manifest, the student's classes and their sources, all of which the grader's intake keeps
# (SubmissionJar): anything else, META-INF/maven/** among it, it lists as dropped, with a warning
extra=$(grep -vxE 'META-INF/|META-INF/MANIFEST\.MF|(META-INF/sources/)?(dev/|dev/nngrade/|dev/nngrade/student/)|META-INF/sources/|dev/nngrade/student/[^/]+\.class|META-INF/sources/dev/nngrade/student/[^/]+\.java' <<<"$listing" || true)
[ -z "$extra" ] || fail "the submission jar holds entries the grader would drop: $extra"
(mkdir -p "$work/unpacked" && cd "$work/unpacked" && "$JAVA_HOME/bin/jar" xf "$jar" META-INF/MANIFEST.MF)
manifest=$(tr -d '\r' <"$work/unpacked/META-INF/MANIFEST.MF")
grep -qx "Nngrade-Student: s1234567" <<<"$manifest" || fail "the manifest does not name the student: $manifest"
grep -qx "Nngrade-Exercise-Set-Version: $version" <<<"$manifest" || fail "the manifest lacks the exercise set version: $manifest"

echo "check-student-kit: the kit's workflow (.github/workflows/public-tests.yml), its commands run here"
# Parsed as GitHub parses it (YAML): it must run the public tests on every push with a Temurin 25, run
# exactly the commands below, keep the reports, and write result.json even when the tests fail.
python3 - "$kit/.github/workflows/public-tests.yml" >"$work/commands.txt" 2>"$work/out.txt" <<'PY' || fail "the workflow is not what the kit promises"
import sys, yaml
expected_runs = ["./mvnw -B test", "python3 .github/scripts/classroom50-result.py"]
with open(sys.argv[1], encoding="utf-8") as f:
    wf = yaml.safe_load(f)
def need(ok, what):
    if not ok:
        sys.exit(f"workflow: {what}")
triggers = wf.get("on", wf.get(True))  # YAML 1.1 reads the key `on` as true
need(isinstance(triggers, dict) and "push" in triggers, f"it does not run on push: on = {triggers!r}")
need(isinstance(wf.get("jobs"), dict) and len(wf["jobs"]) == 1, f"expected one job, got {list(wf.get('jobs') or {})}")
steps = next(iter(wf["jobs"].values()))["steps"]
uses = {s["uses"].split("@")[0]: s for s in steps if "uses" in s}
need(set(uses) == {"actions/checkout", "actions/setup-java", "actions/upload-artifact"}, f"unexpected actions: {sorted(uses)}")
java = uses["actions/setup-java"].get("with", {})
need(java.get("distribution") == "temurin" and str(java.get("java-version")) == "25", f"setup-java is not Temurin 25: {java}")
runs = [s["run"].strip() for s in steps if "run" in s]
need(runs == expected_runs, f"its commands are {runs}, not {expected_runs} (this check runs exactly those)")
after_tests = steps[[s.get("run", "").strip() for s in steps].index(expected_runs[0]) + 1:]
for s in after_tests:
    need("!cancelled()" in str(s.get("if", "")), f"step {s.get('name') or s.get('uses')} does not run after failing tests: if = {s.get('if')!r}")
paths = uses["actions/upload-artifact"]["with"]["path"].split()
need(paths == ["target/surefire-reports/", "result.json"], f"it keeps {paths}")
print("\n".join(runs))
PY
mapfile -t commands <"$work/commands.txt"
# each as GitHub's runner runs a step (bash -eo pipefail), in a fresh checkout (no target/)
rm -rf "$kit/target"
step() { (cd "$kit" && MAVEN_ARGS="$repo_args" GITHUB_STEP_SUMMARY="$work/summary.md" bash --noprofile --norc -eo pipefail -c "$1") >"$work/out.txt" 2>&1; }
step "${commands[0]}" && fail "'${commands[0]}' passed on a partial submission (the other exercises' tests must fail it)"
expect_re "Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in dev.nngrade.student.SoftmaxTests"
step "${commands[1]}" || fail "'${commands[1]}' failed"
for path in target/surefire-reports result.json; do [ -e "$kit/$path" ] || fail "the workflow keeps $path, which its commands did not write"; done
# result.json: Classroom 50's fields, and per exercise the public tests passed/total, checked against the
# totals surefire itself wrote in each report
python3 - "$kit" >"$work/out.txt" 2>&1 <<'PY' || fail "result.json is not the public tests' result"
import json, pathlib, re, sys
import xml.etree.ElementTree as ET
kit = pathlib.Path(sys.argv[1])
r = json.loads((kit / "result.json").read_text(encoding="utf-8"))
def need(ok, what):
    if not ok:
        sys.exit(f"result.json: {what}")
need(r.get("schema") == "classroom50/result/v1", f"schema {r.get('schema')!r}")
for field in ("classroom", "assignment", "submission", "commit", "release", "review", "datetime"):
    need(isinstance(r.get(field), str), f"{field} is not a string")
need(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["datetime"]), f"datetime {r['datetime']!r}")
classes = sorted(p.stem for p in (kit / "src/test/java/dev/nngrade/student").glob("*Tests.java"))
tests = {t["test-name"]: t for t in r["tests"]}
need(len(r["tests"]) == len(classes) == 22, f"{len(r['tests'])} entries for {len(classes)} public test classes")
for cls in classes:
    suite = ET.parse(kit / f"target/surefire-reports/TEST-dev.nngrade.student.{cls}.xml").getroot()
    total = int(suite.get("tests"))
    passed = total - sum(int(suite.get(k)) for k in ("failures", "errors", "skipped"))
    [t] = [t for name, t in tests.items() if name.endswith(f"({cls})")]
    need((t["score"], t["max-score"], t["passed"]) == (passed, total, passed == total > 0),
         f"{t['test-name']}: {t['score']}/{t['max-score']} passed={t['passed']}, surefire says {passed}/{total}")
soft = tests.get("softmax (SoftmaxTests)")
need(soft is not None and (soft["score"], soft["max-score"], soft["passed"]) == (5, 5, True), f"softmax: {soft}")
need(all(not t["passed"] and t["max-score"] > 0 for n, t in tests.items() if n != "softmax (SoftmaxTests)"),
     "an unfinished exercise counts as passed, or its tests did not run")
need(r["score"] == sum(t["score"] for t in r["tests"]) == 5, f"score {r['score']}")
need(r["max-score"] == sum(t["max-score"] for t in r["tests"]), f"max-score {r['max-score']}")
PY
grep -qF "| softmax (SoftmaxTests) | 5/5 |" "$work/summary.md" || fail "the run's summary lacks the softmax row: $(cat "$work/summary.md")"
echo "check-student-kit: the newcomer's path works"
