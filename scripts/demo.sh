#!/usr/bin/env bash
# Sets everything up and serves the demo site on SQLite at http://127.0.0.1:8080.
# The first start creates data/rapport.db and fills it with the demo site;
# later starts reuse it, brought up to date with this checkout's schema. Stop
# with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh -DRAPPORT_BUILD_TESTS=OFF -DRAPPORT_BUILD_BENCH=OFF
# The demo's own database follows this checkout's schema (a real site decides
# when to migrate, after a backup: see `rapport migrate`).
if [[ -z "${RAPPORT_DB:-}" && -f data/rapport.db ]]; then
  ./build/src/rapport migrate --db sqlite:data/rapport.db
fi
exec ./build/src/rapport serve --listen "${RAPPORT_LISTEN:-127.0.0.1:8080}" --db "${RAPPORT_DB:-sqlite:data/rapport.db}" "$@"
