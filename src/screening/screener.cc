// The Screener: compiled rules and, optionally, the learned models (one for
// every comment, or one for short comments and one for the rest) with the
// thresholds of one sensitivity. Screen() runs the rule engine's Analysis
// (analysis.cc) and then lets the learned part (learned_score.cc) raise the
// level the rules found, or set their matches aside through its veto.
#include "screening/screener.h"

#include <array>
#include <memory>
#include <optional>
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

// A built-in learned model (learned.txt or learned_short.txt), parsed from the binary.
std::shared_ptr<const LearnedModel> ParseBuiltInLearned(std::string_view name) {
  Result<std::shared_ptr<const LearnedModel>> m = ParseLearnedModel(EmbeddedText(name));
  if (!m) throw std::logic_error("screening: built-in " + std::string(name) + " does not load: " + m.error().message);
  return std::move(*m);
}

const std::shared_ptr<const LearnedModel>& BuiltInLearned() {
  static const std::shared_ptr<const LearnedModel> model = ParseBuiltInLearned("learned.txt");
  return model;
}

const std::shared_ptr<const LearnedModel>& BuiltInShortLearned() {
  static const std::shared_ptr<const LearnedModel> model = ParseBuiltInLearned("learned_short.txt");
  return model;
}

// The thresholds a model gives the sensitivity `name`, or nullopt when it has none of that name.
std::optional<std::array<double, kHeads>> ThresholdsOf(const LearnedModel& model, std::string_view name) {
  if (name == kStandardSensitivity) return model.threshold;
  for (const auto& [known, thresholds] : model.sensitivities) {
    if (known == name) return thresholds;
  }
  return std::nullopt;
}

}  // namespace

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

Screener::Screener(std::shared_ptr<const Rules> rules, std::shared_ptr<const LearnedModel> learned,
                   std::shared_ptr<const LearnedModel> short_learned)
    : rules_(std::move(rules)), learned_{std::move(learned)}, short_learned_{std::move(short_learned)} {
  if (learned_.model) {
    learned_.thresholds = learned_.model->threshold;
    learned_version_ = learned_.model->version;
  }
  if (short_learned_.model) {
    short_learned_.thresholds = short_learned_.model->threshold;
    learned_version_ += "; under " + std::to_string(kShortCommentWords) + " words " + short_learned_.model->version;
  }
}

Result<Screener> Screener::WithSensitivity(std::string_view sensitivity) const {
  Screener copy = *this;
  copy.sensitivity_ = std::string(sensitivity);
  bool known = true;
  for (Reader* reader : {&copy.learned_, &copy.short_learned_}) {
    if (!reader->model) continue;
    std::optional<std::array<double, kHeads>> thresholds = ThresholdsOf(*reader->model, sensitivity);
    if (thresholds) reader->thresholds = *thresholds;
    known = known && thresholds.has_value();
  }
  if (known && (learned_.model || sensitivity == kStandardSensitivity)) return copy;
  std::string names;
  for (const std::string& name : sensitivities()) names += (names.empty() ? "" : ", ") + name;
  return Error::InvalidArgument("There is no screening sensitivity called '" + std::string(sensitivity) +
                                "'. The model knows: " + names + ".");
}

std::vector<std::string> Screener::sensitivities() const {
  std::vector<std::string> names{std::string(kStandardSensitivity)};
  if (learned_.model) {
    for (const auto& [name, unused] : learned_.model->sensitivities) {
      if (!short_learned_.model || ThresholdsOf(*short_learned_.model, name)) names.push_back(name);
    }
  }
  return names;
}

Result<Screener> Screener::FromRules(std::string_view rules_text) {
  Result<std::shared_ptr<const Rules>> rules = CompileRules(rules_text);
  if (!rules) return rules.error();
  return Screener(std::move(*rules), BuiltInLearned(), BuiltInShortLearned());
}

Result<Screener> Screener::FromRules(std::string_view rules_text, std::string_view learned_text,
                                     std::optional<std::string_view> spelling_text,
                                     std::string_view short_learned_text) {
  Result<std::shared_ptr<const Rules>> rules = CompileRules(rules_text, spelling_text);
  if (!rules) return rules.error();
  if (learned_text.empty()) return Screener(std::move(*rules), nullptr, nullptr);
  Result<std::shared_ptr<const LearnedModel>> learned = ParseLearnedModel(learned_text);
  if (!learned) return learned.error();
  std::shared_ptr<const LearnedModel> short_learned;
  if (!short_learned_text.empty()) {
    Result<std::shared_ptr<const LearnedModel>> parsed = ParseLearnedModel(short_learned_text);
    if (!parsed) {
      Error error = parsed.error();
      if (error.message.starts_with("learned")) error.message.insert(7, " (short comments)");
      return error;
    }
    short_learned = std::move(*parsed);
  }
  return Screener(std::move(*rules), std::move(*learned), std::move(short_learned));
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
  const Reader& reader =
      short_learned_.model && CountWords(text) < kShortCommentWords ? short_learned_ : learned_;
  if (reader.model) analysis.ApplyLearned(*reader.model, reader.thresholds, out);
  return out;
}

std::string_view Screener::version() const { return rules_->version; }

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
