#include <gtest/gtest.h>

#include <sstream>

#include <boost/json.hpp>

#include "service/judged_comments.h"
#include "testing/desk_fixture.h"

namespace rapport::testing {
namespace {

using service::ModerationAction;

class ModerationServiceTest : public DeskFixture {};

TEST_F(ModerationServiceTest, AnAuthorModeratesOnlyCommentsOnTheirOwnPosts) {
  Comment c = ReaderComment(site_.part_one, "Hello", std::nullopt, CommentStatus::kPending);
  EXPECT_EQ(moderation_.Act(other_author_, c.id, ModerationAction::kApprove).error().code, ErrorCode::kForbidden);
  EXPECT_EQ((*s().FindComment(c.id))->status, CommentStatus::kPending);  // refused, unchanged
  EXPECT_TRUE(moderation_.Act(site_.author, c.id, ModerationAction::kApprove).ok());
  EXPECT_TRUE(moderation_.Act(moderator_, c.id, ModerationAction::kSpam).ok());
  EXPECT_TRUE(moderation_.Act(admin_user_, c.id, ModerationAction::kRestore).ok());
  EXPECT_TRUE(moderation_.Queue(other_author_, {})->items.empty());
  EXPECT_EQ(moderation_.Queue(site_.author, {})->items.size(), 1u);
}

TEST_F(ModerationServiceTest, ActionsAreRecordedAndRefreshThePage) {
  Comment c = ReaderComment(site_.part_one, "Hello", std::nullopt, CommentStatus::kPending);
  announced_.clear();
  ASSERT_TRUE(moderation_.Act(moderator_, c.id, ModerationAction::kApprove).ok());
  EXPECT_EQ(announced_, (std::vector<std::string>{service::tags::Comments(site_.part_one.id)}));
  announced_.clear();
  ASSERT_TRUE(moderation_.Act(moderator_, c.id, ModerationAction::kTrash).ok());
  EXPECT_FALSE(announced_.empty());  // it left the page
  announced_.clear();
  ASSERT_TRUE(moderation_.Act(moderator_, c.id, ModerationAction::kRestore).ok());
  EXPECT_TRUE(announced_.empty());  // trash to pending: nothing public changed
  auto detail = moderation_.Detail(admin_user_, c.id);
  ASSERT_TRUE(detail.ok());
  ASSERT_EQ(detail->events.size(), 3u);
  EXPECT_EQ(detail->events[0].action, "approved");
  EXPECT_EQ(detail->events[0].user_id, moderator_.id);
  EXPECT_EQ(detail->events[1].action, "moved to the trash");
  EXPECT_EQ(detail->staff_names.at(moderator_.id), "moderator");
}

TEST_F(ModerationServiceTest, BulkActionsSkipWhatTheViewerMayNotTouch) {
  Comment mine = ReaderComment(site_.part_one, "a", std::nullopt, CommentStatus::kPending);
  Comment also = ReaderComment(site_.part_two, "b", std::nullopt, CommentStatus::kPending);
  auto changed = moderation_.ActOnMany(site_.author, {mine.id, also.id, 999999}, ModerationAction::kSpam);
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(*changed, 2);
  EXPECT_EQ(*moderation_.ActOnMany(other_author_, {mine.id}, ModerationAction::kApprove), 0);
  EXPECT_EQ((*s().FindComment(mine.id))->status, CommentStatus::kSpam);
}

TEST_F(ModerationServiceTest, EditsKeepTheOriginalText) {
  Comment c = ReaderComment(site_.part_one, "My therapist, Dr. Jane Smith at Riverside, said...");
  ASSERT_TRUE(moderation_.Edit(site_.author, c.id, "Reader", "My therapist said...").ok());
  EXPECT_EQ((*s().FindComment(c.id))->body_markdown, "My therapist said...");
  auto detail = *moderation_.Detail(site_.author, c.id);
  ASSERT_EQ(detail.revisions.size(), 1u);
  EXPECT_EQ(detail.revisions[0].body_markdown, "My therapist, Dr. Jane Smith at Riverside, said...");
  EXPECT_EQ(detail.revisions[0].replaced_by, site_.author.id);
  EXPECT_EQ(moderation_.Edit(site_.author, c.id, "", "").error().details.size(), 1u);  // name and text both missing
}

TEST_F(ModerationServiceTest, ReplyAndApproveSignsAsTheAuthor) {
  User author = site_.author;  // signature "JS"
  Comment question = ReaderComment(site_.part_one, "Is it normal?", std::nullopt, CommentStatus::kPending);
  announced_.clear();
  auto reply = moderation_.Reply(author, {question.id, "It is very common.", true, false, ""});
  ASSERT_TRUE(reply.ok()) << reply.error().message;
  EXPECT_TRUE(reply->is_author_reply);
  EXPECT_EQ(reply->status, CommentStatus::kApproved);
  EXPECT_EQ(reply->parent_id, question.id);
  EXPECT_EQ(reply->body_markdown, "It is very common.\n\n— JS");
  EXPECT_EQ((*s().FindComment(question.id))->status, CommentStatus::kApproved);
  EXPECT_FALSE(announced_.empty());
  service::DeskSettings unsigned_replies;
  unsigned_replies.append_signature = false;
  ASSERT_TRUE(settings_.UpdateDesk(unsigned_replies).ok());
  EXPECT_EQ(moderation_.Reply(author, {question.id, "Again.", true, false, ""})->body_markdown, "Again.");
  EXPECT_FALSE(moderation_.Reply(author, {question.id, "   ", true, false, ""}).ok());
}

TEST_F(ModerationServiceTest, AModeratorsReplyIsNotAnAuthorReply) {
  Comment question = ReaderComment(site_.part_one, "Hello");
  auto reply = moderation_.Reply(moderator_, {question.id, "Welcome.", true, false, ""});
  ASSERT_TRUE(reply.ok());
  EXPECT_FALSE(reply->is_author_reply);
}

TEST_F(ModerationServiceTest, TheInboxHoldsUnansweredQuestionsOldestFirst) {
  Comment first = ReaderComment(site_.part_one, "First question");
  Comment second = ReaderComment(site_.part_two, "Second question");
  ReaderComment(site_.part_one, "Pending, not yet a question", std::nullopt, CommentStatus::kPending);
  Comment chat = ReaderComment(site_.part_one, "Reader to reader", first.id);  // not addressed to the author
  auto inbox = *moderation_.Inbox(site_.author, false, 1);
  ASSERT_EQ(inbox.questions.size(), 2u);
  EXPECT_EQ(inbox.questions[0].item.comment.id, first.id);
  EXPECT_GT(inbox.questions[0].waited_seconds, inbox.questions[1].waited_seconds);
  (void)chat;

  auto answer = *moderation_.Reply(site_.author, {first.id, "An answer.", true, false, ""});
  inbox = *moderation_.Inbox(site_.author, false, 1);
  ASSERT_EQ(inbox.questions.size(), 1u);
  EXPECT_EQ(inbox.questions[0].item.comment.id, second.id);

  // A reader answering the author's reply is waiting again.
  Comment follow_up = ReaderComment(site_.part_one, "Thank you, but...", answer.id);
  inbox = *moderation_.Inbox(site_.author, false, 1);
  ASSERT_EQ(inbox.questions.size(), 2u);
  EXPECT_EQ(inbox.questions[1].item.comment.id, follow_up.id);
}

TEST_F(ModerationServiceTest, DismissingLeavesTheInboxAndCanBeUndone) {
  Comment thanks = ReaderComment(site_.part_one, "Just thank you.");
  ASSERT_TRUE(moderation_.Dismiss(site_.author, thanks.id, true).ok());
  EXPECT_TRUE(moderation_.Inbox(site_.author, false, 1)->questions.empty());
  EXPECT_EQ(moderation_.Inbox(site_.author, true, 1)->questions.size(), 1u);
  ASSERT_TRUE(moderation_.Dismiss(site_.author, thanks.id, false).ok());
  EXPECT_EQ(moderation_.Inbox(site_.author, false, 1)->questions.size(), 1u);
  EXPECT_EQ(moderation_.Inbox(moderator_, false, 1).error().code, ErrorCode::kForbidden);
}

TEST_F(ModerationServiceTest, APrivateQuestionIsAnsweredByMailAndNeverPublished) {
  auto question = comments_.Submit("holding-on-i", {"Quiet", "quiet@example.org", "Can I ask you privately?",
                                                    std::nullopt, true, false},
                                   {});
  ASSERT_TRUE(question.ok());
  EXPECT_TRUE(question->is_private);
  EXPECT_EQ(question->status, CommentStatus::kPending);
  EXPECT_EQ((*s().CountApprovedComments({site_.part_one.id}))[site_.part_one.id], 0);
  auto inbox = *moderation_.Inbox(site_.author, false, 1);
  ASSERT_EQ(inbox.questions.size(), 1u);
  EXPECT_TRUE(inbox.questions[0].item.comment.is_private);

  auto answer = moderation_.Reply(site_.author, {question->id, "Of course. Here is my answer.", true, false, ""});
  ASSERT_TRUE(answer.ok());
  EXPECT_TRUE(answer->is_private);
  EXPECT_EQ((*s().CountApprovedComments({site_.part_one.id}))[site_.part_one.id], 0);  // still nothing public
  const auto mails = Outbox();
  const auto to_writer = std::find_if(mails.begin(), mails.end(), [](const OutgoingMail& m) { return m.kind == "private_answer"; });
  ASSERT_NE(to_writer, mails.end());
  EXPECT_EQ(to_writer->recipient, "quiet@example.org");
  EXPECT_NE(to_writer->body.find("Of course. Here is my answer."), std::string::npos);
  EXPECT_NE(to_writer->body.find("/my/comments/" + std::to_string(question->id)), std::string::npos);
  EXPECT_TRUE(moderation_.Inbox(site_.author, false, 1)->questions.empty());
  EXPECT_FALSE(moderation_.Reply(site_.author, {question->id, "Publish it", true, true, "Edited"}).ok());  // no consent
}

TEST_F(ModerationServiceTest, WithConsentAPrivateQuestionIsPublishedEditedWithTheAnswer) {
  auto question = comments_.Submit("holding-on-i", {"Quiet", "", "My therapist Dr. X at Y clinic...", std::nullopt, true, true}, {});
  ASSERT_TRUE(question.ok());
  auto answer = moderation_.Reply(site_.author, {question->id, "Thank you for letting me share this.", true, true,
                                                 "My therapist..."});
  ASSERT_TRUE(answer.ok());
  EXPECT_FALSE(answer->is_private);
  auto published = *s().FindComment(question->id);
  EXPECT_FALSE(published->is_private);
  EXPECT_EQ(published->status, CommentStatus::kApproved);
  EXPECT_EQ(published->body_markdown, "My therapist...");
  EXPECT_EQ(s().ListCommentRevisions(question->id)->front().body_markdown, "My therapist Dr. X at Y clinic...");
  EXPECT_EQ((*s().CountApprovedComments({site_.part_one.id}))[site_.part_one.id], 2);
}

TEST_F(ModerationServiceTest, MessagesToWritersGoThroughTheOutboxAndTheHistory) {
  Comment c = ReaderComment(site_.part_one, "I am struggling");
  ASSERT_TRUE(moderation_.SendMessage(moderator_, c.id, "Thinking of you", "Hello,\n\nI read your comment.").ok());
  const auto mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].recipient, "reader@example.org");
  EXPECT_EQ(mails[0].kind, "staff_message");
  EXPECT_EQ(moderation_.Detail(moderator_, c.id)->events.back().action, "sent a message to the writer");
  Comment anonymous = ReaderComment(site_.part_one, "no email", std::nullopt, CommentStatus::kApproved, "");
  EXPECT_EQ(moderation_.SendMessage(moderator_, anonymous.id, "Hi", "Hello").error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(moderation_.SendMessage(other_author_, c.id, "Hi", "Hello").error().code, ErrorCode::kForbidden);
}

TEST_F(ModerationServiceTest, NewCommentsNotifyThePostsAuthorOrWaitForTheDigest) {
  User author = site_.author;  // jo@example.org
  ASSERT_TRUE(comments_.Submit("holding-on-i", {"Wren", "", "A new comment.", std::nullopt}, {}).ok());
  auto mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].recipient, "jo@example.org");
  EXPECT_NE(mails[0].subject.find("Holding On I"), std::string::npos);
  service::DeskSettings digest;
  digest.notify = service::NotifyMode::kDigest;
  ASSERT_TRUE(settings_.UpdateDesk(digest).ok());
  const UnixSeconds since = clock_.Now();
  clock_.Advance(1);
  ASSERT_TRUE(comments_.Submit("holding-on-i", {"Wren", "", "Another.", std::nullopt}, {}).ok());
  ASSERT_TRUE(comments_.Submit("holding-on-ii", {"Fern", "", "And one more.", std::nullopt}, {}).ok());
  EXPECT_EQ(Outbox().size(), 1u);
  clock_.Advance(60);
  EXPECT_EQ(*mail_.Digest(since, clock_.Now()), 1);
  mails = Outbox();
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_EQ(mails[0].kind, "digest");
  EXPECT_NE(mails[0].body.find("2 comments"), std::string::npos);
  (void)author;
}

