#!/usr/bin/env bash
# Kills ./maillage with SIGKILL in the middle of `format` and of `generate`, N times each (default 20;
# the long run uses 100), at random moments, and checks after every kill that each target holds the
# complete old or the complete new content, never an empty or cut one; then that the next run leaves no
# temporary file behind. Prints "ok"/"FAILED" lines and "N kills survived"; exits 1 on any failure.
set -uo pipefail
top=$(cd "$(dirname "$0")/../../../.." && pwd)
maillage="$top/maillage"
n=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0 survived=0

# A large file to format: the example, 40 times, with its indentation undone (format only needs it to
# parse), so that formatting takes long enough to be killed half-way.
for _ in $(seq 40); do sed 's/^    //' "$top"/examples/monts-ardeche/*.coop; done >"$work/old.coop"
cp "$work/old.coop" "$work/new.coop"
env -u DISPLAY "$maillage" format "$work/new.coop" >/dev/null 2>&1
if cmp -s "$work/old.coop" "$work/new.coop"; then echo "FAILED - kill test: formatting changed nothing"; exit 1; fi
start=$(date +%s%N); cp "$work/old.coop" "$work/t.coop"; env -u DISPLAY "$maillage" format "$work/t.coop" >/dev/null 2>&1
format_ms=$(( ($(date +%s%N) - start) / 1000000 ))

kill_after() { # kill_after MS COMMAND...: runs a command in its own process group, SIGKILLs it after MS
  local ms=$1; shift
  setsid "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$(awk -v m="$ms" 'BEGIN { printf "%.3f", m / 1000 }')"
  kill -KILL -- "-$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

mkdir -p "$work/f"
for i in $(seq "$n"); do
  cp "$work/old.coop" "$work/f/plan.coop"
  kill_after $(( RANDOM % format_ms + 100 )) env -u DISPLAY "$maillage" format "$work/f/plan.coop"
  if cmp -s "$work/f/plan.coop" "$work/old.coop" || cmp -s "$work/f/plan.coop" "$work/new.coop"; then
    survived=$((survived + 1))
  else
    failed=$((failed + 1)); echo "FAILED - format killed (run $i): plan.coop is neither the old nor the new text"
  fi
done
cp "$work/old.coop" "$work/f/plan.coop"   # a file to rewrite: the leftovers are cleaned by a write
touch "$work/f/.maillage-left-by-a-killed-run.tmp"   # as a kill between create and lock leaves it
env -u DISPLAY "$maillage" format "$work/f/plan.coop" >/dev/null 2>&1
if ls -A "$work/f" | grep -q '^\.maillage-'; then
  failed=$((failed + 1)); echo "FAILED - format: temporary files left after the next run: $(ls -A "$work/f")"
else echo "ok - format killed $n times: always the old or the new text, no temporary file after the next run"; fi

# generate: each document appears whole or not at all; the next run removes the staging folders.
env -u DISPLAY "$maillage" generate raci -o "$work/ref" "$top/examples/monts-ardeche" >/dev/null 2>&1
start=$(date +%s%N); env -u DISPLAY "$maillage" generate raci -o "$work/t" "$top/examples/monts-ardeche" >/dev/null 2>&1
generate_ms=$(( ($(date +%s%N) - start) / 1000000 ))
for i in $(seq "$n"); do
  rm -rf "$work/g"
  kill_after $(( RANDOM % generate_ms + 100 )) env -u DISPLAY "$maillage" generate raci -o "$work/g" "$top/examples/monts-ardeche"
  bad=""
  for f in "$work"/g/*; do
    [ -e "$f" ] || continue
    case "$f" in
      *.csv|*.html) cmp -s "$f" "$work/ref/$(basename "$f")" || bad="$bad $(basename "$f")" ;;
      *.xlsx|*.ods) unzip -tq "$f" >/dev/null 2>&1 || bad="$bad $(basename "$f")" ;;
    esac
  done
  if [ -z "$bad" ]; then survived=$((survived + 1))
  else failed=$((failed + 1)); echo "FAILED - generate killed (run $i): incomplete$bad"; fi
done
mkdir -p "$work/g/.maillage-staging-left-by-a-killed-run"
env -u DISPLAY "$maillage" generate raci -o "$work/g" "$top/examples/monts-ardeche" >/dev/null 2>&1
if ls -A "$work/g" | grep -q '^\.maillage-'; then
  failed=$((failed + 1)); echo "FAILED - generate: staging folders left after the next run: $(ls -A "$work/g")"
else echo "ok - generate killed $n times: each document whole or absent, nothing staged left after the next run"; fi

echo "$survived kills survived (format ${format_ms} ms, generate ${generate_ms} ms per run)"
[ "$failed" = 0 ]
