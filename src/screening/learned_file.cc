// Loading the learned model: the lexicon of word classes (lexicon.txt, and the
// word clusters of clusters.txt when a model was trained with them) and
// the weights file (learned.txt), all line-oriented data files (format at
// the top of learned.h). Split from learned.cc, which computes features.
//
// Thread safety: pure functions.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "screening/data_file.h"
#include "screening/learned.h"

namespace rapport::screening {
namespace {

using data_file::NextWord;
using data_file::Trim;

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

// Takes "<head> <number>" off the front of `rest`; returns an error message, or "".
std::string HeadAndNumber(std::string_view& rest, Head& head, std::string_view& head_name, double& value) {
  head_name = NextWord(rest);
  if (!ParseHead(head_name, head)) return "head must be crisis or risk, not '" + std::string(head_name) + "'";
  const std::string_view number = NextWord(rest);
  if (!ParseNumber(number, value)) return "not a number: '" + std::string(number) + "'";
  return "";
}

// One line that sets a probability once ("veto", "single"): `rest` must hold
// only a number that `in_range` accepts. Returns an error message, or "".
template <typename InRange>
std::string ProbabilityLine(std::string_view rest, std::string_view directive, std::string_view range_error,
                            InRange in_range, bool& seen, double& out) {
  double value = 0;
  const std::string_view number = NextWord(rest);
  if (!ParseNumber(number, value) || !in_range(value)) {
    return std::string(range_error) + ", not '" + std::string(number) + "'";
  }
  if (!Trim(rest).empty()) return "unexpected text after '" + std::string(directive) + "'";
  if (seen) return "second '" + std::string(directive) + "' line";
  seen = true;
  out = value;
  return "";
}

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

std::string Lexicon::AddCluster(std::string_view name, std::string_view words) {
  const std::size_t slash = name.find('/');
  const auto lower = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (slash == std::string_view::npos || !lower(name.substr(0, slash)) || !lower(name.substr(slash + 1))) {
    return "a cluster is named GROUP/NAME, both lower-case words: '" + std::string(name) + "'";
  }
  const int id = static_cast<int>(clusters_.size());
  clusters_.push_back(Cluster{std::string(name.substr(slash + 1)), std::string(name.substr(0, slash))});
  std::string line = "cluster " + std::string(name) + " :";
  int count = 0;
  for (std::string_view rest = words;;) {
    const std::string_view word = NextWord(rest);
    if (word.empty()) break;
    if (!lower(word)) return "cluster words are lower-case letters: '" + std::string(word) + "'";
    if (!cluster_of_.emplace(std::string(word), id).second) {
      return "'" + std::string(word) + "' is in two clusters";
    }
    line += " ";
    line += word;
    ++count;
  }
  if (count == 0) return "cluster " + std::string(name) + " has no words";
  lines_.push_back(std::move(line));
  return "";
}

const Lexicon::Cluster* Lexicon::FindCluster(std::string_view word) const {
  const auto it = cluster_of_.find(word);
  return it == cluster_of_.end() ? nullptr : &clusters_[static_cast<std::size_t>(it->second)];
}

// Parses the rest of one "class NAME : words" or "cluster GROUP/NAME : words"
// line into `lexicon` with `add`; returns an error message or "".
static std::string WordsLine(std::string_view rest, Lexicon& lexicon,
                             std::string (Lexicon::*add)(std::string_view, std::string_view)) {
  const std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return "missing ':'";
  return (lexicon.*add)(Trim(rest.substr(0, colon)), rest.substr(colon + 1));
}
static std::string ClassLine(std::string_view rest, Lexicon& lexicon) {
  return WordsLine(rest, lexicon, &Lexicon::AddClass);
}
static std::string ClusterLine(std::string_view rest, Lexicon& lexicon) {
  return WordsLine(rest, lexicon, &Lexicon::AddCluster);
}

Result<Lexicon> ParseLexicon(std::string_view text) {
  Lexicon lexicon;
  const data_file::LineError error = data_file::ForEachLine(text, [&](int, std::string_view rest) {
    const std::string_view directive = NextWord(rest);
    if (directive == "class") return ClassLine(rest, lexicon);
    if (directive == "cluster") return ClusterLine(rest, lexicon);
    return "unknown directive '" + std::string(directive) + "'";
  });
  if (!error.message.empty()) {
    return Error::InvalidArgument("lexicon line " + std::to_string(error.line) + ": " + error.message);
  }
  if (lexicon.size() == 0) return Error::InvalidArgument("lexicon: no 'class' lines");
  return lexicon;
}

Result<std::shared_ptr<const LearnedModel>> ParseLearnedModel(std::string_view text) {
  auto model = std::make_shared<LearnedModel>();
  bool have_format = false;
  std::array<bool, kHeads> have_threshold = {false, false};
  std::array<bool, kHeads> have_bias = {false, false};
  bool have_veto = false;
  bool have_single = false;
  const data_file::LineError error = data_file::ForEachLine(text, [&](int, std::string_view rest) -> std::string {
    const std::string_view directive = NextWord(rest);
    if (directive == "format") {
      if (Trim(rest) != "1") return "unsupported format '" + std::string(Trim(rest)) + "' (this build reads 1)";
      if (have_format) return "second 'format' line";
      have_format = true;
    } else if (directive == "version") {
      rest = Trim(rest);
      if (rest.empty()) return "'version' needs a value";
      if (!model->version.empty()) return "second 'version' line";
      model->version = std::string(rest);
    } else if (directive == "threshold" || directive == "bias") {
      Head head;
      std::string_view head_name;
      double value = 0;
      if (std::string error = HeadAndNumber(rest, head, head_name, value); !error.empty()) return error;
      if (!Trim(rest).empty()) return "unexpected text after the number";
      const auto h = static_cast<std::size_t>(head);
      if (directive == "threshold") {
        if (!(value > 0 && value <= 1)) return "a threshold is a probability in (0, 1]";
        if (have_threshold[h]) return "second threshold for " + std::string(head_name);
        model->threshold[h] = value;
        have_threshold[h] = true;
      } else {
        if (have_bias[h]) return "second bias for " + std::string(head_name);
        model->bias[h] = value;
        have_bias[h] = true;
      }
    } else if (directive == "sensitivity") {
      const std::string name(NextWord(rest));
      if (name.empty()) return "'sensitivity' needs a name";
      if (name == kStandardSensitivity) return "'standard' is the sensitivity of the threshold lines";
      for (const auto& [known, unused] : model->sensitivities) {
        if (known == name) return "second sensitivity '" + name + "'";
      }
      std::array<double, kHeads> thresholds{};
      for (int h = 0; h < kHeads; ++h) {
        const std::string_view head_name = NextWord(rest);
        if (head_name != HeadName(static_cast<Head>(h))) {
          return "a sensitivity reads: sensitivity NAME crisis <probability> risk <probability>";
        }
        const std::string_view number = NextWord(rest);
        double value = 0;
        if (!ParseNumber(number, value) || !(value > 0 && value <= 1)) {
          return "a threshold is a probability in (0, 1], not '" + std::string(number) + "'";
        }
        thresholds[static_cast<std::size_t>(h)] = value;
      }
      if (!Trim(rest).empty()) return "unexpected text after the risk threshold";
      model->sensitivities.emplace_back(name, thresholds);
    } else if (directive == "veto") {
      return ProbabilityLine(rest, directive, "a veto is a probability in [0, 1)",
                             [](double p) { return p >= 0 && p < 1; }, have_veto, model->veto);
    } else if (directive == "whole-comment") {
      if (!Trim(rest).empty()) return "'whole-comment' takes no value";
      if (model->whole_comment) return "second 'whole-comment' line";
      model->whole_comment = true;
    } else if (directive == "single") {
      return ProbabilityLine(rest, directive, "'single' is a probability in (0, 1)",
                             [](double p) { return p > 0 && p < 1; }, have_single, model->single);
    } else if (directive == "class") {
      if (std::string error = ClassLine(rest, model->lexicon); !error.empty()) return error;
    } else if (directive == "cluster") {
      if (std::string error = ClusterLine(rest, model->lexicon); !error.empty()) return error;
    } else if (directive == "w") {
      Head head;
      std::string_view head_name;
      double value = 0;
      if (std::string error = HeadAndNumber(rest, head, head_name, value); !error.empty()) return error;
      const std::string_view name = Trim(rest);
      if (name.empty()) return "missing feature name";
      const std::uint64_t hash = FeatureHash(name);
      auto [it, fresh] = model->names.emplace(hash, std::string(name));
      if (!fresh && it->second != name) return "feature hash collision: '" + std::string(name) + "'";
      if (!model->weights[static_cast<std::size_t>(head)].emplace(hash, static_cast<float>(value)).second) {
        return "feature '" + std::string(name) + "' given twice for " + std::string(head_name);
      }
    } else {
      return "unknown directive '" + std::string(directive) + "'";
    }
    return "";
  });
  if (!error.message.empty()) {
    return Error::InvalidArgument("learned line " + std::to_string(error.line) + ": " + error.message);
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

}  // namespace rapport::screening
