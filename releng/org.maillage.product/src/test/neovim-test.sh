#!/usr/bin/env bash
# Neovim's built-in LSP client against the product's `maillage lsp` on the reference example
# (issue #22): diagnostics with their code and source, hover, a quick fix as a code action, rename
# refused and done. Needs nvim (installed by .ci/run). Prints one line per check; exits 1 on failure.
set -uo pipefail
top=$(cd "$(dirname "$0")/../../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() { # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then echo "ok - $name"; else failed=1; echo "FAILED - $name"; fi
}
has() { grep -qE "$1" "$work/result.tsv"; }

cp -r "$top/examples/monts-ardeche" "$work/coop"
# A misspelt actor in the Lamastre plan: the quick fix must put the declared name back.
sed -i '0,/I Departement/s//I Departemnt/' "$work/coop/plan-lamastre.coop"
grep -q 'I Departemnt' "$work/coop/plan-lamastre.coop" || { echo "FAILED - the example changed: no 'I Departement' to misspell"; exit 1; }

MAILLAGE="$top/maillage" COOP_FOLDER="$work/coop" NVIM_RESULT="$work/result.tsv" \
  timeout 300 env -u DISPLAY nvim --headless --clean -c "luafile $(dirname "$0")/neovim-test.lua" \
  >"$work/nvim.out" 2>&1
touch "$work/result.tsv"
sed 's/^/  | /' "$work/result.tsv"

check "Neovim ends its session without a Lua error" has $'^done\tok$'
check "diagnostics carry the rule code and source maillage" has $'^diagnostic\tLINK-UNRESOLVED maillage '
check "hover on an actor shows its title" has $'^hover\t.*Communauté de communes du Pays de Lamastre'
check "the first code action replaces the misspelt actor by the declared one" has $'^action\tRemplacer par « Departement »'
check "applying it puts the declared name back" has $'^after-action\t.*I Departement$'
check "no LINK-UNRESOLVED left once the quick fix is applied" has $'^unresolved-left\t0$'
check "rename onto an existing name is refused with a message" bash -c "grep -P '^rename-refused\t' '$work/result.tsv' | grep -vq 'accepted'"
check "rename renames the action" has $'^renamed\ttrue$'
[ "$failed" = 0 ]
