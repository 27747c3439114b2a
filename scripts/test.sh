#!/usr/bin/env bash
# Sets everything up and runs every test: installs packages, builds, starts a
# throwaway PostgreSQL cluster (so the store suite runs on both backends),
# then runs CTest, including the browser test in Chromium. Screenshots land
# in build/artifacts/. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

./scripts/install-deps.sh --test
./scripts/build.sh -DRAPPORT_BUILD_TESTS=ON -DRAPPORT_BUILD_BENCH=ON

# --- A throwaway PostgreSQL 15 cluster, as the postgres user ----------------
pgbin=/usr/lib/postgresql/15/bin
pgroot=$(mktemp -d /tmp/rapport-pg.XXXXXX)
pgport=${RAPPORT_TEST_PG_PORT:-55432}
chown postgres:postgres "$pgroot"
chmod 700 "$pgroot"
cleanup() {
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -m immediate -w stop > /dev/null 2>&1 || true
  rm -rf "$pgroot"
}
trap cleanup EXIT
runuser -u postgres -- "$pgbin/initdb" -D "$pgroot/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > /dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/server.log" -w \
  -o "-p $pgport -k $pgroot -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start > /dev/null
export RAPPORT_TEST_PG_URL="postgresql://postgres@127.0.0.1:$pgport/postgres"
echo "PostgreSQL test cluster at $RAPPORT_TEST_PG_URL"

# --- The tests -------------------------------------------------------------------
cd "$root/build"
ctest --output-on-failure -j "${RAPPORT_JOBS:-2}" --timeout 600 "$@"
