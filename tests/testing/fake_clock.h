// FakeClock: a Clock that stands still until a test moves it.
//
// Thread safety: thread-safe.
#pragma once

#include <atomic>

#include "core/clock.h"

namespace rapport::testing {

class FakeClock final : public Clock {
 public:
  explicit FakeClock(UnixSeconds now = 1'780'000'000) : now_(now) {}
  UnixSeconds Now() const override { return now_.load(); }
  void Set(UnixSeconds now) { now_ = now; }
  void Advance(UnixSeconds seconds) { now_ += seconds; }

 private:
  std::atomic<UnixSeconds> now_;
};

}  // namespace rapport::testing
