// FiguresService: the numbers behind the desk's dashboard — comments per day
// and status over the last 90 days, questions answered and waiting, how long
// readers waited for the author's first reply (median and 90th percentile per
// month, over twelve months), the most discussed posts, how the crisis
// screener's view of readers' comments compares with staff's judgement, and
// how each of its sensitivities does on the comments staff judged.
//
// Thread safety: thread-safe.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "screening/screener.h"
#include "service/judged_comments.h"
#include "service/pages.h"
#include "store/store.h"

namespace rapport::service {

// The screener against staff over twelve months: readers' comments by what
// the screener said (rows) and what staff judged after reading them.
struct ScreenerFigures {
  // [screened][judged]: levels by their RiskLevel value; judged index 3 = not judged.
  std::int64_t grid[3][4] = {};
  std::int64_t held = 0;           // comments the screener held (concern or crisis)
  std::int64_t held_judged = 0;    // of which staff judged
  std::int64_t held_needless = 0;  // of which staff judged not at risk
  std::int64_t missed = 0;         // screened as nothing worrying, judged at risk
  std::int64_t judged = 0;         // all judged comments
};

struct Figures {
  std::vector<std::int64_t> days;  // 90 consecutive days (days since the epoch), oldest first
  std::map<CommentStatus, std::vector<std::int64_t>> per_day;  // readers' comments per day, by status
  std::int64_t answered = 0;  // questions of the last 90 days with an author reply
  std::int64_t waiting = 0;   // and without one
  std::vector<std::string> months;       // "2026-11", oldest first, twelve of them
  std::vector<double> median_hours;      // NaN for a month without answered questions
  std::vector<double> p90_hours;
  std::vector<std::int64_t> answered_per_month;
  std::vector<std::pair<PostLink, std::int64_t>> most_discussed;  // last 90 days
  std::map<CommentStatus, std::int64_t> totals;
  ScreenerFigures screener;  // last twelve months
  // Each sensitivity of the screener in use, screening again every comment
  // staff ever judged ("standard" first); empty when none was judged in the
  // last twelve months or no screener was given. Kept between loads while the
  // judgements stay as they are, for at most kMeasureMaxAge: screening every
  // judged comment again takes a while on a site with thousands of them.
  std::vector<JudgedFigures> sensitivities;
  std::string sensitivity_in_use;
};

// The p-quantile (0..1) of `values` by linear interpolation; NaN when empty.
double Quantile(std::vector<double> values, double p);

class FiguresService {
 public:
  static constexpr UnixSeconds kMeasureMaxAge = 10 * 60;

  // `screener` (may be null) is the one the site screens with.
  FiguresService(store::Store& store, const Clock& clock, const screening::Screener* screener = nullptr);
  Result<Figures> Compute();

 private:
  store::Store& store_;
  const Clock& clock_;
  const screening::Screener* screener_;

  // The last measure of the sensitivities, and the judgements it was made on.
  struct Measured {
    std::string judgements;  // the screener/staff grid, as text
    UnixSeconds at = 0;
    std::vector<JudgedFigures> figures;
  };
  Result<std::vector<JudgedFigures>> MeasureSensitivities(const ScreenerFigures& judgements);
  std::mutex measured_mutex_;
  std::optional<Measured> measured_;
};

}  // namespace rapport::service
