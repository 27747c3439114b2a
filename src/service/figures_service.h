// FiguresService: the numbers behind the desk's dashboard — comments per day
// and status over the last 90 days, questions answered and waiting, how long
// readers waited for the author's first reply (median and 90th percentile per
// month, over twelve months), and the most discussed posts.
//
// Thread safety: thread-safe.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "service/pages.h"
#include "store/store.h"

namespace rapport::service {

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
};

// The p-quantile (0..1) of `values` by linear interpolation; NaN when empty.
double Quantile(std::vector<double> values, double p);

class FiguresService {
 public:
  FiguresService(store::Store& store, const Clock& clock);
  Result<Figures> Compute();

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace rapport::service
