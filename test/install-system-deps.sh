#!/usr/bin/env bash
# Installs what the tests need outside npm, from Debian's packages (Debian 12, UOS, Kylin):
# Chromium for UI and HTML tests, CJK fonts, LibreOffice and poppler to render Word exports (and
# Calc to write .xls ledgers),
# and Java for the W3C HTML validator. Needs root (or sudo); does nothing when all are present;
# stops with the reason, and exit status 1, when an install step fails or something is still
# missing afterwards.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

# The Debian package for each missing piece, one per line.
missing() {
  [ -x "$chromium" ] || echo chromium
  command -v fc-list >/dev/null || echo fontconfig
  # grep -c reads all of fc-list's output: grep -q would close the pipe early, and pipefail fail it.
  fc-list 2>/dev/null | grep -c 'Noto Sans CJK' >/dev/null || echo fonts-noto-cjk
  command -v soffice >/dev/null || echo libreoffice-writer-nogui
  # Calc converts the ledger tests' .xlsx to Excel 97-2003 .xls (test/ledgerFixtures.ts).
  ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 || echo libreoffice-calc-nogui
  { command -v pdftotext && command -v pdftoppm && command -v pdfinfo; } >/dev/null || echo poppler-utils
  command -v java >/dev/null || echo default-jre-headless
}

mapfile -t packages < <(missing)
if [ ${#packages[@]} -eq 0 ]; then
  echo "system packages for the tests: all present"
  exit 0
fi
echo "installing: ${packages[*]}"

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "需要 root 权限才能安装 ${packages[*]}：请以 root 运行 bash test/install-system-deps.sh" >&2
    echo "FAILED: root is needed to install ${packages[*]}: run bash test/install-system-deps.sh as root" >&2
    exit 1
  fi
  as_root=(sudo)
fi

# apt's output is shown only when a step fails, then in full.
step() {
  local log
  log="$(mktemp)"
  if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "FAILED: $* — the test dependencies (${packages[*]}) are not installed" >&2
    exit 1
  fi
  rm -f "$log"
}
step apt-get update
step apt-get install -y --no-install-recommends "${packages[@]}"

mapfile -t still < <(missing)
if [ ${#still[@]} -gt 0 ]; then
  echo "FAILED: still missing after installing: ${still[*]} (Chromium is looked for at $chromium; set CHROMIUM_PATH for another place)" >&2
  exit 1
fi
echo "installed: ${packages[*]}"
