// SqlStore: series, categories and tags, posts.
#include "store/sql/row_mapping.h"
#include "store/sql/sql_store.h"

namespace rapport::store::sql {
namespace {

Error SlugConflict(const Error& e, std::string_view what, const std::string& slug) {
  if (e.code != ErrorCode::kConflict) return e;
  return Error::Conflict("There is already " + std::string(what) + " with the address \"" + slug +
                             "\". Please choose another.",
                         "slug");
}

// Appends the WHERE clause shared by ListVisiblePosts and CountVisiblePosts.
std::string VisibleWhere(const PostFilter& filter, std::vector<Value>& params) {
  params.emplace_back(filter.now);
  std::string where = " WHERE status IN ('published', 'scheduled') AND published_at <= $1";
  if (filter.term_id) {
    params.emplace_back(*filter.term_id);
    where += " AND id IN (SELECT post_id FROM post_terms WHERE term_id = $" + std::to_string(params.size()) + ")";
  }
  if (filter.series_id) {
    params.emplace_back(*filter.series_id);
    where += " AND series_id = $" + std::to_string(params.size());
  }
  return where;
}

const std::string kSelectPosts = "SELECT " + std::string(kPostColumns) + " FROM posts";

}  // namespace

// ---- Series -----------------------------------------------------------------

Result<Series> SqlStore::CreateSeries(const Series& series) {
  auto rows = Query("INSERT INTO series (slug, title, description) VALUES ($1, $2, $3) RETURNING id",
                    {series.slug, series.title, series.description_markdown});
  if (!rows) return SlugConflict(rows.error(), "a series", series.slug);
  Series created = series;
  created.id = rows->front().Int(0);
  return created;
}

Result<std::optional<Series>> SqlStore::FindSeriesById(std::int64_t id) {
  return First<Series>(Query("SELECT " + std::string(kSeriesColumns) + " FROM series WHERE id = $1", {id}),
                       SeriesFromRow);
}

Result<std::optional<Series>> SqlStore::FindSeriesBySlug(std::string_view slug) {
  return First<Series>(
      Query("SELECT " + std::string(kSeriesColumns) + " FROM series WHERE slug = $1", {std::string(slug)}),
      SeriesFromRow);
}

Result<std::vector<Series>> SqlStore::ListSeries() {
  return All<Series>(Query("SELECT " + std::string(kSeriesColumns) + " FROM series ORDER BY title, id"),
                     SeriesFromRow);
}

// ---- Terms ------------------------------------------------------------------

Result<Term> SqlStore::CreateTerm(const Term& term) {
  auto rows = Query("INSERT INTO terms (kind, slug, name, description) VALUES ($1, $2, $3, $4) RETURNING id",
                    {std::string(TermKindName(term.kind)), term.slug, term.name, term.description});
  if (!rows) return SlugConflict(rows.error(), term.kind == TermKind::kTag ? "a tag" : "a category", term.slug);
  Term created = term;
  created.id = rows->front().Int(0);
  return created;
}

Result<std::optional<Term>> SqlStore::FindTerm(TermKind kind, std::string_view slug) {
  return First<Term>(Query("SELECT " + std::string(kTermColumns) + " FROM terms WHERE kind = $1 AND slug = $2",
                           {std::string(TermKindName(kind)), std::string(slug)}),
                     TermFromRow);
}

Result<std::vector<Term>> SqlStore::ListTerms(TermKind kind) {
  return All<Term>(
      Query("SELECT " + std::string(kTermColumns) + " FROM terms WHERE kind = $1 ORDER BY name, id",
            {std::string(TermKindName(kind))}),
      TermFromRow);
}

Result<void> SqlStore::SetPostTerms(std::int64_t post_id, const std::vector<std::int64_t>& term_ids) {
  return InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(Execute("DELETE FROM post_terms WHERE post_id = $1", {post_id}));
    for (std::int64_t term_id : term_ids) {
      RAPPORT_RETURN_IF_ERROR(Execute(
          "INSERT INTO post_terms (post_id, term_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", {post_id, term_id}));
    }
    return Ok();
  });
}

