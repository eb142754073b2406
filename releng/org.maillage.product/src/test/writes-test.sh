#!/usr/bin/env bash
# What ./maillage writes, where only the real product can show it: format while another process
# appends to the file, and (as root) -o /dev/stdout (in a private copy of /dev), a full file system (a
# small tmpfs) and a read-only folder for a root without the right to override permissions. Each
# refused or failed write must exit 2 with one line naming the user's path and the reason, and leave
# no partial or temporary file. Prints "ok"/"FAILED" lines; exits 1 on any failure.
# MAILLAGE=path/to/maillage runs another build (e.g. an older one, to see these checks fail).
set -uo pipefail
top=$(cd "$(dirname "$0")/../../../.." && pwd)
maillage=${MAILLAGE:-$top/maillage}
example="$top/examples/monts-ardeche"
work=$(mktemp -d)
mnt="$work/mnt"
cleanup() {
  mountpoint -q "$mnt" 2>/dev/null && umount "$mnt"
  chmod -R u+w "$work" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
failed=0

check() { # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then echo "ok - $name"; else failed=$((failed + 1)); echo "FAILED - $name"; fi
}
run() { # run NAME ARGS...: ./maillage without a display; keeps exit code, stdout and stderr
  local name=$1; shift
  env -u DISPLAY -u WAYLAND_DISPLAY "$maillage" "$@" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
}
refused() { # refused NAME PATTERN: exit 2, one line on stderr matching PATTERN, no hidden file named
  [ "$(cat "$work/$1.rc")" = 2 ] && [ "$(wc -l <"$work/$1.err")" = 1 ] && grep -q -- "$2" "$work/$1.err" \
    && ! grep -q '\.maillage-' "$work/$1.err" || { sed 's/^/    /' "$work/$1.err"; false; }
}
no_leftover() { ! ls -A "$1" | grep -q '^\.maillage-'; }

# format while another process appends lines, from before its start to after its end: no line is lost
# (format refuses the file it finds changed, exit 2).
mkdir -p "$work/c"
for _ in $(seq 20); do sed 's/^    //' "$example"/*.coop; done >"$work/c/plan.coop"
( i=0
  while [ ! -e "$work/c.done" ]; do i=$((i + 1)); echo "// ligne $i" >>"$work/c/plan.coop"; sleep 0.005; done
  echo "$i" >"$work/c.appended" ) & appender=$!
run concurrent format "$work/c/plan.coop"
touch "$work/c.done"; wait "$appender"
appended=$(cat "$work/c.appended"); kept=$(grep -c '^ *// ligne ' "$work/c/plan.coop")
check "format while another process appends: all $appended lines kept ($kept)" [ "$kept" = "$appended" ]
check "format while another process appends: refused, exit 2, one line" refused concurrent 'a changé pendant le traitement'
check "format while another process appends: no temporary file left" no_leftover "$work/c"

if [ "$(id -u)" != 0 ]; then
  echo "ok - # SKIP /dev/stdout, full file system, read-only folder: they need root (unshare, mount, setpriv)"
  [ "$failed" = 0 ]; exit
fi

# -o /dev/stdout as the issue ran it, in a private copy of /dev (a mount namespace): should a build
# replace it again, it replaces the copy, not this machine's. (-o -, device nodes and pipes as -o:
# OutputTargetsHeadlessTest, in-process.)
dev="$work/dev"
mkdir -p "$dev/shm" "$dev/pts"
cp -a /dev/null /dev/zero /dev/random /dev/urandom /dev/full /dev/tty "$dev/" 2>/dev/null
ln -s /proc/self/fd "$dev/fd"; ln -s /proc/self/fd/0 "$dev/stdin"; ln -s /proc/self/fd/1 "$dev/stdout"
ln -s /proc/self/fd/2 "$dev/stderr"
private_dev() { # private_dev NAME ARGS...: like run, with $dev mounted on /dev for this run only
  local name=$1; shift
  unshare --mount --propagation private bash -c 'mount --bind "$0" /dev && exec "$@"' "$dev" \
    env -u DISPLAY -u WAYLAND_DISPLAY "$maillage" "$@" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
}
if unshare --mount --propagation private true 2>/dev/null; then
  private_dev devstdout export --format json -o /dev/stdout "$example"
  devstdout_ok() { [ "$(cat "$work/devstdout.rc")" = 0 ] && python3 -m json.tool "$work/devstdout.out" >/dev/null && [ -L "$dev/stdout" ]; }
  check "export -o /dev/stdout: the JSON on stdout; /dev/stdout still a link" devstdout_ok
else
  echo "ok - # SKIP -o /dev/stdout: no mount namespace here (unshare --mount)"
fi

# A full file system: exit 2, one line saying so, nothing partial or temporary left.
mkdir -p "$mnt"
if mount -t tmpfs -o size=256k tmpfs "$mnt" 2>/dev/null; then
  mkdir "$mnt/gen"
  dd if=/dev/zero of="$mnt/fill" bs=4k >/dev/null 2>&1
  run fullexport export --format json -o "$mnt/out.json" "$example"
  full_export() { refused fullexport 'out.json : plus de place' && [ ! -e "$mnt/out.json" ]; }
  check "full file system: export exits 2 with one line 'plus de place', no file" full_export
  run fullgen generate raci -o "$mnt/gen" "$example"
  full_generate() { refused fullgen 'plus de place' && [ -z "$(ls -A "$mnt/gen")" ]; }
  check "full file system: generate exits 2 with one line, nothing in the output folder" full_generate
  check "full file system: no temporary file left" no_leftover "$mnt"
  umount "$mnt"
else
  echo "ok - # SKIP full file system: mount -t tmpfs is not permitted here"
fi

# A read-only folder, for a root that may not override permissions: "permission refusée", in English too.
mkdir -p "$work/ro" && chmod 555 "$work/ro"
nodac() {
  local name=$1; shift
  setpriv --inh-caps=-dac_override,-dac_read_search --bounding-set=-dac_override,-dac_read_search \
    env -u DISPLAY -u WAYLAND_DISPLAY "$maillage" "$@" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
}
nodac ro1 export --format json -o "$work/ro/out.json" "$example"
check "read-only folder: export exits 2 with one line 'permission refusée' naming the folder" \
  refused ro1 'ro : permission refusée'
nodac ro2 generate raci --lang en -o "$work/ro" "$example"
ro_generate() { refused ro2 'ro: permission denied' && [ -z "$(ls -A "$work/ro")" ]; }
check "read-only folder: generate --lang en exits 2 with one line 'permission denied'" ro_generate

[ "$failed" = 0 ]
