// SqlStore: the moderation queue, revisions and the audit trail, the
// "waiting for an answer" inbox.
#include "store/sql/row_mapping.h"
#include "store/sql/sql_store.h"

namespace rapport::store::sql {
namespace {

const std::string kSelectComments = "SELECT " + std::string(kCommentColumns) + " FROM comments c";

std::string Next(std::vector<Value>& params, Value v) {
  params.push_back(std::move(v));
  return "$" + std::to_string(params.size());
}

std::string CommentWhere(const CommentQuery& q, std::vector<Value>& params) {
  std::string where = " WHERE 1 = 1";
  if (q.status) where += " AND c.status = " + Next(params, std::string(CommentStatusName(*q.status)));
  if (q.post_id) where += " AND c.post_id = " + Next(params, *q.post_id);
  if (q.written_after) where += " AND c.created_at > " + Next(params, *q.written_after);
  if (q.posts_by_author_id) {
    where += " AND c.post_id IN (SELECT id FROM posts WHERE author_id = " + Next(params, *q.posts_by_author_id) + ")";
  }
  return where;
}

// The questions of the inbox: reader comments, approved (or private and not
// discarded), top-level or answering an author reply, with no author reply yet.
std::string InboxWhere(const InboxQuery& q, std::vector<Value>& params) {
  std::string where =
      " WHERE c.is_author_reply = 0"
      " AND (c.status = 'approved' OR (c.is_private = 1 AND c.status = 'pending'))"
      " AND (c.parent_id IS NULL OR EXISTS (SELECT 1 FROM comments p WHERE p.id = c.parent_id AND p.is_author_reply = 1))"
      " AND NOT EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.is_author_reply = 1"
      " AND r.status IN ('approved', 'pending'))";
  where += q.dismissed ? " AND c.inbox_dismissed_at IS NOT NULL" : " AND c.inbox_dismissed_at IS NULL";
  if (q.posts_by_author_id) {
    where += " AND c.post_id IN (SELECT id FROM posts WHERE author_id = " + Next(params, *q.posts_by_author_id) + ")";
  }
  return where;
}

std::string Paging(std::vector<Value>& params, PageRequest page) {
  const std::string limit = Next(params, std::int64_t{page.limit});
  return " LIMIT " + limit + " OFFSET " + Next(params, std::int64_t{page.offset});
}

}  // namespace

Result<std::vector<Comment>> SqlStore::ListComments(const CommentQuery& q) {
  std::vector<Value> params;
  std::string sql = kSelectComments + CommentWhere(q, params) + " ORDER BY ";
  if (q.risk_first) sql += "CASE c.risk_level WHEN 'crisis' THEN 0 WHEN 'concern' THEN 1 ELSE 2 END, ";
  sql += q.oldest_first ? "c.created_at, c.id" : "c.created_at DESC, c.id DESC";
  sql += Paging(params, q.page);
  return All<Comment>(Query(sql, params), CommentFromRow);
}

Result<std::int64_t> SqlStore::CountComments(const CommentQuery& q) {
  std::vector<Value> params;
  auto rows = Query("SELECT COUNT(*) FROM comments c" + CommentWhere(q, params), params);
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<void> SqlStore::UpdateCommentText(std::int64_t id, std::string_view author_name, std::string_view body,
                                         UnixSeconds at, std::optional<std::int64_t> by_user) {
  return InTransaction([&]() -> Result<void> {
    auto saved = Execute(
        "INSERT INTO comment_revisions (comment_id, author_name, body, replaced_at, replaced_by) "
        "SELECT id, author_name, body, $2, $3 FROM comments WHERE id = $1",
        {id, at, OptionalInt(by_user)});
    if (!saved) return saved.error();
    if (*saved == 0) return Error::NotFound("That comment no longer exists.");
    RAPPORT_RETURN_IF_ERROR(Execute("UPDATE comments SET author_name = $2, body = $3, updated_at = $4 WHERE id = $1",
                                    {id, std::string(author_name), std::string(body), at}));
    return Ok();
  });
}

Result<std::vector<CommentRevision>> SqlStore::ListCommentRevisions(std::int64_t comment_id) {
  return All<CommentRevision>(
      Query("SELECT id, comment_id, author_name, body, replaced_at, replaced_by FROM comment_revisions "
            "WHERE comment_id = $1 ORDER BY id",
            {comment_id}),
      [](const Row& r) {
        return CommentRevision{r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Int(4), r.OptionalInt(5)};
      });
}

Result<void> SqlStore::AddCommentEvent(const CommentEvent& e) {
  auto done = Execute("INSERT INTO comment_events (comment_id, user_id, action, detail, at) VALUES ($1, $2, $3, $4, $5)",
                      {e.comment_id, OptionalInt(e.user_id), e.action, e.detail, e.at});
  if (!done) return done.error();
  return Ok();
}

Result<std::vector<CommentEvent>> SqlStore::ListCommentEvents(std::int64_t comment_id) {
  return All<CommentEvent>(
      Query("SELECT id, comment_id, user_id, action, detail, at FROM comment_events WHERE comment_id = $1 ORDER BY id",
            {comment_id}),
      [](const Row& r) { return CommentEvent{r.Int(0), r.Int(1), r.OptionalInt(2), r.Text(3), r.Text(4), r.Int(5)}; });
}

Result<std::int64_t> SqlStore::CountEarlierCommentsBy(std::string_view author_name, std::string_view author_email,
                                                      std::int64_t before_id) {
  auto rows = author_email.empty()
                  ? Query("SELECT COUNT(*) FROM comments WHERE author_email = '' AND author_name = $1 AND id < $2",
                          {std::string(author_name), before_id})
                  : Query("SELECT COUNT(*) FROM comments WHERE author_email = $1 AND id < $2",
                          {std::string(author_email), before_id});
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<void> SqlStore::JudgeCommentRisk(std::int64_t id, RiskLevel judged, UnixSeconds at) {
  auto done = Execute("UPDATE comments SET risk_level = $2, risk_judged_at = $3 WHERE id = $1",
                      {id, std::string(RiskLevelName(judged)), at});
  if (!done) return done.error();
  if (*done == 0) return Error::NotFound("That comment no longer exists.");
  return Ok();
}

Result<std::vector<Comment>> SqlStore::ListJudgedComments(PageRequest page) {
  return All<Comment>(Query(kSelectComments +
                                " WHERE c.risk_judged_at IS NOT NULL AND c.erased_at IS NULL "
                                "ORDER BY c.risk_judged_at, c.id LIMIT $1 OFFSET $2",
                            {std::int64_t{page.limit}, std::int64_t{page.offset}}),
                      CommentFromRow);
}

Result<void> SqlStore::SetCommentPrivacy(std::int64_t id, bool is_private) {
  auto done = Execute("UPDATE comments SET is_private = $2 WHERE id = $1", {id, std::int64_t{is_private ? 1 : 0}});
  if (!done) return done.error();
  if (*done == 0) return Error::NotFound("That comment no longer exists.");
  return Ok();
}

Result<void> SqlStore::SetInboxDismissed(std::int64_t id, std::optional<UnixSeconds> at) {
  auto done = Execute("UPDATE comments SET inbox_dismissed_at = $2 WHERE id = $1", {id, OptionalInt(at)});
  if (!done) return done.error();
  if (*done == 0) return Error::NotFound("That comment no longer exists.");
  return Ok();
}

Result<std::vector<Comment>> SqlStore::ListWaitingQuestions(const InboxQuery& q) {
  std::vector<Value> params;
  std::string sql = kSelectComments + InboxWhere(q, params) + " ORDER BY c.created_at, c.id" + Paging(params, q.page);
  return All<Comment>(Query(sql, params), CommentFromRow);
}

Result<std::int64_t> SqlStore::CountWaitingQuestions(const InboxQuery& q) {
  std::vector<Value> params;
  auto rows = Query("SELECT COUNT(*) FROM comments c" + InboxWhere(q, params), params);
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<std::vector<Comment>> SqlStore::ListReplies(std::int64_t parent_id) {
  return All<Comment>(Query(kSelectComments + " WHERE c.parent_id = $1 ORDER BY c.created_at, c.id", {parent_id}),
                      CommentFromRow);
}

}  // namespace rapport::store::sql
