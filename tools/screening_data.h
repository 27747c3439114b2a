// What the screening tools (rapport_screen_eval, rapport_screen_train) read:
// labelled JSON Lines ({"id", "text", "label": "crisis"|"concern"|"none",
// "hard_negative": bool} per line), training options, and the rules and
// lexicon a model is trained with.
//
// Thread safety: plain functions.
#pragma once

#include <boost/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/embedded_file.h"
#include "screening/embedded_rules.h"
#include "screening/learned_train.h"

namespace rapport::tools {

// The whole of a file; false when it cannot be read.
inline bool ReadText(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return true;
}

// The compiled rules (the built-in ones when `rules_path` is empty) and the
// lexicon (with the word clusters, when given) that training and
// cross-validation build features from.
struct TrainingInputs {
  std::shared_ptr<const screening::Screener::Rules> rules;
  screening::Lexicon lexicon;
};

// Loads them, or says on standard error what could not be read or parsed.
inline std::optional<TrainingInputs> LoadTrainingInputs(const std::string& rules_path,
                                                        const std::string& lexicon_path,
                                                        const std::string& clusters_path = {}) {
  std::string rules_text;
  if (rules_path.empty()) {
    rules_text = std::string(FindEmbedded(embedded::ScreeningRules(), "rules.txt")->data);
  } else if (!ReadText(rules_path, rules_text)) {
    std::fprintf(stderr, "cannot read %s\n", rules_path.c_str());
    return std::nullopt;
  }
  auto rules = screening::CompileRules(rules_text);
  if (!rules) {
    std::fprintf(stderr, "rules: %s\n", rules.error().message.c_str());
    return std::nullopt;
  }
  std::string lexicon_text;
  if (!ReadText(lexicon_path, lexicon_text)) {
    std::fprintf(stderr, "cannot read %s\n", lexicon_path.c_str());
    return std::nullopt;
  }
  // Word clusters (clusters.txt), when asked for, read as more lexicon lines.
  if (std::string clusters_text; !clusters_path.empty()) {
    if (!ReadText(clusters_path, clusters_text)) {
      std::fprintf(stderr, "cannot read %s\n", clusters_path.c_str());
      return std::nullopt;
    }
    lexicon_text += "\n" + clusters_text;
  }
  auto lexicon = screening::ParseLexicon(lexicon_text);
  if (!lexicon) {
    // Line numbers count through the lexicon, then the clusters after it.
    const std::string read = clusters_path.empty() ? lexicon_path : lexicon_path + " + " + clusters_path;
    std::fprintf(stderr, "%s: %s\n", read.c_str(), lexicon.error().message.c_str());
    return std::nullopt;
  }
  return TrainingInputs{std::move(*rules), std::move(*lexicon)};
}

inline bool ParseLabel(std::string_view s, screening::RiskLevel& level) {
  if (s == "crisis") {
    level = screening::RiskLevel::kCrisis;
  } else if (s == "concern") {
    level = screening::RiskLevel::kConcern;
  } else if (s == "none") {
    level = screening::RiskLevel::kNone;
  } else {
    return false;
  }
  return true;
}

// Appends the items of one file to `items`; malformed lines are counted and skipped.
// False when the file cannot be read.
inline bool ReadLabelled(const std::string& path, std::vector<screening::LabelledComment>& items, int& malformed) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    boost::system::error_code ec;
    const boost::json::value v = boost::json::parse(line, ec);
    const boost::json::object* o = ec ? nullptr : v.if_object();
    const boost::json::value* text = o ? o->if_contains("text") : nullptr;
    const boost::json::value* label = o ? o->if_contains("label") : nullptr;
    screening::LabelledComment item;
    if (text == nullptr || !text->is_string() || label == nullptr || !label->is_string() ||
        !ParseLabel(label->as_string(), item.label)) {
      ++malformed;
      continue;
    }
    item.text = std::string(text->as_string());
    if (const boost::json::value* id = o->if_contains("id")) {
      item.id = id->is_string() ? std::string(id->as_string()) : boost::json::serialize(*id);
    }
    if (const boost::json::value* hard = o->if_contains("hard_negative"); hard != nullptr && hard->is_bool()) {
      item.hard_negative = hard->as_bool();
    }
    item.source = path;
    items.push_back(std::move(item));
  }
  return true;
}