TEST_F(ModerationServiceTest, StaffJudgeWhatTheScreenerFound) {
  const Comment held_comment = HeldComment(site_.part_one, "Words the screener thought a crisis.", RiskLevel::kCrisis);
  const Comment* held = &held_comment;
  EXPECT_EQ(moderation_.JudgeRisk(other_author_, held->id, RiskLevel::kNone).error().code, ErrorCode::kForbidden);
  EXPECT_FALSE((*s().FindComment(held->id))->risk_judged_at);  // refused, unchanged

  clock_.Advance(600);
  ASSERT_TRUE(moderation_.JudgeRisk(moderator_, held->id, RiskLevel::kConcern).ok());
  auto judged = *s().FindComment(held->id);
  EXPECT_EQ(judged->risk, RiskLevel::kConcern);
  EXPECT_EQ(judged->screened_risk, RiskLevel::kCrisis);
  EXPECT_EQ(judged->risk_judged_at, clock_.Now());
  EXPECT_EQ(moderation_.Counts(site_.author)->urgent, 0);  // no longer first in the queue as a crisis
  ASSERT_TRUE(moderation_.JudgeRisk(moderator_, held->id, RiskLevel::kConcern).ok());  // the same again: no new event
  auto events = moderation_.Detail(site_.author, held->id)->events;
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "judged the writer in distress");
  EXPECT_EQ(events[0].detail, "the screener had found them possibly in crisis");
  EXPECT_EQ(events[0].user_id, moderator_.id);

  auto reply = moderation_.Reply(site_.author, {held->id, "Thank you for telling us.", true, false, ""});
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(moderation_.JudgeRisk(site_.author, reply->id, RiskLevel::kNone).error().code,
            ErrorCode::kInvalidArgument);  // the site's own replies are not screened
}

