#!/usr/bin/env bash
# The benchmark of issue 6, in one command. Documented in src/site/markdown/performance.md.
#
#   bench/run.sh                         # 10k, 30k and 100k requirements (10, 30, 100 modules of 1000)
#   bench/run.sh --sizes "10 100"        # module counts to run
#   bench/run.sh --worktree-core         # also time the in-process gate on this checkout's spec-core
#   bench/run.sh --smoke                 # a 2-module corpus, one run of everything: checks the script itself
#
# For each size it regenerates the corpus (ours, and the same one in OpenFastTrace syntax), then times
#   - mvn -o -q spec:extract, spec:lint, spec:check-links and spec:verify-drift with MAVEN_OPTS=-Xmx1g, and an
#     empty mvn -o -q validate -Dspec.skip=true whose median is subtracted to give the plugin's own time; if the
#     gate runs out of a 1 GB heap, that is recorded and the goals are timed with -Xmx4g instead;
#   - the gate in-process (bench's PipelineBench, -Xmx1g): its cold first run and the median of warm runs;
#   - java -jar openfasttrace-<version>.jar trace on the OpenFastTrace corpus;
#   - rg over the same Java and spec files, the floor;
# with peak RSS from /usr/bin/time -v. Every result is checked against the planted defects and counts in the
# corpus's expected.properties (SARIF findings per rule, requirements in the YAML, OpenFastTrace's item count,
# rg's ID count); a wrong count stops the run. Then it times spec:verify-drift with -T 1 and -T 2 on the largest
# size, and mvn verify on the bundled examples/ with the plugin, with -Dspec.skip=true and without the plugin.
#
# The Maven goals run the spec-maven-plugin and spec-core 0.1.0-SNAPSHOT installed in ~/.m2 (mvn install), from a
# copy of the local repository taken at the start; the in-process gate uses the same spec-core, and with
# --worktree-core also this checkout's.
#
# Needs JDK 17+, Maven 3.8.7+, GNU time (/usr/bin/time), ripgrep (apt-get install ripgrep; falls back to
# grep -E, labelled as such) and, once, Maven Central to fetch OpenFastTrace.
#
# Options:
#   --sizes "10 30 100"   module counts; each module has 1000 requirements, 200 sources and 200 tests of 20 citations
#   --runs N              timed runs per Maven goal and OpenFastTrace; rg gets N+2 (default 3)
#   --pipeline-runs N     timed in-process runs after 3 warm-up runs (default 5)
#   --example-runs N      runs of each mvn verify variant on examples/ (default 5)
#   --work DIR            corpora, logs and results (default /tmp/spec-bench, or $BENCH_WORK)
#   --oft-version V       OpenFastTrace version (default 4.9.0)
#   --quiet-wait S        before each measurement, wait up to S seconds for other processes to leave the CPUs
#                         (default 60; 0 to measure at once). Every run records the CPU share others used.
#   --worktree-core       build this checkout's spec-core (mvn package, not install) and time the in-process gate
#                         on it too
#   --smoke               tiny corpus, one run each, no examples
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES="10 30 100"
RUNS=3
PIPE_RUNS=5
PIPE_WARMUP=3
EXAMPLE_RUNS=5
WORK=${BENCH_WORK:-/tmp/spec-bench}
OFT_VERSION=4.9.0
QUIET_WAIT=60
WORKTREE_CORE=0
SMOKE=0
SEED=42
ARGS="$*"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --pipeline-runs) PIPE_RUNS=$2; shift 2 ;;
    --example-runs) EXAMPLE_RUNS=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --oft-version) OFT_VERSION=$2; shift 2 ;;
    --quiet-wait) QUIET_WAIT=$2; shift 2 ;;
    --worktree-core) WORKTREE_CORE=1; shift ;;
    --smoke) SMOKE=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ $SMOKE == 1 ]]; then
  SIZES=2; RUNS=1; PIPE_RUNS=1; PIPE_WARMUP=1; QUIET_WAIT=0
