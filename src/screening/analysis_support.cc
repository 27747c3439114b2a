// Which matches stand with company, step 7 of the screening pipeline
// (analysis.cc lists the steps): a weak cue ("ctx") needs enough weight from
// other matches on the same side within a few sentences, an "adopt" rule needs
// quoted or reported risk just before it, and a passive wish beside a
// supported crisis cue becomes a crisis.
#include <algorithm>
#include <cstdlib>

#include "screening/analysis.h"

namespace rapport::screening {
namespace {

constexpr int kContextWindow = 3;  // sentences around a weak cue that can support it
constexpr int kAdoptWindow = 2;    // sentences before an "adopt" rule that can support it

}  // namespace

// Weak cues need company; adoptions need something to adopt; a passive wish
// next to a plan cue is escalated.
void Analysis::ResolveContext(std::vector<Scored>& scored) const {
  const auto rule_of = [&](const Scored& s) -> const Rule& {
    return rules_.rules[static_cast<std::size_t>(s.hit.rule)];
  };
  const auto first_person = [](const Scored& s) { return s.person == Person::kImplied || s.person == Person::kFirst; };
  std::vector<char> supported(scored.size(), 0);
  for (std::size_t i = 0; i < scored.size(); ++i) {
    const Scored& s = scored[i];
    const Rule& rule = rule_of(s);
    if (!s.cleared.empty()) continue;
    if (rule.flags.context) {
      double support = rule.weight;
      bool company = false;
      double cluster_weight = 0;
      int cluster_end = -1;
      // `scored` is in text order, so the window of sentences is a range of it.
      std::size_t first = i;
      while (first > 0 && s.sentence - scored[first - 1].sentence <= kContextWindow) --first;
      for (std::size_t j = first; j < scored.size() && scored[j].sentence - s.sentence <= kContextWindow; ++j) {
        const Scored& o = scored[j];
        if (j == i || !o.cleared.empty() || o.hit.rule == s.hit.rule || o.third_party != s.third_party) continue;
        if (rule_of(o).flags.adopt || std::abs(o.sentence - s.sentence) > kContextWindow) continue;
        // Two readings of the same words are one cue, not two: overlapping
        // supporters count once, with the larger weight (they come in text order).
        if (o.hit.begin < s.hit.end && s.hit.begin < o.hit.end) continue;
        const double w = rule_of(o).weight;
        if (company && o.hit.begin < cluster_end) {
          support += std::max(0.0, w - cluster_weight);
          cluster_weight = std::max(cluster_weight, w);
          cluster_end = std::max(cluster_end, o.hit.end);
        } else {
          support += w;
          cluster_weight = w;
          cluster_end = o.hit.end;
        }
        company = true;
      }
      supported[i] = company && support >= 1.0;
    } else if (rule.flags.adopt) {
      std::size_t first = i;
      while (first > 0 && s.sentence - scored[first - 1].sentence <= kAdoptWindow) --first;
      for (std::size_t j = first; j < scored.size() && !supported[i]; ++j) {
        const Scored& o = scored[j];
        if (j == i || rule_of(o).flags.adopt || o.cleared == "level-none") continue;
        supported[i] = o.sentence <= s.sentence && o.sentence >= s.sentence - kAdoptWindow;
      }
    } else {
      supported[i] = 1;
    }
  }
  for (std::size_t i = 0; i < scored.size(); ++i) {
    Scored& s = scored[i];
    const Rule& rule = rule_of(s);
    if (!s.cleared.empty() || (!rule.flags.context && !rule.flags.adopt)) continue;
    if (!supported[i]) {
      s.cleared = "unsupported";
      s.level = RiskLevel::kNone;
    } else {
      s.modifiers.emplace_back(rule.flags.adopt ? "adopted" : "supported");
    }
  }
  for (std::size_t i = 0; i < scored.size(); ++i) {
    Scored& s = scored[i];
    if (!s.cleared.empty() || !rule_of(s).flags.passive || s.level != RiskLevel::kConcern || !first_person(s)) continue;
    std::size_t first = i;
    while (first > 0 && scored[first - 1].sentence == s.sentence) --first;
    for (std::size_t j = first; j < scored.size() && scored[j].sentence <= s.sentence + 1; ++j) {
      const Scored& o = scored[j];
      if (!o.cleared.empty() || !rule_of(o).flags.context || o.level != RiskLevel::kCrisis || !first_person(o))
        continue;
      if (o.sentence == s.sentence || o.sentence == s.sentence + 1) {
        s.level = RiskLevel::kCrisis;
        s.modifiers.emplace_back("escalated");
        break;
      }
    }
  }
}

}  // namespace rapport::screening
