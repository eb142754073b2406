#!/usr/bin/env bash
# The published site in a real browser: publishes the example and a generated M model (PlanGenerator)
# with the product, then site/site-test.mjs walks every link from the home pages (no broken link or
# anchor, every picture shown, no console error), runs axe-core (zero WCAG 2.1 A/AA violation) on every
# page of the example and on a fixed sample of the M model's covering every kind of page, and checks
# that French and English have the same pages. Needs node, npm and chromium
# (.ci/run installs them): without them it fails, it never skips. Prints "ok"/"FAILED" lines.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../../.." && pwd)
maillage="$top/maillage"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for tool in node npm chromium java; do
  command -v "$tool" >/dev/null || { echo "FAILED - site: $tool is needed (see .ci/run)"; exit 1; }
done
cd "$here/site" || exit 1
installed=node_modules/.package-lock.json
if [ ! -s "$installed" ] || [ package-lock.json -nt "$installed" ]; then
  npm ci --no-audit --no-fund --loglevel=error >"$work/npm.out" 2>&1 || { cat "$work/npm.out"; echo "FAILED - site: npm ci"; exit 1; }
fi

products="$top/releng/org.maillage.product/target/products/org.maillage.product/linux/gtk/x86_64"
dsl=$(ls "$products"/plugins/org.maillage.dsl_*.jar 2>/dev/null | head -1)
java=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && echo "$j"; done | head -1)
[ -n "$dsl" ] && [ -n "$java" ] || { echo "FAILED - site: a built product and a JDK >= 21 are needed"; exit 1; }
"$java" -cp "$dsl" MakeModel.java M 7 "$work/m.coop" || { echo "FAILED - site: the M model"; exit 1; }

failed=0
publish() { # publish NAME ARGS...: runs ./maillage publish, output folder $work/NAME
  local name=$1; shift
  if env -u DISPLAY "$maillage" publish -o "$work/$name" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    echo "ok - site: maillage publish $name"
  else
    failed=1; echo "FAILED - site: maillage publish $name"; cat "$work/$name.err"
  fi
}
publish example "$top/examples/monts-ardeche"
publish model-m "$work/m.coop"
# In the browser: every page of the example and of the M model (links, pictures, console); axe-core on
# every page of the example and on one page of each kind and language of the M model (its ~470 pages
# take 3-20 s each for axe-core on this machine's 2 cores under load: see docs/site.md).
node site-test.mjs "$work/example" --axe=1 "$work/model-m" || failed=1
[ "$failed" = 0 ]
