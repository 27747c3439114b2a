// The Store's record of staff judging the crisis screener: both backends keep
// the screener's first view beside staff's judgement, list and count them,
// forget both with an erasure, and an older database gains the screener's view
// of the comments it already holds.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "testing/backend_test.h"

namespace rapport::testing {
namespace {

constexpr UnixSeconds kNow = 1'780'000'000;

class RiskJudgementTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    site_ = PlantSampleSite(s(), kNow);
  }

  Comment Written(RiskLevel screened, UnixSeconds at, bool author_reply = false) {
    Comment c;
    c.post_id = site_.part_one.id;
    c.author_name = "Reader";
    c.author_email = "reader@example.org";
    c.body_markdown = "Comment written at " + std::to_string(at);
    c.status = CommentStatus::kPending;
    c.created_at = at;
    c.is_author_reply = author_reply;
    c.risk = screened;
    c.risk_reasons = screened == RiskLevel::kNone ? "" : "what the screener noticed";
    auto stored = s().InsertComment(c);
    EXPECT_TRUE(stored.ok()) << stored.error().message;
    return stored.ok() ? *stored : c;
  }

  std::int64_t Count(const std::vector<store::RiskJudgementCount>& counts, RiskLevel screened,
                     std::optional<RiskLevel> judged) {
    for (const auto& c : counts) {
      if (c.screened == screened && c.judged == judged) return c.count;
    }
    return 0;
  }

  SampleSite site_;
};

TEST_P(RiskJudgementTest, AJudgementKeepsTheScreenersViewBesideIt) {
  Comment held = Written(RiskLevel::kCrisis, kNow);
  auto fresh = *s().FindComment(held.id);
  EXPECT_EQ(fresh->screened_risk, RiskLevel::kCrisis);
  EXPECT_FALSE(fresh->risk_judged_at);

  ASSERT_TRUE(s().JudgeCommentRisk(held.id, RiskLevel::kNone, kNow + 60).ok());
  auto judged = *s().FindComment(held.id);
  EXPECT_EQ(judged->risk, RiskLevel::kNone);  // the site now goes by staff's view
  EXPECT_EQ(judged->screened_risk, RiskLevel::kCrisis);
  EXPECT_EQ(judged->risk_reasons, "what the screener noticed");
  EXPECT_EQ(judged->risk_judged_at, kNow + 60);
  EXPECT_EQ(s().JudgeCommentRisk(999999, RiskLevel::kNone, kNow).error().code, ErrorCode::kNotFound);
}

TEST_P(RiskJudgementTest, JudgedCommentsAreListedByJudgementAndCounted) {
  Comment a = Written(RiskLevel::kCrisis, kNow);
  Comment b = Written(RiskLevel::kNone, kNow + 1);
  Written(RiskLevel::kConcern, kNow + 2);  // held, not judged
  Written(RiskLevel::kNone, kNow + 3);     // neither
  Written(RiskLevel::kNone, kNow + 4, /*author_reply=*/true);
  Written(RiskLevel::kCrisis, kNow - 86400);  // before the period counted
  Comment spam = Written(RiskLevel::kConcern, kNow + 5);
  ASSERT_TRUE(s().SetCommentStatus(spam.id, CommentStatus::kSpam).ok());  // not a reader's comment
  ASSERT_TRUE(s().JudgeCommentRisk(b.id, RiskLevel::kCrisis, kNow + 10).ok());
  ASSERT_TRUE(s().JudgeCommentRisk(a.id, RiskLevel::kNone, kNow + 20).ok());

  auto listed = s().ListJudgedComments({0, 10});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].id, b.id);  // judged first
  EXPECT_EQ((*listed)[1].id, a.id);
  EXPECT_EQ(s().ListJudgedComments({1, 10})->size(), 1u);

  auto counts = s().CountRiskJudgements(kNow);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(Count(*counts, RiskLevel::kCrisis, RiskLevel::kNone), 1);
  EXPECT_EQ(Count(*counts, RiskLevel::kNone, RiskLevel::kCrisis), 1);
  EXPECT_EQ(Count(*counts, RiskLevel::kConcern, std::nullopt), 1);
  EXPECT_EQ(Count(*counts, RiskLevel::kNone, std::nullopt), 1);  // the author's reply is not counted
  EXPECT_EQ(Count(*counts, RiskLevel::kCrisis, std::nullopt), 0);
}

TEST_P(RiskJudgementTest, AnErasureForgetsWhatAnyoneThoughtOfTheWriter) {
  Comment c = Written(RiskLevel::kCrisis, kNow);
  ASSERT_TRUE(s().JudgeCommentRisk(c.id, RiskLevel::kConcern, kNow + 5).ok());
  ASSERT_TRUE(s().EraseComment(c.id, kNow + 10).ok());
  auto erased = *s().FindComment(c.id);
  EXPECT_EQ(erased->risk, RiskLevel::kNone);
  EXPECT_EQ(erased->screened_risk, RiskLevel::kNone);
  EXPECT_EQ(erased->risk_reasons, "");
  EXPECT_FALSE(erased->risk_judged_at);
  EXPECT_TRUE(s().ListJudgedComments({0, 10})->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, RiskJudgementTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) { return BackendName(info.param); });

// A database from before judgements existed: its comments' screener levels
// become their screened_risk, and none counts as judged.
TEST(RiskJudgementUpgrade, CommentsHeldBeforeTheUpgradeKeepTheScreenersView) {
  TestStore db(Backend::kSqlite, /*migrate=*/false);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(db.store().Migrate(3).ok());
  const SampleSite site = PlantSampleSite(db.store(), kNow);
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.url().substr(std::string("sqlite:").size()).c_str(), &raw), SQLITE_OK);
  const std::string insert =
      "INSERT INTO comments (post_id, root_id, depth, author_name, author_email, body, status, created_at, "
      "risk_level, risk_reasons) VALUES (" +
      std::to_string(site.part_one.id) + ", 0, 1, 'Reader', '', 'text', 'pending', " + std::to_string(kNow) +
      ", 'crisis', 'noticed')";
  EXPECT_EQ(sqlite3_exec(raw, insert.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(raw);
  const std::int64_t id = sqlite3_last_insert_rowid(raw);
  sqlite3_close(raw);

  ASSERT_TRUE(db.store().Migrate().ok());
  auto upgraded = *db.store().FindComment(id);
  ASSERT_TRUE(upgraded);
  EXPECT_EQ(upgraded->risk, RiskLevel::kCrisis);
  EXPECT_EQ(upgraded->screened_risk, RiskLevel::kCrisis);
  EXPECT_FALSE(upgraded->risk_judged_at);
}

}  // namespace
}  // namespace rapport::testing
