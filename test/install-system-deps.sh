#!/usr/bin/env bash
# Installs what the tests need outside npm, from Debian's packages (Debian, UOS, Kylin):
# Chromium for UI and HTML tests, CJK fonts, LibreOffice and poppler to render Word exports,
# and Java for the W3C HTML validator. Needs root; does nothing when all are present.
set -euo pipefail

packages=()
command -v chromium >/dev/null || packages+=(chromium)
# grep -c reads all of fc-list's output: grep -q would close the pipe early, and pipefail fail it.
fc-list 2>/dev/null | grep -c 'Noto Sans CJK' >/dev/null || packages+=(fonts-noto-cjk)
command -v soffice >/dev/null || packages+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || packages+=(poppler-utils)
command -v java >/dev/null || packages+=(default-jre-headless)

if [ ${#packages[@]} -eq 0 ]; then
  echo "system packages for the tests: all present"
  exit 0
fi
echo "installing: ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
