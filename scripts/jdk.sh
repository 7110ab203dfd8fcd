# Sourced by ./nngrade and ./run-tests: sets JAVA_HOME to a JDK 25 or newer, or explains what to install.
# Order: $JAVA_HOME if it is 25+, then the newest JDK 25+ under /usr/lib/jvm, then `java` on the PATH.

nngrade_java_feature() { # prints the feature release of the JDK at $1 (e.g. 25), or nothing
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  else
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  printf '%s' "$v"
}

nngrade_find_jdk() {
  local candidate v best="" best_v=0
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(nngrade_java_feature "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then return 0; fi
    echo "nngrade: JAVA_HOME=$JAVA_HOME is Java ${v:-?}, not 25+; looking under /usr/lib/jvm" >&2
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -d "$candidate" ] || continue
    v=$(nngrade_java_feature "$candidate")
    if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$best_v" ]; then best=$candidate; best_v=$v; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(nngrade_java_feature "$candidate")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then best=$candidate; fi
  fi
  if [ -z "$best" ]; then
    cat >&2 <<'MSG'
nngrade needs a JDK 25 or newer and found none (checked $JAVA_HOME, /usr/lib/jvm, /opt/java, javac on the PATH).
Install one, for example Eclipse Temurin 25:
  Debian/Ubuntu: add https://packages.adoptium.net/artifactory/deb and `apt-get install temurin-25-jdk`
  or download from https://adoptium.net/temurin/releases/?version=25
then run this command again (or point JAVA_HOME at it).
MSG
    return 1
  fi
  export JAVA_HOME="$best"
}