Result<std::vector<Term>> SqlStore::ListPostTerms(std::int64_t post_id) {
  return All<Term>(Query("SELECT t.id, t.kind, t.slug, t.name, t.description FROM terms t "
                         "JOIN post_terms pt ON pt.term_id = t.id WHERE pt.post_id = $1 "
                         "ORDER BY CASE t.kind WHEN 'category' THEN 0 ELSE 1 END, t.name, t.id",
                         {post_id}),
                   TermFromRow);
}

// ---- Posts ------------------------------------------------------------------

Result<Post> SqlStore::CreatePost(const Post& post) {
  auto rows = Query(
      "INSERT INTO posts (slug, title, body, excerpt, status, published_at, updated_at, author_id, series_id, "
      "series_position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
      {post.slug, post.title, post.body_markdown, post.excerpt, std::string(PostStatusName(post.status)),
       post.published_at, post.updated_at, post.author_id, OptionalInt(post.series_id),
       std::int64_t{post.series_position}});
  if (!rows) return SlugConflict(rows.error(), "a post", post.slug);
  Post created = post;
  created.id = rows->front().Int(0);
  return created;
}

Result<void> SqlStore::UpdatePost(const Post& post) {
  auto changed = Execute(
      "UPDATE posts SET slug = $2, title = $3, body = $4, excerpt = $5, status = $6, published_at = $7, "
      "updated_at = $8, author_id = $9, series_id = $10, series_position = $11 WHERE id = $1",
      {post.id, post.slug, post.title, post.body_markdown, post.excerpt, std::string(PostStatusName(post.status)),
       post.published_at, post.updated_at, post.author_id, OptionalInt(post.series_id),
       std::int64_t{post.series_position}});
  if (!changed) return SlugConflict(changed.error(), "a post", post.slug);
  if (*changed == 0) return Error::NotFound("That post no longer exists.");
  return Ok();
}

Result<std::optional<Post>> SqlStore::FindPostById(std::int64_t id) {
  return First<Post>(Query(kSelectPosts + " WHERE id = $1", {id}), PostFromRow);
}

Result<std::optional<Post>> SqlStore::FindPostBySlug(std::string_view slug) {
  return First<Post>(Query(kSelectPosts + " WHERE slug = $1", {std::string(slug)}), PostFromRow);
}

Result<std::vector<Post>> SqlStore::ListVisiblePosts(const PostFilter& filter, PageRequest page) {
  std::vector<Value> params;
  std::string sql = kSelectPosts + VisibleWhere(filter, params);
  params.emplace_back(std::int64_t{page.limit});
  params.emplace_back(std::int64_t{page.offset});
  sql += " ORDER BY published_at DESC, id DESC LIMIT $" + std::to_string(params.size() - 1) + " OFFSET $" +
         std::to_string(params.size());
  return All<Post>(Query(sql, params), PostFromRow);
}

Result<std::int64_t> SqlStore::CountVisiblePosts(const PostFilter& filter) {
  std::vector<Value> params;
  auto rows = Query("SELECT COUNT(*) FROM posts" + VisibleWhere(filter, params), params);
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<std::vector<Post>> SqlStore::ListPostsGoingLive(UnixSeconds after, UnixSeconds until) {
  return All<Post>(Query(kSelectPosts +
                             " WHERE status IN ('published', 'scheduled') AND published_at > $1 AND published_at <= $2 "
                             "ORDER BY published_at, id",
                         {after, until}),
                   PostFromRow);
}

Result<std::vector<Post>> SqlStore::ListSeriesPosts(std::int64_t series_id) {
  return All<Post>(Query(kSelectPosts + " WHERE series_id = $1 ORDER BY series_position, published_at, id", {series_id}),
                   PostFromRow);
}

Result<std::vector<Post>> SqlStore::ListVisibleSeriesPosts(UnixSeconds now) {
  std::vector<Value> params;
  return All<Post>(Query(kSelectPosts + VisibleWhere(PostFilter{now, std::nullopt, std::nullopt}, params) +
                             " AND series_id IS NOT NULL ORDER BY series_id, series_position, published_at, id",
                         params),
                   PostFromRow);
}

}  // namespace rapport::store::sql
