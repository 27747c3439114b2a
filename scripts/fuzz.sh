#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan; the `fuzz` CMake preset)
# into build-fuzz/ and runs them. By default each target runs for as long as
# the tests give it (15 s); --minutes N runs each for N minutes. Names of
# targets (markdown, http_request, screener) limit the run to those.
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
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done

cmake --preset fuzz ${seconds:+-DRAPPORT_FUZZ_SECONDS=$seconds} > /dev/null
cmake --build --preset fuzz -j "${RAPPORT_JOBS:-2}"
filter=()
if [ "${#targets[@]}" -gt 0 ]; then
  filter=(-R "^fuzz_($(IFS='|'; echo "${targets[*]}"))\$")
fi
ctest --test-dir build-fuzz --output-on-failure -j "${RAPPORT_JOBS:-2}" --timeout $(( ${seconds:-15} + 300 )) "${filter[@]}"
# Back to the short run for the next plain build.
[ -z "$seconds" ] || cmake --preset fuzz -DRAPPORT_FUZZ_SECONDS=15 > /dev/null
