// The demo site: an advice column with a four-part series and a lively
// thread, written for Rapport (demo/site.json, compiled into the binary).
// `rapport serve` plants it in an empty database so a first start shows a
// real site; it never touches a database that already holds posts or users.
//
// Thread safety: call from one thread at start-up.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"

namespace rapport::demo {

// Fills an empty database with the demo site. Returns true when it did,
// false when the database already had content (and was left as it was).
// Threads are placed with PlaceReply and `max_thread_depth`, as a reader's
// reply would be. Times are relative to `clock` ("21 days ago").
Result<bool> PlantDemoSiteIfEmpty(store::Store& store, const Clock& clock, int max_thread_depth);

}  // namespace rapport::demo