fi

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
RAW=$WORK/raw.tsv
NOTES=$WORK/notes.txt
RESULTS=$WORK/results.md
LOGS=$WORK/logs
mkdir -p "$LOGS"
: >"$RAW"
: >"$NOTES"
: >"$WORK/pipeline.txt"
: >"$WORK/sizes.txt"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }
note() { echo "$*" >>"$NOTES"; say "$*"; }

# --- tools -------------------------------------------------------------------------------------------------------

[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is needed for peak RSS: apt-get install time"

say "building the bench module"
(cd "$ROOT" && mvn -o -q -B -pl bench package -DskipTests \
  && mvn -o -q -B -pl bench dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt") \
  >"$LOGS/build.log" 2>&1 || die "bench build; see $LOGS/build.log"
M2=$HOME/.m2/repository
[[ -f $M2/io/github/spectrace/spec-maven-plugin/0.1.0-SNAPSHOT/spec-maven-plugin-0.1.0-SNAPSHOT.jar ]] \
  || die "spec-maven-plugin 0.1.0-SNAPSHOT is not installed in ~/.m2; run mvn install first"
# Every Maven run below, and the in-process gate, use a copy of the local repository taken now, so that an
# mvn install during the benchmark cannot mix two builds of the plugin into one table.
say "copying ~/.m2/repository to $WORK/m2"
rm -rf "$WORK/m2"
cp -a "$M2" "$WORK/m2"
REPO="-Dmaven.repo.local=$WORK/m2"
CP="$ROOT/bench/target/classes:$(sed "s#$M2#$WORK/m2#g" "$WORK/classpath.txt")"
CORE_JAR=$(echo "$CP" | tr ':' '\n' | grep '/spec-core-' | head -1)
PLUGIN_JAR=$WORK/m2/io/github/spectrace/spec-maven-plugin/0.1.0-SNAPSHOT/spec-maven-plugin-0.1.0-SNAPSHOT.jar
[[ $CORE_JAR == "$WORK/m2/"* ]] || die "spec-core is not on the classpath from the local repository: $CORE_JAR"
VARIANTS="installed"
if [[ $WORKTREE_CORE == 1 ]]; then
  say "building this checkout's spec-core (package only)"
  (cd "$ROOT" && mvn -o -q -B -pl spec-core package -DskipTests) >"$LOGS/core-build.log" 2>&1 \
    || die "spec-core build; see $LOGS/core-build.log"
  VARIANTS="installed worktree"
  WORKTREE_REV=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo "?")
fi
cp_of() { [[ $1 == worktree ]] && echo "$ROOT/spec-core/target/classes:$CP" || echo "$CP"; }

OFT_JAR=$WORK/tools/openfasttrace-$OFT_VERSION.jar
if [[ ! -f $OFT_JAR ]]; then
  say "fetching OpenFastTrace $OFT_VERSION from Maven Central"
  (cd "$ROOT" && { mvn -o -q -B -pl bench dependency:copy \
      -Dartifact="org.itsallcode.openfasttrace:openfasttrace:$OFT_VERSION" -DoutputDirectory="$WORK/tools" \
    || mvn -q -B -pl bench dependency:copy \
      -Dartifact="org.itsallcode.openfasttrace:openfasttrace:$OFT_VERSION" -DoutputDirectory="$WORK/tools"; }) \
    >"$LOGS/oft-fetch.log" 2>&1 || true
fi
if [[ ! -f $OFT_JAR ]]; then
  note "OpenFastTrace $OFT_VERSION could not be fetched (see $LOGS/oft-fetch.log); its rows stay empty."
  OFT_JAR=
fi

if ! command -v rg >/dev/null; then
  say "ripgrep is missing; trying apt-get install ripgrep"
  { apt-get install -y -q ripgrep || sudo -n apt-get install -y -q ripgrep; } >"$LOGS/apt.log" 2>&1 || true
fi
if command -v rg >/dev/null; then
  FLOOR="rg $(rg --version | head -1 | cut -d' ' -f2)"
else
  FLOOR="grep -E (ripgrep unavailable)"
  note "ripgrep is not installed and could not be; the floor is grep -rEo instead."
fi
ID_RE='\b[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-[0-9]{3,5}\b'

# --- measuring ---------------------------------------------------------------------------------------------------

# Busy and total CPU jiffies so far, all CPUs (steal counts as busy: another guest had the core).
cpu_jiffies() {
  awk '/^cpu / {t = 0; for (i = 2; i <= 9; i++) t += $i; print t - $5 - $6, t}' /proc/stat
}

# Busy share of all CPUs over one second, in percent.
cpu_busy() {
  local a b
  read -r -a a < <(cpu_jiffies)
  sleep 1
  read -r -a b < <(cpu_jiffies)
  echo $(((b[0] - a[0]) * 100 / (b[1] - a[1] > 0 ? b[1] - a[1] : 1)))
}

# Waits until other processes leave the CPUs (below 15% busy), at most QUIET_WAIT seconds.
wait_quiet() {
  local waited=0 busy
  busy=$(cpu_busy)
  while ((busy > 15 && waited < QUIET_WAIT)); do
    sleep 4; waited=$((waited + 5))
    busy=$(cpu_busy)
  done
  ((busy <= 15)) || say "measuring although the CPUs are ${busy}% busy with other work"
}

HZ=$(getconf CLK_TCK)
NCPU=$(nproc)

# measure SIZE NAME OKCODES LOG cmd... : one timed run, after waiting for quiet CPUs. Appends
# "size name wall_ms rss_kb rc others%" to raw.tsv, where others% is the share of all CPUs that other processes
# used during the run (busy CPU time minus the run's own user and system time). Sets RC.
measure() {
  local size=$1 name=$2 ok=$3 logf=$4; shift 4
  local tf=$WORK/time.txt start end a b
  RC=0
  wait_quiet
  read -r -a a < <(cpu_jiffies)
  start=$(date +%s%N)
  /usr/bin/time -v -o "$tf" "$@" >"$logf" 2>&1 || RC=$?
  end=$(date +%s%N)
  read -r -a b < <(cpu_jiffies)
  local rss own wall others
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tf")
  own=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$tf")
  wall=$(((end - start) / 1000000))
  others=$(awk -v busy=$((b[0] - a[0])) -v hz="$HZ" -v own="$own" -v wall="$wall" -v n="$NCPU" \
    'BEGIN {o = (busy / hz - own) / (wall / 1000 * n) * 100; if (o < 0) o = 0; if (o > 100) o = 100; printf "%d", o}')
  if grep -qE 'OutOfMemoryError|Java heap space' "$logf"; then
    RC=oom
  fi
  [[ " $ok " == *" $RC "* ]] || die "$name exited with $RC (expected $ok); see $logf"
  printf '%s\t%s\t%d\t%s\t%s\t%s\n' "$size" "$name" "$wall" "$rss" "$RC" "$others" >>"$RAW"
}

# median SIZE NAME COLUMN: median of a column (3 wall_ms, 4 rss_kb) of the successful runs of SIZE and NAME.
median() {
  awk -F'\t' -v s="$1" -v n="$2" -v c="$3" '$1 == s && $2 == n && $5 != "oom" {print $c}' "$RAW" | sort -n \
    | awk '{v[NR] = $1} END {if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2];
                             else print int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

expect() { awk -F= -v k="$2" '$1 == k {print $2}' "$1/expected.properties"; }

# check_sarif CORPUS FILE FAMILY-REGEX: the SARIF findings per rule must equal expected.properties.
check_sarif() {
  local corpus=$1 sarif=$2 family=$3 rule want got
  [[ -f $sarif ]] || die "$sarif was not written"
  for rule in $(grep -oE "^rule\.($family)[A-Z0-9-]*" "$corpus/expected.properties" | cut -d. -f2); do
    want=$(expect "$corpus" "rule.$rule")
    got=$(grep -cE "\"ruleId\" *: *\"$rule\"" "$sarif" || true)
    [[ $want == "$got" ]] || die "$sarif has $got $rule findings, expected $want"
  done
  want=$(grep -E "^rule\.($family)" "$corpus/expected.properties" | awk -F= '{s += $2} END {print s}')
  got=$(grep -cE '"ruleId" *:' "$sarif" || true)
  [[ $want == "$got" ]] || die "$sarif has $got findings in all, expected $want"
}

# goal SIZE NAME SARIF FAMILY ARGS...: one timed mvn -o -q run in the corpus; a goal with planted errors must fail.
goal() {
  local size=$1 name=$2 sarif=$3 family=$4; shift 4
  local ok=0
  if [[ -n $sarif ]]; then
    ok=1
    rm -f "$C/target/spec/$sarif"
  fi
  measure "$size" "$name" "$ok" "$LOGS/$name-$size.log" bash -c "cd '$C' && mvn -o -q -B $REPO $*"
  [[ -z $sarif ]] || check_sarif "$C" "$C/target/spec/$sarif" "$family"
}

# --- per size ----------------------------------------------------------------------------------------------------

LARGEST=
for M in $SIZES; do
  LARGEST=$M
  D=$WORK/m$M
  C=$D/corpus
  O=$D/oft
  say "size $M: generating $M modules"
  rm -rf "$D"
  if [[ $SMOKE == 1 ]]; then
    GEN=(--modules "$M" --requirements 60 --sources 4 --tests 4 --refs 10)
  else
    GEN=(--modules "$M")
  fi
  java -cp "$CP" io.github.spectrace.bench.CorpusGenerator --out "$C" --oft "$O" --seed "$SEED" "${GEN[@]}" \
    >"$LOGS/generate-$M.log" 2>&1 || die "generator; see $LOGS/generate-$M.log"
  say "$(cat "$LOGS/generate-$M.log")"
  # Reads every file once, so that the first timed tool does not pay for a cold page cache.
  find "$D" -type f -exec cat {} + >/dev/null

  HEAP=1g
  export MAVEN_OPTS="-Xmx$HEAP"
  say "size $M: spec:extract (untimed first run writes requirements/ and COMPLIANCE.md)"
  (cd "$C" && mvn -o -q -B "$REPO" spec:extract) >"$LOGS/extract-first-$M.log" 2>&1 \
    || die "first spec:extract; see $LOGS/extract-first-$M.log"
  got=$(cat "$C"/requirements/*.yaml | grep -cE '^  [A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-[0-9]{3,5}:' || true)
  [[ $got == "$(expect "$C" requirements)" ]] \
    || die "requirements/*.yaml holds $got requirements, expected $(expect "$C" requirements)"

  # One untimed, verbose run of the gate: does it fit in 1 GB, and what does Maven's reactor summary give as the
  # top-level project's own time (which is the plugin's)?
  say "size $M: untimed spec:verify-drift with -Xmx1g"
  (cd "$C" && mvn -o -B "$REPO" spec:verify-drift) >"$LOGS/verify-verbose-$M.log" 2>&1 || true
  if grep -qE 'OutOfMemoryError|Java heap space' "$LOGS/verify-verbose-$M.log"; then
    note "size $M: spec:verify-drift ran out of memory with -Xmx1g (see $LOGS/verify-verbose-$M.log);" \
      "all goals of this size are timed with -Xmx4g."
    HEAP=4g
    export MAVEN_OPTS="-Xmx$HEAP"
    (cd "$C" && mvn -o -B "$REPO" spec:verify-drift) >"$LOGS/verify-verbose-$M.log" 2>&1 || true
  fi
  SELF=$(grep -A3 'Reactor Summary' "$LOGS/verify-verbose-$M.log" | grep -oE '\[ *[0-9.:]+ (s|min)\]' | head -1 \
    | tr -d '[] ' || true)
  echo "$M heap=$HEAP verify_self=${SELF:-?}" >>"$WORK/sizes.txt"

  for ((i = 1; i <= RUNS; i++)); do
    say "size $M run $i/$RUNS: Maven goals (-Xmx$HEAP)"
    goal "$M" baseline "" "" validate -Dspec.skip=true
    goal "$M" extract "" "" spec:extract
    goal "$M" lint lint.sarif "SPEC-" spec:lint
    goal "$M" check-links links.sarif "LINK-" spec:check-links
    goal "$M" verify-drift verify.sarif "SPEC-|LINK-|TRACE-|DRIFT-|RESULTS-" spec:verify-drift
  done

  for v in $VARIANTS; do
    say "size $M: in-process gate, $v spec-core"
    h=1g
    measure "$M" "pipeline-$v" "0 1 oom" "$LOGS/pipeline-$v-$M.log" java -Xmx$h -cp "$(cp_of "$v")" \
      io.github.spectrace.bench.PipelineBench --corpus "$C" --warmup "$PIPE_WARMUP" --runs "$PIPE_RUNS"
    if [[ $RC == oom ]]; then
      note "size $M: the in-process gate ($v spec-core) ran out of memory with -Xmx1g; timed again with -Xmx4g."
      h=4g
      measure "$M" "pipeline-$v" "0 1" "$LOGS/pipeline-$v-$M.log" java -Xmx$h -cp "$(cp_of "$v")" \
        io.github.spectrace.bench.PipelineBench --corpus "$C" --warmup "$PIPE_WARMUP" --runs "$PIPE_RUNS"
    fi
    grep -q 'check=ok' "$LOGS/pipeline-$v-$M.log" || die "in-process findings differ from the planted defects; see $LOGS/pipeline-$v-$M.log"
    echo "$M $v heap=$h $(grep '^RESULT' "$LOGS/pipeline-$v-$M.log")" >>"$WORK/pipeline.txt"
    echo "$M $v $(grep '^PHASES ' "$LOGS/pipeline-$v-$M.log")" >>"$WORK/pipeline.txt"
    echo "$M $v $(grep '^PHASES_CPU' "$LOGS/pipeline-$v-$M.log")" >>"$WORK/pipeline.txt"
    echo "$M $v $(grep '^cold run' "$LOGS/pipeline-$v-$M.log")" >>"$WORK/pipeline.txt"
  done

  if [[ -n $OFT_JAR ]]; then
    for ((i = 1; i <= RUNS; i++)); do
      say "size $M run $i/$RUNS: OpenFastTrace"
      # Exit 1: the planted defects (duplicates, orphaned tags) make the trace fail, as they should.
      measure "$M" oft "1" "$LOGS/oft-$M.log" java -jar "$OFT_JAR" trace -c BLACK_AND_WHITE -f "$D/oft-report.txt" "$O"
      got=$(tail -1 "$D/oft-report.txt" | grep -oE '[0-9]+ total' | cut -d' ' -f1)
      [[ $got == "$(expect "$C" oft.items)" ]] || die "OpenFastTrace traced $got items, expected $(expect "$C" oft.items)"
    done
  fi

  say "size $M: $FLOOR"
  for ((i = 1; i <= RUNS + 2; i++)); do
    if command -v rg >/dev/null; then
      measure "$M" floor "0" "$D/floor.txt" bash -c \
        "rg --no-ignore --count-matches --no-filename -g '*.java' -g 'SPEC.md' -g '!target/' -e '$ID_RE' '$C' \
         | awk '{s += \$1} END {print s}'"
    else
      measure "$M" floor "0" "$D/floor.txt" bash -c \
        "grep -rEo --include='*.java' --include='SPEC.md' --exclude-dir=target -e '$ID_RE' '$C' | wc -l"
    fi
    got=$(tail -1 "$D/floor.txt")
    [[ $got == "$(expect "$C" id.occurrences)" ]] || die "$FLOOR found $got IDs, expected $(expect "$C" id.occurrences)"
  done
done

# --- parallelism -------------------------------------------------------------------------------------------------

C=$WORK/m$LARGEST/corpus
LHEAP=$(awk -v m="$LARGEST" '$1 == m {print $2}' "$WORK/sizes.txt" | cut -d= -f2)
export MAVEN_OPTS="-Xmx$LHEAP"
for ((i = 1; i <= RUNS; i++)); do
  say "-T 1 and -T 2 on $LARGEST modules, run $i/$RUNS"
  goal "$LARGEST" "verify-drift -T 1" verify.sarif "SPEC-|LINK-|TRACE-|DRIFT-|RESULTS-" -T 1 spec:verify-drift
  goal "$LARGEST" "verify-drift -T 2" verify.sarif "SPEC-|LINK-|TRACE-|DRIFT-|RESULTS-" -T 2 spec:verify-drift
done

# --- the bundled example -----------------------------------------------------------------------------------------

if [[ $SMOKE == 0 ]]; then
  say "examples/: mvn verify with the plugin, with -Dspec.skip=true and without the plugin"
  unset MAVEN_OPTS
  rm -rf "$WORK/examples" "$WORK/examples-noplugin"
  cp -r "$ROOT/examples" "$WORK/examples"
  cp -r "$ROOT/examples" "$WORK/examples-noplugin"
  rm -rf "$WORK"/examples*/target "$WORK"/examples*/*/target
  perl -0pi -e 's{\s*<plugin>\s*<groupId>io\.github\.spectrace</groupId>.*?</plugin>}{}sg' \
    "$WORK/examples-noplugin/pom.xml"
  ! grep -q '<groupId>io.github.spectrace</groupId>' "$WORK/examples-noplugin/pom.xml" \
    || die "could not remove the plugin from the example's POM"
  for v in examples examples-noplugin; do
    # Compiles once and fetches what the offline runs need.
    (cd "$WORK/$v" && { mvn -o -q -B "$REPO" verify || mvn -q -B "$REPO" verify; }) >"$LOGS/$v-prime.log" 2>&1 \
      || die "mvn verify in $v; see $LOGS/$v-prime.log"
  done
  for ((i = 1; i <= EXAMPLE_RUNS; i++)); do
    say "examples/ run $i/$EXAMPLE_RUNS"
    measure ex "mvn verify (plugin)" "0" "$LOGS/ex1.log" bash -c "cd '$WORK/examples' && mvn -o -q -B $REPO verify"
    measure ex "mvn verify -Dspec.skip=true" "0" "$LOGS/ex2.log" \
      bash -c "cd '$WORK/examples' && mvn -o -q -B $REPO verify -Dspec.skip=true"
    measure ex "mvn verify (no plugin)" "0" "$LOGS/ex3.log" bash -c "cd '$WORK/examples-noplugin' && mvn -o -q -B $REPO verify"
  done
fi

# --- report ------------------------------------------------------------------------------------------------------

sec() { [[ -n ${1:-} ]] && awk -v v="$1" 'BEGIN {printf "%.2f", v / 1000}' || echo "-"; }
mb() { [[ -n ${1:-} ]] && awk -v v="$1" 'BEGIN {printf "%d", v / 1024}' || echo "-"; }
ratio() { [[ -n ${1:-} && -n ${2:-} && ${2:-0} != 0 ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}' || echo "-"; }
minus() { [[ -n ${1:-} && -n ${2:-} ]] && echo $(($1 - $2)) || echo ""; }
field() { grep -E "^$1 $2 heap=.* RESULT" "$WORK/pipeline.txt" | grep -oE "$3=[0-9]+" | cut -d= -f2; }
pheap() { grep -E "^$1 $2 heap=" "$WORK/pipeline.txt" | grep -oE 'heap=[0-9a-z]+' | head -1 | cut -d= -f2; }
sheap() { awk -v m="$1" '$1 == m {print $2}' "$WORK/sizes.txt" | cut -d= -f2; }
plugin_ms() { minus "$(median "$1" verify-drift 3)" "$(median "$1" baseline 3)"; }

{
  echo "# spec-maven-plugin benchmark"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ). Command: \`bench/run.sh $ARGS\`"
  echo "- Machine: $NCPU CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"\
       "$(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "- $(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g');"\
       "OpenFastTrace $([[ -n $OFT_JAR ]] && echo "$OFT_VERSION" || echo unavailable); floor: $FLOOR"
  echo "- Installed spec-maven-plugin jar (copied from ~/.m2 at the start) sha256 $(sha256sum "$PLUGIN_JAR" | cut -c1-12), spec-core jar sha256"\
       "$(sha256sum "$CORE_JAR" | cut -c1-12)$([[ $WORKTREE_CORE == 1 ]] && echo "; worktree spec-core at $WORKTREE_REV")"
  echo "- Maven goals and the in-process gate run with -Xmx1g unless a note below says otherwise; OpenFastTrace with"\
       "the JVM's default heap ($(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize / {printf "%d MB", $4 / 1048576}'))."
  echo "- Plugin time = median wall time of the goal minus the median of \`mvn -o -q validate -Dspec.skip=true\`."
  echo
  echo "| Corpus | Measurement | Median wall (s) | Plugin / work time (s) | Peak RSS (MB) | Check |"
  echo "|---|---|---:|---:|---:|---|"
  for M in $SIZES; do
    C=$WORK/m$M/corpus
    label="$(expect "$C" requirements) req, $(($(expect "$C" files.sources) + $(expect "$C" files.tests))) files,"
    label="$label $(($(expect "$C" bytes) / 1048576)) MB"
    base=$(median "$M" baseline 3)
    h=$(sheap "$M")
    echo "| $label | mvn validate -Dspec.skip=true (Maven start-up), -Xmx$h | $(sec "$base") | | $(mb "$(median "$M" baseline 4)") | |"
    for g in extract lint check-links verify-drift; do
      w=$(median "$M" "$g" 3)
      echo "| $label | mvn spec:$g, -Xmx$h | $(sec "$w") | $(sec "$(minus "$w" "$base")") | $(mb "$(median "$M" "$g" 4)") | ok |"
    done
    for v in $VARIANTS; do
      echo "| $label | in-process gate, $v spec-core, -Xmx$(pheap "$M" "$v"): cold first run | | $(sec "$(field "$M" "$v" cold_ms)") | $(mb "$(median "$M" "pipeline-$v" 4)") | ok |"
      echo "| $label | in-process gate, $v spec-core: median of $PIPE_RUNS warm runs | | $(sec "$(field "$M" "$v" median_ms)") | heap peak $(field "$M" "$v" heap_peak_mb) | ok |"
    done
    [[ -z $OFT_JAR ]] || echo "| $label | OpenFastTrace $OFT_VERSION trace | $(sec "$(median "$M" oft 3)") | | $(mb "$(median "$M" oft 4)") | ok, $(expect "$C" oft.items) items |"
    echo "| $label | $FLOOR | $(sec "$(median "$M" floor 3)") | | $(mb "$(median "$M" floor 4)") | ok, $(expect "$C" id.occurrences) IDs |"
  done
  echo
  echo "| Corpus | verify-drift plugin time / OFT | verify-drift plugin time / floor | verify-drift RSS / OFT RSS |$(for v in $VARIANTS; do printf ' %s cold / OFT | %s cold / floor | %s warm / floor |' "$v" "$v" "$v"; done)"
  echo "|---|---:|---:|---:|$(for v in $VARIANTS; do printf -- '---:|---:|---:|'; done)"
  for M in $SIZES; do
    C=$WORK/m$M/corpus
    o=$(median "$M" oft 3)
    f=$(median "$M" floor 3)
    p=$(plugin_ms "$M")
    row="| $(expect "$C" requirements) req | $(ratio "$p" "$o") | $(ratio "$p" "$f") | $(ratio "$(median "$M" verify-drift 4)" "$(median "$M" oft 4)") |"
    for v in $VARIANTS; do
      row="$row $(ratio "$(field "$M" "$v" cold_ms)" "$o") | $(ratio "$(field "$M" "$v" cold_ms)" "$f") | $(ratio "$(field "$M" "$v" median_ms)" "$f") |"
    done
    echo "$row"
  done
  first=${SIZES%% *}
  echo
  echo "Scaling from $first to $LARGEST modules ($((LARGEST / first))x the requirements, files and citations):"\
       "verify-drift plugin time x$(ratio "$(plugin_ms "$LARGEST")" "$(plugin_ms "$first")"),"\
       "$(for v in $VARIANTS; do printf 'in-process %s cold x%s, warm x%s, ' "$v" "$(ratio "$(field "$LARGEST" "$v" cold_ms)" "$(field "$first" "$v" cold_ms)")" "$(ratio "$(field "$LARGEST" "$v" median_ms)" "$(field "$first" "$v" median_ms)")"; done)"\
       "OpenFastTrace x$(ratio "$(median "$LARGEST" oft 3)" "$(median "$first" oft 3)"), floor x$(ratio "$(median "$LARGEST" floor 3)" "$(median "$first" floor 3)")."
  echo
  echo "| Largest corpus, -Xmx$LHEAP | Median wall (s) | Peak RSS (MB) |"
  echo "|---|---:|---:|"
  for t in "verify-drift -T 1" "verify-drift -T 2"; do
    echo "| mvn $t | $(sec "$(median "$LARGEST" "$t" 3)") | $(mb "$(median "$LARGEST" "$t" 4)") |"
  done
  if [[ $SMOKE == 0 ]]; then
    echo
    echo "| examples/ (3 modules), default heap | Median wall (s), $EXAMPLE_RUNS runs |"
    echo "|---|---:|"
    for t in "mvn verify (plugin)" "mvn verify -Dspec.skip=true" "mvn verify (no plugin)"; do
      echo "| $t | $(sec "$(median ex "$t" 3)") |"
    done
    echo
    echo "Added by the gate to mvn verify: $(sec "$(minus "$(median ex "mvn verify (plugin)" 3)" "$(median ex "mvn verify (no plugin)" 3)")") s"\
         "against the build without the plugin, $(sec "$(minus "$(median ex "mvn verify (plugin)" 3)" "$(median ex "mvn verify -Dspec.skip=true" 3)")") s"\
         "against -Dspec.skip=true."
  fi
  echo
  if [[ -s $NOTES ]]; then
    echo "Notes:"
    echo
    sed 's/^/- /' "$NOTES"
    echo
  fi
  echo "In-process gate per phase (ms; PHASES = wall, PHASES_CPU = CPU of all threads) and Maven's own time for"\
       "the top-level project in one verbose verify-drift run:"
  echo
  echo '```'
  cat "$WORK/pipeline.txt" "$WORK/sizes.txt"
  echo '```'
  echo
  echo "Share of all CPUs used by other processes during a run: at most $(awk -F'\t' '$6 > m {m = $6} END {print m + 0}' "$RAW")%,"\
       "on average $(awk -F'\t' '{s += $6} END {printf "%d", NR ? s / NR : 0}' "$RAW")%."
  echo "Raw runs: $RAW (size, measurement, wall ms, peak RSS KB, exit code, others' CPU %)."
} >"$RESULTS"
cat "$RESULTS"
