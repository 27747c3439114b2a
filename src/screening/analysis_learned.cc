// The analysis's side of the learned model (step 9 of the screening pipeline,
// analysis.cc lists the steps): what the model is given about a comment (its
// tokens, cue marks and the rules' matches by sentence), and how its verdict
// joins the rules' level: raised with a LEARNED match that explains it, or,
// with a veto, the rules' matches set aside when the model is confident the
// comment is harmless.
#include <algorithm>
#include <cstdio>
#include <utility>

#include "screening/analysis.h"

namespace rapport::screening {

bool Analysis::VetoProofMatchStands() const {
  return std::any_of(scored_.begin(), scored_.end(), [&](const Scored& s) {
    const RuleFlags& flags = rules_.rules[static_cast<std::size_t>(s.hit.rule)].flags;
    return s.cleared.empty() && s.level != RiskLevel::kNone && (flags.always || flags.noveto);
  });
}

LearnedInput Analysis::MakeLearnedInput() const {
  LearnedInput input;
  input.doc = &doc_;
  input.masked = &masked_;
  input.cues = &cue_;
  input.discussion = discussion_;
  for (const Scored& s : scored_) {
    const Rule& rule = rules_.rules[static_cast<std::size_t>(s.hit.rule)];
    if (rule.flags.quiet && !s.cleared.empty()) continue;  // a model trained without it would misread its clearing
    input.events.push_back(RuleEvent{s.sentence, rule.category, s.level, s.cleared});
  }
  std::stable_sort(input.events.begin(), input.events.end(),
                   [](const RuleEvent& a, const RuleEvent& b) { return a.sentence < b.sentence; });
  return input;
}

std::vector<std::vector<std::string>> Analysis::SentenceFeatureNames(const Lexicon& lexicon) {
  std::vector<std::vector<std::string>> out;
  if (tokens().empty()) return out;
  const LearnedInput input = MakeLearnedInput();
  FeatureSink sink(true);
  for (int s = 0; s < static_cast<int>(doc_.sentences.size()); ++s) {
    sink.Clear();
    ExtractSentenceFeatures(lexicon, input, s, sink, ws_.learned.features);
    sink.SortUnique();
    out.push_back(std::move(sink.names));
    sink.names.clear();
  }
  return out;
}

void Analysis::ApplyLearned(const LearnedModel& model, const std::array<double, kHeads>& threshold, Screening& out) {
  out.learned_version = model.version;
  if (tokens().empty()) return;
  // Nothing to raise, and nothing the veto may set aside.
  const double veto = model.veto;
  const bool veto_proof = VetoProofMatchStands();
  if (out.level == RiskLevel::kCrisis && (veto <= 0 || veto_proof)) return;
  // With a veto the rules' level may fall, so the explanation is wanted for any learned level.
  const RiskLevel floor = veto > 0 ? RiskLevel::kNone : out.level;
  LearnedVerdict verdict = ScoreLearned(model, threshold, MakeLearnedInput(), floor, ws_.learned);
  if (CombinedLevel(out.level, veto_proof, verdict.level, verdict.p_risk, veto) < out.level) {
    // Confident the comment is harmless: the rules' matches are set aside, and shown as such.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "learned-harmless (p=%.3f, veto %.2f)", verdict.p_risk, veto);
    for (Match& m : out.matches) {
      m.level = RiskLevel::kNone;
      m.modifiers.emplace_back(buffer);
      out.cleared.push_back(std::move(m));
    }
    std::sort(out.cleared.begin(), out.cleared.end(),
              [](const Match& a, const Match& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
    out.matches.clear();
    out.level = RiskLevel::kNone;
    out.third_party = false;
  }
  if (static_cast<int>(verdict.level) <= static_cast<int>(out.level)) return;
  Match m;
  m.rule_id = verdict.level == RiskLevel::kCrisis ? "LEARNED-CRISIS" : "LEARNED-CONCERN";
  m.level = verdict.level;
  m.category = "learned";
  const Sentence& first = doc_.sentences[static_cast<std::size_t>(verdict.first_sentence)];
  const Sentence& last = doc_.sentences[static_cast<std::size_t>(verdict.last_sentence)];
  m.begin = tok(first.begin).begin;
  m.end = tok(last.end - 1).end;
  m.excerpt = Excerpt(source_, m.begin, m.end);
  m.modifiers = std::move(verdict.explanation);
  out.level = verdict.level;
  const auto at = std::upper_bound(out.matches.begin(), out.matches.end(), m.begin,
                                   [](std::size_t begin, const Match& x) { return begin < x.begin; });
  out.matches.insert(at, std::move(m));
}

}  // namespace rapport::screening
