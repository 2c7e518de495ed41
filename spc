#!/usr/bin/env bash
# The spc command, run from a checkout: builds the runnable jar when it is missing or older than the
# sources (quietly; the build's log is shown only if it fails), then runs it with the arguments given.
# Works from any current directory. Extra JVM options may be given in SPC_JAVA_OPTS.
set -euo pipefail

# Where the checkout is, found without starting other programs (each costs milliseconds).
self="${BASH_SOURCE[0]}"
if [ -L "$self" ]; then
  self="$(readlink -f "$self")"
fi
case "$self" in
  */*) root="${self%/*}" ;;
  *) root="." ;;
esac
case "$root" in
  /*) ;;
  *) root="$PWD/$root" ;;
esac
jar="$root/spc-cli/target/spc.jar"

stale() {
  [ ! -f "$jar" ] && return 0
  local newer
  newer="$(find "$root/pom.xml" "$root/spc-core/pom.xml" "$root/spc-core/src/main" \
    "$root/spc-io/pom.xml" "$root/spc-io/src/main" "$root/spc-charts/pom.xml" "$root/spc-charts/src/main" \
    "$root/spc-cli/pom.xml" "$root/spc-cli/src/main" -newer "$jar" -print -quit 2>/dev/null || true)"
  [ -n "$newer" ]
}

build() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "spc: Maven (mvn) is needed to build spc the first time; install it, or build the jar elsewhere" >&2
    exit 1
  fi
  if [ -t 2 ]; then
    echo "spc: building (once, after each change to the sources)..." >&2
  fi
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/spc-build.XXXXXX")"
  if ! (cd "$root" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl spc-cli -am package) >"$log" 2>&1; then
    echo "spc: the build failed; its log follows" >&2
    cat "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}

# A class-data sharing archive of the classes a run loads, made once for each jar and Java: a run maps them
# in instead of loading and checking each. Made by a short run of the example data after each build, or
# when the Java on the PATH changes.
jsa="$root/spc-cli/target/spc.jsa"
hash java 2>/dev/null || true
java_bin="${BASH_CMDS[java]:-java}"

archive_stale() {
  local made=""
  # A checkout that cannot be written to runs without an archive rather than trying to make one each time.
  [ -w "$root/spc-cli/target" ] || return 1
  [ -f "$jsa.java" ] && read -r made < "$jsa.java" || true
  [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ] || [ "$made" != "$java_bin" ]
}

archive() {
  local tmp="$jsa.$$"
  rm -f "$tmp"
  if java -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off,cds+dynamic=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -jar "$jar" summary "$root/examples/data/ipr.csv" --settings "$root/examples/data/ipr-settings.csv" \
      >/dev/null 2>&1 && [ -f "$tmp" ]; then
    mv -f "$tmp" "$jsa"
    printf '%s\n' "$java_bin" > "$jsa.java"
  else
    rm -f "$tmp"
  fi
}

if stale || archive_stale; then
  if command -v flock >/dev/null 2>&1; then
    mkdir -p "$root/spc-cli/target"
    exec 9>"$root/spc-cli/target/.build.lock"
    flock 9
    if stale; then build; fi
    if archive_stale; then archive; fi
    flock -u 9
    exec 9>&-
  else
    if stale; then build; fi
    if archive_stale; then archive; fi
  fi
fi

# A short run starts fastest with the serial collector and the quick (C1) compiler alone; a long one (an input
# over 8 MB, or standard input, which may be a whole extract) gains from the optimising compiler (C2).
tier="-XX:TieredStopAtLevel=1"
output=""
for arg in "$@"; do
  if [ -n "$output" ]; then
    output=""  # the file written, not read
  elif [ "$arg" = "-o" ] || [ "$arg" = "--output" ]; then
    output=1
  elif [ "$arg" = "-" ] || { [ -f "$arg" ] && [ -n "$(find "$arg" -prune -size +8000000c 2>/dev/null)" ]; }; then
    tier=""
    break
  fi
done
cds=""
if [ -f "$jsa" ]; then
  # An archive that does not fit this Java or jar is left unused, without a word.
  cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off,cds+dynamic=off"
fi

# shellcheck disable=SC2086
exec java -XX:+UseSerialGC -XX:-UsePerfData $tier $cds ${SPC_JAVA_OPTS:-} -jar "$jar" "$@"
