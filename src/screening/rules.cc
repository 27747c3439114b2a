#include "screening/rules.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <utility>

#include "screening/data_file.h"
#include "screening/embedded_rules.h"
#include "screening/spelling.h"

namespace rapport::screening {
namespace {

using data_file::NextWord;
using data_file::Trim;

struct CueSetName {
  std::string_view name;
  CueSet set;
};

constexpr CueSetName kCueSetNames[] = {
    {"negation", CueSet::kNegation},
    {"pseudo", CueSet::kPseudo},
    {"terminate", CueSet::kTerminate},
    {"past", CueSet::kPast},
    {"current", CueSet::kCurrent},
    {"relapse", CueSet::kRelapse},
    {"discussion", CueSet::kDiscussion},
    {"hypothetical", CueSet::kHypothetical},
    {"humour", CueSet::kHumour},
    {"fiction", CueSet::kFiction},
    {"title", CueSet::kTitle},
    {"speech", CueSet::kSpeech},
    {"first", CueSet::kFirst},
    {"second", CueSet::kSecond},
    {"third", CueSet::kThird},
    {"kin", CueSet::kKin},
    {"generic", CueSet::kGeneric},
    {"third-singular", CueSet::kThirdSingular},
    {"urge", CueSet::kUrge},
    {"protective", CueSet::kProtective},
    {"bereavement", CueSet::kBereavement},
    {"self-reveal", CueSet::kSelfReveal},
    {"mention", CueSet::kMention},
    {"own-words", CueSet::kOwnWords},
    {"writer-among", CueSet::kWriterAmong},
    {"habitual", CueSet::kHabitual},
    {"clarify", CueSet::kClarify},
};

bool ParseLevel(std::string_view s, RiskLevel& level) {
  if (s == "none") {
    level = RiskLevel::kNone;
  } else if (s == "concern") {
    level = RiskLevel::kConcern;
  } else if (s == "crisis") {
    level = RiskLevel::kCrisis;
  } else {
    return false;
  }
  return true;
}

bool IsIdentifier(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    const bool ok =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// Removes a trailing " # comment".
std::string_view StripComment(std::string_view line) {
  for (std::size_t i = 1; i + 1 < line.size(); ++i) {
    if (line[i] == '#' && (line[i - 1] == ' ' || line[i - 1] == '\t') && (line[i + 1] == ' ' || line[i + 1] == '\t')) {
      return line.substr(0, i);
    }
  }
  return line;
}

class RulesCompiler {
 public:
  Result<std::shared_ptr<const Screener::Rules>> Run(std::string_view text,
                                                     std::optional<std::string_view> spelling_text) {
    rules_ = std::make_shared<Screener::Rules>();
    const data_file::LineError error = data_file::ForEachLine(text, [&](int line_number, std::string_view line) {
      line_ = line_number;
      Result<void> r = Line(Trim(StripComment(line)));
      return r ? std::string() : r.error().message;
    });
    if (!error.message.empty()) {
      return Error::InvalidArgument("rules line " + std::to_string(error.line) + ": " + error.message);
    }
    if (rules_->version.empty()) return Error::InvalidArgument("rules: no 'version' line");
    if (rules_->rules.empty()) return Error::InvalidArgument("rules: no 'rule' lines");
    BuildIndexes();
    if (Result<void> r = LoadSpelling(spelling_text); !r) return r.error();
    return std::shared_ptr<const Screener::Rules>(std::move(rules_));
  }

 private:
  static Error Fail(std::string message) { return Error::InvalidArgument(std::move(message)); }

  // The spelling file (the built-in one when none is given), with the targets these rules use.
  Result<void> LoadSpelling(std::optional<std::string_view> text) {
    if (!text) {
      const EmbeddedFile* file = FindEmbedded(embedded::ScreeningRules(), "spelling.txt");
      if (file == nullptr) return Fail("the built-in spelling.txt is missing");
      text = file->data;
    }
    if (text->empty()) return Ok();
    const Vocabulary& vocab = rules_->vocab;
    Result<SpellingRepair> spelling =
        SpellingRepair::Parse(*text, [&](std::string_view word) { return vocab.Find(word) >= 0; });
    if (!spelling) return spelling.error();
    rules_->vocab.SetSpelling(std::make_shared<const SpellingRepair>(std::move(*spelling)));
    return Ok();
  }

  Result<Pattern> CompilePattern(std::string_view text) {
    text = Trim(text);
    if (text.empty()) return Fail("missing pattern after ':'");
    return Pattern::Compile(text, macros_, rules_->vocab);
  }

  Result<void> Line(std::string_view line) {
    std::string_view rest = line;
    const std::string_view directive = NextWord(rest);
    if (directive == "version") {
      rest = Trim(rest);
      if (rest.empty()) return Fail("'version' needs a value");
      if (!rules_->version.empty()) return Fail("second 'version' line");
      rules_->version = std::string(rest);
      return Ok();
    }
    if (directive == "macro") return Macro(rest);
    const std::size_t colon = rest.find(':');
    if (directive != "rule" && directive != "neutral" && directive != "cue") {
      return Fail("unknown directive '" + std::string(directive) + "' (expected version, macro, rule, neutral or cue)");
    }
    if (colon == std::string_view::npos) return Fail("missing ':' before the pattern");
    std::string_view head = rest.substr(0, colon);
    const std::string_view body = rest.substr(colon + 1);
    if (directive == "rule") return RuleLine(head, body);
    if (directive == "neutral") {
      const std::string_view id = NextWord(head);
      const std::string_view strength = NextWord(head);
      if (!IsIdentifier(id) || (!strength.empty() && strength != "always") || !Trim(head).empty()) {
        return Fail("expected 'neutral <ID> [always] : <pattern>'");
      }
      Result<Pattern> p = CompilePattern(body);
      if (!p) return p.error();
      rules_->neutralisers.push_back({std::string(id), std::move(*p), line_, strength == "always"});
      return Ok();
    }
    const std::string_view set_name = NextWord(head);
    if (!Trim(head).empty()) return Fail("expected 'cue <set> : <pattern>'");
    for (const CueSetName& c : kCueSetNames) {
      if (c.name != set_name) continue;
      Result<Pattern> p = CompilePattern(body);
      if (!p) return p.error();
      rules_->cues[static_cast<std::size_t>(c.set)].push_back(std::move(*p));
      return Ok();
    }
    return Fail("unknown cue set '" + std::string(set_name) + "'");
  }

  Result<void> Macro(std::string_view rest) {
    const std::string_view name = NextWord(rest);
    rest = Trim(rest);
    if (!IsIdentifier(name) || rest.empty() || rest.front() != '=') return Fail("expected 'macro NAME = <pattern>'");
    if (macros_.count(name) != 0) return Fail("macro {" + std::string(name) + "} defined twice");
    const std::string_view body = Trim(rest.substr(1));
    // Compile once now so that mistakes are reported on the macro's own line.
    if (Result<void> r = Pattern::CheckMacro(body, macros_); !r) return r;
    macros_.emplace(std::string(name), std::string(body));
    return Ok();
  }

  Result<void> RuleLine(std::string_view head, std::string_view body) {
    Rule rule;
    rule.line = line_;
    const std::string_view id = NextWord(head);
    const std::string_view level = NextWord(head);
    const std::string_view category = NextWord(head);
    const std::string_view weight = NextWord(head);
    if (!IsIdentifier(id) || category.empty() || weight.empty()) {
      return Fail("expected 'rule <ID> <level> <category> <weight> [key=value...] : <pattern>'");
    }
    for (const Rule& other : rules_->rules) {
      if (other.id == id) return Fail("rule id " + std::string(id) + " used twice");
    }
    rule.id = std::string(id);
    if (!ParseLevel(level, rule.level))
      return Fail("level must be none, concern or crisis, not '" + std::string(level) + "'");
    rule.past_level = rule.now_level = rule.level;
    rule.category = std::string(category);
    char* end = nullptr;
    const std::string weight_text(weight);
    rule.weight = std::strtod(weight_text.c_str(), &end);
    if (end == weight_text.c_str() || *end != '\0' || rule.weight < 0 || rule.weight > 10) {
      return Fail("weight must be a number from 0 to 10, not '" + weight_text + "'");
    }
    while (true) {
      const std::string_view option = NextWord(head);
      if (option.empty()) break;
      const std::size_t eq = option.find('=');
      if (eq == std::string_view::npos) return Fail("expected key=value, not '" + std::string(option) + "'");
      const std::string_view key = option.substr(0, eq);
      const std::string_view value = option.substr(eq + 1);
      if (key == "past" || key == "now") {
        RiskLevel& target = key == "past" ? rule.past_level : rule.now_level;
        if (!ParseLevel(value, target)) return Fail("bad level in '" + std::string(option) + "'");
        rule.timed = true;
      } else if (key == "relapse") {
        RiskLevel level;
        if (!ParseLevel(value, level)) return Fail("bad level in '" + std::string(option) + "'");
        rule.relapse_level = level;
      } else if (key == "flags") {
        if (Result<void> r = Flags(value, rule.flags); !r) return r;
      } else {
        return Fail("unknown key '" + std::string(key) + "' (expected past, now, relapse or flags)");
      }
    }
    Result<Pattern> p = CompilePattern(body);
    if (!p) return p.error();
    rule.pattern = std::move(*p);
    rules_->rules.push_back(std::move(rule));
    return Ok();
  }

  static Result<void> Flags(std::string_view list, RuleFlags& flags) {
    while (!list.empty()) {
      std::size_t comma = list.find(',');
      if (comma == std::string_view::npos) comma = list.size();
      const std::string_view flag = list.substr(0, comma);
      list.remove_prefix(std::min(list.size(), comma + 1));
      if (flag == "noveto") {
        flags.noveto = true;
      } else if (flag == "always") {
        flags.always = true;
      } else if (flag == "mention") {
        flags.mention = true;
      } else if (flag == "ctx") {
        flags.context = true;
      } else if (flag == "adopt") {
        flags.adopt = true;
      } else if (flag == "selfonly") {
        flags.self_only = true;
      } else if (flag == "hyperbole") {
        flags.hyperbole = true;
      } else if (flag == "completed") {
        flags.completed = true;
      } else if (flag == "passive") {
        flags.passive = true;
      } else if (flag == "noneg") {
        flags.no_negation = true;
      } else if (flag == "writer") {
        flags.writer = true;
      } else if (flag == "act") {
        flags.act = true;
      } else if (flag == "thought") {
        flags.thought = true;
      } else if (flag == "alone") {
        flags.alone = true;
      } else if (flag == "others") {
        flags.others = true;
      } else if (flag == "quiet") {
        flags.quiet = true;
      } else if (flag == "cheer") {
        flags.cheer = true;
      } else {
        return Fail("unknown flag '" + std::string(flag) + "'");
      }
    }
    return Ok();
  }

  void BuildIndexes() {
    const std::size_t n = rules_->vocab.size();
    std::vector<const Pattern*> patterns;
    for (const Rule& r : rules_->rules) patterns.push_back(&r.pattern);
    rules_->rule_index.Build(patterns, n);
    patterns.clear();
    for (const Neutraliser& r : rules_->neutralisers) patterns.push_back(&r.pattern);
    rules_->neutraliser_index.Build(patterns, n);
    for (std::size_t set = 0; set < rules_->cues.size(); ++set) {
      patterns.clear();
      for (const Pattern& p : rules_->cues[set]) patterns.push_back(&p);
      rules_->cue_index[set].Build(patterns, n);
    }
    patterns.clear();
    for (std::size_t set = 0; set < rules_->cues.size(); ++set) {
      if (static_cast<CueSet>(set) == CueSet::kTerminate) continue;
      for (const Pattern& p : rules_->cues[set]) {
        rules_->cue_entries.push_back({static_cast<CueSet>(set), &p});
        patterns.push_back(&p);
      }
    }
    rules_->all_cues_index.Build(patterns, n);
  }

  std::shared_ptr<Screener::Rules> rules_;
  Pattern::Macros macros_;
  int line_ = 0;
};

}  // namespace

void PatternIndex::Build(const std::vector<const Pattern*>& patterns, std::size_t vocab_size) {
  by_id.assign(vocab_size, {});
  anywhere.clear();
  count = patterns.size();
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const int index = static_cast<int>(i);
    if (patterns[i]->starts_anywhere()) {
      anywhere.push_back(index);
      continue;
    }
    for (const int id : patterns[i]->first_ids()) by_id[static_cast<std::size_t>(id)].push_back(index);
  }
}

Result<std::shared_ptr<const Screener::Rules>> CompileRules(std::string_view text,
                                                            std::optional<std::string_view> spelling_text) {
  RulesCompiler compiler;
  return compiler.Run(text, spelling_text);
}

}  // namespace rapport::screening
