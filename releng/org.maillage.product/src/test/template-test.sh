#!/usr/bin/env bash
# Hostile convention templates through the real product (security issue): every case of
# reliability/hostile/make-templates.py runs `maillage generate convention --template`; none may run a
# command, build an object, read a local file or hang: each ends in bounded time with exit 0 (a harmless
# template, filled) or 1 (refused, one line on stderr naming the template and the construct, nothing
# written). Prints "ok"/"FAILED" lines; exits 1 on any failure.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../../.." && pwd)
maillage="$top/maillage"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() { # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then echo "ok - hostile template: $name"; else failed=$((failed + 1)); echo "FAILED - hostile template: $name"; fi
}
marker="$work/PWNED"
python3 "$top/reliability/hostile/make-templates.py" "$top/bundles/org.maillage.generator.convention/templates" \
  "$work/templates" "$marker" >"$work/cases.tsv" || { echo "FAILED - hostile template: the corpus could not be made"; exit 1; }
secret=$(cat "$work/templates/secret.txt")
# A short time bound keeps the endless loops short (the default is 30 s); the JVM announces the option on stderr.
export JAVA_TOOL_OPTIONS="-Dmaillage.template.timeout=3"
start=$SECONDS
while IFS=$'\t' read -r file code text; do
  name=$(basename "$file"); format=${name##*.}; out="$work/out-$name"
  (cd "$top" && timeout 120 env -u DISPLAY "$maillage" generate convention --format "$format" --template "$file" \
    -o "$out" examples/monts-ardeche) >"$work/$name.out" 2>"$work/$name.raw"; rc=$?
  grep -v '^Picked up JAVA_TOOL_OPTIONS' "$work/$name.raw" >"$work/$name.err"
  if [ "$code" = 0 ]; then
    check "$name is filled (exit 0, nothing on stderr)" bash -c "[ $rc = 0 ] && [ ! -s '$work/$name.err' ] && [ -n \"\$(ls '$out')\" ]"
  else
    check "$name is refused: exit 1, one line naming it and '$text', nothing written (exit $rc: $(head -c 300 "$work/$name.err"))" \
      bash -c "[ $rc = 1 ] && [ \$(wc -l <'$work/$name.err') = 1 ] && grep -qF -- '$name' '$work/$name.err' && grep -qF -- '$text' '$work/$name.err' && [ -z \"\$(ls -A '$out' 2>/dev/null)\" ]"
  fi
done <"$work/cases.tsv"
check "no case made the marker file (no command ran, no object was built)" test ! -e "$marker"
check "no output holds the local file's content" bash -c "! grep -rqF -- '$secret' '$work'/out-* 2>/dev/null && ! unzip -p '$work'/out-harmless.odt/*.odt 2>/dev/null | grep -qF -- '$secret'"
echo "hostile templates: $(wc -l <"$work/cases.tsv") cases in $((SECONDS - start)) s"
[ "$failed" = 0 ]
