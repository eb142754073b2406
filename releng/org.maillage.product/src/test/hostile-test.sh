#!/usr/bin/env bash
# Runs every generator of the real product on the shared hostile corpus (reliability/hostile) and checks
# that each title stays text: HTML and SVG outputs loaded in headless Chromium run no script; no spreadsheet
# cell is a formula (and LibreOffice reads the formula-like titles back as text); Markdown carries no raw
# HTML nor link; every document opens in LibreOffice and prints the titles as written; nothing is written
# outside the output folder. Prints "ok"/"FAILED" lines; exits 1 on any failure.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../../.." && pwd)
maillage="$top/maillage"
corpus="$top/reliability/hostile"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() { # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then echo "ok - hostile corpus: $name"; else failed=$((failed + 1)); echo "FAILED - hostile corpus: $name"; fi
}
for tool in chromium libreoffice pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "FAILED - hostile corpus: $tool is needed (see .ci/run)"; exit 1; }
done

# Every run from an empty working folder inside a box: afterwards the box holds the output folder only.
box="$work/box"; out="$box/out"; site="$box/site"; mkdir -p "$box/cwd"
run() { (cd "$box/cwd" && env -u DISPLAY "$maillage" "$@") >>"$work/runs.out" 2>>"$work/runs.err"; }
run validate "$corpus"; validated=$?
check "the corpus is a valid model (validate exits 0, no error nor warning)" \
  bash -c "[ $validated = 0 ] && ! grep -qE ': (error|warning): ' '$work/runs.out'"
run generate raci -o "$out" "$corpus"; raci=$?
run generate convention --format odt,docx,md -o "$out" "$corpus"; convention=$?
run generate diagram -o "$out" "$corpus"; diagram=$?
run publish --documents -o "$site" "$corpus"; publish=$?
check "raci, convention and diagram generators and publish succeed and write nothing on stderr" \
  bash -c "[ $raci$convention$diagram$publish = 0000 ] && [ ! -s '$work/runs.err' ]"
check "command output holds no terminal escape from a title" bash -c "! grep -q $'\x1b' '$work/runs.out' '$work/runs.err'"
check "nothing written outside the output folder (no sub-folder, nothing beside it, nothing in /tmp)" \
  bash -c "[ -z \"\$(find '$box' -mindepth 1 -not -path '$out' -not -path '$out/*' -not -path '$site' -not -path '$site/*' -not -path '$box/cwd')\" ] \
    && [ -z \"\$(find '$out' '$site' -mindepth 1 -not -type f)\" ] && [ ! -e /tmp/maillage-escape ]"
check "every generator's documents are there (RACI ×4, 25 conventions ×3, 2 pictures ×2: SVG and PNG)" \
  bash -c "[ \$(ls '$out' | wc -l) = 83 ] && [ \$(ls '$out'/*.png | wc -l) = 2 ]"

# HTML and SVG in a real browser: no payload runs. The control page proves the check sees one that does.
chrome() { # chrome FILE DOM: the DOM after loading FILE, scripts and image errors given time to run
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --user-data-dir="$work/chrome" \
    --virtual-time-budget=3000 --dump-dom "file://$1" >"$2" 2>/dev/null
}
printf '%s' "<html><head><title>t</title></head><body><img src=x onerror=\"document.title='PWNED-control'\"></body></html>" >"$work/cwd-control.html"
chrome "$work/cwd-control.html" "$work/control.dom"
check "the browser check detects a payload that runs (control page)" \
  bash -c "! python3 '$here/hostile-check.py' dom '$work/control.dom' >/dev/null"
for f in "$out"/*.html "$out"/*.svg; do chrome "$f" "$work/$(basename "$f").dom"; done
check "HTML and SVG loaded in Chromium: no script element, event attribute or javascript: URL, no payload ran" \
  python3 "$here/hostile-check.py" dom "$work"/*.html.dom "$work"/*.svg.dom
# Every page and picture of the published site, the same way.
mkdir -p "$work/site-dom"
for f in "$site"/*.html "$site"/*.svg; do chrome "$f" "$work/site-dom/$(basename "$f").dom"; done
check "published site: every page ($(ls "$site"/*.html 2>/dev/null | wc -l)) and picture loaded in Chromium, no payload ran" \
  bash -c "[ \$(ls '$site'/*.html | wc -l) -gt 20 ] && python3 '$here/hostile-check.py' dom '$work'/site-dom/*.dom"

# Spreadsheets: no formula cell; LibreOffice reads the formula-like titles back as text.
mkdir -p "$work/lo-xlsx" "$work/lo-ods"
HOME="$work" libreoffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' --outdir "$work/lo-xlsx" "$out"/*.xlsx >/dev/null 2>&1
HOME="$work" libreoffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' --outdir "$work/lo-ods" "$out"/*.ods >/dev/null 2>&1
for f in "$work"/lo-*/*.csv; do mv "$f" "${f%.csv}.$(basename "$(dirname "$f")").lo.csv"; done
check "spreadsheets: no formula cell; CSV fields never start like a formula; LibreOffice reads =1+1 as text" \
  bash -c "ls '$work'/lo-*/*.lo.csv >/dev/null 2>&1 && python3 '$here/hostile-check.py' sheets '$out'/*.xlsx '$out'/*.ods '$out'/*.csv '$work'/lo-*/*.lo.csv"
check "Markdown: no raw HTML, no link, no control character" python3 "$here/hostile-check.py" markdown "$out"/*.md

# Every document opens in LibreOffice; printed, the titles read as written (no template expression ran).
missing=""
for ext in xlsx ods odt docx; do
  HOME="$work" libreoffice --headless --convert-to pdf --outdir "$work/pdf-$ext" "$out"/*."$ext" >/dev/null 2>&1
  for f in "$out"/*."$ext"; do
    [ -s "$work/pdf-$ext/$(basename "${f%.*}").pdf" ] || missing="$missing $(basename "$f")"
  done
done
check "LibreOffice opens every document (converted to PDF)${missing:+, not:$missing}" [ -z "$missing" ]
for case in Script Template FormulaEq Markup; do
  for ext in odt docx; do
    pdftotext "$work/pdf-$ext/C$case.pdf" "$work/C$case.$ext.txt" 2>/dev/null
    check "C$case.$ext printed by LibreOffice shows its title as written" \
      python3 "$here/hostile-check.py" pdftext "$case" "$work/C$case.$ext.txt"
  done
done
[ "$failed" = 0 ]
