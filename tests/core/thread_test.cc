#include "core/thread.h"

#include <gtest/gtest.h>

namespace rapport {
namespace {

Comment Make(std::int64_t id, std::optional<std::int64_t> parent, int depth, std::int64_t root, UnixSeconds at,
             CommentStatus status = CommentStatus::kApproved, std::int64_t post = 1) {
  Comment c;
  c.id = id;
  c.post_id = post;
  c.parent_id = parent;
  c.depth = depth;
  c.root_id = root;
  c.created_at = at;
  c.status = status;
  return c;
}

// A chain of comments 1 -> 2 -> 3 -> 4 -> 5 (each replying to the previous), nearest first.
std::vector<Comment> ChainTo(int depth) {
  std::vector<Comment> chain;
  for (int d = depth; d >= 1; --d) {
    chain.push_back(Make(d, d == 1 ? std::nullopt : std::optional<std::int64_t>(d - 1), d, 1, d));
  }
  return chain;
}

TEST(PlaceReplyTest, TopLevelCommentHasDepthOneAndNoParent) {
  auto placed = PlaceReply(1, {}, 5);
  ASSERT_TRUE(placed.ok());
  EXPECT_FALSE(placed->parent_id);
  EXPECT_EQ(placed->depth, 1);
  EXPECT_EQ(placed->root_id, 0);
}

TEST(PlaceReplyTest, ReplyNestsUnderItsParentBelowTheLimit) {
  for (int depth = 1; depth < 5; ++depth) {
    auto placed = PlaceReply(1, ChainTo(depth), 5);
    ASSERT_TRUE(placed.ok());
    EXPECT_EQ(placed->parent_id, depth);
    EXPECT_EQ(placed->depth, depth + 1);
    EXPECT_EQ(placed->root_id, 1);
  }
}

TEST(PlaceReplyTest, ReplyToDeepestCommentSitsBesideIt) {
  auto placed = PlaceReply(1, ChainTo(5), 5);
  ASSERT_TRUE(placed.ok());
  EXPECT_EQ(placed->parent_id, 4);  // the parent of the comment replied to
  EXPECT_EQ(placed->depth, 5);
}

TEST(PlaceReplyTest, CommentsDeeperThanTheLimitStillGetAReplyAtTheLimit) {
  // Imported data, or a limit lowered later: the comment replied to is at depth 7.
  auto placed = PlaceReply(1, ChainTo(7), 5);
  ASSERT_TRUE(placed.ok());
  EXPECT_EQ(placed->parent_id, 4);
  EXPECT_EQ(placed->depth, 5);
}

TEST(PlaceReplyTest, DepthLimitOfOneMakesEveryReplyTopLevel) {
  auto placed = PlaceReply(1, ChainTo(1), 1);
  ASSERT_TRUE(placed.ok());
  EXPECT_FALSE(placed->parent_id);
  EXPECT_EQ(placed->depth, 1);
}

TEST(PlaceReplyTest, ReplyToACommentOfAnotherPostIsRefused) {
  std::vector<Comment> chain = {Make(9, std::nullopt, 1, 9, 0, CommentStatus::kApproved, /*post=*/2)};
  auto placed = PlaceReply(1, chain, 5);
  ASSERT_FALSE(placed.ok());
  EXPECT_EQ(placed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(placed.error().field, "parent_id");
}

TEST(PlaceReplyTest, MissingAncestorsAreAnError) {
  std::vector<Comment> chain = ChainTo(5);
  chain.resize(2);  // only depths 5 and 4 known... depth 4 is the one needed
  EXPECT_TRUE(PlaceReply(1, chain, 5).ok());
  chain.resize(1);
  EXPECT_FALSE(PlaceReply(1, chain, 5).ok());
}

auto Approved() {
  return [](const Comment& c) { return c.status == CommentStatus::kApproved; };
}

TEST(BuildThreadTest, NestsRepliesAndOrdersOldestFirst) {
  std::vector<Comment> comments = {
      Make(3, 1, 2, 1, 30), Make(1, std::nullopt, 1, 1, 10), Make(2, std::nullopt, 1, 2, 20),
      Make(4, 1, 2, 1, 25), Make(5, 4, 3, 1, 40),
  };
  const auto tree = BuildThread(comments, Approved(), ThreadOrder::kOldestFirst);
  ASSERT_EQ(tree.size(), 2u);
  EXPECT_EQ(tree[0].comment->id, 1);
  EXPECT_EQ(tree[1].comment->id, 2);
  ASSERT_EQ(tree[0].replies.size(), 2u);
  EXPECT_EQ(tree[0].replies[0].comment->id, 4);  // 25 before 30
  EXPECT_EQ(tree[0].replies[1].comment->id, 3);
  ASSERT_EQ(tree[0].replies[0].replies.size(), 1u);
  EXPECT_EQ(tree[0].replies[0].replies[0].comment->id, 5);
  EXPECT_EQ(tree[0].replies[0].replies[0].depth, 3);
  EXPECT_EQ(tree[0].CountDescendants(), 3);
}

TEST(BuildThreadTest, NewestFirstAppliesToTopLevelOnly) {
  std::vector<Comment> comments = {Make(1, std::nullopt, 1, 1, 10), Make(2, std::nullopt, 1, 2, 20),
                                   Make(3, 1, 2, 1, 30), Make(4, 1, 2, 1, 15)};
  const auto tree = BuildThread(comments, Approved(), ThreadOrder::kNewestFirst);
  ASSERT_EQ(tree.size(), 2u);
  EXPECT_EQ(tree[0].comment->id, 2);
  EXPECT_EQ(tree[1].replies[0].comment->id, 4);  // replies stay oldest first
}

TEST(BuildThreadTest, TiesOnTimeBreakById) {
  std::vector<Comment> comments = {Make(7, std::nullopt, 1, 7, 10), Make(5, std::nullopt, 1, 5, 10)};
  const auto tree = BuildThread(comments, Approved(), ThreadOrder::kOldestFirst);
  EXPECT_EQ(tree[0].comment->id, 5);
}

TEST(BuildThreadTest, ReplyUnderAHiddenCommentHangsUnderTheNearestVisibleAncestor) {
  std::vector<Comment> comments = {
      Make(1, std::nullopt, 1, 1, 10), Make(2, 1, 2, 1, 20, CommentStatus::kTrash), Make(3, 2, 3, 1, 30),
  };
  const auto tree = BuildThread(comments, Approved(), ThreadOrder::kOldestFirst);
  ASSERT_EQ(tree.size(), 1u);
  ASSERT_EQ(tree[0].replies.size(), 1u);
  EXPECT_EQ(tree[0].replies[0].comment->id, 3);
  EXPECT_EQ(tree[0].replies[0].depth, 2);
}

TEST(BuildThreadTest, RepliesToAHiddenTopLevelCommentBecomeTopLevel) {
  std::vector<Comment> comments = {
      Make(1, std::nullopt, 1, 1, 10, CommentStatus::kSpam), Make(2, 1, 2, 1, 20), Make(3, 1, 2, 1, 30),
      Make(4, 2, 3, 1, 40),
  };
  const auto tree = BuildThread(comments, Approved(), ThreadOrder::kOldestFirst);
  ASSERT_EQ(tree.size(), 2u);
  EXPECT_EQ(tree[0].comment->id, 2);
  EXPECT_EQ(tree[0].depth, 1);
  EXPECT_EQ(tree[0].replies[0].comment->id, 4);
  EXPECT_EQ(tree[0].replies[0].depth, 2);
  EXPECT_EQ(tree[1].comment->id, 3);
}

TEST(BuildThreadTest, OrphansWhoseParentIsAbsentBecomeTopLevel) {
  std::vector<Comment> comments = {Make(1, std::nullopt, 1, 1, 10), Make(8, 99, 2, 99, 5)};
  const auto tree = BuildThread(comments, Approved(), ThreadOrder::kOldestFirst);
  ASSERT_EQ(tree.size(), 2u);
  EXPECT_EQ(tree[0].comment->id, 8);
}

TEST(BuildThreadTest, PendingCommentsShowOnlyWhenTheCallerSaysSo) {
  std::vector<Comment> comments = {Make(1, std::nullopt, 1, 1, 10), Make(2, 1, 2, 1, 20, CommentStatus::kPending)};
  EXPECT_EQ(BuildThread(comments, Approved(), ThreadOrder::kOldestFirst)[0].replies.size(), 0u);
  const auto mine = BuildThread(
      comments, [](const Comment& c) { return c.status == CommentStatus::kApproved || c.id == 2; },
      ThreadOrder::kOldestFirst);
  EXPECT_EQ(mine[0].replies.size(), 1u);
}

TEST(BuildThreadTest, CyclesInDamagedDataDoNotHang) {
  std::vector<Comment> comments = {Make(1, 2, 2, 1, 10), Make(2, 1, 2, 1, 20), Make(3, std::nullopt, 1, 3, 5)};
  const auto tree = BuildThread(comments, Approved(), ThreadOrder::kOldestFirst);
  ASSERT_GE(tree.size(), 1u);
  EXPECT_EQ(tree[0].comment->id, 3);
}

TEST(ThreadNodeTest, FindAndRebase) {
  std::vector<Comment> comments = {Make(1, std::nullopt, 1, 1, 10), Make(2, 1, 2, 1, 20), Make(3, 2, 3, 1, 30)};
  auto tree = BuildThread(comments, Approved(), ThreadOrder::kOldestFirst);
  const ThreadNode* two = tree[0].Find(2);
  ASSERT_NE(two, nullptr);
  ThreadNode branch = *two;
  branch.Rebase(1);
  EXPECT_EQ(branch.depth, 1);
  EXPECT_EQ(branch.replies[0].depth, 2);
  EXPECT_EQ(tree[0].Find(42), nullptr);
}

}  // namespace
}  // namespace rapport
