#!/usr/bin/env bash
# Build benchmark: BudgetSiteGen against Hugo rendering the same pages — every table page (预算公开表1–13) of
# N synthetic department-years — from an equivalent layout, side by side in one run, then a check that both
# wrote the same tables. Usage: [RUNS=3] tools/benchmark-build.sh N [WORKDIR] [yaml|json]
# WORKDIR defaults to bench-work/; the content is written as YAML (the default) or JSON, both the project's
# own data format (Hugo always reads JSON front matter). Each tool runs RUNS times (default 3), the two
# alternating, each run into a folder of its own; the table reports the median run of each.
# Needs: the .NET SDK, Debian's hugo (0.111.3) and GNU time (apt-get install hugo time).
set -euo pipefail
n=${1:?usage: benchmark-build.sh N [WORKDIR] [yaml|json]}
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=benchmark-deletions.sh
. "$repo/tools/benchmark-deletions.sh"
work=${2:-$repo/bench-work}
format=${3:-yaml}
runs=${RUNS:-3}
case $format in yaml|json) ;; *) echo "format must be yaml or json" >&2; exit 2 ;; esac
mkdir -p "$work"
work=$(cd "$work" && pwd)
for project in src/BudgetSiteGen.Cli tools/BudgetSiteGen.Synthetic tools/BudgetSiteGen.HugoReference; do
  dotnet build "$repo/$project" -c Release -v q >/dev/null
done
bsg=(dotnet "$repo/src/BudgetSiteGen.Cli/bin/Release/net10.0/budgetsitegen.dll")
reference=(dotnet "$repo/tools/BudgetSiteGen.HugoReference/bin/Release/net10.0/hugo-reference.dll")
hugo version

content="$work/content-$format-$n"; hugo_site="$work/hugo-site-$format-$n"
ours="$work/tables-$format-$n"; theirs="$work/hugo-public-$format-$n"; full="$work/site-$format-$n"
rm -rf "$content" "$hugo_site" "$ours"-* "$theirs"-* "$full" "$work/median-"* "$work"/build-*.time
deleted_now
dotnet "$repo/tools/BudgetSiteGen.Synthetic/bin/Release/net10.0/synthesize.dll" --count "$n" --seed 7 --from "$repo/content" --format "$format" --out "$content"

# Written pages wait in memory to be flushed to disk; without a flush between runs, one run's write-back
# throttles the next. Dropping the page cache (as root) also makes every run start equally cold.
settle() { sync; [ -w /proc/sys/vm/drop_caches ] && echo 3 > /proc/sys/vm/drop_caches || true; }
measure() { # label, command…: wall seconds and peak KB of one command into $work/build-label.time
  local label=$1; shift
  settle
  if /usr/bin/time -f "%e %M" -o "$work/build-$label.time" "$@" > "$work/build-$label.log" 2>&1; then
    echo "$label: $(tail -n 1 "$work/build-$label.time") (wall s, peak KB)"
  else
    echo "$label FAILED: $(cat "$work/build-$label.time")"; tail -n 20 "$work/build-$label.log"; return 1
  fi
}
pages() { find "$1"/ -name '*.html' | wc -l; }

# Preparation, not part of the comparison: the same data as Hugo content files with JSON front matter.
measure prepare-hugo-site "${reference[@]}" site --content "$content" --out "$hugo_site" --themes "$repo/themes" || exit 1
tail -n 1 "$work/build-prepare-hugo-site.log"

# (a) and (b) render the same page set; (c), the whole site, is for information. No build cache is reused.
# Hugo may run out of memory on a large N; its failure is reported and the other builds still run.
wait_for_deletions
# Hugo holds every page in memory; on a large N it is stopped at 20 GB, before the machine runs out.
( while sleep 2; do rss=$(ps -o rss= -C hugo | sort -n | tail -n 1 || true); [ "${rss:-0}" -gt 20000000 ] && pkill -TERM -x hugo; done ) &
watchdog=$!
hugo=ok
for run in $(seq 1 "$runs"); do
  measure "budgetsitegen-tables-$run" "${bsg[@]}" build --only tables --content "$content" --output "$ours-$run" --themes "$repo/themes" || exit 1
  if ! measure "hugo-$run" hugo --quiet -s "$hugo_site" -d "$theirs-$run"; then hugo=failed; mkdir -p "$theirs-$run"; break; fi
done
kill "$watchdog" 2>/dev/null || true
measure budgetsitegen-full "${bsg[@]}" build --no-cache --content "$content" --output "$full" --themes "$repo/themes" || exit 1

median() { # label: the run of that label with the median wall time, as "wall peak-KB run"
  for f in "$work/build-$1"-*.time; do echo "$(tail -n 1 "$f") ${f##*-}"; done | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }' | sed 's/\.time$//'
}
for label in budgetsitegen-tables hugo; do
  read -r wall kb run < <(median "$label")
  echo "$wall $kb" > "$work/build-$label.time"
  ln -sfn "$( [ "$label" = hugo ] && echo "$theirs" || echo "$ours")-$run" "$work/median-$label"
  echo "$label: median of $(ls "$work/build-$label"-*.time | wc -l) runs is run $run"
done
ours="$work/median-budgetsitegen-tables"; theirs="$work/median-hugo"

row() { # label, output folder
  read -r wall kb < <(tail -n 1 "$work/build-$1.time")
  awk -v l="$1" -v p="$(pages "$2")" -v w="$wall" -v k="$kb" 'BEGIN { printf "%-22s %9d %9.1f %9.0f %9.0f\n", l, p, w, (w > 0 ? p / w : 0), k / 1024 }'
}
echo
printf "%-22s %9s %9s %9s %9s\n" tool pages "wall s" pages/s "peak MB"
row budgetsitegen-tables "$ours"
row hugo "$theirs"
row budgetsitegen-full "$full"
if [ "$hugo" = failed ]; then echo "Hugo did not finish: its row is up to where it stopped"; exit 1; fi
read -r bsg_wall bsg_kb < "$work/build-budgetsitegen-tables.time"
read -r hugo_wall hugo_kb < "$work/build-hugo.time"
awk -v a="$bsg_wall" -v b="$hugo_wall" -v c="$bsg_kb" -v d="$hugo_kb" 'BEGIN { printf "Hugo / BudgetSiteGen: time %.2f, peak memory %.2f\n\n", b / a, d / c }'

"${reference[@]}" compare --ours "$ours" --hugo "$theirs"
