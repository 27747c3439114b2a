// Choosing the learned model's decision thresholds (learned_train.h): from
// out-of-fold scores, the pair of crisis and risk thresholds that finds the
// most crises within the false-positive budgets, the rules' own flags counted
// with them; and raised, when asked, until the final model holds no more than
// its share of the guarded harmless comments.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "screening/learned_train.h"

namespace rapport::screening {
namespace {

constexpr std::size_t kMaxCandidates = 240;  // thresholds tried per head

}  // namespace

RiskLevel LearnedLevel(double crisis_logit, double risk_logit, const Thresholds& t) {
  if (crisis_logit >= t.logit[static_cast<std::size_t>(Head::kCrisis)]) return RiskLevel::kCrisis;
  if (risk_logit >= t.logit[static_cast<std::size_t>(Head::kRisk)]) return RiskLevel::kConcern;
  return RiskLevel::kNone;
}

Thresholds ChooseThresholds(const PreparedData& data, const std::vector<int>& indices,
                            const std::array<std::vector<double>, kHeads>& scores, const TrainOptions& options,
                            const std::array<std::vector<double>, kHeads>* guard_scores) {
  std::vector<int> guard_none;
  for (std::size_t i = 0; guard_scores != nullptr && i < data.comments.size(); ++i) {
    if (data.comments[i].guard && data.comments[i].label == RiskLevel::kNone) guard_none.push_back(static_cast<int>(i));
  }
  const auto level_with = [&](const std::array<std::vector<double>, kHeads>& s, int i, const Thresholds& t) {
    const PreparedComment& c = data.comments[static_cast<std::size_t>(i)];
    const auto k = static_cast<std::size_t>(i);
    return CombinedLevel(c.rule_level, c.rule_veto_proof, LearnedLevel(s[0][k], s[1][k], t), Sigmoid(s[1][k]),
                         options.veto);
  };
  const auto level_at = [&](int i, const Thresholds& t) { return level_with(scores, i, t); };
  // Candidate thresholds: quantiles of the scores, highest first, and "never".
  std::array<std::vector<double>, kHeads> candidates;
  for (int h = 0; h < kHeads; ++h) {
    std::vector<double> v;
    for (const int i : indices) v.push_back(scores[static_cast<std::size_t>(h)][static_cast<std::size_t>(i)]);
    std::sort(v.begin(), v.end(), std::greater<>());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    auto& c = candidates[static_cast<std::size_t>(h)];
    c.push_back(std::numeric_limits<double>::infinity());
    const std::size_t step = std::max<std::size_t>(1, v.size() / kMaxCandidates);
    for (std::size_t k = 0; k < v.size(); k += step) c.push_back(v[k]);
  }
  int n_crisis = 0, n_concern = 0, n_none = 0, n_hard = 0;
  for (const int i : indices) {
    const PreparedComment& c = data.comments[static_cast<std::size_t>(i)];
    n_crisis += c.label == RiskLevel::kCrisis;
    n_concern += c.label == RiskLevel::kConcern;
    n_none += c.label == RiskLevel::kNone;
    n_hard += c.label == RiskLevel::kNone && c.hard_negative;
  }
  const auto ratio = [](int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; };
  Thresholds best;
  best.logit = {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
  double best_objective = -1e300;
  for (const double tc : candidates[0]) {
    for (const double tr : candidates[1]) {
      Thresholds t;
      t.logit = {tc, tr};
      int crisis_hit = 0, crisis_flagged = 0, risk_flagged = 0, escalated = 0, fp = 0, fp_hard = 0;
      for (const int i : indices) {
        const PreparedComment& c = data.comments[static_cast<std::size_t>(i)];
        const RiskLevel level = level_at(i, t);
        switch (c.label) {
          case RiskLevel::kCrisis:
            crisis_hit += level == RiskLevel::kCrisis;
            crisis_flagged += level != RiskLevel::kNone;
            risk_flagged += level != RiskLevel::kNone;
            break;
          case RiskLevel::kConcern:
            risk_flagged += level != RiskLevel::kNone;
            escalated += level == RiskLevel::kCrisis;
            break;
          case RiskLevel::kNone:
            fp += level != RiskLevel::kNone;
            fp_hard += c.hard_negative && level != RiskLevel::kNone;
            break;
        }
      }
      if (ratio(fp, n_none) > options.max_fpr_none || ratio(fp_hard, n_hard) > options.max_fpr_hard) continue;
      if (!guard_none.empty()) {
        const auto held = std::count_if(guard_none.begin(), guard_none.end(),
                                        [&](int i) { return level_with(*guard_scores, i, t) != RiskLevel::kNone; });
        if (ratio(static_cast<int>(held), static_cast<int>(guard_none.size())) > options.guard_max_fpr) continue;
      }
      const double objective = 2 * ratio(crisis_hit, n_crisis) + ratio(crisis_flagged, n_crisis) +
                               ratio(risk_flagged, n_crisis + n_concern) - 0.3 * ratio(escalated, n_concern);
      if (objective > best_objective + 1e-12) {
        best_objective = objective;
        best = t;
      }
    }
  }
  return best;
}

Thresholds GuardedThresholds(const PreparedData& data, const CrossValidation& cv, const TrainedHeads& heads,
                             const TrainOptions& options) {
  if (options.guard_source.empty()) return cv.thresholds;
  // The final model as the weights file will hold it: small weights left out, the rest rounded.
  TrainedHeads written = heads;
  for (HeadWeights& head : written.heads) {
    for (auto it = head.weights.begin(); it != head.weights.end();) {
      if (std::abs(it->second) < options.min_weight) {
        it = head.weights.erase(it);
      } else {
        it->second = std::round(it->second * 1e4) / 1e4;
        ++it;
      }
    }
    head.bias = std::round(head.bias * 1e6) / 1e6;
  }
  std::array<std::vector<double>, kHeads> own;  // that model's scores on its own training comments
  std::vector<int> selected;
  for (std::size_t i = 0; i < data.comments.size(); ++i) {
    for (int h = 0; h < kHeads; ++h) {
      own[static_cast<std::size_t>(h)].push_back(ScoreComment(written.heads[static_cast<std::size_t>(h)],
                                                              data.comments[i],
                                                              SingleLogit(static_cast<Head>(h), options),
                                                              options.whole_comment));
    }
    if (data.comments[i].select) selected.push_back(static_cast<int>(i));
  }
  // The guard is the standard sensitivity's promise; a site that chooses another accepts more holds.
  return ChooseThresholds(data, selected, cv.scores, options, &own);
}

}  // namespace rapport::screening