TEST_F(ModerationServiceTest, JudgedCommentsAreWrittenOutAsLabelledLines) {
  Comment missed = ReaderComment(site_.part_one, "Said in words the screener did not know.");
  Comment plain = ReaderComment(site_.part_one, "Not judged, so not written.");
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, missed.id, RiskLevel::kCrisis).ok());
  (void)plain;
  std::ostringstream out;
  auto written = service::WriteJudgedComments(s(), out);
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(*written, 1);
  const std::string text = out.str();
  ASSERT_EQ(std::count(text.begin(), text.end(), '\n'), 1);
  const boost::json::object line = boost::json::parse(text).as_object();
  EXPECT_EQ(line.at("id").as_string(), "comment-" + std::to_string(missed.id));
  EXPECT_EQ(line.at("text").as_string(), "Said in words the screener did not know.");
  EXPECT_EQ(line.at("label").as_string(), "crisis");
  EXPECT_EQ(line.at("screened").as_string(), "none");
  EXPECT_FALSE(line.at("hard_negative").as_bool());
}

TEST_F(ModerationServiceTest, TheScreenerIsMeasuredOnJudgedCommentsAtEverySensitivity) {
  const Comment crisis = ReaderComment(site_.part_one, "I want to kill myself tonight.");
  const Comment quiet = ReaderComment(site_.part_one, "Thank you for the post about breaks.");
  const Comment fine = ReaderComment(site_.part_one, "Lovely article, thank you.");
  ReaderComment(site_.part_one, "Not judged, so not measured.");
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, crisis.id, RiskLevel::kCrisis).ok());
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, quiet.id, RiskLevel::kConcern).ok());
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, fine.id, RiskLevel::kNone).ok());
  auto figures = service::MeasureOnJudged(s(), screening::Screener::Default());
  ASSERT_TRUE(figures.ok()) << figures.error().message;
  ASSERT_EQ(figures->size(), screening::Screener::Default().sensitivities().size());
  EXPECT_EQ(figures->front().sensitivity, "standard");
  for (const service::JudgedFigures& f : *figures) {
    EXPECT_EQ(f.crisis, 1) << f.sensitivity;
    EXPECT_EQ(f.crisis_found, 1) << f.sensitivity;
    EXPECT_EQ(f.crisis_flagged, 1) << f.sensitivity;
    EXPECT_EQ(f.at_risk, 2) << f.sensitivity;
    EXPECT_EQ(f.at_risk_flagged, 1) << f.sensitivity;  // the quiet one passes unnoticed
    EXPECT_EQ(f.not_at_risk, 1) << f.sensitivity;
    EXPECT_EQ(f.needless, 0) << f.sensitivity;
  }
}

}  // namespace
}  // namespace rapport::testing
