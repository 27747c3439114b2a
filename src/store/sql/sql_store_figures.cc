// SqlStore: figures for the desk's dashboard, and the desk's lists of posts,
// series and terms.
#include "store/sql/row_mapping.h"
#include "store/sql/sql_store.h"

namespace rapport::store::sql {

Result<std::vector<DailyCount>> SqlStore::CountCommentsPerDay(UnixSeconds since) {
  return All<DailyCount>(
      Query("SELECT created_at / 86400 AS day, status, COUNT(*) FROM comments WHERE created_at >= $1 "
            "AND is_author_reply = 0 GROUP BY created_at / 86400, status ORDER BY day",
            {since}),
      [](const Row& r) {
        return DailyCount{r.Int(0), ParseCommentStatus(r.Text(1)).value_or(CommentStatus::kPending), r.Int(2)};
      });
}

Result<std::vector<QuestionTiming>> SqlStore::QuestionTimings(UnixSeconds since) {
  return All<QuestionTiming>(
      Query("SELECT q.id, q.created_at, (SELECT MIN(r.created_at) FROM comments r WHERE r.parent_id = q.id AND "
            "r.is_author_reply = 1 AND r.status = 'approved') FROM comments q "
            "WHERE q.created_at >= $1 AND q.is_author_reply = 0 "
            "AND (q.status = 'approved' OR (q.is_private = 1 AND q.status = 'pending')) "
            "AND (q.parent_id IS NULL OR EXISTS (SELECT 1 FROM comments p WHERE p.id = q.parent_id AND "
            "p.is_author_reply = 1)) ORDER BY q.created_at, q.id",
            {since}),
      [](const Row& r) { return QuestionTiming{r.Int(0), r.Int(1), r.OptionalInt(2)}; });
}

Result<std::vector<RiskJudgementCount>> SqlStore::CountRiskJudgements(UnixSeconds since) {
  return All<RiskJudgementCount>(
      Query("SELECT screened_risk, CASE WHEN risk_judged_at IS NULL THEN '' ELSE risk_level END AS judged, COUNT(*) "
            "FROM comments WHERE created_at >= $1 AND is_author_reply = 0 AND status <> 'spam' "
            "GROUP BY screened_risk, CASE WHEN risk_judged_at IS NULL THEN '' ELSE risk_level END "
            "ORDER BY screened_risk, judged",
            {since}),
      [](const Row& r) {
        return RiskJudgementCount{ParseRiskLevel(r.Text(0)).value_or(RiskLevel::kNone), ParseRiskLevel(r.Text(1)),
                                  r.Int(2)};
      });
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> SqlStore::MostDiscussedPosts(UnixSeconds since, int limit) {
  return All<std::pair<std::int64_t, std::int64_t>>(
      Query("SELECT post_id, COUNT(*) AS n FROM comments WHERE status = 'approved' AND is_private = 0 AND "
            "created_at >= $1 GROUP BY post_id ORDER BY n DESC, post_id LIMIT $2",
            {since, std::int64_t{limit}}),
      [](const Row& r) { return std::make_pair(r.Int(0), r.Int(1)); });
}

Result<std::vector<Post>> SqlStore::ListAllPosts(PageRequest page) {
  return All<Post>(Query("SELECT " + std::string(kPostColumns) +
                             " FROM posts ORDER BY updated_at DESC, id DESC LIMIT $1 OFFSET $2",
                         {std::int64_t{page.limit}, std::int64_t{page.offset}}),
                   PostFromRow);
}

Result<std::int64_t> SqlStore::CountAllPosts() {
  auto rows = Query("SELECT COUNT(*) FROM posts");
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<void> SqlStore::UpdateSeries(const Series& series) {
  auto changed = Execute("UPDATE series SET slug = $2, title = $3, description = $4 WHERE id = $1",
                         {series.id, series.slug, series.title, series.description_markdown});
  if (!changed) {
    if (changed.error().code == ErrorCode::kConflict) {
      return Error::Conflict("There is already a series with the address \"" + series.slug + "\".", "slug");
    }
    return changed.error();
  }
  if (*changed == 0) return Error::NotFound("That series no longer exists.");
  return Ok();
}

Result<void> SqlStore::UpdateTerm(const Term& term) {
  auto changed = Execute("UPDATE terms SET slug = $2, name = $3, description = $4 WHERE id = $1",
                         {term.id, term.slug, term.name, term.description});
  if (!changed) {
    if (changed.error().code == ErrorCode::kConflict) {
      return Error::Conflict("There is already one with the address \"" + term.slug + "\".", "slug");
    }
    return changed.error();
  }
  if (*changed == 0) return Error::NotFound("That category or tag no longer exists.");
  return Ok();
}

}  // namespace rapport::store::sql
