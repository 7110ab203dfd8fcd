#!/usr/bin/env bash
# Makes the folder an instructor hands out: exercises/kit with the course file, the Maven wrapper,
# and repo/ holding the contract and testkit artifacts (so the kit builds without this repository),
# each with its -sources.jar and -javadoc.jar (so that students' IDEs show the ja/en Javadoc).
# Usage: scripts/make-student-kit.sh OUT_DIR [COURSE_FILE]   (build first: ./mvnw install -DskipTests)
# COURSE_FILE replaces the kit's course.properties (the course's conventions and language).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: scripts/make-student-kit.sh OUT_DIR [COURSE_FILE]}
course=${2:-}
if [ -n "$course" ] && [ ! -f "$course" ]; then echo "make-student-kit: course file $course not found" >&2; exit 1; fi
. "$root/scripts/jdk.sh"
nngrade_find_jdk
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
contract="$root/exercises/contract/target/nngrade-contract-$version"
testkit="$root/exercises/testkit/target/nngrade-exercise-testkit-$version"
for jar in "$contract".jar "$contract"-sources.jar "$contract"-javadoc.jar "$testkit".jar "$testkit"-sources.jar "$testkit"-javadoc.jar; do
  [ -f "$jar" ] || { echo "make-student-kit: $jar is missing; build it first: ./mvnw install -DskipTests (without -Dmaven.javadoc.skip)" >&2; exit 1; }
done
if [ -e "$out" ] && [ -n "$(ls -A "$out" 2>/dev/null)" ]; then
  echo "make-student-kit: $out exists and is not empty; choose a new folder" >&2
  exit 1
fi
mkdir -p "$out"
(cd "$root/exercises/kit" && tar --exclude=./target --exclude=./repo -cf - .) | (cd "$out" && tar -xf -)
if [ -n "$course" ]; then cp "$course" "$out/course.properties"; fi
# the handed-out POM reads the contract and testkit from ./repo (the POM in this repository does not,
# so that the grader's build, which depends on the kit, never looks there)
awk 'index($0, "<dependencyManagement>") && !done {
  print "  <repositories>"
  print "    <!-- this kit carries the contract and testkit artifacts here -->"
  print "    <repository>"
  print "      <id>kit-bundled</id>"
  print "      <url>${project.baseUri}repo</url>"
  print "      <releases><enabled>true</enabled></releases>"
  print "      <snapshots><enabled>true</enabled></snapshots>"
  print "    </repository>"
  print "  </repositories>"
  print ""
  done = 1
}
{ print }' "$root/exercises/kit/pom.xml" >"$out/pom.xml"
repo="file://$(cd "$out" && pwd)/repo"
# deploy-file records what it deployed in the local repository it runs with: a scratch one, so that
# ~/.m2 never learns of the kit's repository (plugins are still read from ~/.m2 through the tail)
scratch_m2=$(mktemp -d)
trap 'rm -rf "$scratch_m2"' EXIT
deploy() { # deploy-file writes the remote layout (with snapshot metadata) that the kit's <repository> reads
  "$root/mvnw" -q -B -ntp -f "$root/exercises/kit/pom.xml" -Dnngrade.kit.skipTests=true \
    -Dmaven.repo.local="$scratch_m2" -Dmaven.repo.local.tail="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}" \
    org.apache.maven.plugins:maven-deploy-plugin:3.1.4:deploy-file -Durl="$repo" -DrepositoryId=kit-bundled "$@"
}
deploy -Dfile="$root/pom.xml" -DpomFile="$root/pom.xml" -Dpackaging=pom
deploy -Dfile="$root/exercises/pom.xml" -DpomFile="$root/exercises/pom.xml" -Dpackaging=pom
deploy -Dfile="$contract".jar -Dsources="$contract"-sources.jar -Djavadoc="$contract"-javadoc.jar -DpomFile="$root/exercises/contract/pom.xml"
deploy -Dfile="$testkit".jar -Dsources="$testkit"-sources.jar -Djavadoc="$testkit"-javadoc.jar -DpomFile="$root/exercises/testkit/pom.xml"
echo "student kit written to $out (build it there with ./mvnw test)"
