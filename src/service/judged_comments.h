// The comments whose risk staff judged, written out as labelled JSON lines
// (`rapport screen judged`): the format the screening tools read
// ({"id", "text", "label", "hard_negative", "note"}, plus "screened", what the
// screener had found), so a site can measure the screener, a sensitivity or a
// newer screener on its own readers' words.
//
// The lines hold readers' text: keep the file as carefully as the database.
//
// Thread safety: plain function; the store is thread-safe.
#pragma once

#include <cstdint>
#include <ostream>

#include "core/result.h"
#include "store/store.h"

namespace rapport::service {

// Writes one line per judged comment, oldest judgement first; returns how many.
Result<std::int64_t> WriteJudgedComments(store::Store& store, std::ostream& out);

}  // namespace rapport::service
