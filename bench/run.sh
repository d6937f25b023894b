#!/usr/bin/env bash
# The benchmark of issue 6, in one command. Documented in src/site/markdown/performance.md.
#
#   bench/run.sh                         # 10k, 30k and 100k requirements (10, 30, 100 modules of 1000)
#   bench/run.sh --sizes "10 100"        # module counts to run
#   bench/run.sh --worktree-core         # also time everything with this checkout's spec-core
#   bench/run.sh --smoke                 # a 2-module corpus, one run of everything: checks the script itself
#
# For each size it regenerates the corpus (ours, and the same one in OpenFastTrace syntax), then times
#   - mvn -o -q spec:extract, spec:lint, spec:check-links and spec:verify-drift with MAVEN_OPTS=-Xmx1g, and an
#     empty mvn -o -q validate -Dspec.skip=true whose median is subtracted to give the plugin's own time; if the
#     gate runs out of a 1 GB heap, that is recorded and the goals are timed with -Xmx4g instead;
#   - the gate in-process (bench's PipelineBench, -Xmx1g): the cold first run in a fresh JVM, which is what the
#     plugin does in a build (median of --runs JVMs), and the median of warm runs after JIT warm-up;
#   - java -jar openfasttrace-<version>.jar trace on the OpenFastTrace corpus;
#   - rg over the same Java and spec files, the floor;
# with peak RSS from /usr/bin/time -v. Every result is checked against the planted defects and counts in the
# corpus's expected.properties (SARIF findings per rule, requirements in the YAML, OpenFastTrace's item count,
# rg's ID count); a wrong count stops the run. Then it times spec:verify-drift with -T 1 and -T 2 on the largest
# size, and mvn verify on the bundled examples/ with the plugin, with -Dspec.skip=true and without the plugin.
#
# The Maven goals run the spec-maven-plugin and spec-core 0.1.0-SNAPSHOT installed in ~/.m2 (mvn install), from a
# copy of the local repository taken at the start ("installed"). With --worktree-core, everything is timed a
# second time ("branch") with a second copy in which only the spec-core jar is replaced by this checkout's
# (mvn package; ~/.m2 is never written). The in-process gate uses the same jars as the Maven runs.
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
#   --worktree-core       build this checkout's spec-core (mvn package, not install) and time the goals and the
#                         in-process gate with it too
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
CORE_PATH=io/github/spectrace/spec-core/0.1.0-SNAPSHOT/spec-core-0.1.0-SNAPSHOT.jar
PLUGIN_PATH=io/github/spectrace/spec-maven-plugin/0.1.0-SNAPSHOT/spec-maven-plugin-0.1.0-SNAPSHOT.jar
[[ -f $M2/$PLUGIN_PATH ]] || die "spec-maven-plugin 0.1.0-SNAPSHOT is not installed in ~/.m2; run mvn install first"
# Every Maven run below, and the in-process gate, use a copy of the local repository taken now, so that an
# mvn install during the benchmark cannot mix two builds of the plugin into one table.
say "copying ~/.m2/repository to $WORK/m2-installed"
rm -rf "$WORK/m2-installed" "$WORK/m2-branch"
cp -a "$M2" "$WORK/m2-installed"
VARIANTS="installed"
if [[ $WORKTREE_CORE == 1 ]]; then
  say "building this checkout's spec-core (package only) into a second copy of the repository"
  (cd "$ROOT" && mvn -o -q -B -pl spec-core package -DskipTests) >"$LOGS/core-build.log" 2>&1 \
    || die "spec-core build; see $LOGS/core-build.log"
  cp -al "$WORK/m2-installed" "$WORK/m2-branch"
  # Hard links: remove the link before writing, or the installed copy would change too.
  rm "$WORK/m2-branch/$CORE_PATH"
  cp "$ROOT/spec-core/target/spec-core-0.1.0-SNAPSHOT.jar" "$WORK/m2-branch/$CORE_PATH"
  VARIANTS="installed branch"
  BRANCH_REV=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo "?")
