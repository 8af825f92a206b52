#!/usr/bin/env bash
# npm run mutate [-- folder...]: StrykerJS mutation testing of src/<folder> for each folder given
# (default: engine assumptions scenario solve), one folder at a time, one test process, at the
# lowest CPU priority. Reports: out/mutation/<folder>/index.html and mutation.json; incremental,
# so a rerun tests only what changed. Prints "mutation score <folder>: N%" for each folder.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(engine assumptions scenario solve)
status=0
for folder in "${folders[@]}"; do
  [ -d "src/$folder" ] || { echo "no folder src/$folder" >&2; status=1; continue; }
  mkdir -p "out/mutation/$folder"
  MUTATE_FOLDER="$folder" nice -n 19 npx stryker run stryker.config.mjs || status=1
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    let killed = 0, valid = 0;
    for (const f of Object.values(r.files)) for (const m of f.mutants) {
      if (["Killed", "Timeout"].includes(m.status)) killed++;
      if (["Killed", "Timeout", "Survived", "NoCoverage"].includes(m.status)) valid++;
    }
    console.log(`mutation score ${process.argv[2]}: ${valid ? ((100 * killed) / valid).toFixed(1) : "n/a"}% (${killed} of ${valid} mutants killed)`);
  ' "out/mutation/$folder/mutation.json" "$folder" || status=1
done
exit $status
