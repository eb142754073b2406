#!/usr/bin/env bash
# The merge driver with the real git command: a bare repository on this machine is the server, two
# clones (the Park, a communauté de communes) edit the example plan at the same time. Independent
# edits - even two roles on one entry line, which a line merge cannot join - merge cleanly; a value
# both changed is a named conflict, the file keeping ours; no merged file ever fails to parse.
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
if ! command -v git >/dev/null 2>&1; then
  echo "FAILED - git-test: the git command is needed for this test (Maillage itself does not need it)"; exit 1
fi
# A private Git set-up: no user or system configuration is read, an identity for the commits.
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.org \
  GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.org
mkdir -p "$HOME"
plan=monts-ardeche/plan-val-eyrieux.coop
m() { env -u DISPLAY -u WAYLAND_DISPLAY "$maillage" "$@"; }
edit() { # edit FILE FROM TO: one literal replacement
  python3 - "$1" "$2" "$3" <<'PY'
import sys
path, old, new = sys.argv[1:]
text = open(path, encoding="utf-8").read()
assert text.count(old) == 1, (path, old)
open(path, "w", encoding="utf-8").write(text.replace(old, new))
PY
}

git init -q --bare -b main "$work/server.git"
git clone -q "$work/server.git" "$work/parc" 2>/dev/null
mkdir -p "$work/parc/monts-ardeche" && cp "$top"/examples/monts-ardeche/*.coop "$work/parc/monts-ardeche/"
(cd "$work/parc" && m git-setup --command "$maillage" >"$work/setup.out" 2>&1); setup=$?
check "git-setup exits 0 and writes the attributes line" bash -c "[ $setup = 0 ] && grep -qx '\*.coop merge=maillage' '$work/parc/.gitattributes'"
check "git-setup registers the driver in the repository's configuration" \
  bash -c "git -C '$work/parc' config merge.maillage.driver | grep -q ' merge --name %P %O %A %B -o %A$'"
(cd "$work/parc" && git checkout -q -b main && git add -A && git commit -qm "Plan voté" && git tag v2025-votee \
  && git push -q origin main --tags) 2>/dev/null
git clone -q "$work/server.git" "$work/cc" 2>/dev/null
(cd "$work/cc" && m git-setup --command "$maillage" >/dev/null 2>&1)

# Independent edits, two of them on the same line.
edit "$work/parc/$plan" "Pilotage: A CCVE, R PNR, C ChambreAgri" "Pilotage: A CCVE, R PNR, I ChambreAgri"
(cd "$work/parc" && git commit -qam "Parc : la Chambre est informée" && git push -q origin main) 2>/dev/null
edit "$work/cc/$plan" "Pilotage: A CCVE, R PNR, C ChambreAgri" "Pilotage: A/R CCVE, R PNR, C ChambreAgri"
edit "$work/cc/$plan" "funding LEADER 48000 EUR" "funding LEADER 45000 EUR"
(cd "$work/cc" && git commit -qam "CC : pilotage A/R, LEADER revu" && git pull -q --no-rebase --no-edit origin main \
  >"$work/pull1.out" 2>&1); pull1=$?
check "git pull with independent edits (one line edited on both sides) merges without conflict" [ $pull1 = 0 ]
check "the merged entry holds both edits" grep -q "Pilotage: A/R CCVE, R PNR, I ChambreAgri$" "$work/cc/$plan"
check "the other edit is kept" grep -q "funding LEADER 45000 EUR" "$work/cc/$plan"
(cd "$work/cc" && m validate monts-ardeche >"$work/validate1.out" 2>&1); v1=$?
check "the merged model validates (exit 0)" [ $v1 = 0 ]

# A true conflict: both change the same amount.
(cd "$work/cc" && git push -q origin main) 2>/dev/null
(cd "$work/parc" && git pull -q --no-rebase --no-edit origin main) >/dev/null 2>&1
edit "$work/parc/$plan" "funding LEADER 45000 EUR" "funding LEADER 51000 EUR"
(cd "$work/parc" && git commit -qam "Parc : LEADER 51000" && git push -q origin main) 2>/dev/null
edit "$work/cc/$plan" "funding LEADER 45000 EUR" "funding LEADER 42000 EUR"
(cd "$work/cc" && git commit -qam "CC : LEADER 42000" && git pull --no-rebase --no-edit origin main >"$work/pull2.out" 2>&1); pull2=$?
check "git pull with one amount changed on both sides stops on a conflict" [ $pull2 != 0 ]
check "the conflict names the element, the feature and both values" \
  grep -q "funding LEADER : amount modifié des deux côtés : gardé 42000 (la nôtre), écarté 51000 (la leur)" "$work/pull2.out"
check "the conflicted file keeps ours and has no conflict markers" \
  bash -c "grep -q 'funding LEADER 42000 EUR' '$work/cc/$plan' && ! grep -qE '^(<<<<<<<|=======|>>>>>>>)' '$work/cc/$plan'"
check "the conflicts are written as JSON beside the file" grep -q '"kind": "both-changed"' "$work/cc/$plan.conflicts"
(cd "$work/cc" && m validate monts-ardeche >"$work/validate2.out" 2>&1)
check "the conflicted file still parses" bash -c "! grep -qE 'SYNTAX|LINK' '$work/validate2.out'"

# What changed since the voted version, read from the tags with JGit.
(cd "$work/cc" && git checkout -q -- . 2>/dev/null; git merge --abort 2>/dev/null; m diff v2025-votee HEAD monts-ardeche >"$work/diff.out" 2>&1); d=$?
check "maillage diff v2025-votee HEAD: exit 1 (changes)" [ $d = 1 ]
check "the diff says who does what changed" grep -qx "\* PlanValEyrieux/Circuits/Pilotage : CCVE : A → A/R" "$work/diff.out"
check "diff and the merge driver print no logging noise (SLF4J) on stderr" \
  bash -c "! grep -q SLF4J '$work/diff.out' '$work/pull1.out' '$work/pull2.out'"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
