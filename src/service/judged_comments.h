// The comments whose risk staff judged, as a measure of the crisis screener
// on a site's own readers: written out as labelled JSON lines (`rapport screen
// judged`, the format the screening tools read: {"id", "text", "label",
// "hard_negative", "note"}, plus "screened", what the screener had found), or
// screened again at every sensitivity of the screener in use (`rapport screen
// judged --measure`), so a site owner can see which sensitivity suits their
// readers, and how a newer screener would do, before choosing.
//
// The lines hold readers' text: keep the file as carefully as the database.
//
// Thread safety: plain function; the store is thread-safe.
#pragma once

#include <cstdint>
#include <ostream>

#include <string>
#include <vector>

#include "core/result.h"
#include "screening/screener.h"
#include "store/store.h"

namespace rapport::service {

// Writes one line per judged comment, oldest judgement first; returns how many.
Result<std::int64_t> WriteJudgedComments(store::Store& store, std::ostream& out);

// How one sensitivity of the screener does on the comments staff judged.
struct JudgedFigures {
  std::string sensitivity;
  std::int64_t crisis = 0;           // judged possibly in crisis
  std::int64_t crisis_found = 0;     // of which the screener now says crisis
  std::int64_t crisis_flagged = 0;   // or holds at any level
  std::int64_t at_risk = 0;          // judged in crisis or in distress
  std::int64_t at_risk_flagged = 0;  // of which the screener holds
  std::int64_t not_at_risk = 0;      // judged not at risk
  std::int64_t needless = 0;         // of which the screener holds all the same
};

// Screens every judged comment again with `screener` at each of its
// sensitivities ("standard" first).
Result<std::vector<JudgedFigures>> MeasureOnJudged(store::Store& store, const screening::Screener& screener);

}  // namespace rapport::service
