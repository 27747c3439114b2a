// Batch screening over JSON Lines, for the `rapport screen` subcommand and for
// scripts: one comment in, one result out, per line.
//
// Input lines:   {"id": 17, "text": "..."}          (id: a number or a string)
// Output lines:  {"id": 17, "level": "crisis",
//                 "reasons": [{"rule": "SI-KILL-MYSELF", "level": "crisis",
//                              "category": "intent", "excerpt": "...",
//                              "modifiers": ["current"]}],
//                 "third_party": false}
// The id is echoed with the JSON type it came with. A line that is not valid
// JSON, not an object, or lacks a string "text" or an id produces
// {"line": N, "error": "..."} on `out` (N counts from 1), a note on `err`, and
// processing continues. Blank lines are skipped.
//
// Thread safety: uses only its arguments; the Screener is shared read-only.
#pragma once

#include <iosfwd>

#include "screening/screener.h"

namespace rapport::screening {

// Returns 0 when every non-blank line was valid, 1 otherwise.
int ScreenJsonLines(std::istream& in, std::ostream& out, std::ostream& err, const Screener& screener);

}  // namespace rapport::screening
