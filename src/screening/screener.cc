// The Screener: compiled rules and, optionally, the learned model with the
// thresholds of one sensitivity. Screen() runs the rule engine's Analysis
// (analysis.cc) and then lets the learned part (learned_score.cc) raise the
// level the rules found, or set their matches aside through its veto.
#include "screening/screener.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include "screening/analysis.h"
#include "screening/embedded_rules.h"
#include "screening/learned.h"
#include "screening/rules.h"

namespace rapport::screening {

std::string_view RiskLevelName(RiskLevel level) {
  switch (level) {
    case RiskLevel::kNone:
      return "none";
    case RiskLevel::kConcern:
      return "concern";
    case RiskLevel::kCrisis:
      return "crisis";
  }
  return "none";
}

namespace {

std::string_view EmbeddedText(std::string_view name) {
  const EmbeddedFile* file = FindEmbedded(embedded::ScreeningRules(), name);
  if (file == nullptr) throw std::logic_error("screening: built-in " + std::string(name) + " is missing");
  return file->data;
}

// The built-in learned model (learned.txt), parsed once.
const std::shared_ptr<const LearnedModel>& BuiltInLearned() {
  static const std::shared_ptr<const LearnedModel> model = [] {
    Result<std::shared_ptr<const LearnedModel>> m = ParseLearnedModel(EmbeddedText("learned.txt"));
    if (!m) throw std::logic_error("screening: built-in learned model does not load: " + m.error().message);
    return std::move(*m);
  }();
  return model;
}

}  // namespace

Screener::Screener(std::shared_ptr<const Rules> rules, std::shared_ptr<const LearnedModel> learned)
    : rules_(std::move(rules)), learned_(std::move(learned)) {
  if (learned_) thresholds_ = learned_->threshold;
}

Result<Screener> Screener::WithSensitivity(std::string_view sensitivity) const {
  Screener copy = *this;
  copy.sensitivity_ = std::string(sensitivity);
  if (sensitivity == kStandardSensitivity) {
    if (learned_) copy.thresholds_ = learned_->threshold;
    return copy;
  }
  if (learned_) {
    for (const auto& [name, thresholds] : learned_->sensitivities) {
      if (name == sensitivity) {
        copy.thresholds_ = thresholds;
        return copy;
      }
    }
  }
  std::string known;
  for (const std::string& name : sensitivities()) known += (known.empty() ? "" : ", ") + name;
  return Error::InvalidArgument("There is no screening sensitivity called '" + std::string(sensitivity) +
                                "'. The model knows: " + known + ".");
}

std::vector<std::string> Screener::sensitivities() const {
  std::vector<std::string> names{std::string(kStandardSensitivity)};
  if (learned_) {
    for (const auto& [name, unused] : learned_->sensitivities) names.push_back(name);
  }
  return names;
}

Result<Screener> Screener::FromRules(std::string_view rules_text) {
  Result<std::shared_ptr<const Rules>> rules = CompileRules(rules_text);
  if (!rules) return rules.error();
  return Screener(std::move(*rules), BuiltInLearned());
}

Result<Screener> Screener::FromRules(std::string_view rules_text, std::string_view learned_text,
                                     std::optional<std::string_view> spelling_text) {
  Result<std::shared_ptr<const Rules>> rules = CompileRules(rules_text, spelling_text);
  if (!rules) return rules.error();
  if (learned_text.empty()) return Screener(std::move(*rules), nullptr);
  Result<std::shared_ptr<const LearnedModel>> learned = ParseLearnedModel(learned_text);
  if (!learned) return learned.error();
  return Screener(std::move(*rules), std::move(*learned));
}

const Screener& Screener::Default() {
  static const Screener screener = [] {
    Result<Screener> s = FromRules(EmbeddedText("rules.txt"));
    if (!s) throw std::logic_error("screening: built-in rules do not compile: " + s.error().message);
    return std::move(*s);
  }();
  return screener;
}

Screening Screener::Screen(std::string_view text) const {
  thread_local Workspace workspace;
  Analysis analysis(*rules_, text, workspace);
  Screening out = analysis.Run();
  if (learned_) analysis.ApplyLearned(*learned_, thresholds_, out);
  return out;
}

std::string_view Screener::version() const { return rules_->version; }

std::string_view Screener::learned_version() const { return learned_ ? std::string_view(learned_->version) : ""; }

CommentFeatures ExtractCommentFeatures(const Screener::Rules& rules, const Lexicon& lexicon, std::string_view text) {
  thread_local Workspace workspace;
  Analysis analysis(rules, text, workspace);
  CommentFeatures out;
  out.rule_level = analysis.Run().level;
  out.rule_veto_proof = analysis.VetoProofMatchStands();
  out.sentences = analysis.SentenceFeatureNames(lexicon);
  return out;
}

}  // namespace rapport::screening
