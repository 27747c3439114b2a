// OutboxSender: delivers the outbox. Each pass claims the mails that are due,
// hands each to the Mailer, and records the outcome: sent; or failed and
// queued again with growing waits (1 min, 5 min, 30 min, 2 h, 6 h, 12 h);
// or, after the last attempt or a permanent refusal, "dead" — kept and shown
// in the desk, where staff can send it again. A mail whose sender stopped
// mid-way is claimed again after ten minutes, so a restart loses nothing.
//
// Thread safety: run passes from one thread (serve's background job).
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "notify/mailer.h"
#include "store/store.h"

namespace rapport::notify {

struct OutboxPass {
  int sent = 0;
  int retried = 0;
  int dead = 0;
};

class OutboxSender {
 public:
  OutboxSender(store::Store& store, const Clock& clock, Mailer& mailer);

  Result<OutboxPass> RunOnce(int batch = 20);

  // How long to wait after the n-th failed attempt (1-based); nullopt: give up.
  static std::optional<UnixSeconds> RetryDelay(int attempts);

 private:
  store::Store& store_;
  const Clock& clock_;
  Mailer& mailer_;
};

}  // namespace rapport::notify
