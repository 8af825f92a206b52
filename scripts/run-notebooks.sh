#!/usr/bin/env bash
# run-notebooks.sh — execute every notebooks/*.ipynb with the tslab kernel and count results.
#
# Usage: [NOTEBOOK_JOBS=N] bash scripts/run-notebooks.sh [NOTEBOOK.ipynb ...]
#   Without arguments runs every notebooks/*.ipynb, N at a time (default 2). Executed copies are written to
#   out/notebooks/ (git-ignored); the committed notebooks are never modified.
#   For a failing notebook, prints the failing cells' error text (nbconvert itself
#   only prints an empty "<Error>:"; tslab puts the real text on the cell's stderr).
#   Last line: "notebooks: N passed, M failed". Exits 1 when M > 0 or nothing ran.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY=/usr/bin/python3
OUT="$ROOT/out/notebooks"
ERR_OUT="$ROOT/out/notebooks-errors"

bash "$ROOT/scripts/ensure-system-deps.sh"
# The tslab kernelspec starts plain `tslab`, so Jupyter must find it on PATH.
export PATH="$ROOT/node_modules/.bin:$PATH"

if [ "$#" -gt 0 ]; then
  notebooks=("$@")
else
  shopt -s nullglob
  notebooks=(notebooks/*.ipynb)
  shopt -u nullglob
fi

# print_cell_errors EXECUTED.ipynb — print error and stderr outputs of each code cell.
print_cell_errors() {
  "$PY" - "$1" <<'PYEOF'
import json, re, sys
ansi = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
with open(sys.argv[1], encoding="utf-8") as f:
    nb = json.load(f)
found = False
for number, cell in enumerate(nb.get("cells", []), start=1):
    if cell.get("cell_type") != "code":
        continue
    texts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            tb = "\n".join(out.get("traceback") or [])
            texts.append(tb or "%s: %s" % (out.get("ename", ""), out.get("evalue", "")))
        elif out.get("output_type") == "stream" and out.get("name") == "stderr":
            text = out.get("text", "")
            texts.append("".join(text) if isinstance(text, list) else text)
    # Drop the kernel's own stack frames (tslab executor, node:vm); keep the notebook's.
    texts = ["\n".join(line for line in ansi.sub("", t).rstrip().splitlines()
                       if not re.match(r"\s+at .*(node_modules/tslab/|node:vm|sigintHandlersWrap)", line))
             for t in texts if t.strip()]
    if texts:
        found = True
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else source
        first = source.strip().splitlines()[0] if source.strip() else ""
        print("  cell %d (%s):" % (number, first[:70]))
        for t in texts:
            print("    " + t.replace("\n", "\n    "))
if not found:
    print("  (no error or stderr output recorded in the cells)")
PYEOF
}

if [ "${#notebooks[@]}" -eq 0 ]; then
  echo "no notebooks found in notebooks/ (未找到 notebooks/*.ipynb)" >&2
fi

# run_one NOTEBOOK — execute one notebook; prints PASS/FAIL (with the failing cells) in one piece
# and leaves its result in $STATUS/NAME (pass or fail).
run_one() {
  local nb="$1" name log report start
  name="$(basename "$nb" .ipynb)"
  log="$(mktemp)"
  report="$(mktemp)"
  rm -f "$OUT/$name.ipynb" "$ERR_OUT/$name.ipynb"
  start=$SECONDS
  if "$PY" -m jupyter nbconvert --to notebook --execute \
      --ExecutePreprocessor.kernel_name=tslab --ExecutePreprocessor.timeout=300 \
      --output-dir "$OUT" "$nb" >"$log" 2>&1; then
    echo pass >"$STATUS/$name"
    echo "PASS $nb ($((SECONDS - start)) s)" >"$report"
  else
    echo fail >"$STATUS/$name"
    {
      echo "FAIL $nb ($((SECONDS - start)) s)"
      mkdir -p "$ERR_OUT"
      if "$PY" -m jupyter nbconvert --to notebook --execute --allow-errors \
          --ExecutePreprocessor.kernel_name=tslab --ExecutePreprocessor.timeout=300 \
          --output-dir "$ERR_OUT" "$nb" >"$log.allow" 2>&1 && [ -f "$ERR_OUT/$name.ipynb" ]; then
        print_cell_errors "$ERR_OUT/$name.ipynb"
        echo "  (executed copy with errors: out/notebooks-errors/$name.ipynb)"
      else
        # Kernel death, timeout or an unreadable notebook: show nbconvert's own output.
        tail -n 30 "$log.allow" | sed 's/^/  /'
      fi
      rm -f "$log.allow"
    } >"$report" 2>&1
  fi
  cat "$report"
  rm -f "$log" "$report"
}

# Notebooks run $NOTEBOOK_JOBS at a time (default 2): most of a notebook's time is kernel and
# TypeScript start-up, which overlaps well with another notebook's.
JOBS="${NOTEBOOK_JOBS:-2}"
STATUS="$(mktemp -d)"
mkdir -p "$OUT"
for nb in "${notebooks[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
  run_one "$nb" &
done
wait
passed=$(cat "$STATUS"/* 2>/dev/null | grep -cx pass || true)
failed=$(( ${#notebooks[@]} - passed ))
rm -rf "$STATUS"

# tslab reports type errors in imported files without the file's name. It compiles them with
# its own TypeScript 5.0, non-strict, module resolution node10: check src/ the same way to
# name the file (code that passes the project's strict TypeScript 7 check can fail here).
if [ "$failed" -gt 0 ] && [ -f src/index.ts ]; then
  TSLAB_TSC="$ROOT/node_modules/@tslab/typescript-for-tslab/bin/tsc"
  if [ -f "$TSLAB_TSC" ] && ! tsc_out="$(node "$TSLAB_TSC" --noEmit --target es2022 --lib es2022 \
      --module esnext --moduleResolution node --esModuleInterop --resolveJsonModule \
      --experimentalDecorators --skipLibCheck src/index.ts 2>&1)"; then
    echo "src/ as tslab compiles it (TypeScript 5.0, non-strict):"
    printf '%s\n' "$tsc_out" | sed 's/^/  /'
  fi
fi

echo "notebooks: $passed passed, $failed failed"
if [ "$failed" -gt 0 ] || [ $((passed + failed)) -eq 0 ]; then
  exit 1
fi
