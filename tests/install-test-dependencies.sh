#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK: Debian's Chromium (Playwright drives it; its own
# browser download cannot be used) and CJK fonts so Chinese text renders in screenshots.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
command -v bc >/dev/null 2>&1 || need+=(bc)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need: ${need[*]}. Install them (apt-get install ${need[*]}) or run as root." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
