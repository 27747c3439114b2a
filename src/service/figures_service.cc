#include "service/figures_service.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace rapport::service {
namespace {

constexpr int kDays = 90;
constexpr int kMonths = 12;

// "2026-11" for a time, and the first second of the month that far back.
std::string MonthOf(UnixSeconds t) {
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(sys_seconds{seconds{t}})};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", int(ymd.year()), unsigned(ymd.month()));
  return buf;
}

UnixSeconds StartOfMonthsAgo(UnixSeconds now, int months_back) {
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(sys_seconds{seconds{now}})};
  const year_month first = year_month{ymd.year(), ymd.month()} - months{months_back};
  return sys_days{first / 1}.time_since_epoch().count() * 86400;
}

}  // namespace

double Quantile(std::vector<double> values, double p) {
  if (values.empty()) return std::nan("");
  std::sort(values.begin(), values.end());
  const double rank = p * static_cast<double>(values.size() - 1);
  const std::size_t low = static_cast<std::size_t>(std::floor(rank));
  const std::size_t high = std::min(low + 1, values.size() - 1);
  return values[low] + (values[high] - values[low]) * (rank - static_cast<double>(low));
}

FiguresService::FiguresService(store::Store& store, const Clock& clock, const screening::Screener* screener)
    : store_(store), clock_(clock), screener_(screener) {}

Result<Figures> FiguresService::Compute() {
  Figures f;
  const UnixSeconds now = clock_.Now();
  const std::int64_t today = now / 86400;
  const UnixSeconds since = (today - kDays + 1) * 86400;
  for (std::int64_t d = today - kDays + 1; d <= today; ++d) f.days.push_back(d);
  for (CommentStatus s : {CommentStatus::kApproved, CommentStatus::kPending, CommentStatus::kSpam, CommentStatus::kTrash}) {
    f.per_day[s] = std::vector<std::int64_t>(kDays, 0);
  }
  auto daily = store_.CountCommentsPerDay(since);
  if (!daily) return daily.error();
  for (const store::DailyCount& c : *daily) {
    const std::int64_t index = c.day - (today - kDays + 1);
    if (index >= 0 && index < kDays) f.per_day[c.status][index] += c.count;
  }

  const UnixSeconds year_ago = StartOfMonthsAgo(now, kMonths - 1);
  auto timings = store_.QuestionTimings(std::min(year_ago, since));
  if (!timings) return timings.error();
  std::map<std::string, std::vector<double>> hours_by_month;
  for (const store::QuestionTiming& t : *timings) {
    if (t.asked_at >= since) (t.first_answer_at ? f.answered : f.waiting)++;
    if (t.first_answer_at && t.asked_at >= year_ago) {
      hours_by_month[MonthOf(t.asked_at)].push_back(static_cast<double>(*t.first_answer_at - t.asked_at) / 3600.0);
    }
  }
  for (int back = kMonths - 1; back >= 0; --back) {
    const std::string month = MonthOf(StartOfMonthsAgo(now, back));
    const std::vector<double>& hours = hours_by_month[month];
    f.months.push_back(month);
    f.median_hours.push_back(Quantile(hours, 0.5));
    f.p90_hours.push_back(Quantile(hours, 0.9));
    f.answered_per_month.push_back(static_cast<std::int64_t>(hours.size()));
  }

  auto top = store_.MostDiscussedPosts(since, 10);
  if (!top) return top.error();
  for (const auto& [post_id, count] : *top) {
    auto post = store_.FindPostById(post_id);
    if (!post) return post.error();
    if (*post) f.most_discussed.push_back({PostLink{(*post)->slug, (*post)->title, (*post)->series_position}, count});
  }
  auto totals = store_.CountCommentsByStatus();
  if (!totals) return totals.error();
  f.totals = std::move(*totals);

  auto judgements = store_.CountRiskJudgements(year_ago);
  if (!judgements) return judgements.error();
  ScreenerFigures& sf = f.screener;
  for (const store::RiskJudgementCount& j : *judgements) {
    const int row = static_cast<int>(j.screened);
    sf.grid[row][j.judged ? static_cast<int>(*j.judged) : 3] += j.count;
    const bool held = j.screened != RiskLevel::kNone;
    if (held) sf.held += j.count;
    if (!j.judged) continue;
    sf.judged += j.count;
    if (held) sf.held_judged += j.count;
    if (held && *j.judged == RiskLevel::kNone) sf.held_needless += j.count;
    if (!held && *j.judged != RiskLevel::kNone) sf.missed += j.count;
  }
  if (screener_ != nullptr && sf.judged > 0) {
    auto measured = MeasureSensitivities(sf);
    if (!measured) return measured.error();
    f.sensitivities = std::move(*measured);
    f.sensitivity_in_use = std::string(screener_->sensitivity());
  }
  return f;
}

Result<std::vector<JudgedFigures>> FiguresService::MeasureSensitivities(const ScreenerFigures& judgements) {
  std::string key;
  for (const auto& row : judgements.grid) {
    for (const std::int64_t n : row) key += std::to_string(n) + ' ';
  }
  const UnixSeconds now = clock_.Now();
  // One measure at a time: a second load waits for the first rather than
  // screening everything again beside it.
  const std::lock_guard lock(measured_mutex_);
  if (measured_ && measured_->judgements == key && now - measured_->at < kMeasureMaxAge) return measured_->figures;
  auto figures = MeasureOnJudged(store_, *screener_);
  if (!figures) return figures.error();
  measured_ = Measured{std::move(key), now, *figures};
  return figures;
}

}  // namespace rapport::service
