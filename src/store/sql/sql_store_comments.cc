// SqlStore: comments and threads.
#include "store/sql/row_mapping.h"
#include "store/sql/sql_store.h"

namespace rapport::store::sql {
namespace {

const std::string kSelectComments = "SELECT " + std::string(kCommentColumns) + " FROM comments";

// The condition "this comment is shown": approved, or one of the viewer's own.
std::string VisibleCondition(const ThreadQuery& query, std::vector<Value>& params, std::string_view alias) {
  std::string cond = "(" + std::string(alias) + ".status = 'approved' AND " + std::string(alias) + ".is_private = 0)";
  if (!query.also_visible_ids.empty()) {
    cond = "(" + cond + " OR " + std::string(alias) + ".id IN (" + Placeholders(params, query.also_visible_ids) + "))";
  }
  return cond;
}

// FROM/WHERE of the top-level comments that have something visible in their thread.
std::string RootsFromWhere(const ThreadQuery& query, std::vector<Value>& params) {
  params.emplace_back(query.post_id);
  return " FROM comments r WHERE r.post_id = $1 AND r.parent_id IS NULL AND r.root_id = r.id AND EXISTS "
         "(SELECT 1 FROM comments c WHERE c.root_id = r.id AND " +
         VisibleCondition(query, params, "c") + ")";
}

}  // namespace

Result<Comment> SqlStore::InsertComment(const Comment& comment) {
  Comment stored = comment;
  stored.screened_risk = comment.risk;  // a new comment has not been judged yet
  stored.risk_judged_at.reset();
  RAPPORT_RETURN_IF_ERROR(InTransaction([&]() -> Result<void> {
    auto rows = Query(
        "INSERT INTO comments (post_id, parent_id, root_id, depth, author_name, author_email, body, status, "
        "created_at, is_author_reply, user_id, is_private, publish_consent, risk_level, risk_reasons, content_warning, "
        "address_hash, spam_reasons, screened_risk) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $14) RETURNING id",
        {comment.post_id, OptionalInt(comment.parent_id), comment.root_id, std::int64_t{comment.depth},
         comment.author_name, comment.author_email, comment.body_markdown,
         std::string(CommentStatusName(comment.status)), comment.created_at,
         std::int64_t{comment.is_author_reply ? 1 : 0}, OptionalInt(comment.user_id),
         std::int64_t{comment.is_private ? 1 : 0}, std::int64_t{comment.publish_consent ? 1 : 0},
         std::string(RiskLevelName(comment.risk)), comment.risk_reasons, comment.content_warning,
         comment.address_hash, comment.spam_reasons});
    if (!rows) return rows.error();
    stored.id = rows->front().Int(0);
    if (stored.root_id == 0) {
      stored.root_id = stored.id;
      RAPPORT_RETURN_IF_ERROR(Execute("UPDATE comments SET root_id = id WHERE id = $1", {stored.id}));
    }
    return Ok();
  }));
  return stored;
}

Result<std::optional<Comment>> SqlStore::FindComment(std::int64_t id) {
  return First<Comment>(Query(kSelectComments + " WHERE id = $1", {id}), CommentFromRow);
}

Result<std::vector<Comment>> SqlStore::CommentChain(std::int64_t id, int max) {
  std::vector<Comment> chain;
  std::optional<std::int64_t> next = id;
  while (next && static_cast<int>(chain.size()) < max) {
    auto found = FindComment(*next);
    if (!found) return found.error();
    if (!*found) break;
    next = (*found)->parent_id;
    chain.push_back(std::move(**found));
  }
  return chain;
}

Result<void> SqlStore::SetCommentStatus(std::int64_t id, CommentStatus status) {
  auto changed = Execute("UPDATE comments SET status = $2 WHERE id = $1", {id, std::string(CommentStatusName(status))});
  if (!changed) return changed.error();
  if (*changed == 0) return Error::NotFound("That comment no longer exists.");
  return Ok();
}

Result<std::vector<std::int64_t>> SqlStore::ListThreadRoots(const ThreadQuery& query) {
  std::vector<Value> params;
  std::string sql = "SELECT r.id" + RootsFromWhere(query, params);
  const char* dir = query.order == ThreadOrder::kOldestFirst ? "ASC" : "DESC";
  params.emplace_back(std::int64_t{query.page.limit});
  params.emplace_back(std::int64_t{query.page.offset});
  sql += std::string(" ORDER BY r.created_at ") + dir + ", r.id " + dir + " LIMIT $" +
         std::to_string(params.size() - 1) + " OFFSET $" + std::to_string(params.size());
  return All<std::int64_t>(Query(sql, params), [](const Row& r) { return r.Int(0); });
}

Result<std::int64_t> SqlStore::CountThreadRoots(const ThreadQuery& query) {
  std::vector<Value> params;
  auto rows = Query("SELECT COUNT(*)" + RootsFromWhere(query, params), params);
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<std::int64_t> SqlStore::CountThreadRootsBefore(const ThreadQuery& query, std::int64_t root_id) {
  std::vector<Value> params;
  std::string sql = "SELECT COUNT(*)" + RootsFromWhere(query, params);
  params.emplace_back(root_id);
  const char* op = query.order == ThreadOrder::kOldestFirst ? "<" : ">";
  sql += std::string(" AND (r.created_at, r.id) ") + op + " (SELECT created_at, id FROM comments WHERE id = $" +
         std::to_string(params.size()) + ")";
  auto rows = Query(sql, params);
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<std::vector<Comment>> SqlStore::ListThreadComments(std::int64_t post_id,
                                                          const std::vector<std::int64_t>& root_ids) {
  if (root_ids.empty()) return std::vector<Comment>();
  std::vector<Value> params{post_id};
  const std::string in = Placeholders(params, root_ids);
  return All<Comment>(
      Query(kSelectComments + " WHERE post_id = $1 AND root_id IN (" + in + ") ORDER BY created_at, id", params),
      CommentFromRow);
}

Result<std::map<std::int64_t, std::int64_t>> SqlStore::CountApprovedComments(
    const std::vector<std::int64_t>& post_ids) {
  std::map<std::int64_t, std::int64_t> counts;
  if (post_ids.empty()) return counts;
  std::vector<Value> params;
  const std::string in = Placeholders(params, post_ids);
  auto rows = Query("SELECT post_id, COUNT(*) FROM comments WHERE status = 'approved' AND is_private = 0 AND post_id IN (" + in +
                        ") GROUP BY post_id",
                    params);
  if (!rows) return rows.error();
  for (const Row& r : *rows) counts[r.Int(0)] = r.Int(1);
  return counts;
}

Result<std::map<CommentStatus, std::int64_t>> SqlStore::CountCommentsByStatus() {
  auto rows = Query("SELECT status, COUNT(*) FROM comments GROUP BY status");
  if (!rows) return rows.error();
  std::map<CommentStatus, std::int64_t> counts;
  for (const Row& r : *rows) {
    if (const auto status = ParseCommentStatus(r.Text(0))) counts[*status] = r.Int(1);
  }
  return counts;
}

Result<bool> SqlStore::HasApprovedComment(std::string_view author_name, std::string_view author_email) {
  auto rows = Query(
      "SELECT COUNT(*) FROM comments WHERE author_email = $1 AND author_name = $2 AND status = 'approved'",
      {std::string(author_email), std::string(author_name)});
  if (!rows) return rows.error();
  return rows->front().Int(0) > 0;
}

}  // namespace rapport::store::sql
