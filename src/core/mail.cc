#include "core/mail.h"

namespace rapport {

std::string_view MailStatusName(MailStatus status) {
  switch (status) {
    case MailStatus::kQueued: return "queued";
    case MailStatus::kSending: return "sending";
    case MailStatus::kSent: return "sent";
    case MailStatus::kDead: return "dead";
  }
  return "queued";
}

std::optional<MailStatus> ParseMailStatus(std::string_view name) {
  if (name == "queued") return MailStatus::kQueued;
  if (name == "sending") return MailStatus::kSending;
  if (name == "sent") return MailStatus::kSent;
  if (name == "dead") return MailStatus::kDead;
  return std::nullopt;
}

}  // namespace rapport
