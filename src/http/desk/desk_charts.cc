#include "http/desk/desk_charts.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "render/charts.h"

namespace rapport::http::desk_charts {
namespace {

std::string DayLabel(std::int64_t day) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{days{day}}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return buf;
}

std::vector<double> AsDoubles(const std::vector<std::int64_t>& values) {
  return std::vector<double>(values.begin(), values.end());
}

std::string CommentsPerDay(const service::Figures& f) {
  render::ChartData data;
  data.title = "Readers' comments per day, last 90 days";
  data.value_unit = "comments";
  for (std::int64_t day : f.days) data.labels.push_back(DayLabel(day));
  const std::pair<CommentStatus, const char*> kinds[] = {{CommentStatus::kApproved, "approved"},
                                                         {CommentStatus::kPending, "pending"},
                                                         {CommentStatus::kSpam, "spam"},
                                                         {CommentStatus::kTrash, "trashed"}};
  for (const auto& [status, name] : kinds) {
    data.series.push_back({name, AsDoubles(f.per_day.at(status)), std::string("series-") + name});
  }
  render::BarChartOptions options;
  options.id_prefix = "comments-per-day";
  return render::ChartFigureHtml(data, render::BarChartSvg(data, options), "comments-per-day", {true, "Day"});
}

std::string AnsweredVersusWaiting(const service::Figures& f) {
  render::ChartData data;
  data.title = "Questions of the last 90 days: answered and waiting";
  data.value_unit = "questions";
  data.labels = {"Answered", "Waiting"};
  data.series.push_back({"", {static_cast<double>(f.answered), static_cast<double>(f.waiting)}, "series-answered"});
  const std::int64_t total = f.answered + f.waiting;
  data.description = total == 0 ? "No questions in the last 90 days."
                                : std::to_string(f.answered) + " of " + std::to_string(total) +
                                      " questions have an answer; " + std::to_string(f.waiting) + " are waiting.";
  render::RankedBarsOptions options;
  options.id_prefix = "answered";
  return render::ChartFigureHtml(data, render::RankedBarsSvg(data, options), "answered", {false, "Questions"});
}

// Waits are told in hours while they are short, in days once any month's is
// longer than three days (a question answered after five months would
// otherwise read as 3,600 hours, and squash every other month to nothing).
std::string TimeToFirstReply(const service::Figures& f) {
  double longest = 0;
  for (const std::vector<double>* hours : {&f.median_hours, &f.p90_hours}) {
    for (double h : *hours) {
      if (!std::isnan(h)) longest = std::max(longest, h);
    }
  }
  const bool in_days = longest > 72;
  const auto shown = [in_days](std::vector<double> hours) {
    if (in_days) {
      for (double& h : hours) h /= 24;  // NaN, a month without answers, stays NaN
    }
    return hours;
  };
  render::ChartData data;
  data.title = std::string(in_days ? "Days" : "Hours") + " from a question to the author's first reply, per month";
  data.value_unit = in_days ? "days" : "hours";
  data.labels = f.months;
  data.series.push_back({"median", shown(f.median_hours), "series-median"});
  data.series.push_back({"90th percentile", shown(f.p90_hours), "series-p90"});
  render::LineChartOptions options;
  options.id_prefix = "reply-times";
  return render::ChartFigureHtml(data, render::LineChartSvg(data, options), "reply-times", {false, "Month"});
}

std::string MostDiscussed(const service::Figures& f) {
  render::ChartData data;
  data.title = "Most discussed posts, last 90 days";
  data.value_unit = "comments";
  std::vector<double> counts;
  for (const auto& [post, n] : f.most_discussed) {
    data.labels.push_back(post.title);
    counts.push_back(static_cast<double>(n));
  }
  data.series.push_back({"approved", counts, "series-approved"});
  render::RankedBarsOptions options;
  options.id_prefix = "most-discussed";
  return render::ChartFigureHtml(data, render::RankedBarsSvg(data, options), "most-discussed", {false, "Post"});
}

}  // namespace

std::string DashboardCharts(const service::Figures& f) {
  return CommentsPerDay(f) + AnsweredVersusWaiting(f) + TimeToFirstReply(f) + MostDiscussed(f);
}

}  // namespace rapport::http::desk_charts
