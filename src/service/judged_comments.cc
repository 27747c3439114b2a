#include "service/judged_comments.h"

#include <boost/json.hpp>

namespace rapport::service {

namespace {

// Calls `each` with every judged comment, oldest judgement first.
template <typename Each>
Result<void> ForEachJudged(store::Store& store, Each each) {
  constexpr int kBatch = 500;
  for (int offset = 0;; offset += kBatch) {
    auto batch = store.ListJudgedComments({offset, kBatch});
    if (!batch) return batch.error();
    for (const Comment& c : *batch) each(c);
    if (static_cast<int>(batch->size()) < kBatch) return Ok();
  }
}

}  // namespace

Result<std::int64_t> WriteJudgedComments(store::Store& store, std::ostream& out) {
  std::int64_t written = 0;
  RAPPORT_RETURN_IF_ERROR(ForEachJudged(store, [&](const Comment& c) {
    boost::json::object line{{"id", "comment-" + std::to_string(c.id)},
                             {"text", c.body_markdown},
                             {"label", RiskLevelName(c.risk)},
                             {"hard_negative", false},
                             {"note", "judged by staff"},
                             {"screened", RiskLevelName(c.screened_risk)}};
    out << boost::json::serialize(line) << '\n';
    ++written;
  }));
  out.flush();
  if (!out) return Error::Unavailable("The judged comments could not be written out.");
  return written;
}

Result<std::vector<JudgedFigures>> MeasureOnJudged(store::Store& store, const screening::Screener& screener) {
  std::vector<screening::Screener> screeners;
  std::vector<JudgedFigures> figures;
  for (const std::string& name : screener.sensitivities()) {
    auto at = screener.WithSensitivity(name);
    if (!at) return at.error();
    screeners.push_back(std::move(*at));
    figures.push_back(JudgedFigures{name});
  }
  RAPPORT_RETURN_IF_ERROR(ForEachJudged(store, [&](const Comment& c) {
    for (std::size_t i = 0; i < screeners.size(); ++i) {
      const screening::RiskLevel level = screeners[i].Screen(c.body_markdown).level;
      const bool held = level != screening::RiskLevel::kNone;
      JudgedFigures& f = figures[i];
      if (c.risk == RiskLevel::kCrisis) {
        ++f.crisis;
        f.crisis_found += level == screening::RiskLevel::kCrisis;
        f.crisis_flagged += held;
      }
      if (c.risk != RiskLevel::kNone) {
        ++f.at_risk;
        f.at_risk_flagged += held;
      } else {
        ++f.not_at_risk;
        f.needless += held;
      }
    }
  }));
  return figures;
}

}  // namespace rapport::service
