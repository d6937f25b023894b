#!/usr/bin/env bash
# The benchmark of issue 6, in one command. Documented in src/site/markdown/performance.md.
#
#   bench/run.sh                   # 10k, 30k and 100k requirements (10, 30, 100 modules of 1000)
#   bench/run.sh --sizes "10 100"  # module counts to run
#   bench/run.sh --smoke           # a 2-module corpus, one run of everything: checks the script itself
#
# For each size it regenerates the corpus (ours and the same one in OpenFastTrace syntax), then times
#   - mvn -o -q spec:extract, spec:lint, spec:check-links, spec:verify-drift (MAVEN_OPTS=-Xmx1g), and an empty
#     mvn -o -q validate -Dspec.skip=true, whose median is subtracted to give the plugin's own time;
#   - the gate in-process after JIT warm-up (PipelineBench, -Xmx1g), median of repeated runs;
#   - java -jar openfasttrace-<version>.jar trace on the OpenFastTrace corpus;
#   - rg over the same Java and spec files, the floor;
# with peak RSS from /usr/bin/time -v, and checks every result against the planted defects (expected.properties):
# a wrong count stops the run. It then times spec:verify-drift with -T 1 and -T 2 on the largest size, and
# mvn verify on the bundled examples/ with the plugin, with -Dspec.skip=true and without the plugin.
#
# Needs: JDK 17+, Maven 3.8.7+, spec-maven-plugin and spec-core 0.1.0-SNAPSHOT installed in ~/.m2 (mvn install),
# GNU time (/usr/bin/time), ripgrep (apt-get install ripgrep; falls back to grep -E, labelled as such), and,
# once, network access to Maven Central to fetch OpenFastTrace.
#
# Options:
#   --sizes "10 30 100"   module counts; each module has 1000 requirements, 200 sources and 200 tests of 20 citations
#   --runs N              timed runs per Maven goal, OpenFastTrace and rg (default 3)
#   --pipeline-runs N     timed in-process runs after 3 warm-up runs (default 5)
#   --example-runs N      runs of each mvn verify variant on examples/ (default 5)
#   --work DIR            where corpora, logs and results go (default /tmp/spec-bench, or $BENCH_WORK)
#   --oft-version V       OpenFastTrace version (default 4.9.0)
#   --quiet-wait S        wait up to S seconds before each measurement for other processes to leave the CPUs
#                         (default 300; 0 to measure at once)
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
QUIET_WAIT=300
SMOKE=0
SEED=42
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --pipeline-runs) PIPE_RUNS=$2; shift 2 ;;
    --example-runs) EXAMPLE_RUNS=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --oft-version) OFT_VERSION=$2; shift 2 ;;
    --quiet-wait) QUIET_WAIT=$2; shift 2 ;;
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
RESULTS=$WORK/results.md
LOGS=$WORK/logs
mkdir -p "$LOGS"
: >"$RAW"
: >"$WORK/pipeline.txt"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

# --- tools -------------------------------------------------------------------------------------------------------

