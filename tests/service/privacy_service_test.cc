#include "service/privacy_service.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "testing/desk_fixture.h"

namespace rapport::testing {
namespace {

class PrivacyServiceTest : public DeskFixture {
 protected:
  PrivacyServiceTest()
      : privacy_(db_.store(), clock_, options_, bus_, mail_,
                 [](const std::string& email, service::PrivacyRequest r, UnixSeconds until) {
                   return "/privacy/confirm?email=" + email + "&action=" + std::string(service::PrivacyRequestName(r)) +
                          "&until=" + std::to_string(until);
                 }) {}
  service::PrivacyService privacy_;
};

TEST_F(PrivacyServiceTest, AWriterMayChangeTheirCommentForAWhile) {
  Comment c = ReaderComment(site_.part_one, "First thoughts");
  const std::vector<std::int64_t> mine = {c.id};
  EXPECT_TRUE(privacy_.CanStillChange(c, mine));
  EXPECT_FALSE(privacy_.CanStillChange(c, {}));
  auto edited = privacy_.EditOwn(c.id, mine, "Wren", "Second thoughts");
  ASSERT_TRUE(edited.ok());
  EXPECT_EQ((*s().FindComment(c.id))->body_markdown, "Second thoughts");
  EXPECT_EQ(privacy_.EditOwn(c.id, {}, "Wren", "Someone else's change").error().code, ErrorCode::kForbidden);
  clock_.Advance(options_.edit_window_seconds + 1);
  EXPECT_EQ(privacy_.EditOwn(c.id, mine, "Wren", "Too late").error().code, ErrorCode::kForbidden);
  EXPECT_EQ((*s().FindComment(c.id))->body_markdown, "Second thoughts");
}

TEST_F(PrivacyServiceTest, TakingBackAComment) {
  Comment alone = ReaderComment(site_.part_one, "Never mind");
  ASSERT_TRUE(privacy_.DeleteOwn(alone.id, {alone.id}).ok());
  EXPECT_FALSE(*s().FindComment(alone.id));
  Comment answered = ReaderComment(site_.part_one, "Something personal");
  ReaderComment(site_.part_one, "A kind reply", answered.id);
  ASSERT_TRUE(privacy_.DeleteOwn(answered.id, {answered.id}).ok());
  auto kept = **s().FindComment(answered.id);  // its place stays, for the reply below it
  EXPECT_TRUE(kept.erased_at.has_value());
  EXPECT_EQ(kept.author_name, "Former reader");
  EXPECT_EQ(kept.body_markdown, "");
}

TEST_F(PrivacyServiceTest, RequestsAreConfirmedByMailAndRevealNothing) {
  ReaderComment(site_.part_one, "Mine", std::nullopt, CommentStatus::kApproved, "me@example.org");
  ASSERT_TRUE(privacy_.Request("me@example.org", service::PrivacyRequest::kExport).ok());
  ASSERT_TRUE(privacy_.Request("stranger@example.org", service::PrivacyRequest::kErase).ok());  // same answer
  const auto mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].recipient, "me@example.org");
  EXPECT_NE(mails[0].body.find("action=export"), std::string::npos);
  EXPECT_EQ(privacy_.Request("not an address", service::PrivacyRequest::kExport).error().code,
            ErrorCode::kInvalidArgument);
}

TEST_F(PrivacyServiceTest, ExportAndErasure) {
  Comment mine = ReaderComment(site_.part_one, "My words", std::nullopt, CommentStatus::kApproved, "me@example.org");
  ReaderComment(site_.part_one, "A reply to me", mine.id);
  ReaderComment(site_.part_two, "Someone else", std::nullopt, CommentStatus::kApproved, "other@example.org");
  auto exported = privacy_.Export("me@example.org");
  ASSERT_TRUE(exported.ok());
  const auto json = boost::json::parse(*exported).as_object();
  ASSERT_EQ(json.at("comments").as_array().size(), 1u);
  EXPECT_EQ(json.at("comments").as_array()[0].at("text").as_string(), "My words");
  EXPECT_EQ(json.at("comments").as_array()[0].at("post").as_string(), "Holding On I");
  EXPECT_FALSE(json.at("comments").as_array()[0].as_object().contains("care"));
  // What staff thought of the writer is theirs to see too.
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, mine.id, RiskLevel::kConcern).ok());
  EXPECT_EQ(boost::json::parse(*privacy_.Export("me@example.org")).at("comments").as_array()[0].at("care").as_string(),
            "After reading it, the site's staff thought its writer might be struggling.");

  announced_.clear();
  EXPECT_EQ(*privacy_.Erase("me@example.org"), 1);
  auto erased = **s().FindComment(mine.id);
  EXPECT_EQ(erased.author_name, "Former reader");
  EXPECT_EQ(erased.body_markdown, "");
  EXPECT_EQ(erased.author_email, "");
  EXPECT_FALSE(announced_.empty());
  EXPECT_TRUE(privacy_.Export("me@example.org").ok());
  EXPECT_EQ(boost::json::parse(*privacy_.Export("me@example.org")).at("comments").as_array().size(), 0u);
  EXPECT_EQ((**s().FindComment(mine.id + 2)).author_email, "other@example.org");  // others untouched
}

TEST_F(PrivacyServiceTest, RetentionForgetsAddressHashes) {
  Comment c;
  c.post_id = site_.part_one.id;
  c.author_name = "x";
  c.body_markdown = "y";
  c.address_hash = "abc";
  c.created_at = clock_.Now();
  const std::int64_t id = s().InsertComment(c)->id;
  EXPECT_EQ(*privacy_.Purge(), 0);
  clock_.Advance(options_.retention_seconds + 1);
  EXPECT_GE(*privacy_.Purge(), 1);
  EXPECT_EQ((**s().FindComment(id)).address_hash, "");
}

}  // namespace
}  // namespace rapport::testing
