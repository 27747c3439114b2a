// An email waiting in (or gone from) the outbox. Mail is written to the
// outbox in the same breath as the change that causes it and sent later by
// the outbox sender, so no mail is lost when the SMTP server is down or the
// process restarts.
//
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace rapport {

enum class MailStatus { kQueued, kSending, kSent, kDead };

std::string_view MailStatusName(MailStatus status);  // "queued", "sending", "sent", "dead"
std::optional<MailStatus> ParseMailStatus(std::string_view name);

struct OutgoingMail {
  std::int64_t id = 0;
  std::string recipient;
  std::string subject;
  std::string body;  // plain text
  std::string kind;  // "new_comment", "digest", "private_answer", "concern", ...
  std::optional<std::int64_t> comment_id;
  MailStatus status = MailStatus::kQueued;
  int attempts = 0;
  UnixSeconds next_attempt_at = 0;
  std::string last_error;
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> sent_at;
};

}  // namespace rapport
