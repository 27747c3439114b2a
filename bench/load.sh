#!/usr/bin/env bash
# Load benchmark: serves the demo site from a fresh database and measures it
# with wrk over loopback. Prints requests per second and latency for a cached
# post page (plain and gzip), the JSON thread, and comment writes through the
# API, plus the server's resident memory; and the ratio of cached-page
# throughput to /healthz (the server's floor cost per request). Every write is
# a different comment, and the site's flood limits are raised for the run, so
# the write figure counts comments stored; any refused answer is reported.
#
#   bench/load.sh [seconds per run, default 5]
# Needs wrk (apt-get install wrk) and a built build/src/rapport.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-5}
rapport=build/src/rapport
command -v wrk > /dev/null || { echo "bench/load.sh needs wrk: apt-get install wrk" >&2; exit 2; }
[ -x "$rapport" ] || { echo "build rapport first: scripts/build.sh" >&2; exit 2; }

dir=$(mktemp -d)
port=${RAPPORT_BENCH_PORT:-18080}
cat > "$dir/bench.toml" <<'TOML'
[spam]
max_per_address_per_10_minutes = 1000000000
max_per_email_per_hour = 1000000000
TOML
"$rapport" serve --listen "127.0.0.1:$port" --db "sqlite:$dir/bench.db" --config "$dir/bench.toml" \
  --threads 2 --log-level warn --moderation approve-all 2> "$dir/server.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done

base="http://127.0.0.1:$port"
post="$base/posts/attachment-to-your-therapist-iv"
cat > "$dir/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local body = '{"author_name":"Bench","body":"Comment ' .. n .. ' written by the load benchmark, long enough '
    .. 'to be realistic: thank you for this series, it has helped me more than I can say."}'
  return wrk.format(nil, nil, nil, body)
end
LUA

run() {  # name, wrk args...
  local name=$1; shift
  local out
  out=$(wrk -t1 -c16 -d"${secs}s" --latency "$@")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  local refused
  refused=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $NF}')
  printf '%-28s %10s req/s   p50 %-8s p99 %s\n' "$name" "$rps" "$p50" "$p99"
  if [ -n "$refused" ]; then
    echo "  $refused answers were not 2xx or 3xx: the figure above is not a throughput" >&2
  fi
  eval "rps_${name//[^a-z]/_}=$rps"
}

echo "rapport load benchmark: ${secs}s per run, 16 connections, 2 server threads, loopback"
run healthz "$base/healthz"
run post_page "$post"
run post_page_gzip -H "Accept-Encoding: gzip" "$post"
run api_thread "$base/api/posts/attachment-to-your-therapist-iv/comments"
run api_comment_writes -s "$dir/post.lua" "$base/api/posts/attachment-to-your-therapist-iv/comments"
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "server resident memory after the runs: $((rss / 1024)) MiB"
awk -v a="$rps_post_page" -v b="$rps_healthz" 'BEGIN { printf "cached post page / healthz throughput: %.2f\n", a / b }'
awk -v a="$rps_post_page_gzip" -v b="$rps_post_page" 'BEGIN { printf "gzip / plain post page throughput:    %.2f\n", a / b }'
