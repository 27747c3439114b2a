// SqlStore: the mail outbox and message templates.
#include "store/sql/row_mapping.h"
#include "store/sql/sql_store.h"

namespace rapport::store::sql {
namespace {
const std::string kSelectMail = "SELECT " + std::string(kMailColumns) + " FROM outbox";
}  // namespace

Result<std::int64_t> SqlStore::EnqueueMail(const OutgoingMail& m) {
  auto rows = Query(
      "INSERT INTO outbox (recipient, subject, body, kind, comment_id, status, attempts, next_attempt_at, created_at) "
      "VALUES ($1, $2, $3, $4, $5, 'queued', 0, $6, $7) RETURNING id",
      {m.recipient, m.subject, m.body, m.kind, OptionalInt(m.comment_id), m.next_attempt_at, m.created_at});
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<std::vector<OutgoingMail>> SqlStore::ClaimDueMail(UnixSeconds now, UnixSeconds stale_before, int limit) {
  std::vector<OutgoingMail> claimed;
  RAPPORT_RETURN_IF_ERROR(InTransaction([&]() -> Result<void> {
    auto due = Query(kSelectMail +
                         " WHERE (status = 'queued' AND next_attempt_at <= $1) OR (status = 'sending' AND "
                         "next_attempt_at < $2) ORDER BY next_attempt_at, id LIMIT $3",
                     {now, stale_before, std::int64_t{limit}});
    if (!due) return due.error();
    for (const Row& r : *due) {
      OutgoingMail m = MailFromRow(r);
      // next_attempt_at doubles as "claimed at" while sending, so a claim left by a dead sender goes stale.
      auto updated = Execute("UPDATE outbox SET status = 'sending', next_attempt_at = $2 WHERE id = $1 AND status = $3",
                             {m.id, now, std::string(MailStatusName(m.status))});
      if (!updated) return updated.error();
      if (*updated == 1) {
        m.status = MailStatus::kSending;
        claimed.push_back(std::move(m));
      }
    }
    return Ok();
  }));
  return claimed;
}

Result<void> SqlStore::MarkMailSent(std::int64_t id, UnixSeconds at) {
  auto done = Execute("UPDATE outbox SET status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = '' "
                      "WHERE id = $1",
                      {id, at});
  if (!done) return done.error();
  return Ok();
}

Result<void> SqlStore::MarkMailFailed(std::int64_t id, std::string_view error, std::optional<UnixSeconds> retry_at) {
  auto done = retry_at ? Execute("UPDATE outbox SET status = 'queued', attempts = attempts + 1, last_error = $2, "
                                 "next_attempt_at = $3 WHERE id = $1",
                                 {id, std::string(error), *retry_at})
                       : Execute("UPDATE outbox SET status = 'dead', attempts = attempts + 1, last_error = $2 WHERE id = $1",
                                 {id, std::string(error)});
  if (!done) return done.error();
  return Ok();
}

Result<void> SqlStore::RequeueMail(std::int64_t id, UnixSeconds at) {
  auto done = Execute("UPDATE outbox SET status = 'queued', next_attempt_at = $2 WHERE id = $1 AND status = 'dead'",
                      {id, at});
  if (!done) return done.error();
  if (*done == 0) return Error::NotFound("That message is not waiting to be retried.");
  return Ok();
}

Result<std::vector<OutgoingMail>> SqlStore::ListMail(std::optional<MailStatus> status, PageRequest page) {
  if (status) {
    return All<OutgoingMail>(Query(kSelectMail + " WHERE status = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3",
                                   {std::string(MailStatusName(*status)), std::int64_t{page.limit},
                                    std::int64_t{page.offset}}),
                             MailFromRow);
  }
  return All<OutgoingMail>(Query(kSelectMail + " ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2",
                                 {std::int64_t{page.limit}, std::int64_t{page.offset}}),
                           MailFromRow);
}

Result<std::map<MailStatus, std::int64_t>> SqlStore::CountMailByStatus() {
  auto rows = Query("SELECT status, COUNT(*) FROM outbox GROUP BY status");
  if (!rows) return rows.error();
  std::map<MailStatus, std::int64_t> counts;
  for (const Row& r : *rows) {
    if (const auto s = ParseMailStatus(r.Text(0))) counts[*s] = r.Int(1);
  }
  return counts;
}

Result<std::vector<MessageTemplate>> SqlStore::ListTemplates(std::string_view kind) {
  return All<MessageTemplate>(
      Query("SELECT " + std::string(kTemplateColumns) + " FROM message_templates WHERE kind = $1 ORDER BY title, id",
            {std::string(kind)}),
      TemplateFromRow);
}

Result<std::optional<MessageTemplate>> SqlStore::FindTemplate(std::int64_t id) {
  return First<MessageTemplate>(
      Query("SELECT " + std::string(kTemplateColumns) + " FROM message_templates WHERE id = $1", {id}), TemplateFromRow);
}

Result<MessageTemplate> SqlStore::SaveTemplate(const MessageTemplate& t) {
  MessageTemplate saved = t;
  if (t.id == 0) {
    auto rows = Query("INSERT INTO message_templates (kind, title, body, updated_at) VALUES ($1, $2, $3, $4) RETURNING id",
                      {t.kind, t.title, t.body, t.updated_at});
    if (!rows) return rows.error();
    saved.id = rows->front().Int(0);
    return saved;
  }
  auto changed = Execute("UPDATE message_templates SET title = $2, body = $3, updated_at = $4 WHERE id = $1",
                         {t.id, t.title, t.body, t.updated_at});
  if (!changed) return changed.error();
  if (*changed == 0) return Error::NotFound("That template no longer exists.");
  return saved;
}

Result<void> SqlStore::DeleteTemplate(std::int64_t id) {
  auto done = Execute("DELETE FROM message_templates WHERE id = $1", {id});
  if (!done) return done.error();
  return Ok();
}

}  // namespace rapport::store::sql
