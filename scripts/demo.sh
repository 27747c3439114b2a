#!/usr/bin/env bash
# Sets everything up and serves the demo site on SQLite at http://127.0.0.1:8080.
# The first start creates data/rapport.db and fills it with the demo site;
# later starts reuse it. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh -DRAPPORT_BUILD_TESTS=OFF -DRAPPORT_BUILD_BENCH=OFF
exec ./build/src/rapport serve --listen "${RAPPORT_LISTEN:-127.0.0.1:8080}" --db "${RAPPORT_DB:-sqlite:data/rapport.db}" "$@"
