#!/usr/bin/env bash
# Tests ./maillage on the product this build just materialized, as a user runs it.
# Prints one line per check and closes with "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
top=$(cd "$(dirname "$0")/../../../.." && pwd)
maillage="$top/maillage"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

check() { # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $name"
  else failed=$((failed + 1)); echo "FAILED - $name"; fi
}
run() { # run NAME ARGS...: runs ./maillage without a display, keeps exit code, stdout, stderr
  local name=$1; shift
  env -u DISPLAY -u WAYLAND_DISPLAY "$maillage" "$@" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
}
rc() { [ "$(cat "$work/$1.rc")" = "$2" ]; }
lines() { [ "$(wc -l <"$work/$1")" -eq "$2" ]; }

run version --version
check "--version exits 0 without a display" rc version 0
check "--version prints 'Maillage <version>'" grep -qxE 'Maillage [0-9]+\.[0-9]+\.[0-9]+\.v[0-9]{8}-[0-9]{4}' "$work/version.out"
check "--version writes nothing on stderr" lines version.err 0

product="$top/releng/org.maillage.product/target/products/org.maillage.product/linux/gtk/x86_64"
check "a command's run saves the framework's state for the next ones (no bundle installed anew)" \
  bash -c "ls '$product'/configuration/maillage-cli-state-*/org.eclipse.osgi/framework.info.1 >/dev/null"
check "the saved state holds no command's own data" \
  bash -c "[ -z \"\$(find '$product'/configuration/maillage-cli-state-* -path '*/org.eclipse.osgi/*/data*')\" ]"

run help --help
check "--help exits 0 and lists commands in French" bash -c "[ \"\$(cat '$work/help.rc')\" = 0 ] && grep -q '^Commandes :' '$work/help.out'"

"$maillage" --version >"$work/a.out" 2>&1 & a=$!
"$maillage" --version >"$work/b.out" 2>&1 & b=$!
wait $a; ra=$?; wait $b; rb=$?
check "two runs at once both succeed" bash -c "[ $ra = 0 ] && [ $rb = 0 ] && grep -q '^Maillage ' '$work/a.out' && grep -q '^Maillage ' '$work/b.out'"

run unknown frobnicate
check "unknown command exits 2" rc unknown 2
check "unknown command: one error line then the usage" bash -c "[ \$(wc -l <'$work/unknown.err') = 2 ] && grep -q 'frobnicate' '$work/unknown.err' && grep -q '^Usage' '$work/unknown.err'"

run option --frobnicate
check "unknown option exits 2 with one error line and the usage" bash -c "[ \"\$(cat '$work/option.rc')\" = 2 ] && [ \$(wc -l <'$work/option.err') = 2 ]"

run nodisplay workbench -data "$work/ws"
check "workbench without a display: exit 2 and one line naming DISPLAY" bash -c "[ \"\$(cat '$work/nodisplay.rc')\" = 2 ] && [ \$(wc -l <'$work/nodisplay.err') = 1 ] && grep -q DISPLAY '$work/nodisplay.err'"

MAILLAGE_JVM_DIRS="$work/no-jvm" JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 PATH=/usr/bin:/bin \
  "$maillage" --version >"$work/nojdk.out" 2>"$work/nojdk.err"; echo $? >"$work/nojdk.rc"
if [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]; then
  check "no JDK >= 21: exit 2 and one line naming the JDK found" bash -c "[ \"\$(cat '$work/nojdk.rc')\" = 2 ] && [ \$(wc -l <'$work/nojdk.err') = 1 ] && grep -q '17 (' '$work/nojdk.err'"
fi

# The language on the real product: the reference example, formatting, the language server.
(cd "$top" && env -u DISPLAY "$maillage" validate examples/monts-ardeche >"$work/validate.out" 2>"$work/validate.err"; echo $? >"$work/validate.rc")
check "validate examples/monts-ardeche: exit 0, no error or warning" bash -c "[ \"\$(cat '$work/validate.rc')\" = 0 ] && ! grep -qE ': (error|warning): ' '$work/validate.out'"
(cd "$top" && env -u DISPLAY "$maillage" format --check examples >"$work/format.out" 2>&1; echo $? >"$work/format.rc")
check "format --check examples: exit 0" rc format 0
mkdir -p "$work/lsp"
if command -v python3 >/dev/null 2>&1; then
  env -u DISPLAY python3 "$(dirname "$0")/lsp-client.py" "$maillage" "$work/lsp" >"$work/lsp.out" 2>&1
  check "maillage lsp publishes the diagnostics of an opened file" grep -q LINK-UNRESOLVED "$work/lsp.out"
else
  failed=$((failed + 1)); echo "FAILED - maillage lsp: python3 is needed for the LSP client of this test"
