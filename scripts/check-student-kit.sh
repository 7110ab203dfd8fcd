#!/usr/bin/env bash
# The newcomer's path from a clean checkout (exercises/newcomer/README.md): hand out the kit, run a
# public test, implement softmax, see it turn green, see a wrong softmax explained, package.
# Needs the built contract and testkit jars (./run-tests builds them first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/jdk.sh"
nngrade_find_jdk
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
mvn_kit() { (cd "$kit" && ./mvnw -B -ntp -Dmaven.repo.local="$work/m2" -Dmaven.repo.local.tail="$tail" "$@") >"$work/out.txt" 2>&1; }
fail() { echo "check-student-kit: $1" >&2; echo "---- last Maven output ----" >&2; tail -40 "$work/out.txt" >&2; exit 1; }
expect() { grep -qF -- "$1" "$work/out.txt" || fail "expected the output to contain: $1"; }

echo "check-student-kit: untouched skeleton"
mvn_kit test -Dtest=SoftmaxTests && fail "the skeleton's softmax test passed"
expect "未実装です（002 確認テスト7, 003: ソフトマックス関数）— SoftmaxImpl.softmax を実装してください"
grep -q "kit-bundled" "$work/m2/dev/nngrade/nngrade-contract/0.1.0-SNAPSHOT/_remote.repositories" 2>/dev/null \
  || fail "the contract was not resolved from the kit's repo/"

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

echo "check-student-kit: packaging a submission"
cp "$root/exercises/newcomer/correct/SoftmaxImpl.java" "$kit/src/main/java/dev/nngrade/student/"
mvn_kit package -DskipTests -Dstudent=s1234567 || fail "packaging failed"
jar="$kit/target/submission-s1234567.jar"
[ -f "$jar" ] || fail "no $jar"
listing=$("$JAVA_HOME/bin/jar" tf "$jar")
for entry in dev/nngrade/student/SoftmaxImpl.class META-INF/sources/dev/nngrade/student/SoftmaxImpl.java; do
  grep -qx "$entry" <<<"$listing" || fail "$entry is missing from the submission jar"
done
(mkdir -p "$work/unpacked" && cd "$work/unpacked" && "$JAVA_HOME/bin/jar" xf "$jar" META-INF/MANIFEST.MF)
manifest=$(tr -d '\r' <"$work/unpacked/META-INF/MANIFEST.MF")
grep -qx "Nngrade-Student: s1234567" <<<"$manifest" || fail "the manifest does not name the student: $manifest"
grep -qx "Nngrade-Exercise-Set-Version: 0.1.0-SNAPSHOT" <<<"$manifest" || fail "the manifest lacks the exercise set version: $manifest"
echo "check-student-kit: the newcomer's path works"
