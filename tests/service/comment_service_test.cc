#include "service/comment_service.h"

#include <gtest/gtest.h>

#include "testing/fake_clock.h"
#include "testing/test_store.h"

namespace rapport::service {
namespace {

using testing::Backend;

class CommentServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(db_.ok());
    site_ = testing::PlantSampleSite(db_.store(), clock_.Now());
    bus_.Subscribe([this](const std::vector<std::string>& tags) { published_.insert(published_.end(), tags.begin(), tags.end()); });
  }

  Result<Comment> Submit(CommentInput input, const std::string& slug = "holding-on-ii",
                         const std::vector<std::int64_t>& own = {}) {
    CommentService service(db_.store(), clock_, options_, bus_);
    return service.Submit(slug, std::move(input), own);
  }

  CommentInput Input(std::string body, std::optional<std::int64_t> parent = std::nullopt) {
    return {"Wren", "wren@example.org", std::move(body), parent};
  }

  testing::TestStore db_{testing::DefaultBackend()};
  testing::FakeClock clock_;
  SiteOptions options_;
  ChangeBus bus_;
  std::vector<std::string> published_;
  testing::SampleSite site_;
};

TEST_F(CommentServiceTest, NewCommentsWaitForModerationByDefault) {
  auto stored = Submit(Input("  This is an essay, I am so sorry.  "));
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(stored->status, CommentStatus::kPending);
  EXPECT_EQ(stored->body_markdown, "This is an essay, I am so sorry.");
  EXPECT_EQ(stored->created_at, clock_.Now());
  EXPECT_EQ(stored->depth, 1);
  EXPECT_EQ(stored->root_id, stored->id);
  EXPECT_FALSE(stored->is_author_reply);
  EXPECT_TRUE(published_.empty());  // nothing public changed
}

TEST_F(CommentServiceTest, ApproveAllPublishesAtOnceAndInvalidatesThePost) {
  options_.moderation = ModerationPolicy::kApproveAll;
  auto stored = Submit(Input("Thank you."));
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->status, CommentStatus::kApproved);
  EXPECT_EQ(published_, (std::vector<std::string>{"comments:" + std::to_string(site_.part_two.id)}));
}

TEST_F(CommentServiceTest, ApproveKnownWritersNeedsAnEarlierApprovedComment) {
  options_.moderation = ModerationPolicy::kApproveKnownWriters;
  auto first = Submit(Input("First time."));
  EXPECT_EQ(first->status, CommentStatus::kPending);
  ASSERT_TRUE(db_.store().SetCommentStatus(first->id, CommentStatus::kApproved).ok());
  EXPECT_EQ(Submit(Input("Back again."))->status, CommentStatus::kApproved);
  CommentInput anonymous{"Wren", "", "No email.", std::nullopt};
  EXPECT_EQ(Submit(anonymous)->status, CommentStatus::kPending);
  CommentInput other{"Not Wren", "wren@example.org", "Same email, other name.", std::nullopt};
  EXPECT_EQ(Submit(other)->status, CommentStatus::kPending);
}

TEST_F(CommentServiceTest, RepliesNestAndCapAtTheConfiguredDepth) {
  options_.moderation = ModerationPolicy::kApproveAll;
  options_.max_thread_depth = 3;
  auto one = Submit(Input("one"));
  auto two = Submit(Input("two", one->id));
  auto three = Submit(Input("three", two->id));
  auto four = Submit(Input("four", three->id));
  ASSERT_TRUE(four.ok());
  EXPECT_EQ(two->depth, 2);
  EXPECT_EQ(three->depth, 3);
  EXPECT_EQ(four->depth, 3);
  EXPECT_EQ(four->parent_id, two->id);  // beside "three", not under it
  EXPECT_EQ(four->root_id, one->id);
}

TEST_F(CommentServiceTest, ReportsEveryProblemAtOnceAndStoresNothing) {
  CommentInput bad{"", "nope", "", 999999};
  auto stored = Submit(bad);
  ASSERT_FALSE(stored.ok());
  std::vector<std::string> fields = {stored.error().field};
  for (const Error& e : stored.error().details) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"author_name", "author_email", "body", "parent_id"}));
  EXPECT_TRUE(db_.store().CountCommentsByStatus()->empty());
}

TEST_F(CommentServiceTest, AReplyMustStayOnItsPost) {
  options_.moderation = ModerationPolicy::kApproveAll;
  auto elsewhere = Submit(Input("on part one"), "holding-on-i");
  auto reply = Submit(Input("reply", elsewhere->id), "holding-on-ii");
  ASSERT_FALSE(reply.ok());
  EXPECT_EQ(reply.error().field, "parent_id");
}

TEST_F(CommentServiceTest, RepliesToHiddenCommentsAreRefusedUnlessTheyAreYourOwnPending) {
  auto pending = Submit(Input("waiting"));
  ASSERT_EQ(pending->status, CommentStatus::kPending);
  EXPECT_FALSE(Submit(Input("someone else", pending->id)).ok());
  EXPECT_TRUE(Submit(Input("my own follow-up", pending->id), "holding-on-ii", {pending->id}).ok());
  ASSERT_TRUE(db_.store().SetCommentStatus(pending->id, CommentStatus::kTrash).ok());
  EXPECT_FALSE(Submit(Input("after trash", pending->id), "holding-on-ii", {pending->id}).ok());
}

TEST_F(CommentServiceTest, OnlyVisiblePostsTakeComments) {
  Post draft = site_.part_one;
  draft.id = 0;
  draft.slug = "unpublished";
  draft.status = PostStatus::kDraft;
  ASSERT_TRUE(db_.store().CreatePost(draft).ok());
  EXPECT_EQ(Submit(Input("hello"), "unpublished").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Submit(Input("hello"), "no-such-post").error().code, ErrorCode::kNotFound);
}

TEST_F(CommentServiceTest, OversizedCommentIsTooLarge) {
  options_.comment_limits.max_body_bytes = 100;
  auto stored = Submit(Input(std::string(101, 'x')));
  ASSERT_FALSE(stored.ok());
  EXPECT_EQ(stored.error().code, ErrorCode::kTooLarge);
  EXPECT_EQ(stored.error().field, "body");
}

}  // namespace
}  // namespace rapport::service
