#!/usr/bin/env bash
# npm test: typecheck, the vitest suite and every notebook; prints the counts of each and a
# closing line "all: N passed, M failed"; exits non-zero when anything failed or nothing ran.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p out

typecheck_failed=0
if node node_modules/typescript/bin/tsc --noEmit -p tsconfig.json; then
  echo "typecheck: passed"
else
  echo "typecheck: FAILED"
  typecheck_failed=1
fi

# Debian's chromium and the CJK fonts (report tests) and Jupyter (notebooks), before vitest, so that
# the browser tests run instead of skipping; a machine that cannot install them says so here.
bash scripts/ensure-system-deps.sh || echo "system dependencies: missing (see above); the report browser tests will be skipped"

rm -f out/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=out/vitest.json
read -r unit_passed unit_failed < <(node -e '
  const fs = require("fs");
  try { const r = JSON.parse(fs.readFileSync("out/vitest.json", "utf8")); console.log(r.numPassedTests, r.numFailedTests + (r.numFailedTestSuites || 0)); }
  catch { console.log(0, 1); }')

bash scripts/run-notebooks.sh 2>&1 | tee out/notebooks.log
nb_line=$(grep -E '^notebooks: [0-9]+ passed, [0-9]+ failed$' out/notebooks.log | tail -n 1)
nb_passed=$(echo "$nb_line" | sed -E 's/^notebooks: ([0-9]+) passed.*/\1/')
nb_failed=$(echo "$nb_line" | sed -E 's/.* ([0-9]+) failed$/\1/')
[ -n "$nb_line" ] || { nb_passed=0; nb_failed=1; }

echo
echo "unit tests: ${unit_passed} passed, ${unit_failed} failed"
echo "notebooks: ${nb_passed} passed, ${nb_failed} failed"
passed=$((unit_passed + nb_passed))
failed=$((unit_failed + nb_failed + typecheck_failed))
echo "all: ${passed} passed, ${failed} failed"
if [ "$failed" -gt 0 ] || [ "$unit_passed" -eq 0 ] || [ "$nb_passed" -eq 0 ]; then exit 1; fi
