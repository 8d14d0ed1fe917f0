#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK: Debian's Chromium (Playwright drives it; its own
# browser download cannot be used), CJK fonts so Chinese text renders in screenshots, bc for run.sh, and
# Python's openpyxl, the independent reader the tests open exported workbooks with.
# Only what is missing is installed. Each check reads its answer into a variable: a pipe into `grep -q`
# would, under pipefail, fail whenever grep stops reading early and the writer dies of SIGPIPE, and the
# fonts would count as missing although they are installed.
set -euo pipefail

installed() {
  local status
  status=$(dpkg-query --show --showformat='${Status}' "$1" 2>/dev/null || true)
  [ "$status" = "install ok installed" ]
}

has_cjk_font() {
  local families
  families=$(fc-list : family 2>/dev/null || true)
  [[ "$families" == *"Noto Sans CJK"* ]]
}

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
has_cjk_font || installed fonts-noto-cjk || need+=(fonts-noto-cjk)
command -v bc >/dev/null 2>&1 || need+=(bc)
# Debian's own interpreter, where the package installs (a python3 earlier on PATH may be another one).
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
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
