#include "service/figures_service.h"

#include <gtest/gtest.h>

#include <cmath>

#include "testing/desk_fixture.h"

namespace rapport::testing {
namespace {

TEST(QuantileTest, Interpolates) {
  EXPECT_TRUE(std::isnan(service::Quantile({}, 0.5)));
  EXPECT_DOUBLE_EQ(service::Quantile({5}, 0.9), 5);
  EXPECT_DOUBLE_EQ(service::Quantile({1, 2, 3, 4}, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(service::Quantile({10, 1, 3}, 0.5), 3);
  EXPECT_NEAR(service::Quantile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9), 9.1, 1e-9);
}

class FiguresServiceTest : public DeskFixture {};

TEST_F(FiguresServiceTest, CountsDaysQuestionsAndReplyTimes) {
  Comment answered = ReaderComment(site_.part_one, "Question one");
  Comment waiting = ReaderComment(site_.part_one, "Question two");
  ReaderComment(site_.part_two, "Pending", std::nullopt, CommentStatus::kPending);
  clock_.Advance(3 * 3600 - 30);
  ASSERT_TRUE(moderation_.Reply(site_.author, {answered.id, "Answer", true, false, ""}).ok());
  (void)waiting;
  service::FiguresService figures(s(), clock_);
  auto f = figures.Compute();
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->days.size(), 90u);
  EXPECT_EQ(f->per_day.at(CommentStatus::kApproved).back(), 2);  // readers' comments only, today
  EXPECT_EQ(f->per_day.at(CommentStatus::kPending).back(), 1);
  EXPECT_EQ(f->answered, 1);
  EXPECT_EQ(f->waiting, 1);
  ASSERT_EQ(f->months.size(), 12u);
  EXPECT_NEAR(f->median_hours.back(), 3.0, 0.01);
  EXPECT_TRUE(std::isnan(f->median_hours.front()));
  ASSERT_FALSE(f->most_discussed.empty());
  EXPECT_EQ(f->most_discussed[0].first.slug, "holding-on-i");
  EXPECT_EQ(f->most_discussed[0].second, 3);  // two questions and the answer
}

TEST_F(FiguresServiceTest, ComparesTheScreenerWithStaffJudgement) {
  service::FiguresService figures(s(), clock_);
  EXPECT_EQ(figures.Compute()->screener.held, 0);
  Comment needless = HeldComment(site_.part_one, "Held, and not at risk.", RiskLevel::kCrisis);
  HeldComment(site_.part_one, "Held, and left unjudged.", RiskLevel::kConcern);
  Comment missed = ReaderComment(site_.part_one, "Words the screener let through.");
  ReaderComment(site_.part_one, "An ordinary comment.");
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, needless.id, RiskLevel::kNone).ok());
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, missed.id, RiskLevel::kConcern).ok());
  const service::ScreenerFigures f = figures.Compute()->screener;
  EXPECT_EQ(f.held, 2);
  EXPECT_EQ(f.held_judged, 1);
  EXPECT_EQ(f.held_needless, 1);
  EXPECT_EQ(f.missed, 1);
  EXPECT_EQ(f.judged, 2);
  EXPECT_EQ(f.grid[static_cast<int>(RiskLevel::kNone)][static_cast<int>(RiskLevel::kConcern)], 1);
  EXPECT_EQ(f.grid[static_cast<int>(RiskLevel::kNone)][3], 1);  // the ordinary comment, not judged
  EXPECT_EQ(f.grid[static_cast<int>(RiskLevel::kCrisis)][static_cast<int>(RiskLevel::kNone)], 1);
  EXPECT_EQ(f.grid[static_cast<int>(RiskLevel::kConcern)][3], 1);
}

TEST_F(FiguresServiceTest, MeasuresEachSensitivityOnTheCommentsStaffJudged) {
  const screening::Screener& screener = screening::Screener::Default();
  service::FiguresService figures(s(), clock_, &screener);
  EXPECT_TRUE(figures.Compute()->sensitivities.empty()) << "nothing judged, nothing measured";
  const Comment crisis = ReaderComment(site_.part_one, "I want to kill myself tonight.");
  const Comment fine = ReaderComment(site_.part_one, "Lovely article, thank you.");
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, crisis.id, RiskLevel::kCrisis).ok());
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, fine.id, RiskLevel::kNone).ok());
  const service::Figures f = *figures.Compute();
  EXPECT_EQ(f.sensitivity_in_use, "standard");
  ASSERT_EQ(f.sensitivities.size(), screener.sensitivities().size());
  EXPECT_EQ(f.sensitivities.front().sensitivity, "standard");
  for (const service::JudgedFigures& j : f.sensitivities) {
    EXPECT_EQ(j.crisis_found, 1) << j.sensitivity;
    EXPECT_EQ(j.not_at_risk, 1) << j.sensitivity;
    EXPECT_EQ(j.needless, 0) << j.sensitivity;
  }
  // Kept between loads while the judgements stay as they are ...
  ASSERT_TRUE(s().UpdateCommentText(crisis.id, crisis.author_name, "Lovely article.", clock_.Now(), std::nullopt).ok());
  EXPECT_EQ(figures.Compute()->sensitivities.front().crisis_found, 1);
  // ... measured again once they are older than the limit ...
  clock_.Advance(service::FiguresService::kMeasureMaxAge);
  EXPECT_EQ(figures.Compute()->sensitivities.front().crisis_found, 0);
  // ... or as soon as staff judge again.
  ASSERT_TRUE(s().UpdateCommentText(crisis.id, crisis.author_name, "I want to kill myself tonight.", clock_.Now(),
                                    std::nullopt).ok());
  ASSERT_TRUE(moderation_.JudgeRisk(site_.author, fine.id, RiskLevel::kConcern).ok());
  const service::JudgedFigures again = figures.Compute()->sensitivities.front();
  EXPECT_EQ(again.crisis_found, 1);
  EXPECT_EQ(again.not_at_risk, 0);
  EXPECT_EQ(again.at_risk, 2);
  // Without a screener the dashboard still has its other figures.
  EXPECT_TRUE(service::FiguresService(s(), clock_).Compute()->sensitivities.empty());
}

}  // namespace
}  // namespace rapport::testing
