#include "notify/outbox_sender.h"

#include <spdlog/spdlog.h>

#include "core/log_line.h"

namespace rapport::notify {
namespace {
constexpr UnixSeconds kStaleClaimSeconds = 600;
}  // namespace

OutboxSender::OutboxSender(store::Store& store, const Clock& clock, Mailer& mailer)
    : store_(store), clock_(clock), mailer_(mailer) {}

std::optional<UnixSeconds> OutboxSender::RetryDelay(int attempts) {
  static constexpr UnixSeconds kDelays[] = {60, 300, 1800, 7200, 21600, 43200};
  if (attempts < 1 || attempts > static_cast<int>(std::size(kDelays))) return std::nullopt;
  return kDelays[attempts - 1];
}

Result<OutboxPass> OutboxSender::RunOnce(int batch) {
  const UnixSeconds now = clock_.Now();
  auto due = store_.ClaimDueMail(now, now - kStaleClaimSeconds, batch);
  if (!due) return due.error();
  OutboxPass pass;
  for (const OutgoingMail& mail : *due) {
    auto sent = mailer_.Send(mail);
    const UnixSeconds at = clock_.Now();
    if (sent) {
      RAPPORT_RETURN_IF_ERROR(store_.MarkMailSent(mail.id, at));
      ++pass.sent;
      continue;
    }
    const auto delay = sent.error().code == ErrorCode::kUnavailable ? RetryDelay(mail.attempts + 1) : std::nullopt;
    RAPPORT_RETURN_IF_ERROR(
        store_.MarkMailFailed(mail.id, sent.error().message, delay ? std::optional<UnixSeconds>(at + *delay) : std::nullopt));
    (delay ? pass.retried : pass.dead)++;
    spdlog::warn("{}", LogLine("mail_not_sent")
                           .Add("mail_id", mail.id)
                           .Add("kind", mail.kind)
                           .Add("attempt", mail.attempts + 1)
                           .Add("gave_up", !delay)
                           .Add("error", sent.error().message)
                           .Fields());
  }
  return pass;
}

}  // namespace rapport::notify
