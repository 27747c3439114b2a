#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan; the `fuzz` CMake preset)
# into build-fuzz/ and runs them. By default each target makes the short,
# fixed-seed run the tests make (100,000 inputs); --minutes N runs each for N
# minutes with a fresh random seed. Names of targets (markdown, http_request,
# screener) limit the run to those.
#
#   ./scripts/fuzz.sh                       # the short run the tests do
#   ./scripts/fuzz.sh --minutes 30          # a longer run of every target
#   ./scripts/fuzz.sh --minutes 60 markdown
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) seconds=$(( $2 * 60 )); shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done

cmake --preset fuzz > /dev/null
cmake --build --preset fuzz -j "${RAPPORT_JOBS:-2}"
if [ -z "$seconds" ]; then
  filter=()
  if [ "${#targets[@]}" -gt 0 ]; then
    filter=(-R "^fuzz_($(IFS='|'; echo "${targets[*]}"))\$")
  fi
  exec ctest --test-dir build-fuzz --output-on-failure -j "${RAPPORT_JOBS:-2}" "${filter[@]}"
fi

# A long run: one target after another, each from the committed seeds and
# what earlier runs found, until the time is up or something breaks.
[ "${#targets[@]}" -gt 0 ] || targets=(markdown http_request screener)
for target in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$target" build-fuzz/crashes
  echo "== fuzz_$target for $(( seconds / 60 )) min"
  "build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$target-" \
    "build-fuzz/corpus/$target" "fuzz/corpus/$target"
done
