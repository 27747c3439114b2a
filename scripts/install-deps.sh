#!/usr/bin/env bash
# Installs what Rapport needs to build and run on Debian 12 (as root).
# With --test, also what the tests need: the PostgreSQL server, the SMTP sink,
# Chromium and the npm packages that drive it (in tests/browser/node_modules),
# clang with libFuzzer for the fuzz targets, and the English word lists the
# screener's spelling file is checked against.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

packages=(
  build-essential cmake pkg-config git ca-certificates
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libpq-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libkainjow-mustache-dev
  libcli11-dev libspdlog-dev libfmt-dev libtomlplusplus-dev libsodium-dev libcurl4-openssl-dev libstemmer-dev
  libxml2-dev libzip-dev zlib1g-dev
)
if [ "$want_test" = 1 ]; then
  packages+=(googletest libgtest-dev libgmock-dev libbenchmark-dev postgresql-15 python3-aiosmtpd chromium wrk
             clang libclang-rt-14-dev wamerican-large wbritish-large)
  # Node.js may come from elsewhere (NodeSource ships npm inside nodejs): only ask Debian when absent.
  command -v node > /dev/null || packages+=(nodejs)
  command -v npm > /dev/null || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q -o DPkg::Lock::Timeout=900 --no-install-recommends "${missing[@]}"
fi

if [ "$want_test" = 1 ] && [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "Installing the browser test's npm packages"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
