// PublicationWatch: makes scheduled posts appear on their own. A scheduled
// post becomes visible when its time comes (ReadingService checks the time
// on every read), but cached pages were built before that; Tick() finds the
// posts that went live since the last tick and announces them on the change
// bus, so the home page, archives and series pages are rebuilt. `serve`
// calls Tick every few seconds.
//
// Thread safety: Tick from one thread at a time.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "service/change_bus.h"
#include "store/store.h"

namespace rapport::service {

class PublicationWatch {
 public:
  PublicationWatch(store::Store& store, const Clock& clock, ChangeBus& bus);

  // Announces posts that went live since the previous call (or since
  // construction). Returns how many did.
  Result<int> Tick();

 private:
  store::Store& store_;
  const Clock& clock_;
  ChangeBus& bus_;
  UnixSeconds last_;
};

}  // namespace rapport::service
