#include "core/thread.h"

#include <algorithm>
#include <unordered_map>

namespace rapport {

Result<ReplyPlacement> PlaceReply(std::int64_t post_id, const std::vector<Comment>& chain, int max_depth) {
  if (chain.empty()) return ReplyPlacement{};
  const Comment& parent = chain.front();
  if (parent.post_id != post_id) {
    return Error::InvalidArgument("The comment you are replying to belongs to a different post.", "parent_id");
  }
  if (parent.depth < max_depth) {
    return ReplyPlacement{parent.id, parent.root_id, parent.depth + 1};
  }
  // Too deep: attach to the ancestor one level above the deepest allowed, so
  // the reply sits at max_depth beside the comment it answers.
  if (max_depth <= 1) return ReplyPlacement{};
  for (const Comment& ancestor : chain) {
    if (ancestor.depth == max_depth - 1) return ReplyPlacement{ancestor.id, ancestor.root_id, max_depth};
  }
  return Error::Internal("The thread above this comment could not be read.");
}

int ThreadNode::CountDescendants() const {
  int n = 0;
  for (const ThreadNode& reply : replies) n += 1 + reply.CountDescendants();
  return n;
}

void ThreadNode::Rebase(int new_depth) {
  depth = new_depth;
  for (ThreadNode& reply : replies) reply.Rebase(new_depth + 1);
}

const ThreadNode* ThreadNode::Find(std::int64_t id) const {
  if (comment->id == id) return this;
  for (const ThreadNode& reply : replies) {
    if (const ThreadNode* found = reply.Find(id)) return found;
  }
  return nullptr;
}

namespace {

bool Earlier(const Comment* a, const Comment* b) {
  return a->created_at != b->created_at ? a->created_at < b->created_at : a->id < b->id;
}

void SortReplies(ThreadNode& node) {
  std::sort(node.replies.begin(), node.replies.end(),
            [](const ThreadNode& a, const ThreadNode& b) { return Earlier(a.comment, b.comment); });
  for (ThreadNode& reply : node.replies) SortReplies(reply);
}

}  // namespace

std::vector<ThreadNode> BuildThread(const std::vector<Comment>& comments,
                                    const std::function<bool(const Comment&)>& visible, ThreadOrder order) {
  std::unordered_map<std::int64_t, const Comment*> by_id;
  by_id.reserve(comments.size());
  for (const Comment& c : comments) by_id.emplace(c.id, &c);

  // Nearest visible ancestor of each visible comment (nullptr: shown at top level).
  const auto display_parent = [&](const Comment& c) -> const Comment* {
    std::optional<std::int64_t> next = c.parent_id;
    for (std::size_t steps = 0; next && steps <= comments.size(); ++steps) {
      const auto it = by_id.find(*next);
      if (it == by_id.end()) return nullptr;
      if (visible(*it->second)) return it->second;
      next = it->second->parent_id;
    }
    return nullptr;
  };

  std::unordered_map<const Comment*, std::vector<const Comment*>> children;
  std::vector<const Comment*> roots;
  for (const Comment& c : comments) {
    if (!visible(c)) continue;
    if (const Comment* parent = display_parent(c)) {
      children[parent].push_back(&c);
    } else {
      roots.push_back(&c);
    }
  }

  // Recursion depth equals thread depth, which storage caps (PlaceReply, and
  // imports apply the same rule).
  const std::function<ThreadNode(const Comment*)> build = [&](const Comment* c) {
    ThreadNode node;
    node.comment = c;
    if (const auto it = children.find(c); it != children.end()) {
      node.replies.reserve(it->second.size());
      for (const Comment* child : it->second) node.replies.push_back(build(child));
    }
    return node;
  };

  std::sort(roots.begin(), roots.end(), [&](const Comment* a, const Comment* b) {
    return order == ThreadOrder::kOldestFirst ? Earlier(a, b) : Earlier(b, a);
  });
  std::vector<ThreadNode> tree;
  tree.reserve(roots.size());
  for (const Comment* root : roots) {
    tree.push_back(build(root));
    SortReplies(tree.back());
    tree.back().Rebase(1);
  }
  return tree;
}

}  // namespace rapport
