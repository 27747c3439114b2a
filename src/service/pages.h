// What a reader's page shows, as plain data: services build these from the
// store, render/ turns them into HTML and http/ into JSON. Each page also
// lists the ChangeBus tags it was built from, so a cached copy can be dropped
// exactly when one of them changes.
//
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/comment.h"
#include "core/post.h"
#include "core/thread.h"
#include "core/user.h"

namespace rapport::service {

struct Pagination {
  int page = 1;  // 1-based
  int total_pages = 1;
  std::int64_t total_items = 0;
};

struct PostLink {
  std::string slug;
  std::string title;
  int series_position = 0;
};

// Where a post sits in its series ("Part 4 of 4"), with its neighbours.
struct SeriesPlace {
  Series series;
  int position = 0;
  int total = 0;  // published parts
  std::optional<PostLink> previous;
  std::optional<PostLink> next;
};

struct PostSummary {
  Post post;
  User author;
  std::optional<SeriesPlace> series;
  std::int64_t comment_count = 0;  // approved
};

// One page of a post's threads. `tree` points into `comments`: keep them
// together (moving is fine, copying is not).
struct ThreadPage {
  ThreadPage() = default;
  ThreadPage(ThreadPage&&) = default;
  ThreadPage& operator=(ThreadPage&&) = default;
  ThreadPage(const ThreadPage&) = delete;
  ThreadPage& operator=(const ThreadPage&) = delete;

  std::vector<Comment> comments;        // storage for the nodes of `tree`
  std::vector<ThreadNode> tree;
  Pagination pagination;                // over top-level comments
  std::int64_t approved_count = 0;      // all approved comments of the post
  std::set<std::int64_t> own_pending;   // shown only to their writer, marked as awaiting moderation
  std::set<std::int64_t> shown_private;  // private questions and answers shown to their writer
  std::set<std::int64_t> own_unpublished;  // the writer's own comments a moderator did not publish, shown only to them
  std::optional<std::int64_t> focus_id;  // set when showing one branch ("continue this thread")
};

struct HomePage {
  std::vector<PostSummary> posts;
  Pagination pagination;
  std::vector<std::string> tags;
};

struct PostPage {
  PostSummary summary;
  std::vector<Term> terms;
  ThreadPage thread;
  std::vector<std::string> tags;
};

struct SeriesPage {
  Series series;
  std::vector<PostSummary> posts;  // published, in series order
  std::vector<std::string> tags;
};

// A writer's own comment, seen through their signed link.
struct WriterView {
  Comment comment;
  PostLink post;
  bool post_visible = false;
  std::vector<Comment> staff_replies;  // approved replies by staff, public or private
};

// Where a reader can go, as the contents page and the "page not found" page
// list it. Only what a reader can open: a series with at least one visible
// part, a category with at least one visible post (a series whose parts are
// all drafts is not announced).
struct Directory {
  struct SeriesEntry {
    Series series;
    std::vector<PostLink> parts;  // visible, in series order
  };
  struct CategoryEntry {
    Term category;
    std::int64_t posts = 0;  // visible posts
  };
  std::vector<SeriesEntry> series;        // by title
  std::vector<CategoryEntry> categories;  // by name
  std::vector<std::string> tags;
};

struct TermPage {
  Term term;
  std::vector<PostSummary> posts;
  Pagination pagination;
  std::vector<std::string> tags;
};

}  // namespace rapport::service