fi
repo_of() { echo "-Dmaven.repo.local=$WORK/m2-$1"; }
cp_of() { echo "$ROOT/bench/target/classes:$(sed "s#$M2#$WORK/m2-$1#g" "$WORK/classpath.txt")"; }
CP=$(cp_of installed)
echo "$CP" | tr ':' '\n' | grep -q "^$WORK/m2-installed/$CORE_PATH\$" \
  || die "spec-core is not on the bench classpath from the local repository"

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
# "size name wall_ms rss_kb rc others% cpu_ms" to raw.tsv, where others% is the share of all CPUs that other
# processes used during the run (busy CPU time minus the run's own user and system time) and cpu_ms is the run's own
# user and system time, all threads (JIT and GC included). Sets RC.
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
  printf '%s\t%s\t%d\t%s\t%s\t%s\t%d\n' "$size" "$name" "$wall" "$rss" "$RC" "$others" \
    "$(awk -v o="$own" 'BEGIN {printf "%d", o * 1000}')" >>"$RAW"
}

# median SIZE NAME COLUMN: median of a column (3 wall_ms, 4 rss_kb, 7 cpu_ms) of the successful runs of SIZE and NAME.
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

# goal SIZE NAME VARIANT SARIF FAMILY ARGS...: one timed mvn -o -q run in the corpus with a variant's repository;
# a goal with planted errors must fail, and its SARIF report must hold exactly the planted findings.
goal() {
  local size=$1 name=$2 v=$3 sarif=$4 family=$5; shift 5
  local ok=0
  if [[ -n $sarif ]]; then
    ok=1
    rm -f "$C/target/spec/$sarif"
  fi
  # Cold: without the cache, every run does all the work, as a build from a clean checkout does.
  measure "$size" "$name [$v]" "$ok" "$LOGS/$name-$v-$size.log" \
    bash -c "cd '$C' && mvn -o -q -B $(repo_of "$v") ${CACHE_FLAG:--Dspec.cache=false} $*"
  [[ -z $sarif ]] || check_sarif "$C" "$C/target/spec/$sarif" "$family"
}

