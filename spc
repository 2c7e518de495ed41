#!/usr/bin/env bash
# The spc command, run from a checkout: builds the runnable jar when it is missing or older than the
# sources (quietly; the build's log is shown only if it fails), then runs it with the arguments given.
# Works from any current directory. Extra JVM options may be given in SPC_JAVA_OPTS.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
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

if stale; then
  if command -v flock >/dev/null 2>&1; then
    mkdir -p "$root/spc-cli/target"
    exec 9>"$root/spc-cli/target/.build.lock"
    flock 9
    if stale; then build; fi
    flock -u 9
    exec 9>&-
  else
    build
  fi
fi

# A short-lived command starts fastest with the serial collector and the quick (C1) compiler.
# shellcheck disable=SC2086
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${SPC_JAVA_OPTS:-} -jar "$jar" "$@"
