#!/usr/bin/env bash
# Runs every test of BudgetSiteGen. Installs what the tests need first (the browser for the
# browser tests), so it works on a fresh machine that has only the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/install-test-dependencies.sh

# Layout first. The build enforces every code-style and analyzer rule of .editorconfig as an error, so what only
# the formatter sees is whitespace; checked over the files as they are, it needs no build and takes seconds.
dotnet format whitespace --folder --verify-no-changes .

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test BudgetSiteGen.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line over all test assemblies, for people and CI logs alike.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | paste -sd+ - | bc)
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | paste -sd+ - | bc)
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
if [ "${passed:-0}" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