GATE_RULES="SPEC-|LINK-|TRACE-|DRIFT-|RESULTS-"

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

  say "size $M: spec:extract (untimed first run writes requirements/ and COMPLIANCE.md)"
  (cd "$C" && MAVEN_OPTS=-Xmx4g mvn -o -q -B "$(repo_of installed)" spec:extract) >"$LOGS/extract-first-$M.log" 2>&1 \
    || die "first spec:extract; see $LOGS/extract-first-$M.log"
  got=$(cat "$C"/requirements/*.yaml | grep -cE '^  [A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-[0-9]{3,5}:' || true)
  [[ $got == "$(expect "$C" requirements)" ]] \
    || die "requirements/*.yaml holds $got requirements, expected $(expect "$C" requirements)"

  declare -A HEAP=()
  for v in $VARIANTS; do
    # One untimed, verbose run of the gate: does it fit in 1 GB, and what does Maven's reactor summary give as
    # the top-level project's own time (which is the plugin's)?
    say "size $M: untimed spec:verify-drift with -Xmx1g [$v]"
    HEAP[$v]=1g
    vlog=$LOGS/verify-verbose-$v-$M.log
    (cd "$C" && MAVEN_OPTS=-Xmx1g mvn -o -B "$(repo_of "$v")" spec:verify-drift) >"$vlog" 2>&1 || true
    if grep -qE 'OutOfMemoryError|Java heap space' "$vlog"; then
      note "size $M [$v]: spec:verify-drift ran out of memory with -Xmx1g (see $vlog); the goals are timed with -Xmx4g."
      HEAP[$v]=4g
      (cd "$C" && MAVEN_OPTS=-Xmx4g mvn -o -B "$(repo_of "$v")" spec:verify-drift) >"$vlog" 2>&1 || true
    fi
    self=$(grep -A3 'Reactor Summary' "$vlog" | grep -oE '\[ *[0-9.:]+ (s|min)\]' | head -1 | tr -d '[] ' || true)
    echo "$M $v heap=${HEAP[$v]} verify_self=${self:-?}" >>"$WORK/sizes.txt"
  done

  for ((i = 1; i <= RUNS; i++)); do
    say "size $M run $i/$RUNS: Maven goals"
    export MAVEN_OPTS=-Xmx1g
    goal "$M" baseline installed "" "" validate -Dspec.skip=true
    for v in $VARIANTS; do
      export MAVEN_OPTS="-Xmx${HEAP[$v]}"
      goal "$M" extract "$v" "" "" spec:extract
      goal "$M" lint "$v" lint.sarif "SPEC-" spec:lint
      goal "$M" check-links "$v" links.sarif "LINK-" spec:check-links
      goal "$M" verify-drift "$v" verify.sarif "$GATE_RULES" spec:verify-drift
    done
    unset MAVEN_OPTS
  done

  for v in $VARIANTS; do
    # The cold run of a fresh JVM is what the plugin does in a build; each JVM gives one, so repeat it.
    for ((i = 1; i <= RUNS; i++)); do
      say "size $M run $i/$RUNS: in-process gate, cold [$v]"
      h=1g
      plog=$LOGS/cold-$v-$M.log
      measure "$M" "cold JVM [$v]" "0 1 oom" "$plog" java -Xmx$h -cp "$(cp_of "$v")" \
        io.github.spectrace.bench.PipelineBench --corpus "$C" --warmup 0 --runs 0
      if [[ $RC == oom ]]; then
        note "size $M [$v]: the in-process gate ran out of memory with -Xmx1g; timed again with -Xmx4g."
        h=4g
        measure "$M" "cold JVM [$v]" "0 1" "$plog" java -Xmx$h -cp "$(cp_of "$v")" \
          io.github.spectrace.bench.PipelineBench --corpus "$C" --warmup 0 --runs 0
      fi
      grep -q 'check=ok' "$plog" || die "in-process findings differ from the planted defects; see $plog"
      cold=$(grep -oE '^RESULT .*cold_ms=[0-9]+' "$plog" | grep -oE 'cold_ms=[0-9]+' | cut -d= -f2)
      printf '%s\t%s\t%s\t\t0\t\n' "$M" "cold gate [$v] -Xmx$h" "$cold" >>"$RAW"
      echo "$M $v $(grep '^cold run' "$plog")" >>"$WORK/pipeline.txt"
    done
    say "size $M: in-process gate, $PIPE_WARMUP warm-up and $PIPE_RUNS timed runs [$v]"
    plog=$LOGS/warm-$v-$M.log
    measure "$M" "warm JVM [$v]" "0 1 oom" "$plog" java -Xmx1g -cp "$(cp_of "$v")" \
      io.github.spectrace.bench.PipelineBench --corpus "$C" --warmup "$PIPE_WARMUP" --runs "$PIPE_RUNS"
    if [[ $RC == oom ]]; then
      measure "$M" "warm JVM [$v]" "0 1" "$plog" java -Xmx4g -cp "$(cp_of "$v")" \
        io.github.spectrace.bench.PipelineBench --corpus "$C" --warmup "$PIPE_WARMUP" --runs "$PIPE_RUNS"
    fi
    grep -q 'check=ok' "$plog" || die "in-process findings differ from the planted defects; see $plog"
    echo "$M $v $(grep '^RESULT' "$plog")" >>"$WORK/pipeline.txt"
    echo "$M $v $(grep '^PHASES ' "$plog")" >>"$WORK/pipeline.txt"
    echo "$M $v $(grep '^PHASES_CPU' "$plog")" >>"$WORK/pipeline.txt"
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
TV=${VARIANTS##* }
export MAVEN_OPTS="-Xmx${HEAP[$TV]}"
for ((i = 1; i <= RUNS; i++)); do
  say "-T 1 and -T 2 on $LARGEST modules, run $i/$RUNS [$TV]"
  goal "$LARGEST" "verify-drift -T 1" "$TV" verify.sarif "$GATE_RULES" -T 1 spec:verify-drift
  goal "$LARGEST" "verify-drift -T 2" "$TV" verify.sarif "$GATE_RULES" -T 2 spec:verify-drift
done

# --- the second gate after one spec edit, with the cache -----------------------------------------------------------

# One untimed gate fills target/spec/cache; before each timed run, one spec gets a new sentence in its introduction
# (no requirement changes, so the gate still passes its checks).
say "second gate after one spec edit on $LARGEST modules [$TV]"
(cd "$C" && mvn -o -q -B "$(repo_of "$TV")" spec:verify-drift) >"$LOGS/edit-fill.log" 2>&1 || true
EDITED=$(find "$C" -path '*/SPEC/SPEC.md' | sort | head -1)
for ((i = 1; i <= RUNS; i++)); do
  sed -i "2s/.*/Edited in run $i of the cache measurement./" "$EDITED"
  CACHE_FLAG=-Dspec.cache=true goal "$LARGEST" "verify-drift after one spec edit" "$TV" verify.sarif "$GATE_RULES" \
    spec:verify-drift
done
sed -i '2s/.*//' "$EDITED"

# --- a corpus with many findings -----------------------------------------------------------------------------------

# The largest corpus again, with 86 planted defects per module (8,800 findings at 100 modules): the console
# cap, the suggestions index and the SARIF writer are on the path of every one of them.
if [[ $SMOKE == 0 ]]; then
  MF=$WORK/m${LARGEST}-findings
  say "size $LARGEST with many findings: generating"
  rm -rf "$MF"
  java -cp "$CP" io.github.spectrace.bench.CorpusGenerator --out "$MF/corpus" --seed "$SEED" --modules "$LARGEST" \
    --dangling $((42 * LARGEST)) --broken-links $((21 * LARGEST)) --broken-anchors $((21 * LARGEST)) \
    --no-keyword $((2 * LARGEST)) >"$LOGS/generate-findings.log" 2>&1 \
    || die "generator; see $LOGS/generate-findings.log"
  say "$(cat "$LOGS/generate-findings.log")"
  (cd "$MF/corpus" && MAVEN_OPTS=-Xmx4g mvn -o -q -B "$(repo_of "$TV")" spec:extract) >"$LOGS/extract-findings.log" \
    2>&1 || die "spec:extract on the corpus with many findings; see $LOGS/extract-findings.log"
  SAVED_C=$C
  C=$MF/corpus
  for ((i = 1; i <= RUNS; i++)); do
    goal "$LARGEST" "verify-drift, many findings" "$TV" verify.sarif "$GATE_RULES" spec:verify-drift
  done
  FINDINGS_TOTAL=$(grep -E '^rule\.' "$C/expected.properties" | awk -F= '{s += $2} END {print s}')
  FINDINGS_LINES=$(grep -c '^\[ERROR\] \|^\[WARNING\] ' "$LOGS/verify-drift, many findings-$TV-$LARGEST.log" || true)
  C=$SAVED_C
fi
unset MAVEN_OPTS

# --- the bundled example -----------------------------------------------------------------------------------------

if [[ $SMOKE == 0 ]]; then
  say "examples/: mvn verify with the plugin, with -Dspec.skip=true and without the plugin"
  rm -rf "$WORK/examples" "$WORK/examples-noplugin"
  cp -r "$ROOT/examples" "$WORK/examples"
  cp -r "$ROOT/examples" "$WORK/examples-noplugin"
  rm -rf "$WORK"/examples*/target "$WORK"/examples*/*/target
  perl -0pi -e 's{\s*<plugin>\s*<groupId>io\.github\.spectrace</groupId>.*?</plugin>}{}sg' \
    "$WORK/examples-noplugin/pom.xml"
  ! grep -q '<groupId>io.github.spectrace</groupId>' "$WORK/examples-noplugin/pom.xml" \
    || die "could not remove the plugin from the example's POM"
  for v in $VARIANTS; do
    for e in examples examples-noplugin; do
      # Compiles once and fetches what the offline runs need.
      (cd "$WORK/$e" && { mvn -o -q -B "$(repo_of "$v")" verify || mvn -q -B "$(repo_of "$v")" verify; }) \
        >"$LOGS/$e-$v-prime.log" 2>&1 || die "mvn verify in $e; see $LOGS/$e-$v-prime.log"
    done
  done
  for ((i = 1; i <= EXAMPLE_RUNS; i++)); do
    say "examples/ run $i/$EXAMPLE_RUNS"
    for v in $VARIANTS; do
      measure ex "mvn verify (plugin) [$v]" "0" "$LOGS/ex-$v.log" \
        bash -c "cd '$WORK/examples' && mvn -o -q -B $(repo_of "$v") verify"
    done
    measure ex "mvn verify -Dspec.skip=true [installed]" "0" "$LOGS/ex-skip.log" \
      bash -c "cd '$WORK/examples' && mvn -o -q -B $(repo_of installed) verify -Dspec.skip=true"
    measure ex "mvn verify (no plugin)" "0" "$LOGS/ex-none.log" \
      bash -c "cd '$WORK/examples-noplugin' && mvn -o -q -B $(repo_of installed) verify"
  done
fi

# --- report ------------------------------------------------------------------------------------------------------

sec() { [[ -n ${1:-} ]] && awk -v v="$1" 'BEGIN {printf "%.2f", v / 1000}' || echo "-"; }
mb() { [[ -n ${1:-} ]] && awk -v v="$1" 'BEGIN {printf "%d", v / 1024}' || echo "-"; }
ratio() { [[ -n ${1:-} && -n ${2:-} && ${2:-0} != 0 ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}' || echo "-"; }
minus() { [[ -n ${1:-} && -n ${2:-} ]] && echo $(($1 - $2)) || echo ""; }
field() { grep -E "^$1 $2 RESULT" "$WORK/pipeline.txt" | grep -oE "$3=[0-9]+" | cut -d= -f2; }
vheap() { awk -v m="$1" -v v="$2" '$1 == m && $2 == v {print $3}' "$WORK/sizes.txt" | cut -d= -f2; }
# The median of a measurement whose name starts with a prefix (the cold gate's name carries its heap).
median_like() {
  awk -F'\t' -v s="$1" -v n="$2" -v c="$3" '$1 == s && index($2, n) == 1 && $5 != "oom" {print $c}' "$RAW" \
    | sort -n | awk '{v[NR] = $1} END {if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2];
                                     else print int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}
cold_name() { awk -F'\t' -v s="$1" -v n="cold gate [$2]" '$1 == s && index($2, n) == 1 {print $2}' "$RAW" | tail -1; }
plugin_ms() { minus "$(median "$1" "verify-drift [$2]" 3)" "$(median "$1" "baseline [installed]" 3)"; }

{
  echo "# spec-maven-plugin benchmark"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ). Command: \`bench/run.sh $ARGS\`"
  echo "- Machine: $NCPU CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"\
       "$(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "- $(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g');"\
       "OpenFastTrace $([[ -n $OFT_JAR ]] && echo "$OFT_VERSION" || echo unavailable); floor: $FLOOR"
  echo "- [installed]: spec-maven-plugin jar sha256 $(sha256sum "$WORK/m2-installed/$PLUGIN_PATH" | cut -c1-12) and"\
       "spec-core jar sha256 $(sha256sum "$WORK/m2-installed/$CORE_PATH" | cut -c1-12), as installed in ~/.m2 at the start."
  if [[ $WORKTREE_CORE == 1 ]]; then
    echo "- [branch]: the same plugin jar with this checkout's spec-core (commit $BRANCH_REV), jar sha256"\
         "$(sha256sum "$WORK/m2-branch/$CORE_PATH" | cut -c1-12)."
  fi
  echo "- Maven goals and the in-process gate run with -Xmx1g unless a note below says otherwise; OpenFastTrace with"\
       "the JVM's default heap ($(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize / {printf "%d MB", $4 / 1048576}'))."
  echo "- Plugin time = median wall time of the goal minus the median of \`mvn -o -q validate -Dspec.skip=true\`."
  echo
  echo "| Corpus | Measurement | Median wall (s) | Plugin / gate time (s) | Peak RSS (MB) | Check |"
  echo "|---|---|---:|---:|---:|---|"
  for M in $SIZES; do
    C=$WORK/m$M/corpus
    label="$(expect "$C" requirements) req, $(($(expect "$C" files.sources) + $(expect "$C" files.tests))) files,"
    label="$label $(($(expect "$C" bytes) / 1048576)) MB"
    base=$(median "$M" "baseline [installed]" 3)
    echo "| $label | mvn validate -Dspec.skip=true (Maven start-up) | $(sec "$base") | | $(mb "$(median "$M" "baseline [installed]" 4)") | |"
    for v in $VARIANTS; do
      for g in extract lint check-links verify-drift; do
        w=$(median "$M" "$g [$v]" 3)
        echo "| $label | mvn spec:$g [$v], -Xmx$(vheap "$M" "$v") | $(sec "$w") | $(sec "$(minus "$w" "$base")") | $(mb "$(median "$M" "$g [$v]" 4)") | ok |"
      done
      cn=$(cold_name "$M" "$v")
      echo "| $label | in-process gate [$v]: cold first run of a fresh JVM, ${cn##* } | | $(sec "$(median_like "$M" "cold gate [$v]" 3)") | $(mb "$(median "$M" "cold JVM [$v]" 4)") | ok |"
      echo "| $label | in-process gate [$v]: median of $PIPE_RUNS warm runs | | $(sec "$(field "$M" "$v" median_ms)") | $(mb "$(median "$M" "warm JVM [$v]" 4)") | ok |"
    done
    [[ -z $OFT_JAR ]] || echo "| $label | OpenFastTrace $OFT_VERSION trace | $(sec "$(median "$M" oft 3)") | | $(mb "$(median "$M" oft 4)") | ok, $(expect "$C" oft.items) items |"
    echo "| $label | $FLOOR | $(sec "$(median "$M" floor 3)") | | $(mb "$(median "$M" floor 4)") | ok, $(expect "$C" id.occurrences) IDs |"
  done
  echo
  echo "| Corpus | Variant | verify-drift plugin time / OFT | verify-drift plugin time / floor | verify-drift RSS / OFT RSS | in-process cold / OFT | in-process cold / floor | in-process warm / floor |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  for M in $SIZES; do
    C=$WORK/m$M/corpus
    o=$(median "$M" oft 3)
    f=$(median "$M" floor 3)
    for v in $VARIANTS; do
      p=$(plugin_ms "$M" "$v")
      c=$(median_like "$M" "cold gate [$v]" 3)
      echo "| $(expect "$C" requirements) req | $v | $(ratio "$p" "$o") | $(ratio "$p" "$f") | $(ratio "$(median "$M" "verify-drift [$v]" 4)" "$(median "$M" oft 4)") | $(ratio "$c" "$o") | $(ratio "$c" "$f") | $(ratio "$(field "$M" "$v" median_ms)" "$f") |"
    done
  done
  first=${SIZES%% *}
  echo
  echo "Scaling from $first to $LARGEST modules ($((LARGEST / first))x the requirements, files and citations):"
  for v in $VARIANTS; do
    echo "[$v] verify-drift plugin time x$(ratio "$(plugin_ms "$LARGEST" "$v")" "$(plugin_ms "$first" "$v")"),"\
         "in-process cold x$(ratio "$(median_like "$LARGEST" "cold gate [$v]" 3)" "$(median_like "$first" "cold gate [$v]" 3)"),"\
         "warm x$(ratio "$(field "$LARGEST" "$v" median_ms)" "$(field "$first" "$v" median_ms)");"
  done
  echo "OpenFastTrace x$(ratio "$(median "$LARGEST" oft 3)" "$(median "$first" oft 3)"), floor x$(ratio "$(median "$LARGEST" floor 3)" "$(median "$first" floor 3)")."
  echo
  echo "| Largest corpus [$TV], -Xmx$(vheap "$LARGEST" "$TV") | Median wall (s) | Plugin time (s) | Peak RSS (MB) | Cores busy (CPU / wall) |"
  echo "|---|---:|---:|---:|---:|"
  for t in "verify-drift" "verify-drift -T 1" "verify-drift -T 2" "verify-drift after one spec edit" \
      "verify-drift, many findings"; do
    w=$(median "$LARGEST" "$t [$TV]" 3)
    echo "| mvn $t | $(sec "$w") | $(sec "$(minus "$w" "$(median "$LARGEST" "baseline [installed]" 3)")") | $(mb "$(median "$LARGEST" "$t [$TV]" 4)") | $(ratio "$(median "$LARGEST" "$t [$TV]" 7)" "$w") of $NCPU |"
  done
  [[ -z ${FINDINGS_TOTAL:-} ]] || echo "The corpus with many findings: $FINDINGS_TOTAL planted findings, all in"\
    "verify.sarif; the console of the last run printed $FINDINGS_LINES [ERROR] and [WARNING] lines."
  if [[ $SMOKE == 0 ]]; then
    none=$(median ex "mvn verify (no plugin)" 3)
    skip=$(median ex "mvn verify -Dspec.skip=true [installed]" 3)
    echo
    echo "| examples/ (3 modules), default heap, $EXAMPLE_RUNS runs | Median wall (s) | Added by the plugin (s) |"
    echo "|---|---:|---:|"
    echo "| mvn verify (no plugin) | $(sec "$none") | |"
    echo "| mvn verify -Dspec.skip=true | $(sec "$skip") | $(sec "$(minus "$skip" "$none")") |"
    for v in $VARIANTS; do
      w=$(median ex "mvn verify (plugin) [$v]" 3)
      echo "| mvn verify [$v] | $(sec "$w") | $(sec "$(minus "$w" "$none")") |"
    done
  fi
  echo
  if [[ -s $NOTES ]]; then
    echo "Notes:"
    echo
    sort -u "$NOTES" | sed 's/^/- /'
    echo
  fi
  echo "In-process gate per phase (ms; PHASES = wall, PHASES_CPU = CPU of all threads, JIT and GC included), and"\
       "Maven's own time for the top-level project in one verbose verify-drift run:"
  echo
  echo '```'
  cat "$WORK/pipeline.txt" "$WORK/sizes.txt"
  echo '```'
  echo
  echo "Share of all CPUs used by other processes during runs of 1 s or more: at most"\
       "$(awk -F'\t' '$3 >= 1000 && $6 != "" && $6 > m {m = $6} END {print m + 0}' "$RAW")%, on average"\
       "$(awk -F'\t' '$3 >= 1000 && $6 != "" {s += $6; n++} END {printf "%d", n ? s / n : 0}' "$RAW")%."
  echo "Raw runs: $RAW (size, measurement, wall ms, peak RSS KB, exit code, others' CPU %, own CPU ms)."
} >"$RESULTS"
cat "$RESULTS"
