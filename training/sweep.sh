#!/usr/bin/env bash
# Run several training configurations side by side on one GPU and pack the results.
#   bash training/sweep.sh OUTDIR "name: train args" "name: train args" ...
# e.g. DEV=CUDA bash training/sweep.sh /tmp/runs "cnn0: --model cnn --seed 0" "mlp0: --model mlp"
# Each run writes OUTDIR/<name>/ (checkpoint, metrics JSON, plots) and OUTDIR/<name>.log; a run that reaches
# $LIMIT seconds is stopped (its best checkpoint so far stays).
set -u
out=$1; shift
mkdir -p "$out"
for spec in "$@"; do
  name=${spec%%:*}; args=${spec#*:}
  # shellcheck disable=SC2086
  PYTHONUNBUFFERED=1 timeout "${LIMIT:-500}" python3 -m training.train $args --out "$out/$name" >"$out/$name.log" 2>&1 &
done
wait
for spec in "$@"; do name=${spec%%:*}; echo "== $name"; tr '\r' '\n' <"$out/$name.log" | grep -E "^epoch|test accuracy|Error|error" | tail -4; done
