// Column lists and row-to-struct mappings shared by SqlStore's queries, so
// each table is described once.
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "core/comment.h"
#include "core/mail.h"
#include "core/moderation.h"
#include "core/session.h"
#include "core/post.h"
#include "core/user.h"
#include "core/result.h"
#include "store/sql/connection.h"

namespace rapport::store::sql {

inline constexpr std::string_view kUserColumns = "id, login, display_name, signature, bio, role, created_at, email";
inline constexpr std::string_view kSeriesColumns = "id, slug, title, description";
inline constexpr std::string_view kTermColumns = "id, kind, slug, name, description";
inline constexpr std::string_view kPostColumns =
    "id, slug, title, body, excerpt, status, published_at, updated_at, author_id, series_id, series_position";
inline constexpr std::string_view kCommentColumns =
    "id, post_id, parent_id, root_id, depth, author_name, author_email, body, status, created_at, "
    "is_author_reply, user_id, is_private, publish_consent, risk_level, risk_reasons, updated_at, inbox_dismissed_at, "
    "content_warning, address_hash, spam_reasons, erased_at, spam_training, screened_risk, risk_judged_at";
inline constexpr std::string_view kSessionColumns = "token_hash, user_id, created_at, last_seen_at, expires_at";
inline constexpr std::string_view kMailColumns =
    "id, recipient, subject, body, kind, comment_id, status, attempts, next_attempt_at, last_error, created_at, sent_at";
inline constexpr std::string_view kTemplateColumns = "id, kind, title, body, updated_at";

User UserFromRow(const Row& row);
Series SeriesFromRow(const Row& row);
Term TermFromRow(const Row& row);
Post PostFromRow(const Row& row);
Comment CommentFromRow(const Row& row);
Session SessionFromRow(const Row& row);
OutgoingMail MailFromRow(const Row& row);
MessageTemplate TemplateFromRow(const Row& row);

// The first row mapped to T, or an empty optional when there are no rows.
template <typename T, typename Map>
Result<std::optional<T>> First(Result<std::vector<Row>> rows, Map map) {
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<T>();
  return std::optional<T>(map(rows->front()));
}

// Every row mapped to T.
template <typename T, typename Map>
Result<std::vector<T>> All(Result<std::vector<Row>> rows, Map map) {
  if (!rows) return rows.error();
  std::vector<T> out;
  out.reserve(rows->size());
  for (const Row& r : *rows) out.push_back(map(r));
  return out;
}

// "$first, $first+1, ..." for `count` placeholders, appending `values` to `params`.
std::string Placeholders(std::vector<Value>& params, const std::vector<std::int64_t>& values);

}  // namespace rapport::store::sql
