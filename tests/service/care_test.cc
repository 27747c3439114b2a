// Care and spam defence at submission: what the screener and the spam
// checks do to a comment before it is stored, and who hears of it.
#include <gtest/gtest.h>

#include "screening/screener.h"
#include "testing/desk_fixture.h"

namespace rapport::testing {
namespace {

class CareTest : public DeskFixture {
 protected:
  CareTest()
      : spam_(db_.store(), "column.example"),
        careful_(db_.store(), clock_, options_, bus_, &mail_, &screening::Screener::Default(), &spam_) {}

  Result<service::Submitted> Send(std::string body, std::string address = "addr", std::string email = "") {
    clock_.Advance(30);
    return careful_.Submit({"holding-on-ii", {"Wren", std::move(email), std::move(body), std::nullopt}, {},
                            std::move(address), clock_.Now() - 120, false});
  }

  service::SpamService spam_;
  service::CommentService careful_;
};

TEST_F(CareTest, ACrisisIsHeldFirstAndTheStaffAreToldAtOnce) {
  options_.moderation = service::ModerationPolicy::kApproveAll;
  auto sent = Send("I've read every part of this series. I've decided I'm going to end my life this weekend, "
                   "after my last session.");
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  EXPECT_EQ(sent->comment.risk, RiskLevel::kCrisis);
  EXPECT_EQ(sent->comment.status, CommentStatus::kPending);  // held whatever the policy
  EXPECT_FALSE(sent->comment.risk_reasons.empty());
  // Top of the queue.
  ReaderComment(site_.part_two, "An ordinary comment", std::nullopt, CommentStatus::kPending);
  auto queue = *moderation_.Queue(admin_user_, {});
  EXPECT_EQ(queue.items.front().comment.id, sent->comment.id);
  // The post's author and every moderator and admin hear of it at once.
  std::vector<std::string> to;
  for (const OutgoingMail& m : Outbox()) {
    if (m.kind == "crisis_alert") to.push_back(m.recipient);
  }
  std::sort(to.begin(), to.end());
  EXPECT_EQ(to, (std::vector<std::string>{"admin@example.org", "jo@example.org", "moderator@example.org"}));
  auto detail = *moderation_.Detail(admin_user_, sent->comment.id);
  EXPECT_EQ(detail.events.front().action, "held: may come from someone in crisis");
}

TEST_F(CareTest, DistressIsHeldButIdiomsAreNot) {
  options_.moderation = service::ModerationPolicy::kApproveAll;
  auto passive = Send("Some days I wish I could just go to sleep and not wake up.");
  ASSERT_TRUE(passive.ok());
  EXPECT_EQ(passive->comment.risk, RiskLevel::kConcern);
  EXPECT_EQ(passive->comment.status, CommentStatus::kPending);
  auto idiom = Send("This waiting list is killing me, honestly. Three more weeks!", "addr2");
  ASSERT_TRUE(idiom.ok());
  EXPECT_EQ(idiom->comment.risk, RiskLevel::kNone);
  EXPECT_EQ(idiom->comment.status, CommentStatus::kApproved);
}

TEST_F(CareTest, SomeoneElseAtRiskIsNoticed) {
  auto sent = Send("My sister told me last night that she wants to kill herself, and I don't know what to do.");
  ASSERT_TRUE(sent.ok());
  EXPECT_TRUE(sent->someone_else_at_risk);
}

TEST_F(CareTest, TrapsSendScriptsToTheSpamFolderAndHasteHoldsForALook) {
  options_.moderation = service::ModerationPolicy::kApproveAll;
  auto trapped = careful_.Submit({"holding-on-ii", {"Bot", "", "Great post, thanks", std::nullopt}, {}, "a1",
                                  clock_.Now() - 60, /*trap_filled=*/true});
  ASSERT_TRUE(trapped.ok());
  EXPECT_EQ(trapped->comment.status, CommentStatus::kSpam);
  EXPECT_NE(trapped->comment.spam_reasons.find("hidden field"), std::string::npos);
  // Sent a second after the page was shown: a script, or a person sending a
  // draft the page kept. Alone, that only waits for a moderator.
  auto hasty = careful_.Submit({"holding-on-ii", {"Wren", "", "I wrote this last night and kept it.", std::nullopt},
                                {}, "a2", clock_.Now() - 1, false});
  ASSERT_TRUE(hasty.ok());
  EXPECT_EQ(hasty->comment.status, CommentStatus::kPending);
  EXPECT_NE(hasty->comment.spam_reasons.find("1 s after the form was shown"), std::string::npos);
  EXPECT_EQ(moderation_.Detail(admin_user_, hasty->comment.id)->events.front().action, "held for a look");
  // Haste with another sign of spam goes to the spam folder.
  auto hasty_spam = careful_.Submit({"holding-on-ii", {"Bot", "", "Great post http://bit.ly/abc", std::nullopt},
                                     {}, "a3", clock_.Now(), false});
  ASSERT_TRUE(hasty_spam.ok());
  EXPECT_EQ(hasty_spam->comment.status, CommentStatus::kSpam);
  EXPECT_EQ(moderation_.Detail(admin_user_, hasty_spam->comment.id)->events.front().action, "held as possible spam");
  // Taking one's time is fine.
  auto calm = careful_.Submit({"holding-on-ii", {"Wren", "", "Thank you for the last part.", std::nullopt},
                               {}, "a4", clock_.Now() - 40, false});
  ASSERT_TRUE(calm.ok());
  EXPECT_EQ(calm->comment.status, CommentStatus::kApproved);
  EXPECT_TRUE(calm->comment.spam_reasons.empty());
  // Nothing is lost: it waits in the spam folder.
  service::QueueRequest spam_folder;
  spam_folder.status = CommentStatus::kSpam;
  EXPECT_EQ(moderation_.Queue(admin_user_, spam_folder)->items.size(), 2u);
}

TEST_F(CareTest, SpamRulesHoldObviousSpam) {
  auto sent = careful_.Submit({"holding-on-ii", {"https://cheap-pills.example", "", "nice http://bit.ly/abc", std::nullopt},
                               {}, "a3", clock_.Now() - 60, false});
  ASSERT_TRUE(sent.ok());
  EXPECT_EQ(sent->comment.status, CommentStatus::kSpam);
  EXPECT_FALSE(sent->comment.spam_reasons.empty());
}

TEST_F(CareTest, ACrisisThatAlsoLooksLikeSpamIsStillHeldForCare) {
  auto sent = careful_.Submit({"holding-on-ii", {"Wren", "", "I am going to kill myself tonight.", std::nullopt}, {},
                               "a4", clock_.Now(), /*trap_filled=*/true});
  ASSERT_TRUE(sent.ok());
  EXPECT_EQ(sent->comment.status, CommentStatus::kPending);
  EXPECT_EQ(sent->comment.risk, RiskLevel::kCrisis);
}

TEST_F(CareTest, FloodsFromOneAddressOrEmailWaitAFewMinutes) {
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(Send("Comment number " + std::to_string(i), "busy").ok());
  auto refused = Send("One more", "busy");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kRateLimited);
  clock_.Advance(601);
  EXPECT_TRUE(Send("After a pause", "busy").ok());
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(Send("Mail " + std::to_string(i), "addr-" + std::to_string(i), "same@example.org").ok());
  EXPECT_EQ(Send("Eleventh", "fresh", "same@example.org").error().code, ErrorCode::kRateLimited);
}

TEST_F(CareTest, TheSameCommentTwiceIsPostedOnce) {
  ASSERT_TRUE(Send("I wanted to say thank you.").ok());
  auto again = Send("I wanted to say thank you.", "other-address");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  // Another reader may well write the same words.
  clock_.Advance(30);
  auto someone_else = careful_.Submit({"holding-on-ii", {"Fern", "", "I wanted to say thank you.", std::nullopt}, {},
                                       "third-address", clock_.Now() - 120, false});
  ASSERT_TRUE(someone_else.ok()) << someone_else.error().message;
}

TEST_F(CareTest, TheSpamFilterLearnsFromModeratorsOnly) {
  auto comment = Send("Visit my page for followers");
  ASSERT_TRUE(comment.ok());
  EXPECT_EQ((*s().FindComment(comment->comment.id))->spam_training, "");
  service::ModerationService moderation(s(), clock_, options_, bus_, mail_, &spam_);
  ASSERT_TRUE(moderation.Act(admin_user_, comment->comment.id, service::ModerationAction::kSpam).ok());
  EXPECT_EQ((*s().FindComment(comment->comment.id))->spam_training, "spam");
  ASSERT_TRUE(moderation.Act(admin_user_, comment->comment.id, service::ModerationAction::kRestore).ok());
  EXPECT_EQ((*s().FindComment(comment->comment.id))->spam_training, "ham");  // a false positive teaches too
  EXPECT_TRUE((*s().GetSetting(service::SpamService::kSettingKey)).has_value());
  auto retrained = spam_.Retrain();
  ASSERT_TRUE(retrained.ok());
  EXPECT_EQ(retrained->spam, 0);  // now pending: neither lesson counts
}

}  // namespace
}  // namespace rapport::testing
