#include "screening/learned.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <utility>

#include "screening/data_file.h"

namespace rapport::screening {
namespace {

using data_file::NextWord;
using data_file::Trim;

constexpr int kNegationScope = 6;  // tokens after a negation cue that its scope covers
constexpr std::size_t kMaxClassPairs = 24;  // distinct classes per sentence that form pairs

constexpr std::size_t Set(CueSet s) { return static_cast<std::size_t>(s); }

bool IsClassName(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The regular inflections of a word ("cut" -> cut cuts cutting cutted ...); over-generating is harmless.
std::vector<std::string> Inflect(const std::string& w) {
  std::vector<std::string> out = {w, w + "s", w + "es", w + "ed", w + "ing"};
  if (w.size() >= 2 && w.back() == 'e') {
    const std::string stem = w.substr(0, w.size() - 1);
    out.push_back(w + "d");
    out.push_back(stem + "ing");
  }
  if (w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    const std::string stem = w.substr(0, w.size() - 1);
    out.push_back(stem + "ies");
    out.push_back(stem + "ied");
  }
  if (w.size() >= 3 && !IsVowel(w.back()) && w.back() != 'w' && w.back() != 'x' && w.back() != 'y' &&
      IsVowel(w[w.size() - 2]) && !IsVowel(w[w.size() - 3])) {
    out.push_back(w + w.back() + "ing");
    out.push_back(w + w.back() + "ed");
  }
  return out;
}

bool ParseNumber(std::string_view s, double& out) {
  if (s.empty()) return false;
  if (s.front() == '+') s.remove_prefix(1);
  const char* end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

bool ParseHead(std::string_view s, Head& head) {
  if (s == "crisis") {
    head = Head::kCrisis;
  } else if (s == "risk") {
    head = Head::kRisk;
  } else {
    return false;
  }
  return true;
}

// Cue sets that become sentence features, by name.
struct CueFeature {
  CueSet set;
  std::string_view name;
};
constexpr CueFeature kCueFeatures[] = {
    {CueSet::kHypothetical, "cue:hypothetical"}, {CueSet::kHumour, "cue:humour"},
    {CueSet::kFiction, "cue:fiction"},           {CueSet::kProtective, "cue:protective"},
    {CueSet::kBereavement, "cue:bereavement"},   {CueSet::kUrge, "cue:urge"},
    {CueSet::kSpeech, "cue:speech"},             {CueSet::kTitle, "cue:title"},
};

constexpr std::string_view kSubjects[] = {"none", "first", "second", "third", "generic"};
constexpr std::string_view kScopes[] = {"", "NEG_", "Q_", "IDM_"};

}  // namespace

std::size_t Lexicon::Hash::operator()(std::string_view s) const {
  return static_cast<std::size_t>(FeatureHash(s));
}

std::string Lexicon::AddClass(std::string_view name, std::string_view words) {
  if (!IsClassName(name)) return "class name must be upper-case letters, digits or '_': '" + std::string(name) + "'";
  if (std::find(names_.begin(), names_.end(), name) != names_.end()) {
    return "class " + std::string(name) + " defined twice";
  }
  const int id = static_cast<int>(names_.size());
  names_.emplace_back(name);
  std::string line = "class " + std::string(name) + " :";
  int count = 0;
  for (std::string_view rest = words;;) {
    std::string_view word = NextWord(rest);
    if (word.empty()) break;
    line += " ";
    line += word;
    ++count;
    const bool inflect = word.back() == '~';
    if (inflect) word.remove_suffix(1);
    if (word.empty()) return "'~' needs a word before it";
    for (const char c : word) {
      if (c >= 'A' && c <= 'Z') return "words are lower case: '" + std::string(word) + "'";
    }
    const std::vector<std::string> forms = inflect ? Inflect(std::string(word)) : std::vector<std::string>{std::string(word)};
    for (const std::string& form : forms) {
      std::vector<int>& classes = words_[form];
      if (std::find(classes.begin(), classes.end(), id) == classes.end()) classes.push_back(id);
    }
  }
  if (count == 0) return "class " + std::string(name) + " has no words";
  lines_.push_back(std::move(line));
  return "";
}

const std::vector<int>* Lexicon::Find(std::string_view word) const {
  const auto it = words_.find(word);
  return it == words_.end() ? nullptr : &it->second;
}

// Parses one "class NAME : words" line into `lexicon`; returns an error message or "".
static std::string ClassLine(std::string_view rest, Lexicon& lexicon) {
  const std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return "missing ':'";
  const std::string_view name = Trim(rest.substr(0, colon));
  return lexicon.AddClass(name, rest.substr(colon + 1));
}

Result<Lexicon> ParseLexicon(std::string_view text) {
  Lexicon lexicon;
  int line_number = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos) newline = text.size();
    ++line_number;
    std::string_view line = Trim(text.substr(pos, newline - pos));
    pos = newline + 1;
    if (line.empty() || line.front() == '#') continue;
    std::string_view rest = line;
    const std::string_view directive = NextWord(rest);
    std::string error = directive == "class" ? ClassLine(rest, lexicon) : "unknown directive '" + std::string(directive) + "'";
    if (!error.empty()) return Error::InvalidArgument("lexicon line " + std::to_string(line_number) + ": " + error);
  }
  if (lexicon.size() == 0) return Error::InvalidArgument("lexicon: no 'class' lines");
  return lexicon;
}

std::string_view HeadName(Head head) { return head == Head::kCrisis ? "crisis" : "risk"; }

std::uint64_t FeatureHash(std::string_view name) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

double Sigmoid(double x) {
  if (x >= 0) return 1.0 / (1.0 + std::exp(-x));
  const double e = std::exp(x);
  return e / (1.0 + e);
}

Result<std::shared_ptr<const LearnedModel>> ParseLearnedModel(std::string_view text) {
  auto model = std::make_shared<LearnedModel>();
  bool have_format = false;
  std::array<bool, kHeads> have_threshold = {false, false};
  std::array<bool, kHeads> have_bias = {false, false};
  int line_number = 0;
  const auto fail = [&](const std::string& message) {
    return Error::InvalidArgument("learned line " + std::to_string(line_number) + ": " + message);
  };
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos) newline = text.size();
    ++line_number;
    std::string_view line = Trim(text.substr(pos, newline - pos));
    pos = newline + 1;
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line = Trim(line.substr(3));
    if (line.empty() || line.front() == '#') continue;
    std::string_view rest = line;
    const std::string_view directive = NextWord(rest);
    if (directive == "format") {
      if (Trim(rest) != "1") return fail("unsupported format '" + std::string(Trim(rest)) + "' (this build reads 1)");
      if (have_format) return fail("second 'format' line");
      have_format = true;
    } else if (directive == "version") {
      rest = Trim(rest);
      if (rest.empty()) return fail("'version' needs a value");
      if (!model->version.empty()) return fail("second 'version' line");
      model->version = std::string(rest);
    } else if (directive == "threshold" || directive == "bias") {
      Head head;
      const std::string_view head_name = NextWord(rest);
      if (!ParseHead(head_name, head)) return fail("head must be crisis or risk, not '" + std::string(head_name) + "'");
      double value = 0;
      const std::string_view number = NextWord(rest);
      if (!ParseNumber(number, value)) return fail("not a number: '" + std::string(number) + "'");
      if (!Trim(rest).empty()) return fail("unexpected text after the number");
      const auto h = static_cast<std::size_t>(head);
      if (directive == "threshold") {
        if (!(value > 0 && value <= 1)) return fail("a threshold is a probability in (0, 1]");
        if (have_threshold[h]) return fail("second threshold for " + std::string(head_name));
        model->threshold[h] = value;
        have_threshold[h] = true;
      } else {
        if (have_bias[h]) return fail("second bias for " + std::string(head_name));
        model->bias[h] = value;
        have_bias[h] = true;
      }
    } else if (directive == "sensitivity") {
      const std::string name(NextWord(rest));
      if (name.empty()) return fail("'sensitivity' needs a name");
      if (name == kStandardSensitivity) return fail("'standard' is the sensitivity of the threshold lines");
      for (const auto& [known, unused] : model->sensitivities) {
        if (known == name) return fail("second sensitivity '" + name + "'");
      }
      std::array<double, kHeads> thresholds{};
      for (int h = 0; h < kHeads; ++h) {
        const std::string_view head_name = NextWord(rest);
        if (head_name != HeadName(static_cast<Head>(h))) {
          return fail("a sensitivity reads: sensitivity NAME crisis <probability> risk <probability>");
        }
        const std::string_view number = NextWord(rest);
        double value = 0;
        if (!ParseNumber(number, value) || !(value > 0 && value <= 1)) {
          return fail("a threshold is a probability in (0, 1], not '" + std::string(number) + "'");
        }
        thresholds[static_cast<std::size_t>(h)] = value;
      }
      if (!Trim(rest).empty()) return fail("unexpected text after the risk threshold");
      model->sensitivities.emplace_back(name, thresholds);
    } else if (directive == "class") {
      if (std::string error = ClassLine(rest, model->lexicon); !error.empty()) return fail(error);
    } else if (directive == "w") {
      Head head;
      const std::string_view head_name = NextWord(rest);
      if (!ParseHead(head_name, head)) return fail("head must be crisis or risk, not '" + std::string(head_name) + "'");
      double value = 0;
      const std::string_view number = NextWord(rest);
      if (!ParseNumber(number, value)) return fail("not a number: '" + std::string(number) + "'");
      const std::string_view name = Trim(rest);
      if (name.empty()) return fail("missing feature name");
      const std::uint64_t hash = FeatureHash(name);
      auto [it, fresh] = model->names.emplace(hash, std::string(name));
      if (!fresh && it->second != name) return fail("feature hash collision: '" + std::string(name) + "'");
      if (!model->weights[static_cast<std::size_t>(head)].emplace(hash, static_cast<float>(value)).second) {
        return fail("feature '" + std::string(name) + "' given twice for " + std::string(head_name));
      }
    } else {
      return fail("unknown directive '" + std::string(directive) + "'");
    }
  }
  if (!have_format) return Error::InvalidArgument("learned: no 'format' line");
  if (model->version.empty()) return Error::InvalidArgument("learned: no 'version' line");
  for (int h = 0; h < kHeads; ++h) {
    const std::string head(HeadName(static_cast<Head>(h)));
    if (!have_threshold[static_cast<std::size_t>(h)]) return Error::InvalidArgument("learned: no threshold for " + head);
    if (!have_bias[static_cast<std::size_t>(h)]) return Error::InvalidArgument("learned: no bias for " + head);
  }
  for (int h = 0; h < kHeads; ++h) {
    for (const auto& [hash, w] : model->weights[static_cast<std::size_t>(h)]) {
      model->table.try_emplace(hash, std::array<float, kHeads>{0.0f, 0.0f}).first->second[static_cast<std::size_t>(h)] = w;
    }
  }
  return std::shared_ptr<const LearnedModel>(std::move(model));
}

