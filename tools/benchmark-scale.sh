#!/usr/bin/env bash
# Scale benchmark, side by side in one run at N synthetic department-years: the whole-site build (time, peak
# memory), the largest listing pages, the bytes a reader's browser downloads for common and rare queries (all
# JavaScript included), then adding one report and removing it again, each an incremental build, against the
# full build. Usage: tools/benchmark-scale.sh N [WORKDIR]   (WORKDIR: bench-work/)
# Needs: the .NET SDK, GNU time and Debian's chromium (apt-get install time chromium).
set -euo pipefail
n=${1:?usage: benchmark-scale.sh N [WORKDIR]}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${2:-$repo/bench-work}
mkdir -p "$work"
work=$(cd "$work" && pwd)
for project in src/BudgetSiteGen.Cli tools/BudgetSiteGen.Synthetic tools/BudgetSiteGen.Benchmarks; do
  dotnet build "$repo/$project" -c Release -v q >/dev/null
done
bsg=(dotnet "$repo/src/BudgetSiteGen.Cli/bin/Release/net10.0/budgetsitegen.dll")
synthesize=(dotnet "$repo/tools/BudgetSiteGen.Synthetic/bin/Release/net10.0/synthesize.dll")

content="$work/scale-content-$n"; more="$work/scale-content-$n-plus-one"; site="$work/scale-site-$n"
rm -rf "$content" "$more" "$site" "$work/.scale-site-$n.cache" "$work"/scale-*.time
"${synthesize[@]}" --count "$n" --seed 7 --from "$repo/content" --out "$content"
# The same seed with one more department-year writes the same files and one more: the report to add.
"${synthesize[@]}" --count "$((n + 1))" --seed 7 --from "$repo/content" --out "$more"
added=$(cd "$more" && find reports -type f | sort > "$work/scale-more.list" && cd "$content" && find reports -type f | sort | comm -13 - "$work/scale-more.list")
echo "report to add: $added"

measure() { # label, command…: wall seconds and peak KB of one command into $work/scale-label.time
  local label=$1; shift
  sync
  /usr/bin/time -f "%e %M" -o "$work/scale-$label.time" "$@" > "$work/scale-$label.log" 2>&1 || { tail -n 20 "$work/scale-$label.log"; exit 1; }
  read -r wall peak < "$work/scale-$label.time"
  echo "$label: ${wall} s, peak $((peak / 1024)) MB — $(tail -n 1 "$work/scale-$label.log")"
}
build=("${bsg[@]}" build --content "$content" --output "$site" --themes "$repo/themes")

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the full build"
measure full "${build[@]}"

echo "largest pages that list (bytes):"
ls -l "$site/index.html" "$site/search.html" "$site/checks.html" | awk '{ print "  " $5, $9 }'
find "$site" -maxdepth 2 -name index.html -path "$site/*/index.html" -printf '%s %p\n' | sort -n | tail -n 1 | sed 's/^/  largest jurisdiction page: /'
find "$site/sitemap" -name '*.html' -printf '%s %p\n' | sort -n | tail -n 1 | sed 's/^/  largest sitemap page: /'
for folder in checks disclosure compare; do
  find "$site/$folder" -name '*.html' -printf '%s %p\n' 2>/dev/null | sort -n | tail -n 1 | sed "s/^/  largest $folder page: /"
done
find "$site" -maxdepth 1 -name '*.html' -printf '%s %p\n' | sort -n | tail -n 1 | sed 's/^/  largest page at the root: /'
find "$site/search/l" -name '*.js' -printf '%s %p\n' | sort -n | tail -n 1 | sed 's/^/  largest packed list: /'
find "$site/search/t" -name '*.js' -printf '%s %p\n' | sort -n | tail -n 1 | sed 's/^/  largest shard: /'

echo "bytes per query (every response but the HTML page and its stylesheet):"
# Common words, a 7-digit and a 3-digit code, then rare ones: one county's name (its own pages only) and two words of one card.
county=$(sed -n 's/.*name: \([^,]*县\),.*/\1/p' "$content/jurisdictions.yaml" | sed -n 1p)
for q in 三公经费 "三公 经费" 机关运行经费 项目支出 一般公共预算 残疾人 "残疾儿童 康复" 2081104 208 "$county" "精神病 住院"; do
  { dotnet "$repo/tools/BudgetSiteGen.Benchmarks/bin/Release/net10.0/query-bytes.dll" "$site" budgetsitegen "$q" || echo "query failed: $q"; } | head -n 1 | sed 's/^/  /'
done

cp "$more/$added" "$content/$added"
measure add-one "${build[@]}"
rm "$content/$added"
measure remove-one "${build[@]}"

read -r full _ < "$work/scale-full.time"
for label in add-one remove-one; do
  read -r wall _ < "$work/scale-$label.time"
  awk -v l="$label" -v w="$wall" -v f="$full" 'BEGIN { printf "%-10s %7.2f s = %5.1f%% of the full build (%.1f s)\n", l, w, 100 * w / f, f }'
done
