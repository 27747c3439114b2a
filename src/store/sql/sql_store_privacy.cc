// SqlStore: spam-defence counts, writers' erasure and export, retention.
#include "store/sql/row_mapping.h"
#include "store/sql/sql_store.h"

namespace rapport::store::sql {

Result<std::int64_t> SqlStore::CountCommentsByAddress(std::string_view address_hash, UnixSeconds since) {
  if (address_hash.empty()) return std::int64_t{0};
  auto rows = Query("SELECT COUNT(*) FROM comments WHERE address_hash = $1 AND created_at >= $2",
                    {std::string(address_hash), since});
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<std::int64_t> SqlStore::CountCommentsByEmail(std::string_view email, UnixSeconds since) {
  if (email.empty()) return std::int64_t{0};
  auto rows = Query("SELECT COUNT(*) FROM comments WHERE author_email = $1 AND created_at >= $2",
                    {std::string(email), since});
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<bool> SqlStore::HasRecentDuplicate(std::int64_t post_id, std::string_view body, std::string_view author_name,
                                          std::string_view email, std::string_view address_hash, UnixSeconds since) {
  auto rows = Query(
      "SELECT COUNT(*) FROM comments WHERE created_at >= $2 AND body = $1 AND erased_at IS NULL AND "
      "((post_id = $3 AND author_name = $6) OR (author_email <> '' AND author_email = $4) OR "
      "(address_hash <> '' AND address_hash = $5))",
      {std::string(body), since, post_id, std::string(email), std::string(address_hash), std::string(author_name)});
  if (!rows) return rows.error();
  return rows->front().Int(0) > 0;
}

Result<void> SqlStore::SetCommentSpamReasons(std::int64_t id, std::string_view reasons) {
  auto done = Execute("UPDATE comments SET spam_reasons = $2 WHERE id = $1", {id, std::string(reasons)});
  if (!done) return done.error();
  return Ok();
}

Result<void> SqlStore::SetSpamTraining(std::int64_t id, std::string_view trained_as) {
  auto done = Execute("UPDATE comments SET spam_training = $2 WHERE id = $1", {id, std::string(trained_as)});
  if (!done) return done.error();
  return Ok();
}

Result<std::vector<Comment>> SqlStore::ListCommentsByEmail(std::string_view email) {
  if (email.empty()) return std::vector<Comment>();
  return All<Comment>(Query("SELECT " + std::string(kCommentColumns) +
                                " FROM comments WHERE author_email = $1 ORDER BY created_at, id",
                            {std::string(email)}),
                      CommentFromRow);
}

namespace {
// What the screener and staff thought of a comment says something about its
// writer's health: it goes with the text.
constexpr std::string_view kErase =
    "UPDATE comments SET author_name = 'Former reader', body = '', author_email = '', address_hash = '', "
    "content_warning = '', risk_level = 'none', risk_reasons = '', screened_risk = 'none', risk_judged_at = NULL, "
    "spam_reasons = '', erased_at = $2";
}  // namespace

Result<void> SqlStore::EraseComment(std::int64_t id, UnixSeconds at) {
  return InTransaction([&]() -> Result<void> {
    // The revisions held the old text too.
    RAPPORT_RETURN_IF_ERROR(Execute("DELETE FROM comment_revisions WHERE comment_id = $1", {id}));
    auto done = Execute(std::string(kErase) + " WHERE id = $1", {id, at});
    if (!done) return done.error();
    if (*done == 0) return Error::NotFound("That comment no longer exists.");
    return Ok();
  });
}

Result<std::int64_t> SqlStore::EraseCommentsByEmail(std::string_view email, UnixSeconds at) {
  if (email.empty()) return std::int64_t{0};
  std::int64_t erased = 0;
  RAPPORT_RETURN_IF_ERROR(InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(Execute(
        "DELETE FROM comment_revisions WHERE comment_id IN (SELECT id FROM comments WHERE author_email = $1)",
        {std::string(email)}));
    RAPPORT_RETURN_IF_ERROR(Execute("DELETE FROM outbox WHERE recipient = $1", {std::string(email)}));
    auto done = Execute(std::string(kErase) + " WHERE author_email = $1", {std::string(email), at});
    if (!done) return done.error();
    erased = *done;
    return Ok();
  }));
  return erased;
}

Result<void> SqlStore::DeleteComment(std::int64_t id) {
  return InTransaction([&]() -> Result<void> {
    auto replies = Query("SELECT COUNT(*) FROM comments WHERE parent_id = $1", {id});
    if (!replies) return replies.error();
    if (replies->front().Int(0) > 0) return Error::Conflict("Someone has already replied to this comment.");
    auto done = Execute("DELETE FROM comments WHERE id = $1", {id});
    if (!done) return done.error();
    if (*done == 0) return Error::NotFound("That comment no longer exists.");
    return Ok();
  });
}

Result<std::int64_t> SqlStore::PurgeBefore(UnixSeconds before) {
  std::int64_t changed = 0;
  RAPPORT_RETURN_IF_ERROR(InTransaction([&]() -> Result<void> {
    for (const char* sql : {"UPDATE comments SET address_hash = '' WHERE address_hash <> '' AND created_at < $1",
                            "DELETE FROM login_failures WHERE at < $1",
                            "DELETE FROM outbox WHERE status IN ('sent', 'dead') AND created_at < $1"}) {
      auto done = Execute(sql, {before});
      if (!done) return done.error();
      changed += *done;
    }
    return Ok();
  }));
  return changed;
}

}  // namespace rapport::store::sql
