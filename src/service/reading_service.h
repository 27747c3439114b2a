// ReadingService: everything a reader can look at — the home page, a post
// with its series and its threads, a series, a category or tag, one branch of
// a long thread. Only published posts (and scheduled ones whose time has
// come) are shown; only approved comments, plus the viewer's own comments
// that still await moderation.
//
// Thread safety: thread-safe (stateless over a thread-safe Store).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "service/pages.h"
#include "service/site_options.h"
#include "store/store.h"

namespace rapport::service {

// What the reader asked for when opening a thread.
struct ThreadRequest {
  int page = 1;
  std::optional<ThreadOrder> order;  // default: the site's order
  // Ids of comments this browser wrote (from its signed cookie); those still
  // awaiting moderation are shown to it, marked as such.
  std::vector<std::int64_t> own_comment_ids;
};

class ReadingService {
 public:
  ReadingService(store::Store& store, const Clock& clock, const SiteOptions& options);

  Result<HomePage> Home(int page);
  Result<PostPage> PostBySlug(std::string_view slug, const ThreadRequest& request);
  // The branch of a thread starting at `comment_id`, as its own page.
  Result<PostPage> Branch(std::string_view slug, std::int64_t comment_id, const ThreadRequest& request);
  Result<SeriesPage> SeriesBySlug(std::string_view slug);
  Result<TermPage> TermBySlug(TermKind kind, std::string_view slug, int page);
  // Comment `id` of `post` if this viewer may see it (approved, or their own
  // and pending); NotFound otherwise.
  Result<Comment> VisibleComment(const Post& post, std::int64_t id, const std::vector<std::int64_t>& own_comment_ids);
  // The page of the post's threads on which `comment` appears for this viewer.
  Result<int> PageOfComment(const Comment& comment, const ThreadRequest& request);
  // A comment as its writer sees it through their signed link, whatever its
  // status, with the staff's replies (private answers included).
  Result<WriterView> ForWriter(std::int64_t comment_id);
  // Every series and category a reader can open (pages.h), for the contents
  // page and "page not found".
  Result<Directory> SiteDirectory();
  // A visible post by slug (NotFound otherwise), without its thread.
  Result<PostSummary> VisiblePost(std::string_view slug);

 private:
  Result<PostSummary> Summarize(Post post, bool with_series);
  Result<std::vector<PostSummary>> SummarizeAll(std::vector<Post> posts);
  Result<ThreadPage> LoadThread(const Post& post, const ThreadRequest& request);
  Result<User> Author(std::int64_t id);

  store::Store& store_;
  const Clock& clock_;
  const SiteOptions& options_;
};

}  // namespace rapport::service
