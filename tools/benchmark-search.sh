#!/usr/bin/env bash
# Search benchmark: BudgetSiteGen's index against Pagefind's, side by side in one run, over the same
# built HTML of N synthetic department-years. Usage: tools/benchmark-search.sh N [WORKDIR]
# Needs: the .NET SDK, Debian's chromium and GNU time (apt-get install chromium time), Node.js and npm
# (Pagefind is installed from npm into WORKDIR as a reference only; BudgetSiteGen never needs Node).
set -euo pipefail
n=${1:?usage: benchmark-search.sh N [WORKDIR]}
work=${2:-$(mktemp -d)}
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
dotnet build "$repo/src/BudgetSiteGen.Cli" -c Release -v q >/dev/null
dotnet build "$repo/tools/BudgetSiteGen.Synthetic" -c Release -v q >/dev/null
dotnet build "$repo/tools/BudgetSiteGen.Benchmarks" -c Release -v q >/dev/null
[ -x "$work/pf/node_modules/.bin/pagefind" ] || (mkdir -p "$work/pf" && cd "$work/pf" && npm init -y >/dev/null && npm install --silent pagefind@1.6.0)

content="$work/content-$n"; site="$work/site-$n"
rm -rf "$content" "$site"
dotnet "$repo/tools/BudgetSiteGen.Synthetic/bin/Release/net10.0/synthesize.dll" --count "$n" --seed 7 --from "$repo/content" --out "$content"

measure() { # label, command…: wall time and peak memory of one command
  local label=$1; shift
  /usr/bin/time -f "$label	%e s	%M KB peak" "$@" > "$work/$label.log" 2> "$work/$label.time" || { cat "$work/$label.log" "$work/$label.time"; exit 1; }
  tail -n 1 "$work/$label.time"
}

# BudgetSiteGen builds the whole site, search index included; Pagefind indexes that built HTML afterwards.
measure budgetsitegen-build dotnet "$repo/src/BudgetSiteGen.Cli/bin/Release/net10.0/budgetsitegen.dll" build --content "$content" --output "$site" --themes "$repo/themes"
if measure pagefind-index "$work/pf/node_modules/.bin/pagefind" --site "$site"; then pagefind=yes; else pagefind=no; fi

echo "index size: budgetsitegen $(du -sb "$site/search" | cut -f1) bytes in $(find "$site/search" -type f | wc -l) files"
[ "$pagefind" = yes ] && echo "index size: pagefind $(du -sb "$site/pagefind" | cut -f1) bytes in $(find "$site/pagefind" -type f | wc -l) files"
for q in "残疾儿童 康复" "2081104"; do
  dotnet "$repo/tools/BudgetSiteGen.Benchmarks/bin/Release/net10.0/query-bytes.dll" "$site" budgetsitegen "$q" | head -n 1
  [ "$pagefind" = yes ] && dotnet "$repo/tools/BudgetSiteGen.Benchmarks/bin/Release/net10.0/query-bytes.dll" "$site" pagefind "$q" | head -n 1
done
