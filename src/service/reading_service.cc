#include "service/reading_service.h"

#include <algorithm>
#include <unordered_map>

#include "service/change_bus.h"

namespace rapport::service {
namespace {

Pagination Paginate(int page, std::int64_t total_items, int per_page) {
  Pagination p;
  p.total_items = total_items;
  p.total_pages = std::max<int>(1, static_cast<int>((total_items + per_page - 1) / per_page));
  p.page = std::clamp(page, 1, p.total_pages);
  return p;
}

Error PostNotFound() {
  return Error::NotFound("We couldn't find that post. It may have moved, or it isn't published yet.");
}

PostLink LinkTo(const Post& post) { return {post.slug, post.title, post.series_position}; }

// Decides what the viewer sees: approved public comments; their own comments
// still awaiting moderation, or not published (marked); their own private
// questions and the author's private answers to them (marked). Nobody else's.
std::vector<ThreadNode> BuildVisibleTree(ThreadPage& thread, const std::vector<std::int64_t>& own_ids,
                                         ThreadOrder order) {
  const std::set<std::int64_t> own(own_ids.begin(), own_ids.end());
  for (const Comment& c : thread.comments) {
    const bool mine = own.count(c.id) > 0;
    // Held as possible spam, a writer's comment still shows to them as waiting: a person will look at it.
    if (mine && (c.status == CommentStatus::kPending || c.status == CommentStatus::kSpam) && !c.erased_at) {
      thread.own_pending.insert(c.id);
    }
    // Not published is never simply gone: its writer still sees it, marked.
    if (mine && c.status == CommentStatus::kTrash && !c.erased_at && !c.is_private) thread.own_unpublished.insert(c.id);
    const bool answer_to_mine = c.is_private && c.status == CommentStatus::kApproved && c.parent_id &&
                                own.count(*c.parent_id) > 0;
    if (c.is_private && ((mine && c.status != CommentStatus::kSpam && c.status != CommentStatus::kTrash) ||
                         answer_to_mine)) {
      thread.shown_private.insert(c.id);
    }
  }
  return BuildThread(
      thread.comments,
      [&](const Comment& c) {
        return (c.status == CommentStatus::kApproved && !c.is_private) || thread.own_pending.count(c.id) > 0 ||
               thread.shown_private.count(c.id) > 0 || thread.own_unpublished.count(c.id) > 0;
      },
      order);
}
}  // namespace

ReadingService::ReadingService(store::Store& store, const Clock& clock, const SiteOptions& options)
    : store_(store), clock_(clock), options_(options) {}

Result<User> ReadingService::Author(std::int64_t id) {
  auto user = store_.FindUserById(id);
  if (!user) return user.error();
  if (!*user) {
    User unknown;
    unknown.id = id;
    unknown.display_name = "Unknown author";
    return unknown;
  }
  return **user;
}

Result<PostSummary> ReadingService::Summarize(Post post, bool with_series) {
  PostSummary summary;
  auto author = Author(post.author_id);
  if (!author) return author.error();
  summary.author = std::move(*author);
  if (with_series && post.series_id) {
    auto series = store_.FindSeriesById(*post.series_id);
    if (!series) return series.error();
    auto parts = store_.ListSeriesPosts(*post.series_id);
    if (!parts) return parts.error();
    if (*series) {
      const UnixSeconds now = clock_.Now();
      std::vector<Post> visible;
      for (Post& p : *parts) {
        if (IsVisibleAt(p, now)) visible.push_back(std::move(p));
      }
      SeriesPlace place;
      place.series = std::move(**series);
      place.total = static_cast<int>(visible.size());
      place.position = post.series_position;
      for (std::size_t i = 0; i < visible.size(); ++i) {
        if (visible[i].id != post.id) continue;
        if (i > 0) place.previous = LinkTo(visible[i - 1]);
        if (i + 1 < visible.size()) place.next = LinkTo(visible[i + 1]);
      }
      summary.series = std::move(place);
    }
  }
  auto counts = store_.CountApprovedComments({post.id});
  if (!counts) return counts.error();
  summary.comment_count = (*counts)[post.id];
  summary.post = std::move(post);
  return summary;
}

Result<std::vector<PostSummary>> ReadingService::SummarizeAll(std::vector<Post> posts) {
  std::vector<PostSummary> out;
  out.reserve(posts.size());
  for (Post& post : posts) {
    auto summary = Summarize(std::move(post), /*with_series=*/true);
    if (!summary) return summary.error();
    out.push_back(std::move(*summary));
  }
  return out;
}

Result<HomePage> ReadingService::Home(int page) {
  store::PostFilter filter{clock_.Now(), std::nullopt, std::nullopt};
  auto total = store_.CountVisiblePosts(filter);
  if (!total) return total.error();
  HomePage home;
  home.pagination = Paginate(page, *total, options_.posts_per_page);
  if (page > home.pagination.total_pages) return Error::NotFound("There is no page " + std::to_string(page) + " here.");
  auto posts = store_.ListVisiblePosts(
      filter, {(home.pagination.page - 1) * options_.posts_per_page, options_.posts_per_page});
  if (!posts) return posts.error();
  auto summaries = SummarizeAll(std::move(*posts));
  if (!summaries) return summaries.error();
  home.posts = std::move(*summaries);
  home.tags = {tags::kPosts, tags::kSite};
  for (const PostSummary& s : home.posts) {
    home.tags.push_back(tags::Post(s.post.id));
    home.tags.push_back(tags::Comments(s.post.id));
    if (s.post.series_id) home.tags.push_back(tags::Series(*s.post.series_id));
  }
  return home;
}

Result<PostSummary> ReadingService::VisiblePost(std::string_view slug) {
  auto post = store_.FindPostBySlug(slug);
  if (!post) return post.error();
  if (!*post || !IsVisibleAt(**post, clock_.Now())) return PostNotFound();
  return Summarize(std::move(**post), /*with_series=*/true);
}

Result<ThreadPage> ReadingService::LoadThread(const Post& post, const ThreadRequest& request) {
  store::ThreadQuery query;
  query.post_id = post.id;
  query.also_visible_ids = request.own_comment_ids;
  query.order = request.order.value_or(options_.comment_order);
  auto roots_total = store_.CountThreadRoots(query);
  if (!roots_total) return roots_total.error();

  ThreadPage thread;
  thread.pagination = Paginate(request.page, *roots_total, options_.threads_per_page);
  query.page = {(thread.pagination.page - 1) * options_.threads_per_page, options_.threads_per_page};
  auto roots = store_.ListThreadRoots(query);
  if (!roots) return roots.error();
  auto comments = store_.ListThreadComments(post.id, *roots);
  if (!comments) return comments.error();
  thread.comments = std::move(*comments);

  thread.tree = BuildVisibleTree(thread, request.own_comment_ids, query.order);
  auto counts = store_.CountApprovedComments({post.id});
  if (!counts) return counts.error();
  thread.approved_count = (*counts)[post.id];
  return thread;
}

Result<PostPage> ReadingService::PostBySlug(std::string_view slug, const ThreadRequest& request) {
  auto summary = VisiblePost(slug);
  if (!summary) return summary.error();
  PostPage page;
  page.summary = std::move(*summary);
  const Post& post = page.summary.post;
  auto terms = store_.ListPostTerms(post.id);
  if (!terms) return terms.error();
  page.terms = std::move(*terms);
  auto thread = LoadThread(post, request);
  if (!thread) return thread.error();
  page.thread = std::move(*thread);
  page.tags = {tags::Post(post.id), tags::Comments(post.id), tags::kSite, tags::kPosts};
  if (post.series_id) page.tags.push_back(tags::Series(*post.series_id));
  for (const Term& t : page.terms) page.tags.push_back(tags::Term(t.id));
  return page;
}

Result<PostPage> ReadingService::Branch(std::string_view slug, std::int64_t comment_id, const ThreadRequest& request) {
  auto summary = VisiblePost(slug);
  if (!summary) return summary.error();
  const Error gone = Error::NotFound("We couldn't find that comment. It may be awaiting moderation or have been removed.");
  auto comment = store_.FindComment(comment_id);
  if (!comment) return comment.error();
  if (!*comment || (*comment)->post_id != summary->post.id) return gone;

  PostPage page;
  page.summary = std::move(*summary);
  auto comments = store_.ListThreadComments(page.summary.post.id, {(*comment)->root_id});
  if (!comments) return comments.error();
  ThreadPage& thread = page.thread;
  thread.comments = std::move(*comments);
  const std::vector<ThreadNode> tree = BuildVisibleTree(thread, request.own_comment_ids, ThreadOrder::kOldestFirst);
  for (const ThreadNode& root : tree) {
    if (const ThreadNode* found = root.Find(comment_id)) {
      ThreadNode branch = *found;
      branch.Rebase(1);
      thread.tree.push_back(std::move(branch));
      break;
    }
  }
  if (thread.tree.empty()) return gone;
  thread.focus_id = comment_id;
  auto counts = store_.CountApprovedComments({page.summary.post.id});
  if (!counts) return counts.error();
  thread.approved_count = (*counts)[page.summary.post.id];
  page.tags = {tags::Post(page.summary.post.id), tags::Comments(page.summary.post.id), tags::kSite};
  return page;
}

Result<Comment> ReadingService::VisibleComment(const Post& post, std::int64_t id,
                                              const std::vector<std::int64_t>& own_comment_ids) {
  auto comment = store_.FindComment(id);
  if (!comment) return comment.error();
  const bool own = std::find(own_comment_ids.begin(), own_comment_ids.end(), id) != own_comment_ids.end();
  const bool is_public = *comment && (*comment)->status == CommentStatus::kApproved && !(*comment)->is_private;
  if (!*comment || (*comment)->post_id != post.id ||
      !(is_public || (own && (*comment)->status == CommentStatus::kPending))) {
    return Error::NotFound("We couldn't find that comment. It may be awaiting moderation or have been removed.");
  }
  return std::move(**comment);
}

Result<int> ReadingService::PageOfComment(const Comment& comment, const ThreadRequest& request) {
  store::ThreadQuery query;
  query.post_id = comment.post_id;
  query.also_visible_ids = request.own_comment_ids;
  query.order = request.order.value_or(options_.comment_order);
  auto before = store_.CountThreadRootsBefore(query, comment.root_id);
  if (!before) return before.error();
  return static_cast<int>(*before / options_.threads_per_page) + 1;
}

Result<WriterView> ReadingService::ForWriter(std::int64_t comment_id) {
  auto comment = store_.FindComment(comment_id);
  if (!comment) return comment.error();
  if (!*comment) return Error::NotFound("We couldn't find that comment.");
  auto post = store_.FindPostById((*comment)->post_id);
  if (!post) return post.error();
  if (!*post) return Error::NotFound("We couldn't find that comment.");
  WriterView view;
  view.post = LinkTo(**post);
  view.post_visible = IsVisibleAt(**post, clock_.Now());
  auto replies = store_.ListReplies(comment_id);
  if (!replies) return replies.error();
  for (Comment& r : *replies) {
    if (r.user_id && r.status == CommentStatus::kApproved) view.staff_replies.push_back(std::move(r));
  }
  view.comment = std::move(**comment);
  return view;
}

Result<Directory> ReadingService::SiteDirectory() {
  Directory directory;
  directory.tags = {tags::kPosts, tags::kSite};
  auto series = store_.ListSeries();
  if (!series) return series.error();
  const UnixSeconds now = clock_.Now();
  auto visible = store_.ListVisibleSeriesPosts(now);
  if (!visible) return visible.error();
  std::unordered_map<std::int64_t, std::vector<PostLink>> parts_of;
  for (const Post& p : *visible) parts_of[*p.series_id].push_back({p.slug, p.title, p.series_position});
  for (Series& s : *series) {
    auto parts = parts_of.find(s.id);
    if (parts == parts_of.end()) continue;  // announced with its first visible part
    Directory::SeriesEntry entry;
    entry.parts = std::move(parts->second);
    directory.tags.push_back(tags::Series(s.id));
    entry.series = std::move(s);
    directory.series.push_back(std::move(entry));
  }
  auto categories = store_.ListTerms(TermKind::kCategory);
  if (!categories) return categories.error();
  for (Term& t : *categories) {
    auto count = store_.CountVisiblePosts(store::PostFilter{now, t.id, std::nullopt});
    if (!count) return count.error();
    if (*count == 0) continue;
    directory.tags.push_back(tags::Term(t.id));
    directory.categories.push_back({std::move(t), *count});
  }
  return directory;
}

Result<SeriesPage> ReadingService::SeriesBySlug(std::string_view slug) {
  auto series = store_.FindSeriesBySlug(slug);
  if (!series) return series.error();
  if (!*series) return Error::NotFound("We couldn't find that series.");
  auto parts = store_.ListSeriesPosts((*series)->id);
  if (!parts) return parts.error();
  const UnixSeconds now = clock_.Now();
  std::vector<Post> visible;
  for (Post& p : *parts) {
    if (IsVisibleAt(p, now)) visible.push_back(std::move(p));
  }
  // A series is announced with its first visible part, not before.
  if (visible.empty()) return Error::NotFound("We couldn't find that series.");
  SeriesPage page;
  page.series = std::move(**series);
  auto summaries = SummarizeAll(std::move(visible));
  if (!summaries) return summaries.error();
  page.posts = std::move(*summaries);
  page.tags = {tags::Series(page.series.id), tags::kPosts, tags::kSite};
  for (const PostSummary& s : page.posts) page.tags.push_back(tags::Comments(s.post.id));
  return page;
}

Result<TermPage> ReadingService::TermBySlug(TermKind kind, std::string_view slug, int page_number) {
  auto term = store_.FindTerm(kind, slug);
  if (!term) return term.error();
  if (!*term) return Error::NotFound(kind == TermKind::kTag ? "We couldn't find that tag." : "We couldn't find that category.");
  store::PostFilter filter{clock_.Now(), (*term)->id, std::nullopt};
  auto total = store_.CountVisiblePosts(filter);
  if (!total) return total.error();
  TermPage page;
  page.term = std::move(**term);
  page.pagination = Paginate(page_number, *total, options_.posts_per_page);
  if (page_number > page.pagination.total_pages) return Error::NotFound("There is no page " + std::to_string(page_number) + " here.");
  auto posts = store_.ListVisiblePosts(
      filter, {(page.pagination.page - 1) * options_.posts_per_page, options_.posts_per_page});
  if (!posts) return posts.error();
  auto summaries = SummarizeAll(std::move(*posts));
  if (!summaries) return summaries.error();
  page.posts = std::move(*summaries);
  page.tags = {tags::Term(page.term.id), tags::kPosts, tags::kSite};
  for (const PostSummary& s : page.posts) page.tags.push_back(tags::Comments(s.post.id));
  return page;
}

}  // namespace rapport::service
