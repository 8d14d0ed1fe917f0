#!/usr/bin/env bash
# Makes what a user installs: the .NET tool package (dotnet tool install) and self-contained single-file
# executables for linux-x64 and win-x64, which need no .NET on the machine they run on. All carry the
# default theme. Usage: tools/package.sh [DIST]   (DIST defaults to dist/)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dist=${1:-$repo/dist}
mkdir -p "$dist"
dist=$(cd "$dist" && pwd)
cli="$repo/src/BudgetSiteGen.Cli"

dotnet pack "$cli" -c Release -o "$dist" -p:ContinuousIntegrationBuild=true
for rid in linux-x64 win-x64; do
    dotnet publish "$cli" -c Release -r "$rid" --self-contained \
        -p:PublishSingleFile=true -p:DebugType=none -o "$dist/$rid"
done

echo "tool package:  $(ls "$dist"/BudgetSiteGen.*.nupkg)"
echo "  install:     dotnet tool install BudgetSiteGen --tool-path DIR --add-source $dist"
echo "executables:   $dist/linux-x64/budgetsitegen  $dist/win-x64/budgetsitegen.exe"