fi
# An editor stopping its language server with SIGTERM leaves no temporary configuration area behind.
mkdir -p "$work/tmp"; mkfifo "$work/lsp.in"; exec 9<>"$work/lsp.in"
TMPDIR="$work/tmp" env -u DISPLAY "$maillage" lsp <"$work/lsp.in" >/dev/null 2>&1 & lsp=$!
for _ in $(seq 1 100); do [ -n "$(ls "$work/tmp")" ] && break; sleep 0.1; done
sleep 2; kill -TERM $lsp; wait $lsp; exec 9>&-
sleep 1; alive=$(pgrep -f "$work/tmp/maillage-cli" | tr '\n' ' ')
check "maillage lsp stopped by SIGTERM ends its Java and removes its temporary folder" \
  bash -c "[ -z '${alive// /}' ] && [ -z \"\$(ls '$work/tmp')\" ]"
[ -n "${alive// /}" ] && kill -KILL $alive

# Odd inputs (issue #24 items 1, 7, 12): devices, named pipes and huge files are refused without being read,
# odd entries of a folder are said to be skipped, nothing hangs (each run is bounded by `timeout`), and a
# failed command never exits 0 nor says nothing.
odd() { # odd NAME ARGS...: ./maillage in $work/odd, at most 120 s
  local name=$1; shift
  (cd "$work/odd" && timeout 120 env -u DISPLAY -u WAYLAND_DISPLAY "$maillage" "$@" >"$work/$name.out" 2>"$work/$name.err")
  echo $? >"$work/$name.rc"
}
refused() { rc "$1" 2 && lines "$1.out" 0 && lines "$1.err" 1; } # exit 2, nothing on stdout, one line on stderr
mkdir -p "$work/odd/many" && mkfifo "$work/odd/pipe.coop" && ln -s "$work/odd/pipe.coop" "$work/odd/pipe.json"
odd zero validate /dev/zero
check "validate /dev/zero: exit 2, one line, never read" refused zero
odd zerojson validate --format json /dev/zero
check "validate --format json /dev/zero: exit 2, one line" refused zerojson
odd zerocheck format --check /dev/zero
check "format --check /dev/zero: exit 2, one line" refused zerocheck
odd zeroexport export --format json -o x.json /dev/zero
check "export /dev/zero: exit 2, one line" refused zeroexport
check "export /dev/zero: nothing written" test ! -e "$work/odd/x.json"
odd zerogen generate raci -o gen /dev/zero
check "generate raci /dev/zero: exit 2, one line" refused zerogen
odd pipe validate pipe.coop
check "validate of a named pipe: exit 2, one line, no hang" refused pipe
check "validate of a named pipe: the line says what it is" grep -q 'tube nommé' "$work/pipe.err"
odd pipeimport import pipe.json -o out.coop
check "import of a named pipe: exit 2, one line, no hang" refused pipeimport
truncate -s 3G "$work/odd/huge.coop" # sparse: a 1.5 GB file was read whole (26 s, 3.1 GB of memory)
odd huge validate huge.coop
check "validate of a 3 GB file: exit 1" rc huge 1
check "validate of a 3 GB file: FILE-TOO-LARGE from its size" grep -q FILE-TOO-LARGE "$work/huge.out"
for i in $(seq 2000); do printf 'territory T%d "t" kind area\n' "$i" >"$work/odd/many/t$i.coop"; done
mkfifo "$work/odd/many/pipe.coop" && ln -s nowhere.coop "$work/odd/many/dangling.coop" && ln -s loop.coop "$work/odd/many/loop.coop"
start=$(date +%s); odd many validate many; echo "  validate of 2,000 files: $(($(date +%s) - start)) s"
check "validate of 2,000 files, a pipe and two bad links: exit 0" rc many 0
check "validate of a folder: the pipe and the two bad links are said to be skipped" \
  test "$(grep -c FILE-SKIPPED "$work/many.out")" = 3

# Generators on the real product (POI and SODS inside Equinox); every spreadsheet opens in LibreOffice.
(cd "$top" && env -u DISPLAY "$maillage" generate raci -o "$work/gen" examples/monts-ardeche >"$work/gen.out" 2>"$work/gen.err"; echo $? >"$work/gen.rc")
check "generate raci writes csv, html, xlsx and ods per plan" bash -c "[ \"\$(cat '$work/gen.rc')\" = 0 ] && [ \$(ls '$work/gen' | wc -l) = 8 ] && [ ! -s '$work/gen.err' ]"
run importraci import "$work/gen/PlanLamastre-raci.xlsx" -o "$work/imported-lamastre.coop"
run importvalid validate "$work/imported-lamastre.coop"
check "import of the example's generated RACI xlsx: exit 0, a .coop file that validates with no error" \
  bash -c "[ \"\$(cat '$work/importraci.rc')\" = 0 ] && ! grep -qE ': (error|warning): ' '$work/importraci.err' && grep -q '^plan ' '$work/imported-lamastre.coop' && [ \"\$(cat '$work/importvalid.rc')\" = 0 ]"
