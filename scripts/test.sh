#!/usr/bin/env bash
# npm test: every check of the project. The steps run at the same time (the notebooks spend most of
# their time starting kernels, vitest most of its in its own workers), each into its own log; then
# each step's counts are printed, and a closing line "all: N passed, M failed". Exits non-zero when
# anything failed or nothing ran.
#
# Adding a check is one `step` line at the bottom:
#   step NAME COMMAND [ARG...]
# The command runs from the repository root with node_modules/.bin on PATH; its output goes to
# out/test/NAME.log and is shown when it fails (or always with VERBOSE=1). Its counts are taken from
# the last line of its output of the form "NAME: N passed, M failed" when it prints one, otherwise it
# counts as one check (passed when it exits 0). A step that exits non-zero always counts a failure.
# Each step's wall and CPU time (user + system, its processes included) are printed with its counts.
# `step` starts the command in the background; `serial_step` (same arguments) waits for it, for
# what later steps need (e.g. installing system packages).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$PATH"
LOGS="$ROOT/out/test"
rm -rf "$LOGS"
mkdir -p "$LOGS"
START=$SECONDS

NAMES=()
PIDS=()

step() {
  local name="$1"
  shift
  NAMES+=("$name")
  (
    begin=$SECONDS
    TIMEFORMAT='%U %S'
    { time "$@" >"$LOGS/$name.log" 2>&1; } 2>"$LOGS/$name.cpu"
    code=$?
    cpu=$(awk '{ printf "%.0f", $1 + $2 }' "$LOGS/$name.cpu" 2>/dev/null)
    echo "$code $((SECONDS - begin)) ${cpu:-?}" >"$LOGS/$name.status"
  ) &
  PIDS+=("$!")
}

serial_step() {
  step "$@"
  wait "${PIDS[-1]}"
}

# vitest: both projects (unit, integration) in one run; counts from its JSON report.
vitest_counts() {
  rm -f "$LOGS/vitest.json"
  npx vitest run --reporter=default --reporter=json --outputFile.json="$LOGS/vitest.json"
  local code=$?
  node -e '
    const fs = require("fs");
    try {
      const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
      console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests + (r.numFailedTestSuites || 0)} failed`);
    } catch { console.log("vitest: 0 passed, 1 failed"); }' "$LOGS/vitest.json"
  return $code
}

# ---- the steps ---------------------------------------------------------------------------------
# Debian's Jupyter (notebooks), chromium and the CJK fonts (report tests), installed first when run as root;
# where they are missing and cannot be installed this step fails and says what to install.
# The type check and the API reference need none of them, so they run while the packages install
# (on a fresh machine the install takes ~90 s, mostly download and unpacking).
step typecheck node node_modules/typescript/bin/tsc --noEmit -p tsconfig.json
# the API reference: every export documented, every {@link} resolving (TypeDoc; see typedoc.json)
step api-docs node node_modules/fundcast-typedoc/node_modules/typedoc/bin/typedoc --out out/test/api
serial_step system-deps bash scripts/ensure-system-deps.sh
step vitest vitest_counts
step notebooks bash scripts/run-notebooks.sh
# ---------------------------------------------------------------------------------------------

passed=0
failed=0
summary=()
for i in "${!NAMES[@]}"; do
  name="${NAMES[$i]}"
  wait "${PIDS[$i]}"
  read -r code seconds cpu <"$LOGS/$name.status" 2>/dev/null || { code=1; seconds='?'; cpu='?'; }
  line=$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed$" "$LOGS/$name.log" | tail -n 1)
  if [ -n "$line" ]; then
    p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed$/\1/')
  elif [ "$code" -eq 0 ]; then
    p=1 f=0
  else
    p=0 f=1
  fi
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$f" -gt 0 ] || [ "${VERBOSE:-0}" = 1 ]; then
    echo "---- $name (out/test/$name.log) ----"
    cat "$LOGS/$name.log"
  fi
  summary+=("$name: $p passed, $f failed (wall ${seconds} s, cpu ${cpu} s)")
  passed=$((passed + p))
  failed=$((failed + f))
done

echo
printf '%s\n' "${summary[@]}"
# counts the suites print themselves (the fuzzer's scenarios, the golden harness's cases) and whether the
# Slurm job array ran or was skipped (with the reason), from the vitest log
if [ -f "$LOGS/vitest.log" ]; then
  sed -E 's/\x1b\[[0-9;]*m//g' "$LOGS/vitest.log" | grep -E '^(fuzz|golden harness|slurm): ' | sed 's/^/  /' || true
fi
echo "wall time: $((SECONDS - START)) s (the steps run at the same time; cpu = user + system time of each step)"
echo "all: ${passed} passed, ${failed} failed"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
