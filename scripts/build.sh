#!/usr/bin/env bash
# Configures and builds Rapport in Release mode into build/ (2 parallel jobs).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" > /dev/null
cmake --build build -j "${RAPPORT_JOBS:-2}"