run importinto import --dry-run "$work/gen/PlanLamastre-raci.xlsx" --into "$top/examples/monts-ardeche"
check "import --into the example it came from: no role changes, nothing written" \
  bash -c "[ \"\$(cat '$work/importinto.rc')\" = 0 ] && grep -q 'aucun rôle ne change' '$work/importinto.out' && git -C '$top' diff --quiet -- examples/monts-ardeche"
(cd "$top" && env -u DISPLAY "$maillage" generate finance -o "$work/fin" examples/monts-ardeche >"$work/fin.out" 2>"$work/fin.err"; echo $? >"$work/fin.rc")
check "generate finance writes <plan>-financement.csv, html, xlsx and ods per plan" bash -c "[ \"\$(cat '$work/fin.rc')\" = 0 ] && [ \$(ls '$work/fin'/*-financement.* | wc -l) = 8 ] && [ ! -s '$work/fin.err' ] && [ \"\$(head -c 3 '$work/fin/PlanValEyrieux-financement.csv' | od -An -tx1 | tr -d ' ')\" = efbbbf ]"
check "maillage generators lists finance" bash -c "env -u DISPLAY '$maillage' generators | grep -qE '^finance +Plan de financement +csv,html,xlsx,ods +org\.maillage\.generator\.finance'"
(cd "$top" && env -u DISPLAY "$maillage" generate diagram -o "$work/svg" examples/monts-ardeche >/dev/null 2>"$work/svg.err"; echo $? >"$work/svg.rc")
check "generate diagram writes a map and a who-does-what SVG and PNG per plan without a display, nothing on stderr" bash -c "[ \"\$(cat '$work/svg.rc')\" = 0 ] && [ \$(ls '$work/svg'/*.svg | wc -l) = 4 ] && [ \$(ls '$work/svg'/*.png | wc -l) = 4 ] && [ ! -s '$work/svg.err' ] && grep -q '<svg' '$work/svg/PlanLamastre-map.svg' && [ \"\$(head -c 4 '$work/svg/PlanLamastre-map.png' | tail -c 3)\" = PNG ]"
if command -v libreoffice >/dev/null 2>&1; then
  (cd "$top" && env -u DISPLAY "$maillage" generate convention --format odt,docx -o "$work/gen" examples/monts-ardeche >/dev/null 2>&1)
  for f in "$work"/gen/*.xlsx "$work"/gen/*.ods "$work"/gen/*.odt "$work"/gen/*.docx "$work"/fin/*.xlsx "$work"/fin/*.ods; do
    ext=${f##*.}
    HOME="$work" libreoffice --headless --convert-to pdf --outdir "$work/pdf-$ext" "$f" >/dev/null 2>&1
    pdf="$work/pdf-$ext/$(basename "${f%.*}").pdf"
    check "LibreOffice opens $(basename "$f") (converted to PDF)" test -s "$pdf"
    if [ "$ext" = xlsx ] || [ "$ext" = ods ]; then
      # the spreadsheets' print setup: landscape pages (width above height)
      check "$(basename "$f") prints landscape" bash -c "pdfinfo '$pdf' | awk '/^Page size:/ { exit !(\$3 > \$5) }'"
    fi
  done
else
  failed=$((failed + 1)); echo "FAILED - LibreOffice is needed to check the spreadsheets (apt-get install libreoffice-calc-nogui)"
fi

# A third-party generator dropped into the product's dropins/ folder is picked up at the next start.
product=$(dirname "$(dirname "$(ls "$top"/releng/org.maillage.product/target/products/org.maillage.product/linux/gtk/x86_64/plugins/org.eclipse.equinox.launcher_*.jar)")")
example=$(ls "$top"/examples/org.maillage.generator.example/target/org.maillage.generator.example-*.jar 2>/dev/null | grep -v sources | head -n 1)
if [ -n "$example" ]; then
  mkdir -p "$product/dropins" && cp "$example" "$product/dropins/"
  env -u DISPLAY "$maillage" generators >"$work/dropins.out" 2>&1
  check "a generator in dropins/ is listed by 'maillage generators'" grep -q '^funding-summary ' "$work/dropins.out"
  (cd "$top" && env -u DISPLAY "$maillage" generate funding-summary -o "$work/funding" examples/monts-ardeche >/dev/null 2>&1)
  check "the dropped-in generator runs" grep -q '^PlanValEyrieux;Sentiers;LEADER;48000;GAL;RegionAURA;12000' "$work/funding/funding-summary.csv"
  rm -f "$product/dropins/$(basename "$example")"
  env -u DISPLAY "$maillage" generators >"$work/nodropins.out" 2>&1
  check "removing it from dropins/ removes it" bash -c "! grep -q '^funding-summary ' '$work/nodropins.out'"
else
  failed=$((failed + 1)); echo "FAILED - the example generator jar was not built"
fi

# The workbench of the real product maps a window titled Maillage and logs no error.
if [ -n "${DISPLAY:-}" ]; then
  "$maillage" workbench -data "$work/ws" >"$work/wb.out" 2>&1 & wb=$!
  mapped=1
  for _ in $(seq 120); do
    if xwininfo -root -tree 2>/dev/null | grep -qE '"Maillage": \("Maillage" "Maillage"\) +[0-9]{3,}x[0-9]{3,}'; then mapped=0; break; fi
    sleep 0.5
  done
  sleep 3
  # Read the log while the workbench runs: what matters is what its start logged, not how a kill ends.
  cp "$work/ws/.metadata/.log" "$work/start.log" 2>/dev/null || : >"$work/start.log"
  kill "$wb" 2>/dev/null; wait "$wb" 2>/dev/null
  check "workbench maps a window titled Maillage (needs xwininfo from x11-utils)" [ $mapped = 0 ]
  check "workbench logs no error at start" bash -c "! grep -q '^!ENTRY .* 4 ' '$work/start.log'"
  grep -A12 '^!ENTRY .* 4 ' "$work/start.log" | head -n 30
  # A thread that dies of an uncaught throwable prints through the default handler, not the log.
  check "no thread of the workbench dies of an uncaught throwable" bash -c "! grep -q '^Exception in thread' '$work/wb.out'"
  grep -A8 '^Exception in thread' "$work/wb.out" | head -n 20
else
  failed=$((failed + 1)); echo "FAILED - workbench start: no DISPLAY (./mvnw starts Xvfb when it is installed)"
fi

# Crash-safe writes: SIGKILL in the middle of format and generate (MAILLAGE_KILLS times each).
bash "$(dirname "$0")/kill-test.sh" "${MAILLAGE_KILLS:-20}" >"$work/kill.out" 2>&1; killed=$?
sed 's/^/  /' "$work/kill.out"
check "SIGKILL during format and generate never leaves a cut file nor a temporary one (kill-test.sh)" [ $killed = 0 ]

# What the product writes when it must refuse or cannot: devices, full and read-only file systems, appends.
bash "$(dirname "$0")/writes-test.sh" >"$work/writes.out" 2>&1; writes=$?
sed 's/^/  /' "$work/writes.out"
check "refused and failed writes: one line, exit 2, nothing partial, nothing replaced (writes-test.sh)" [ $writes = 0 ]

# The shared hostile corpus through every generator: browser, spreadsheets, LibreOffice, paths.
bash "$(dirname "$0")/hostile-test.sh" >"$work/hostile.out" 2>&1; hostile=$?
sed 's/^/  /' "$work/hostile.out"
check "hostile titles stay text in every output (hostile-test.sh)" [ $hostile = 0 ]

# The published site in Chromium: every link, axe-core on every page, French and English alike (site-test.sh).
bash "$(dirname "$0")/site-test.sh" >"$work/site.out" 2>&1; siterc=$?
sed 's/^/  /' "$work/site.out"
check "the published example and M model: no broken link, no axe-core violation, no console error, FR = EN (site-test.sh)" [ $siterc = 0 ]

# Hostile convention templates: nothing runs, nothing is read, everything ends (template-test.sh).
bash "$(dirname "$0")/template-test.sh" >"$work/template.out" 2>&1; templates=$?
sed 's/^/  /' "$work/template.out"
check "hostile templates are refused in one line and run nothing (template-test.sh)" [ $templates = 0 ]

# Git: the semantic diff of two tags and the merge driver under a real git merge (git-test.sh).
bash "$(dirname "$0")/git-test.sh" >"$work/git.out" 2>&1; gitrc=$?
sed 's/^/  /' "$work/git.out"
check "maillage diff and the merge driver with git: clean where independent, named conflict where not (git-test.sh)" [ $gitrc = 0 ]

# Another editor: Neovim's built-in LSP client on the example (neovim-test.sh; .ci/run installs nvim).
if command -v nvim >/dev/null 2>&1; then
  bash "$(dirname "$0")/neovim-test.sh" >"$work/neovim.out" 2>&1; neovim=$?
  sed 's/^/  /' "$work/neovim.out"
  check "Neovim against maillage lsp: diagnostics, hover, quick fix, rename (neovim-test.sh)" [ $neovim = 0 ]
elif [ -n "${CI:-}" ]; then
  failed=$((failed + 1)); echo "FAILED - Neovim test: nvim is not installed (.ci/run installs it)"
else
  echo "skipped - Neovim test: nvim is not installed (.ci/run installs it)"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
