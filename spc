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

# A class-data sharing archive of the classes the commands load, made once for each jar and Java: a run maps
# them in, already parsed and checked, instead of reading each from the jar. It is a static archive (the Java
# classes and spc's together), made from the classes that short runs of summary, analyse, chart and report on
# the example data load, because a static archive also keeps classes built for old Java versions (picocli's),
# which a dynamic one leaves out. Made after each build, or when the Java on the PATH changes.
jsa="$root/spc-cli/target/spc.jsa"
hash java 2>/dev/null || true
java_bin="${BASH_CMDS[java]:-java}"

archive_stale() {
  local made=""
  # A checkout that cannot be written to runs without an archive rather than trying to make one each time.
  [ -w "$root/spc-cli/target" ] || return 1
  [ -f "$jsa.java" ] && read -r made < "$jsa.java" || true
  # The note of the Java that made it is written even when no archive could be made (a Java without class-data
  # sharing), so that the attempt is not repeated on every run.
  [ ! -f "$jsa.java" ] || [ "$jar" -nt "$jsa.java" ] || [ "$made" != "$java_bin" ]
}

archive() {
  local tmp="$jsa.$$" work
  work="$(mktemp -d "${TMPDIR:-/tmp}/spc-archive.XXXXXX")"
  rm -f "$tmp"
  # The classes that summary, analyse, chart and report of the example data load, listed in one process; then
  # the archive of them. A crash report, if any, goes with the work folder rather than into the current one.
  if java -XX:DumpLoadedClassList="$work/classes" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$jar" \
        dev.spc.cli.ArchiveRuns "$root/examples/data" "$work" >/dev/null 2>&1 \
      && java -Xshare:dump -XX:SharedClassListFile="$work/classes" -XX:SharedArchiveFile="$tmp" \
        -XX:ErrorFile="$work/crash.log" -XX:+UseSerialGC -Xlog:cds=off -cp "$jar" \
        >/dev/null 2>&1 && [ -f "$tmp" ]; then
    mv -f "$tmp" "$jsa"
  else
    rm -f "$tmp" "$jsa"
  fi
  # Whether this Java can be told to map the archive where it was made to be, rather than moving it and
  # adjusting its pointers (about 20 ms a run): asked once here, so that a run passes no option its Java lacks.
  if java -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -version >/dev/null 2>&1; then
    printf '%s\n' "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0" > "$jsa.options"
  else
    : > "$jsa.options"
  fi
  printf '%s\n' "$java_bin" > "$jsa.java"
  rm -rf "$work"
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

# A run starts fastest with the serial collector and the quick (C1) compiler alone, and most stay fastest so: the
# optimising compiler (C2) takes a core from the work while it compiles. Only a long table job gains from it: a
# summary or analysis of an input over 40 MB, or of standard input, which may be a whole extract (measured: it
# loses up to 39 MB and wins from 86 MB). Charts and reports, drawn on every core, lose by it at every size
# measured (up to 20,000 metrics, 39 MB).
tier="-XX:TieredStopAtLevel=1"
case "${1:-}" in
  summary|analyse|analyze)
    output=""
    for arg in "${@:2}"; do
      if [ -n "$output" ]; then
        output=""  # the file written, not read
      elif [ "$arg" = "-o" ] || [ "$arg" = "--output" ]; then
        output=1
      elif [ "$arg" = "-" ] || { [ -f "$arg" ] && [ -n "$(find "$arg" -prune -size +40000000c 2>/dev/null)" ]; }; then
        tier=""
        break
      fi
    done
    ;;
esac
cds=""
if [ -f "$jsa" ]; then
  # An archive that does not fit this Java or jar is left unused, without a word.
  cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off,cds+dynamic=off"
  mapping=""
  if [ -f "$jsa.options" ]; then
    read -r mapping < "$jsa.options" || true
  fi
  cds="$cds $mapping"
fi

# A loop is compiled once it has gone round 3,000 times rather than Java's 60,000: a long series' loops (reading,
# limits, rules, writing) then run compiled almost from the start instead of interpreted for their first 60,000
# rounds (a quarter of a 100,000-point summary, measured). A report keeps Java's count: drawing its many charts
# goes round many short loops, each of which would be compiled for little gain (an eighth of a report of 1,000
# metrics, measured).
loops="-XX:Tier3BackEdgeThreshold=3000"
if [ "${1:-}" = "report" ]; then
  loops=""
fi

# Where the system gives huge memory pages to programs that ask (Linux's transparent huge pages in "madvise"
# mode), Java's heap asks: a 2 MB page is mapped in one fault where 512 small ones take 512, and a run spends
# much of its time faulting in fresh memory (a fifth to a third of a run, measured). Read without starting a
# program; where the mode is "always" every program has them already.
pages=""
thp=""
if [ -r /sys/kernel/mm/transparent_hugepage/enabled ]; then
  read -r thp < /sys/kernel/mm/transparent_hugepage/enabled || true
fi
case "$thp" in
  *"[madvise]"*) pages="-XX:+UseTransparentHugePages" ;;
esac

# The jar is given as the class path with the main class named, rather than with -jar: Java then opens the
# 70 MB jar's directory once, not twice (once for its manifest), which saves about 10 ms.
# shellcheck disable=SC2086
exec java -XX:+UseSerialGC -XX:-UsePerfData $tier $loops $pages $cds ${SPC_JAVA_OPTS:-} -cp "$jar" dev.spc.cli.Main "$@"