[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is needed for peak RSS: apt-get install time"

say "building the bench module"
(cd "$ROOT" && mvn -o -q -B -pl bench package -DskipTests \
  && mvn -o -q -B -pl bench dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt") \
  >"$LOGS/build.log" 2>&1 || die "bench build; see $LOGS/build.log"
CP="$ROOT/bench/target/classes:$(cat "$WORK/classpath.txt")"
if [[ -n ${SPEC_CORE_CLASSES:-} ]]; then
  # For trying a spec-core change in-process before it is installed: the Maven runs still use ~/.m2.
  CP="$SPEC_CORE_CLASSES:$CP"
fi
CORE_JAR=$(tr ':' '\n' <"$WORK/classpath.txt" | grep '/spec-core-' | head -1)
PLUGIN_JAR=$HOME/.m2/repository/io/github/spectrace/spec-maven-plugin/0.1.0-SNAPSHOT/spec-maven-plugin-0.1.0-SNAPSHOT.jar
[[ -f $PLUGIN_JAR ]] || die "spec-maven-plugin 0.1.0-SNAPSHOT is not installed in ~/.m2; run mvn install first"

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
  say "OpenFastTrace $OFT_VERSION could not be fetched (see $LOGS/oft-fetch.log); its rows stay empty"
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
fi
ID_RE='\b[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-[0-9]{3,5}\b'

# --- measuring ---------------------------------------------------------------------------------------------------

# Busy and total CPU jiffies so far, all CPUs.
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
# used during the run (busy CPU time minus the run's own user and system time).
measure() {
  local size=$1 name=$2 ok=$3 logf=$4; shift 4
  local tf=$WORK/time.txt start end rc=0 a b
  wait_quiet
  read -r -a a < <(cpu_jiffies)
  start=$(date +%s%N)
  /usr/bin/time -v -o "$tf" "$@" >"$logf" 2>&1 || rc=$?
  end=$(date +%s%N)
  read -r -a b < <(cpu_jiffies)
  local rss own wall others
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tf")
  own=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$tf")
  wall=$(((end - start) / 1000000))
  others=$(awk -v busy=$((b[0] - a[0])) -v hz="$HZ" -v own="$own" -v wall="$wall" -v n="$NCPU" \
    'BEGIN {o = (busy / hz - own) / (wall / 1000 * n) * 100; printf "%d", o < 0 ? 0 : o > 100 ? 100 : o}')
  [[ " $ok " == *" $rc "* ]] || die "$name exited with $rc (expected $ok); see $logf"
  printf '%s\t%s\t%d\t%s\t%s\t%s\n' "$size" "$name" "$wall" "$rss" "$rc" "$others" >>"$RAW"
}

# median SIZE NAME COLUMN: median of a column (3 wall_ms, 4 rss_kb) of the runs recorded for SIZE and NAME.
median() {
  awk -F'\t' -v s="$1" -v n="$2" -v c="$3" '$1 == s && $2 == n {print $c}' "$RAW" | sort -n \
    | awk '{v[NR] = $1} END {if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2];
                             else print int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

expect() { awk -F= -v k="$2" '$1 == k {print $2}' "$1/expected.properties"; }

# check_sarif CORPUS FILE PREFIX-REGEX: the SARIF findings per rule must equal expected.properties.
check_sarif() {
  local corpus=$1 sarif=$2 family=$3 rule want got
  for rule in $(grep -oE "^rule\.($family)[A-Z0-9-]*" "$corpus/expected.properties" | cut -d. -f2); do
    want=$(expect "$corpus" "rule.$rule")
    got=$(grep -cE "\"ruleId\" *: *\"$rule\"" "$sarif" || true)
    [[ $want == "$got" ]] || die "$sarif has $got $rule findings, expected $want"
  done
  want=$(grep -E "^rule\.($family)" "$corpus/expected.properties" | awk -F= '{s += $2} END {print s}')
  got=$(grep -cE '"ruleId" *:' "$sarif" || true)
  [[ $want == "$got" ]] || die "$sarif has $got findings in all, expected $want"
}

mvn_goal() { (cd "$1" && shift && mvn -o -q -B "$@"); }

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

  export MAVEN_OPTS="-Xmx1g"
  say "size $M: spec:extract (untimed first run writes requirements/ and COMPLIANCE.md)"
  mvn_goal "$C" spec:extract >"$LOGS/extract-first-$M.log" 2>&1 || die "first spec:extract; see $LOGS/extract-first-$M.log"
  got=$(cat "$C"/requirements/*.yaml | grep -cE '^  [A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-[0-9]{3,5}:' || true)
  [[ $got == "$(expect "$C" requirements)" ]] || die "requirements/*.yaml holds $got requirements, expected $(expect "$C" requirements)"

  for ((i = 1; i <= RUNS; i++)); do
    say "size $M run $i/$RUNS: Maven goals"
    measure "$M" baseline "0" "$LOGS/baseline-$M.log" bash -c "cd '$C' && mvn -o -q -B validate -Dspec.skip=true"
    measure "$M" extract "0" "$LOGS/extract-$M.log" bash -c "cd '$C' && mvn -o -q -B spec:extract"
    measure "$M" lint "1" "$LOGS/lint-$M.log" bash -c "cd '$C' && mvn -o -q -B spec:lint"
    check_sarif "$C" "$C/target/spec/lint.sarif" "SPEC-"
    measure "$M" check-links "1" "$LOGS/links-$M.log" bash -c "cd '$C' && mvn -o -q -B spec:check-links"
    check_sarif "$C" "$C/target/spec/links.sarif" "LINK-"
    measure "$M" verify-drift "1" "$LOGS/verify-$M.log" bash -c "cd '$C' && mvn -o -q -B spec:verify-drift"
    check_sarif "$C" "$C/target/spec/verify.sarif" "SPEC-|LINK-|TRACE-|DRIFT-"
  done
  # One verbose run: Maven's reactor summary gives the top-level project's own time, which is the plugin's.
  (cd "$C" && mvn -o -B spec:verify-drift) >"$LOGS/verify-verbose-$M.log" 2>&1 || true
  SELF_VERIFY=$(grep -A3 'Reactor Summary' "$LOGS/verify-verbose-$M.log" | grep -oE '\[ *[0-9.:]+ (s|min)\]' | head -1 \
    | tr -d '[] ' || true)

  say "size $M: in-process gate (PipelineBench)"
  measure "$M" pipeline "0" "$LOGS/pipeline-$M.log" java -Xmx1g -cp "$CP" io.github.spectrace.bench.PipelineBench \
    --corpus "$C" --warmup "$PIPE_WARMUP" --runs "$PIPE_RUNS"
  PIPE_LINE=$(grep '^RESULT' "$LOGS/pipeline-$M.log")
  PHASE_LINE=$(grep '^PHASES' "$LOGS/pipeline-$M.log")
  echo "$M $PIPE_LINE" >>"$WORK/pipeline.txt"
  echo "$M $PHASE_LINE" >>"$WORK/pipeline.txt"

  if [[ -n $OFT_JAR ]]; then
    for ((i = 1; i <= RUNS; i++)); do
      say "size $M run $i/$RUNS: OpenFastTrace"
      # Exit 1: the planted defects (duplicates, orphaned tags) make the trace fail, as they should.
      measure "$M" oft "1" "$LOGS/oft-$M.log" java -jar "$OFT_JAR" trace -c BLACK_AND_WHITE -f "$D/oft-report.txt" "$O"
      got=$(tail -1 "$D/oft-report.txt" | grep -oE '[0-9]+ total' | cut -d' ' -f1)
      [[ $got == "$(expect "$C" oft.items)" ]] || die "OpenFastTrace traced $got items, expected $(expect "$C" oft.items)"
    done
  fi

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
  echo "$M self_verify=${SELF_VERIFY:-?}" >>"$WORK/pipeline.txt"
done

# --- parallelism -------------------------------------------------------------------------------------------------

C=$WORK/m$LARGEST/corpus
say "-T 1 and -T 2 on $LARGEST modules"
for ((i = 1; i <= RUNS; i++)); do
  measure "$LARGEST" "verify-drift -T 1" "1" "$LOGS/t1.log" bash -c "cd '$C' && mvn -o -q -B -T 1 spec:verify-drift"
  measure "$LARGEST" "verify-drift -T 2" "1" "$LOGS/t2.log" bash -c "cd '$C' && mvn -o -q -B -T 2 spec:verify-drift"
done

# --- the bundled example -----------------------------------------------------------------------------------------

if [[ $SMOKE == 0 ]]; then
  say "examples/: mvn verify with the plugin, with -Dspec.skip=true and without the plugin"
  unset MAVEN_OPTS
  rm -rf "$WORK/examples" "$WORK/examples-noplugin"
  cp -r "$ROOT/examples" "$WORK/examples"
  cp -r "$ROOT/examples" "$WORK/examples-noplugin"
  rm -rf "$WORK"/examples*/target "$WORK"/examples*/*/target
  perl -0pi -e 's{\s*<plugin>\s*<groupId>io\.github\.spectrace</groupId>.*?</plugin>}{}s' "$WORK/examples-noplugin/pom.xml"
  ! grep -q spectrace "$WORK/examples-noplugin/pom.xml" || die "could not remove the plugin from the example's POM"
  for v in examples examples-noplugin; do
    # Compiles once and fetches what the offline runs need.
    (cd "$WORK/$v" && { mvn -o -q -B verify || mvn -q -B verify; }) >"$LOGS/$v-prime.log" 2>&1 \
      || die "mvn verify in $v; see $LOGS/$v-prime.log"
  done
  for ((i = 1; i <= EXAMPLE_RUNS; i++)); do
    measure ex "mvn verify (plugin)" "0" "$LOGS/ex1.log" bash -c "cd '$WORK/examples' && mvn -o -q -B verify"
    measure ex "mvn verify -Dspec.skip=true" "0" "$LOGS/ex2.log" bash -c "cd '$WORK/examples' && mvn -o -q -B verify -Dspec.skip=true"
    measure ex "mvn verify (no plugin)" "0" "$LOGS/ex3.log" bash -c "cd '$WORK/examples-noplugin' && mvn -o -q -B verify"
  done
fi

# --- report ------------------------------------------------------------------------------------------------------

sec() { [[ -n $1 ]] && awk -v v="$1" 'BEGIN {printf "%.2f", v / 1000}' || echo "-"; }
mb() { [[ -n $1 ]] && awk -v v="$1" 'BEGIN {printf "%d", v / 1024}' || echo "-"; }
ratio() { [[ -n $1 && -n $2 && $2 != 0 ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}' || echo "-"; }
field() { grep -E "^$1 RESULT" "$WORK/pipeline.txt" | grep -oE "$2=[0-9]+" | cut -d= -f2; }

{
  echo "# spec-maven-plugin benchmark"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ); command: \`bench/run.sh --sizes \"$SIZES\" --runs $RUNS --pipeline-runs $PIPE_RUNS\`"
  echo "- Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"\
       "$(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "- $(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); OpenFastTrace $([[ -n $OFT_JAR ]] && echo "$OFT_VERSION" || echo unavailable); floor: $FLOOR"
  echo "- spec-maven-plugin jar sha256 $(sha256sum "$PLUGIN_JAR" | cut -c1-12), spec-core jar sha256 $(sha256sum "$CORE_JAR" | cut -c1-12)${SPEC_CORE_CLASSES:+; in-process runs use $SPEC_CORE_CLASSES}"
  echo "- Maven goals and the in-process gate run with -Xmx1g; OpenFastTrace with the JVM's default heap."
  echo "- Plugin time = median wall time of the goal minus the median of \`mvn -o -q validate -Dspec.skip=true\`."
  echo
  echo "| Corpus | Measurement | Median wall (s) | Plugin time (s) | Peak RSS (MB) | Check |"
  echo "|---|---|---:|---:|---:|---|"
  for M in $SIZES; do
    C=$WORK/m$M/corpus
    label="$(expect "$C" requirements) req, $(( $(expect "$C" files.sources) + $(expect "$C" files.tests) )) files, $(( $(expect "$C" bytes) / 1048576 )) MB"
    base=$(median "$M" baseline 3)
    echo "| $label | mvn validate -Dspec.skip=true (Maven start-up) | $(sec "$base") | | $(mb "$(median "$M" baseline 4)") | |"
    for g in extract lint check-links verify-drift; do
      w=$(median "$M" "$g" 3)
      echo "| $label | mvn spec:$g | $(sec "$w") | $(sec $((w - base))) | $(mb "$(median "$M" "$g" 4)") | ok |"
    done
    echo "| $label | in-process gate, median of $PIPE_RUNS warm runs | | $(sec "$(field "$M" median_ms)") | $(mb "$(median "$M" pipeline 4)") (heap peak $(field "$M" heap_peak_mb) MB) | ok |"
    [[ -n $OFT_JAR ]] && echo "| $label | OpenFastTrace $OFT_VERSION trace | $(sec "$(median "$M" oft 3)") | | $(mb "$(median "$M" oft 4)") | ok ($(expect "$C" oft.items) items) |"
    echo "| $label | $FLOOR | $(sec "$(median "$M" floor 3)") | | $(mb "$(median "$M" floor 4)") | ok ($(expect "$C" id.occurrences) IDs) |"
  done
  echo
  echo "| Corpus | verify-drift plugin / OFT | verify-drift plugin / floor | in-process / OFT | in-process / floor | verify-drift RSS / OFT RSS |"
  echo "|---|---:|---:|---:|---:|---:|"
  for M in $SIZES; do
    C=$WORK/m$M/corpus
    v=$(( $(median "$M" verify-drift 3) - $(median "$M" baseline 3) ))
    p=$(field "$M" median_ms)
    o=$(median "$M" oft 3)
    f=$(median "$M" floor 3)
    echo "| $(expect "$C" requirements) req | $(ratio "$v" "$o") | $(ratio "$v" "$f") | $(ratio "$p" "$o") | $(ratio "$p" "$f") | $(ratio "$(median "$M" verify-drift 4)" "$(median "$M" oft 4)") |"
  done
  first=${SIZES%% *}
  echo
  echo "Scaling from $first to $LARGEST modules ($(( LARGEST / first ))x the requirements and files):"\
       "verify-drift plugin time x$(ratio $(( $(median "$LARGEST" verify-drift 3) - $(median "$LARGEST" baseline 3) )) $(( $(median "$first" verify-drift 3) - $(median "$first" baseline 3) ))),"\
       "in-process gate x$(ratio "$(field "$LARGEST" median_ms)" "$(field "$first" median_ms)"),"\
       "OpenFastTrace x$(ratio "$(median "$LARGEST" oft 3)" "$(median "$first" oft 3)")."
  echo
  echo "| Largest corpus | Median wall (s) | Peak RSS (MB) |"
  echo "|---|---:|---:|"
  for t in "verify-drift -T 1" "verify-drift -T 2"; do
    echo "| mvn $t | $(sec "$(median "$LARGEST" "$t" 3)") | $(mb "$(median "$LARGEST" "$t" 4)") |"
  done
  if [[ $SMOKE == 0 ]]; then
    echo
    echo "| examples/ (3 modules) | Median wall (s), $EXAMPLE_RUNS runs |"
    echo "|---|---:|"
    for t in "mvn verify (plugin)" "mvn verify -Dspec.skip=true" "mvn verify (no plugin)"; do
      echo "| $t | $(sec "$(median ex "$t" 3)") |"
    done
    echo
    echo "Added by the gate: $(sec $(( $(median ex "mvn verify (plugin)" 3) - $(median ex "mvn verify (no plugin)" 3) ))) s"\
         "against the build without the plugin, $(sec $(( $(median ex "mvn verify (plugin)" 3) - $(median ex "mvn verify -Dspec.skip=true" 3) ))) s"\
         "against -Dspec.skip=true."
  fi
  echo
  echo "In-process phase medians (ms) and heap:"
  echo
  echo '```'
  cat "$WORK/pipeline.txt"
  echo '```'
  echo
  echo "Share of all CPUs used by other processes during a run: at most $(awk -F'\t' '$6 > m {m = $6} END {print m + 0}' "$RAW")%,"\
       "on average $(awk -F'\t' '{s += $6} END {printf "%d", NR ? s / NR : 0}' "$RAW")%."
  echo "Raw runs: $RAW (size, measurement, wall ms, peak RSS KB, exit code, others' CPU %)."
} >"$RESULTS"
cat "$RESULTS"
