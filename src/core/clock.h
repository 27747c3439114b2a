// Clock: the one place the program asks what time it is, so that tests can
// run at a fixed instant (tests/testing/fake_clock.h) and scheduled posts,
// expiry and "waited for three weeks" can be checked without sleeping.
//
// Times are whole seconds since the Unix epoch, UTC, everywhere below the
// HTTP layer; they compare and store the same way in SQLite and PostgreSQL.
//
// Thread safety: implementations must be safe to call from any thread.
#pragma once

#include <cstdint>

namespace rapport {

using UnixSeconds = std::int64_t;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual UnixSeconds Now() const = 0;
};

// Reads the system's real-time clock.
class SystemClock final : public Clock {
 public:
  UnixSeconds Now() const override;
};

}  // namespace rapport
