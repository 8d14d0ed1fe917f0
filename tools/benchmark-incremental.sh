#!/usr/bin/env bash
# Incremental-build benchmark: a full build of N synthetic department-years (with the build cache), then a
# rebuild with nothing changed, then a rebuild after one department-year file changed, and the ratio of
# each rebuild to the full build. Usage: tools/benchmark-incremental.sh N [WORKDIR]   (WORKDIR: bench-work/)
# Needs: the .NET SDK and GNU time (apt-get install time).
set -euo pipefail
n=${1:?usage: benchmark-incremental.sh N [WORKDIR]}
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=benchmark-deletions.sh
. "$repo/tools/benchmark-deletions.sh"
work=${2:-$repo/bench-work}
mkdir -p "$work"
work=$(cd "$work" && pwd)
for project in src/BudgetSiteGen.Cli tools/BudgetSiteGen.Synthetic; do
  dotnet build "$repo/$project" -c Release -v q >/dev/null
done
bsg=(dotnet "$repo/src/BudgetSiteGen.Cli/bin/Release/net10.0/budgetsitegen.dll")

content="$work/incremental-content-$n"; site="$work/incremental-site-$n"
rm -rf "$content" "$site" "$work/.incremental-site-$n.cache" "$work"/incremental-*.time
deleted_now
dotnet "$repo/tools/BudgetSiteGen.Synthetic/bin/Release/net10.0/synthesize.dll" --count "$n" --seed 7 --from "$repo/content" --out "$content"

# Written pages wait in memory to be flushed to disk; without a flush between runs, one run's write-back
# throttles the next. The page cache is kept: a rebuild normally follows an edit on a warm machine.
settle() { sync; }
measure() { # label, command…: wall seconds and peak KB of one command into $work/incremental-label.time
  local label=$1; shift
  settle
  /usr/bin/time -f "%e %M" -o "$work/incremental-$label.time" "$@" > "$work/incremental-$label.log" 2>&1 || { tail -n 20 "$work/incremental-$label.log"; exit 1; }
  echo "$label: $(cat "$work/incremental-$label.time") (wall s, peak KB) — $(tail -n 1 "$work/incremental-$label.log")"
}
build=("${bsg[@]}" build --content "$content" --output "$site" --themes "$repo/themes")

wait_for_deletions
measure full "${build[@]}"
measure no-change "${build[@]}"
# One department-year changes: a word of its 概况, as a correction would.
file=$(find "$content/reports" -name '*.yaml' | sort | sed -n 1p)
sed -i '0,/协助/s//负责协助/' "$file"
measure one-file "${build[@]}"
grep -rl '负责协助' "$site" --include=profile.html | head -n 1 | sed 's/^/changed page: /'

read -r full _ < "$work/incremental-full.time"
for label in no-change one-file; do
  read -r wall _ < "$work/incremental-$label.time"
  awk -v l="$label" -v w="$wall" -v f="$full" 'BEGIN { printf "%-10s %7.2f s = %5.1f%% of the full build (%.1f s)\n", l, w, 100 * w / f, f }'
done
