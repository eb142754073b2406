#!/usr/bin/env bash
# Cold start of the workbench to a usable window: launches ./maillage workbench on a fresh
# workspace N times (default 5) and prints the seconds until the "Maillage" window is mapped,
# then the median. Needs a DISPLAY (e.g. Xvfb) and xdotool.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
command -v xdotool >/dev/null || { echo "measure-workbench-start: xdotool is needed (apt install xdotool)" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "measure-workbench-start: no DISPLAY; start Xvfb and export DISPLAY" >&2; exit 2; }
./maillage --version >/dev/null   # builds the product if needed, outside the measure
times=()
for i in $(seq "$runs"); do
  ws=$(mktemp -d)
  start=$(date +%s.%N)
  ./maillage workbench -data "$ws" >/dev/null 2>&1 &
  pid=$!
  # usable: the workbench window is mapped and viewable (GTK also creates hidden windows of that name)
  until xdotool search --onlyvisible --name '^Maillage' >/dev/null 2>&1; do sleep 0.05; done
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc -l)
  times+=("$t")
  printf 'run %d: %.2f s\n' "$i" "$t"
  # stop this workbench and wait until it is gone: the next run must not share the machine with it
  pkill -f -- "-data $ws" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  while pgrep -f -- "-data $ws" >/dev/null; do sleep 0.1; done
  rm -rf "$ws"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d: %.2f s\n", NR, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
