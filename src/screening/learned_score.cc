// Scoring one comment with the learned model (learned.h): step 9 of the
// screening pipeline (the other steps are in analysis.cc), run unless the
// rules found a crisis the model may not set aside (an "always" phrase, or a
// model without a veto). Each sentence's features (words, word pairs, word
// classes, subject, time, negation/quotation/idiom scope, what the rules fired
// or cleared) are looked up once; a window of one or two sentences scores the
// sum of its distinct features' weights (a lone sentence of a longer comment
// only for the crisis head, and only when it reaches the model's "single"
// line); the best window's probability per head against the thresholds gives
// the learned level, explained by the window and its strongest features.
#include <algorithm>
#include <cstdio>
#include <utility>

#include "screening/learned.h"

namespace rapport::screening {
namespace {

constexpr std::size_t kLearnedReasons = 5;  // strongest features listed with a learned verdict

}  // namespace

RiskLevel CombinedLevel(RiskLevel rules, bool rule_veto_proof, RiskLevel learned, double p_risk, double veto) {
  if (!rule_veto_proof && p_risk < veto) rules = RiskLevel::kNone;
  return static_cast<int>(learned) > static_cast<int>(rules) ? learned : rules;
}

LearnedVerdict ScoreLearned(const LearnedModel& model, const std::array<double, kHeads>& threshold,
                            const LearnedInput& input, RiskLevel floor, LearnedScratch& scratch) {
  const int sentences = static_cast<int>(input.doc->sentences.size());
  auto& weighted = scratch.weighted;
  auto& offset = scratch.offset;
  auto& sums = scratch.sums;
  weighted.clear();
  offset.assign(static_cast<std::size_t>(sentences) + 1, 0);
  sums.assign(static_cast<std::size_t>(sentences), {0.0, 0.0});
  for (int s = 0; s < sentences; ++s) {
    scratch.sink.Clear();
    ExtractSentenceFeatures(model.lexicon, input, s, scratch.sink, scratch.features);
    scratch.sink.SortUnique();
    for (const std::uint64_t h : scratch.sink.hashes) {
      const auto it = model.table.find(h);
      if (it == model.table.end()) continue;
      LearnedScratch::Weighted w{h, {it->second[0], it->second[1]}};
      for (std::size_t k = 0; k < kHeads; ++k) sums[static_cast<std::size_t>(s)][k] += it->second[k];
      weighted.push_back(w);
    }
    offset[static_cast<std::size_t>(s) + 1] = weighted.size();
  }
  // The whole comment as one window (when the model reads it): each feature
  // once, however many sentences have it; both heads in one pass.
  std::array<double, kHeads> whole = model.bias;
  if (model.whole_comment && sentences >= kLongComment) {
    auto& range = scratch.range;
    range = weighted;
    std::sort(range.begin(), range.end(), [](const auto& x, const auto& y) { return x.hash < y.hash; });
    for (std::size_t i = 0; i < range.size(); ++i) {
      if (i > 0 && range[i].hash == range[i - 1].hash) continue;
      for (std::size_t k = 0; k < kHeads; ++k) whole[k] += range[i].weight[k];
    }
  }
  // Score of the window [a, b] for head k: features are binary, so a feature
  // in both sentences of a pair counts once.
  const auto score = [&](int a, int b, int k) {
    const auto ka = static_cast<std::size_t>(k);
    if (b > a + 1) return whole[ka];  // the whole comment (LearnedWindows gives no other long window)
    double total = model.bias[ka] + sums[static_cast<std::size_t>(a)][ka];
    if (b == a) return total;
    total += sums[static_cast<std::size_t>(b)][ka];
    std::size_t i = offset[static_cast<std::size_t>(a)];
    std::size_t j = offset[static_cast<std::size_t>(b)];
    const std::size_t i_end = offset[static_cast<std::size_t>(a) + 1];
    const std::size_t j_end = offset[static_cast<std::size_t>(b) + 1];
    while (i < i_end && j < j_end) {
      if (weighted[i].hash < weighted[j].hash) {
        ++i;
      } else if (weighted[j].hash < weighted[i].hash) {
        ++j;
      } else {
        total -= weighted[i].weight[k];
        ++i;
        ++j;
      }
    }
    return total;
  };
  std::array<double, kHeads> best_score = {-1e300, -1e300};
  std::array<std::pair<int, int>, kHeads> best_window = {std::pair{0, 0}, std::pair{0, 0}};
  for (const auto& [a, b] : LearnedWindows(sentences, model.whole_comment)) {
    for (int k = 0; k < kHeads; ++k) {
      const double v = score(a, b, k);
      if (v > best_score[static_cast<std::size_t>(k)]) {
        best_score[static_cast<std::size_t>(k)] = v;
        best_window[static_cast<std::size_t>(k)] = {a, b};
      }
    }
  }
  const auto crisis = static_cast<std::size_t>(Head::kCrisis);
  const auto risk = static_cast<std::size_t>(Head::kRisk);
  // A sentence near-certain on its own counts whatever its neighbours.
  if (model.single > 0 && sentences > 1) {
    const double single = Logit(model.single);
    for (int a = 0; a < sentences; ++a) {
      const double v = score(a, a, static_cast<int>(crisis));
      if (v >= single && v > best_score[crisis]) {
        best_score[crisis] = v;
        best_window[crisis] = {a, a};
      }
    }
  }
  const double p_crisis = Sigmoid(best_score[crisis]);
  const double p_risk = Sigmoid(best_score[risk]);
  RiskLevel level = RiskLevel::kNone;
  std::size_t head = risk;
  if (p_crisis >= threshold[crisis]) {
    level = RiskLevel::kCrisis;
    head = crisis;
  } else if (p_risk >= threshold[risk]) {
    level = RiskLevel::kConcern;
  }
  LearnedVerdict verdict;
  verdict.level = level;
  verdict.p_crisis = p_crisis;
  verdict.p_risk = p_risk;
  if (static_cast<int>(level) <= static_cast<int>(floor)) return verdict;

  // Explain: the window, its probability, and the features that pushed it up most.
  const auto [a, b] = best_window[head];
  std::vector<std::pair<double, std::uint64_t>> contributions;
  for (int s = a; s <= b; ++s) {
    for (std::size_t i = offset[static_cast<std::size_t>(s)]; i < offset[static_cast<std::size_t>(s) + 1]; ++i) {
      contributions.emplace_back(weighted[i].weight[head], weighted[i].hash);
    }
  }
  std::sort(contributions.begin(), contributions.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  contributions.erase(std::unique(contributions.begin(), contributions.end(),
                                  [](const auto& x, const auto& y) { return x.second == y.second; }),
                      contributions.end());
  verdict.first_sentence = a;
  verdict.last_sentence = b;
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "p=%.2f (threshold %.2f)", Sigmoid(best_score[head]), threshold[head]);
  verdict.explanation.emplace_back(buffer);
  for (const auto& [weight, hash] : contributions) {
    if (verdict.explanation.size() > kLearnedReasons || weight < 0.05) break;
    const auto name = model.names.find(hash);
    if (name == model.names.end()) continue;
    std::snprintf(buffer, sizeof buffer, " %+.1f", weight);
    verdict.explanation.push_back(PrettyFeature(name->second) + buffer);
  }
  return verdict;
}

}  // namespace rapport::screening
