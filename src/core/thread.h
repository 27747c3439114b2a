// Threads: where a new reply goes, and how stored comments become the nested
// tree a page shows.
//
// Placement follows WordPress: threads nest to a maximum depth (5 by
// default); a reply to a comment already at that depth is placed beside it,
// under the same parent, so nothing ever nests deeper.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "core/comment.h"
#include "core/result.h"

namespace rapport {

struct ReplyPlacement {
  std::optional<std::int64_t> parent_id;  // where the reply is attached (may differ from the one replied to)
  std::int64_t root_id = 0;               // 0 for a new top-level comment (its own id, known once stored)
  int depth = 1;
};

// Decides where a new comment on `post_id` goes. `chain` is empty for a
// top-level comment; otherwise it holds the comment being replied to followed
// by its ancestors, nearest first (as far up as needed: max_depth entries are
// always enough). Fails when the comment replied to belongs to another post.
// REQUIRES: max_depth >= 1.
Result<ReplyPlacement> PlaceReply(std::int64_t post_id, const std::vector<Comment>& chain, int max_depth);

struct ThreadNode {
  const Comment* comment = nullptr;  // points into the vector given to BuildThread
  int depth = 1;                     // depth as shown (1 = top level)
  std::vector<ThreadNode> replies;   // oldest first

  // Number of comments below this one, at any depth.
  int CountDescendants() const;
  // Sets this node's depth to `depth` and its replies' accordingly (to show
  // a branch on its own page, starting at the top level).
  void Rebase(int depth);
  // The node for comment `id` in this subtree, or nullptr.
  const ThreadNode* Find(std::int64_t id) const;
};

enum class ThreadOrder { kOldestFirst, kNewestFirst };

// Builds the tree shown to a reader from `comments` (all comments of the
// threads to show, in any status and any order). Only comments for which
// `visible` is true appear. A visible comment whose parent is hidden (held for
// moderation, trashed) or absent hangs under its nearest visible ancestor, or
// becomes a top-level comment when it has none, so a removal never takes the
// replies below it away. Top-level comments follow `order`; replies are
// always oldest first. Ties on time break by id. The returned nodes point
// into `comments`, which must outlive them.
std::vector<ThreadNode> BuildThread(const std::vector<Comment>& comments,
                                    const std::function<bool(const Comment&)>& visible, ThreadOrder order);

}  // namespace rapport
