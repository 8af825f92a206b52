#!/bin/bash
# Submits a fundcast batch job as a Slurm job array of N shards and, after every task succeeded,
# the merge as a dependent job (docs/batch.md):
#   deploy/slurm/submit.sh job.batch.yaml 8 parts results
# FUNDCAST names the command when it is not on PATH (e.g. FUNDCAST="node /opt/fundcast/bin/fundcast.cjs").
set -euo pipefail
manifest=${1:?usage: submit.sh MANIFEST N [PARTS_DIR] [RESULTS_DIR]}
n=${2:?number of shards}
parts=${3:-parts}
results=${4:-results}
here=$(cd "$(dirname "$0")" && pwd)
fundcast=${FUNDCAST:-fundcast}
array=$(sbatch --parsable --array=0-$((n - 1)) "$here/fundcast-batch.sbatch" "$manifest" "$parts")
sbatch --parsable --job-name=fundcast-merge --dependency=afterok:"$array" --output=fundcast-merge-%j.out \
  --wrap "$fundcast merge '$parts' --out '$results'"