void FeatureSink::Add(std::string_view a, std::string_view b, std::string_view c, std::string_view d,
                      std::string_view e) {
  std::uint64_t h = 14695981039346656037ull;
  for (const std::string_view part : {a, b, c, d, e}) {
    for (const char ch : part) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
  }
  hashes.push_back(h);
  if (named_) {
    std::string name;
    name.reserve(a.size() + b.size() + c.size() + d.size() + e.size());
    name.append(a).append(b).append(c).append(d).append(e);
    names.push_back(std::move(name));
  }
}

void FeatureSink::SortUnique() {
  if (!named_) {
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return;
  }
  std::vector<std::size_t> order(hashes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return hashes[x] != hashes[y] ? hashes[x] < hashes[y] : names[x] < names[y];
  });
  std::vector<std::uint64_t> h;
  std::vector<std::string> n;
  for (const std::size_t i : order) {
    if (!h.empty() && h.back() == hashes[i]) continue;
    h.push_back(hashes[i]);
    n.push_back(std::move(names[i]));
  }
  hashes = std::move(h);
  names = std::move(n);
}

void ExtractSentenceFeatures(const Lexicon& lexicon, const LearnedInput& input, int s, FeatureSink& sink,
                             FeatureScratch& scratch) {
  const std::vector<Token>& tokens = input.doc->tokens;
  const Sentence& sentence = input.doc->sentences[static_cast<std::size_t>(s)];
  const auto& cues = *input.cues;
  const auto cue = [&](CueSet set, int t) { return cues[Set(set)][static_cast<std::size_t>(t)] != 0; };
  const int begin = sentence.begin;
  const int end = sentence.end;
  if (begin >= end) return;

  // Time markers of the sentence, and the cue sets present.
  bool past = false, current = false, relapse = false;
  std::array<bool, std::size(kCueFeatures)> present{};
  for (int t = begin; t < end; ++t) {
    past = past || cue(CueSet::kPast, t);
    current = current || cue(CueSet::kCurrent, t);
    relapse = relapse || cue(CueSet::kRelapse, t);
    for (std::size_t k = 0; k < std::size(kCueFeatures); ++k) present[k] = present[k] || cue(kCueFeatures[k].set, t);
  }
  const std::string_view time = relapse ? "relapse" : past && current ? "mixed" : past ? "past" : current ? "current" : "none";
  sink.Add("t:", time);
  for (std::size_t k = 0; k < std::size(kCueFeatures); ++k) {
    if (present[k]) sink.Add(kCueFeatures[k].name);
  }
  if (input.discussion) sink.Add("cue:discussion");

  // Words and word pairs with their scope prefixes; classes with the clause's subject.
  scratch.views.resize(static_cast<std::size_t>(end - begin));
  scratch.classes.clear();
  int clause = -1;
  int negation_left = 0;
  int subject = 0;  // index into kSubjects
  for (int t = begin; t < end; ++t) {
    const Token& tok = tokens[static_cast<std::size_t>(t)];
    if (tok.clause != clause) {
      clause = tok.clause;
      negation_left = 0;
      // The clause's subject: the first subject word in it; none keeps the previous clause's.
      for (int u = t; u < end && tokens[static_cast<std::size_t>(u)].clause == clause; ++u) {
        const std::string& w = tokens[static_cast<std::size_t>(u)].text;
        int found = 0;
        if (w == "i" || w == "we") {
          found = 1;
        } else if (w == "you") {
          found = 2;
        } else if (w == "he" || w == "she" || w == "they" || cue(CueSet::kKin, u)) {
          found = 3;
        } else if (cue(CueSet::kGeneric, u)) {
          found = 4;
        }
        if (found != 0) {
          subject = found;
          break;
        }
      }
      sink.Add("s:", kSubjects[subject]);
    }
    int scope = 0;
    if ((tok.quote >= 0 && !tok.scare_quoted) || tok.blockquote) {
      scope = 2;
    } else if (negation_left > 0) {
      scope = 1;
    } else if ((*input.masked)[static_cast<std::size_t>(t)]) {
      scope = 3;
    }
    if (negation_left > 0) --negation_left;
    if (cue(CueSet::kNegation, t)) negation_left = kNegationScope;
    if (tok.break_after) negation_left = 0;
    std::string& view = scratch.views[static_cast<std::size_t>(t - begin)];
    view.assign(kScopes[scope]);
    view += tok.text;
    sink.Add("u:", view);
    if (t > begin && tokens[static_cast<std::size_t>(t - 1)].clause == clause) {
      sink.Add("b:", scratch.views[static_cast<std::size_t>(t - 1 - begin)], " ", view);
    }
    if (const std::vector<int>* classes = lexicon.Find(tok.text)) {
      for (const int c : *classes) scratch.classes.push_back((c * 4 + scope) * 8 + subject);
    }
  }
  std::sort(scratch.classes.begin(), scratch.classes.end());
  scratch.classes.erase(std::unique(scratch.classes.begin(), scratch.classes.end()), scratch.classes.end());
  scratch.variants.clear();
  for (const int occurrence : scratch.classes) {
    const int variant = occurrence / 8;
    const int subj = occurrence % 8;
    if (scratch.variants.empty() || scratch.variants.back() != variant) {
      scratch.variants.push_back(variant);
    }
    const std::string_view prefix = kScopes[variant % 4];
    const std::string& name = lexicon.ClassName(variant / 4);
    sink.Add("c:", prefix, name, "|s=", kSubjects[subj]);
  }
  scratch.variant_names.resize(scratch.variants.size());
  for (std::size_t i = 0; i < scratch.variants.size(); ++i) {
    const int variant = scratch.variants[i];
    std::string& name = scratch.variant_names[i];
    name.assign(kScopes[variant % 4]);
    name += lexicon.ClassName(variant / 4);
    sink.Add("c:", name);
    sink.Add("c:", name, "|t=", time);
  }
  const std::size_t paired = std::min(scratch.variants.size(), kMaxClassPairs);
  for (std::size_t i = 0; i < paired; ++i) {
    for (std::size_t j = i + 1; j < paired; ++j) {
      sink.Add("cc:", scratch.variant_names[i], "&", scratch.variant_names[j]);
    }
  }

  // What the rules made of the sentence.
  const auto first = std::lower_bound(input.events.begin(), input.events.end(), s,
                                      [](const RuleEvent& e, int sentence_index) { return e.sentence < sentence_index; });
  for (auto it = first; it != input.events.end() && it->sentence == s; ++it) {
    if (!it->cleared.empty()) {
      sink.Add("rc:", it->cleared);
      sink.Add("rc:", it->category, ":", it->cleared);
    } else {
      sink.Add("r:", it->category, ":", RiskLevelName(it->level));
    }
  }
}