// Parses a training option at argv[i] (advancing i past its value). Returns 1 when
// it was one, 0 when it was not, -1 when its value is missing or bad.
//   --folds K  --l2 X  --iterations N  --rounds N  --min-count N  --no-rule-features
//   --max-fpr-none X  --max-fpr-hard X  --min-weight X  --learning-rate X
//   --veto X            P(crisis or concern) below which the rules' matches are set aside (0: never)
//   --single X          P(crisis) at which a lone sentence counts as a window of its own (0: never)
//   --whole-comment     a comment of three sentences or more is also one window
//   --whole-negatives   a harmless comment's whole-comment window weighs as much as all its pairs
//   --folds-by-file     cross-validation keeps each file's comments in one fold (new writers)
//   --drop PREFIX,...   leave out features whose names start so (ablation)
//   --select-on TEXT    choose thresholds on files whose path contains TEXT
//   --select-except TEXT,...  but not on files whose path contains any of these
//   --select-words-under N    and only on comments of fewer than N words
//   --upweight TEXT=X   comments from files whose path contains TEXT weigh X in training
//                       (repeatable; the first that matches counts)
//   --guard TEXT=X      the standard thresholds hold at most a share X of the none comments
//                       of files whose path contains TEXT (the shipped model's thresholds:
//                       rapport_screen_train only; cross-validation ignores it)
//   --sensitivity NAME=NONE,HARD  another named sensitivity and its false-positive budgets
//                       (repeatable; replaces one of the same name, such as the default
//                       "high"; "--sensitivity none" drops them all)
inline int ParseTrainOption(int argc, char** argv, int& i, screening::TrainOptions& o) {
  const std::string_view arg = argv[i];
  // Switches: the option's name and the setting it gives.
  const std::pair<std::string_view, bool*> switches[] = {
      {"--whole-comment", &o.whole_comment},
      {"--whole-negatives", &o.whole_negatives},
      {"--folds-by-file", &o.folds_by_file},
  };
  for (const auto& [name, setting] : switches) {
    if (arg == name) {
      *setting = true;
      return 1;
    }
  }
  if (arg == "--no-rule-features") {
    o.rule_features = false;
    return 1;
  }
  if (arg == "--sensitivity") {
    if (i + 1 >= argc) return -1;
    const std::string value = argv[++i];
    if (value == "none") {
      o.sensitivities.clear();
      return 1;
    }
    const std::size_t eq = value.find('=');
    const std::size_t comma = value.find(',', eq == std::string::npos ? 0 : eq);
    if (eq == std::string::npos || eq == 0 || comma == std::string::npos) return -1;
    char* end = nullptr;
    const std::string none = value.substr(eq + 1, comma - eq - 1);
    const std::string hard = value.substr(comma + 1);
    screening::TrainOptions::Sensitivity s{value.substr(0, eq), std::strtod(none.c_str(), &end), 0};
    if (end == none.c_str() || *end != '\0') return -1;
    s.max_fpr_hard = std::strtod(hard.c_str(), &end);
    if (end == hard.c_str() || *end != '\0' || !(s.max_fpr_none >= 0 && s.max_fpr_hard >= 0)) return -1;
    if (s.name == "standard") return -1;
    std::erase_if(o.sensitivities, [&](const auto& known) { return known.name == s.name; });
    o.sensitivities.push_back(s);
    return 1;
  }
  if (arg == "--drop" || arg == "--select-on" || arg == "--select-except" || arg == "--upweight" ||
      arg == "--guard") {
    if (i + 1 >= argc) return -1;
    const std::string value = argv[++i];
    if (arg == "--drop" || arg == "--select-except") {
      std::vector<std::string>& list = arg == "--drop" ? o.drop_prefixes : o.select_except;
      for (std::size_t start = 0; start <= value.size();) {
        std::size_t comma = value.find(',', start);
        if (comma == std::string::npos) comma = value.size();
        if (comma > start) list.push_back(value.substr(start, comma - start));
        start = comma + 1;
      }
    } else if (arg == "--select-on") {
      o.select_source = value;
    } else if (arg == "--guard") {
      const std::size_t eq = value.rfind('=');
      if (eq == std::string::npos || eq == 0) return -1;
      o.guard_source = value.substr(0, eq);
      char* end = nullptr;
      o.guard_max_fpr = std::strtod(value.c_str() + eq + 1, &end);
      if (*end != '\0' || !(o.guard_max_fpr >= 0 && o.guard_max_fpr < 1)) return -1;
    } else {
      const std::size_t eq = value.rfind('=');
      if (eq == std::string::npos || eq == 0) return -1;
      char* end = nullptr;
      const double weight = std::strtod(value.c_str() + eq + 1, &end);
      if (*end != '\0' || !(weight > 0)) return -1;
      o.upweights.emplace_back(value.substr(0, eq), weight);
    }
    return 1;
  }
  const bool takes_value = arg == "--folds" || arg == "--l2" || arg == "--iterations" || arg == "--rounds" ||
                           arg == "--min-count" || arg == "--max-fpr-none" || arg == "--max-fpr-hard" ||
                           arg == "--min-weight" || arg == "--learning-rate" || arg == "--veto" ||
                           arg == "--single" || arg == "--select-words-under";
  if (!takes_value) return 0;
  if (i + 1 >= argc) return -1;
  const std::string value = argv[++i];
  char* end = nullptr;
  const double x = std::strtod(value.c_str(), &end);
  if (end == value.c_str() || *end != '\0') return -1;
  if (arg == "--folds") {
    o.folds = static_cast<int>(x);
    if (o.folds < 2) return -1;
  } else if (arg == "--l2") {
    o.l2 = x;
  } else if (arg == "--iterations") {
    o.iterations = static_cast<int>(x);
  } else if (arg == "--rounds") {
    o.mil_rounds = static_cast<int>(x);
  } else if (arg == "--min-count") {
    o.min_count = static_cast<int>(x);
  } else if (arg == "--max-fpr-none") {
    o.max_fpr_none = x;
  } else if (arg == "--max-fpr-hard") {
    o.max_fpr_hard = x;
  } else if (arg == "--min-weight") {
    o.min_weight = x;
  } else if (arg == "--veto") {
    if (!(x >= 0 && x < 1)) return -1;
    o.veto = x;
  } else if (arg == "--single") {
    if (!(x >= 0 && x < 1)) return -1;
    o.single = x;
  } else if (arg == "--select-words-under") {
    if (!(x >= 1 && x <= 100000) || x != static_cast<int>(x)) return -1;
    o.select_words_under = static_cast<int>(x);
  } else {
    o.learning_rate = x;
  }
  return 1;
}

// Which files choose the thresholds, for reports: "train", "train except train29", "all files".
inline std::string SelectionDescription(const screening::TrainOptions& o) {
  std::string out = o.select_source.empty() ? "all files" : o.select_source;
  for (std::size_t k = 0; k < o.select_except.size(); ++k) out += (k == 0 ? " except " : ", ") + o.select_except[k];
  if (o.select_words_under > 0) out += ", comments of fewer than " + std::to_string(o.select_words_under) + " words";
  return out;
}

// The held-out sets are for reporting only: no tool trains or cross-validates on them.
inline bool IsHeldOut(std::string_view path) { return path.find("holdout") != std::string_view::npos; }

}  // namespace rapport::tools
