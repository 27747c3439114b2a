#!/usr/bin/env bash
# Sets everything up and runs every test: installs packages, builds, starts a
# throwaway PostgreSQL cluster (so the store suite runs on both backends) and
# an SMTP sink (aiosmtpd, storing mail in a Maildir), then runs CTest,
# including the browser tests in Chromium, and a short run of every fuzz
# target. Screenshots land in build/artifacts/. Arguments go to CTest (and
# skip the fuzz run), e.g. `scripts/test.sh -R Privacy`. Exits non-zero if
# anything fails.
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
mailroot=$(mktemp -d /tmp/rapport-mail.XXXXXX)
smtp_pid=
cleanup() {
  [ -n "$smtp_pid" ] && kill "$smtp_pid" 2> /dev/null || true
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -m immediate -w stop > /dev/null 2>&1 || true
  rm -rf "$pgroot" "$mailroot"
}
trap cleanup EXIT
runuser -u postgres -- "$pgbin/initdb" -D "$pgroot/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > /dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/server.log" -w \
  -o "-p $pgport -k $pgroot -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start > /dev/null
export RAPPORT_TEST_PG_URL="postgresql://postgres@127.0.0.1:$pgport/postgres"
echo "PostgreSQL test cluster at $RAPPORT_TEST_PG_URL"

# --- An SMTP sink: every mail the tests send lands in a Maildir ------------------
smtpport=${RAPPORT_TEST_SMTP_PORT:-58025}
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtpport" -c aiosmtpd.handlers.Mailbox "$mailroot/maildir" \
  > "$mailroot/sink.log" 2>&1 &
smtp_pid=$!
for _ in $(seq 50); do
  (exec 3<> "/dev/tcp/127.0.0.1/$smtpport") 2> /dev/null && break
  sleep 0.1
done
export RAPPORT_TEST_SMTP_URL="smtp://127.0.0.1:$smtpport"
export RAPPORT_TEST_MAILDIR="$mailroot/maildir"
echo "SMTP sink at $RAPPORT_TEST_SMTP_URL, mail in $RAPPORT_TEST_MAILDIR"

# --- The tests -------------------------------------------------------------------
cd "$root/build"
ctest --output-on-failure -j "${RAPPORT_JOBS:-2}" --timeout 600 "$@" 2>&1 | tee "$mailroot/ctest.log"
# Everything the tests need is running, so a test that skipped itself is a fault here.
if grep -q '(Skipped)' "$mailroot/ctest.log"; then
  echo "These tests skipped themselves although PostgreSQL and the mail sink are running:" >&2
  grep '(Skipped)' "$mailroot/ctest.log" >&2
  exit 1
fi

# --- A short fuzz run (clang, ASan + UBSan), unless the tests were filtered ------
cd "$root"
[ "$#" -gt 0 ] || ./scripts/fuzz.sh