std::vector<std::pair<int, int>> LearnedWindows(int sentences) {
  std::vector<std::pair<int, int>> windows;
  if (sentences == 1) windows.emplace_back(0, 0);
  for (int i = 0; i + 1 < sentences; ++i) windows.emplace_back(i, i + 1);
  return windows;
}

namespace {

// "NEG_want" -> "want", noting the scope.
std::string StripScopes(std::string_view word, std::string& note) {
  for (bool again = true; again;) {
    again = false;
    if (word.substr(0, 4) == "NEG_") {
      word.remove_prefix(4);
      note = " (negated)";
      again = true;
    } else if (word.substr(0, 2) == "Q_") {
      word.remove_prefix(2);
      note = " (quoted)";
      again = true;
    } else if (word.substr(0, 4) == "IDM_") {
      word.remove_prefix(4);
      note = " (idiom)";
      again = true;
    }
  }
  return std::string(word);
}

std::string_view SubjectWords(std::string_view s) {
  if (s == "first") return "I";
  if (s == "second") return "you";
  if (s == "third") return "someone else";
  if (s == "generic") return "people";
  return "no subject";
}

}  // namespace

std::string PrettyFeature(std::string_view name) {
  std::string note;
  if (name.substr(0, 2) == "u:") return "'" + StripScopes(name.substr(2), note) + "'" + note;
  if (name.substr(0, 2) == "b:") {
    std::string_view rest = name.substr(2);
    const std::size_t space = rest.find(' ');
    if (space == std::string_view::npos) return "'" + StripScopes(rest, note) + "'" + note;
    const std::string a = StripScopes(rest.substr(0, space), note);
    const std::string b = StripScopes(rest.substr(space + 1), note);
    return "'" + a + " " + b + "'" + note;
  }
  if (name.substr(0, 3) == "cc:") {
    const std::string_view rest = name.substr(3);
    const std::size_t amp = rest.find('&');
    if (amp == std::string_view::npos) return std::string(name);
    const std::string a = StripScopes(rest.substr(0, amp), note);
    const std::string b = StripScopes(rest.substr(amp + 1), note);
    return "[" + a + " + " + b + " words]" + note;
  }
  if (name.substr(0, 2) == "c:") {
    std::string_view rest = name.substr(2);
    std::string tail;
    if (const std::size_t bar = rest.find('|'); bar != std::string_view::npos) {
      const std::string_view q = rest.substr(bar + 1);
      if (q.substr(0, 2) == "s=") tail = ", " + std::string(SubjectWords(q.substr(2)));
      if (q.substr(0, 2) == "t=") tail = ", time " + std::string(q.substr(2));
      rest = rest.substr(0, bar);
    }
    return "[" + StripScopes(rest, note) + " words" + tail + "]" + note;
  }
  if (name.substr(0, 2) == "s:") return "[subject: " + std::string(SubjectWords(name.substr(2))) + "]";
  if (name.substr(0, 2) == "t:") return "[time: " + std::string(name.substr(2)) + "]";
  if (name.substr(0, 4) == "cue:") return "[" + std::string(name.substr(4)) + " cue]";
  if (name.substr(0, 2) == "r:") return "[rule " + std::string(name.substr(2)) + "]";
  if (name.substr(0, 3) == "rc:") return "[rule cleared: " + std::string(name.substr(3)) + "]";
  return std::string(name);
}

}  // namespace rapport::screening
