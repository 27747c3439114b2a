#include "screening/learned.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

#include "screening/data_file.h"
#include "screening/word_stem.h"

namespace rapport::screening {
namespace {

using data_file::NextWord;
using data_file::Trim;

constexpr int kNegationScope = 6;  // tokens after a negation cue that its scope covers
constexpr std::size_t kMaxClassPairs = 24;  // distinct classes per sentence that form pairs

constexpr std::size_t Set(CueSet s) { return static_cast<std::size_t>(s); }

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

// The cluster features of the sentence's i-th token (learned.h: e:, g:, eb:),
// whose view (scope prefix + word) is already in scratch.views[i].
void AddClusterFeatures(const Lexicon& lexicon, std::string_view word, int scope, int subject, std::size_t i,
                        bool follows_in_clause, FeatureSink& sink, FeatureScratch& scratch) {
  const Lexicon::Cluster* cluster = lexicon.FindCluster(word);
  std::string& shape = scratch.shapes[i];
  scratch.clustered[i] = cluster != nullptr;
  if (cluster == nullptr) {
    shape = scratch.views[i];
  } else {
    sink.Add("e:", kScopes[scope], cluster->name);
    sink.Add("g:", kScopes[scope], cluster->group);
    sink.Add("g:", cluster->group, "|s=", kSubjects[subject]);
    shape.assign(kScopes[scope]);
    shape += '#';
    shape += cluster->group;
  }
  if (follows_in_clause && (scratch.clustered[i] || scratch.clustered[i - 1])) {
    sink.Add("eb:", scratch.shapes[i - 1], " ", shape);
  }
}

}  // namespace

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

double Logit(double p) { return std::log(p / (1.0 - p)); }


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
    current = current || cue(CueSet::kCurrent, t) || cue(CueSet::kHabitual, t);  // one feature, as trained
    relapse = relapse || cue(CueSet::kRelapse, t);
    for (std::size_t k = 0; k < std::size(kCueFeatures); ++k) present[k] = present[k] || cue(kCueFeatures[k].set, t);
    // A mention ("the word ...") was a hypothetical cue before it had a set of
    // its own; the model still reads it as one.
    static_assert(kCueFeatures[0].set == CueSet::kHypothetical);
    present[0] = present[0] || cue(CueSet::kMention, t);
  }
  const std::string_view time = relapse ? "relapse" : past && current ? "mixed" : past ? "past" : current ? "current" : "none";
  sink.Add("t:", time);
  for (std::size_t k = 0; k < std::size(kCueFeatures); ++k) {
    if (present[k]) sink.Add(kCueFeatures[k].name);
  }
  if (input.discussion) sink.Add("cue:discussion");
  // How the sentence ends: an exclamation ("picked the date!") or a question.
  bool exclaimed = false, asked = false;
  for (int t = begin; t < end; ++t) {
    exclaimed = exclaimed || tokens[static_cast<std::size_t>(t)].exclaim_after;
    asked = asked || tokens[static_cast<std::size_t>(t)].question_after;
  }
  if (exclaimed) sink.Add("p:!");
  if (asked) sink.Add("p:?");

  // Words and word pairs with their scope prefixes; classes with the clause's subject.
  scratch.views.resize(static_cast<std::size_t>(end - begin));
  scratch.stems.resize(static_cast<std::size_t>(end - begin));
  scratch.shapes.resize(static_cast<std::size_t>(end - begin));
  scratch.clustered.resize(static_cast<std::size_t>(end - begin));
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
    const auto same_clause = [&](int back) {
      return t - back >= begin && tokens[static_cast<std::size_t>(t - back)].clause == clause;
    };
    if (same_clause(1)) sink.Add("b:", scratch.views[static_cast<std::size_t>(t - 1 - begin)], " ", view);
    // The word's stem, alone and after the previous word's; and the words two
    // and three places back, with what lies between skipped ("want _ die"
    // reads "want to die" and "want ta die" alike).
    std::string& stem = scratch.stems[static_cast<std::size_t>(t - begin)];
    stem.assign(kScopes[scope]);
    stem += WordStem(tok.text);
    sink.Add("st:", stem);
    if (same_clause(1)) sink.Add("sb:", scratch.stems[static_cast<std::size_t>(t - 1 - begin)], " ", stem);
    if (same_clause(2)) sink.Add("k:", scratch.views[static_cast<std::size_t>(t - 2 - begin)], " _ ", view);
    if (same_clause(3)) sink.Add("k:", scratch.views[static_cast<std::size_t>(t - 3 - begin)], " _ _ ", view);
    if (lexicon.has_clusters()) {
      AddClusterFeatures(lexicon, tok.text, scope, subject, static_cast<std::size_t>(t - begin), same_clause(1), sink,
                         scratch);
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

std::vector<std::pair<int, int>> LearnedWindows(int sentences, bool whole_comment) {
  std::vector<std::pair<int, int>> windows;
  if (sentences == 1) windows.emplace_back(0, 0);
  for (int i = 0; i + 1 < sentences; ++i) windows.emplace_back(i, i + 1);
  if (whole_comment && sentences >= kLongComment) windows.emplace_back(0, sentences - 1);
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
  if (name.substr(0, 3) == "st:") return "'" + StripScopes(name.substr(3), note) + "-'" + note;
  // Word pairs, stem pairs ("want- die-") and pairs with words skipped ("want
  // ... die", however many words the gap holds).
  const bool stems = name.substr(0, 3) == "sb:";
  if (stems || name.substr(0, 2) == "b:" || name.substr(0, 2) == "k:") {
    std::string_view rest = name.substr(name.find(':') + 1);
    std::string out;
    bool gap_before = false;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      const std::string_view word = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      const bool gap = word == "_";
      if (gap && gap_before) continue;
      gap_before = gap;
      if (!out.empty()) out += ' ';
      out += gap ? std::string("...") : StripScopes(word, note) + (stems ? "-" : "");
    }
    return "'" + out + "'" + note;
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
  // Clusters: "e:pills" -> "[words like 'pills']"; "eb:i #stopped" -> "'i [like stopped]'".
  if (name.substr(0, 2) == "e:") return "[words like '" + StripScopes(name.substr(2), note) + "']" + note;
  if (name.substr(0, 2) == "g:") {
    std::string_view rest = name.substr(2);
    std::string tail;
    if (const std::size_t bar = rest.find('|'); bar != std::string_view::npos) {
      tail = ", " + std::string(SubjectWords(rest.substr(bar + 3)));
      rest = rest.substr(0, bar);
    }
    return "[words like '" + StripScopes(rest, note) + "', broadly" + tail + "]" + note;
  }
  if (name.substr(0, 3) == "eb:") {
    std::string_view rest = name.substr(3);
    std::string out;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      const std::string word = StripScopes(rest.substr(0, space), note);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      if (!out.empty()) out += ' ';
      out += word.starts_with('#') ? "[like " + word.substr(1) + "]" : word;
    }
    return "'" + out + "'" + note;
  }
  if (name.substr(0, 2) == "s:") return "[subject: " + std::string(SubjectWords(name.substr(2))) + "]";
  if (name.substr(0, 2) == "t:") return "[time: " + std::string(name.substr(2)) + "]";
  if (name.substr(0, 4) == "cue:") return "[" + std::string(name.substr(4)) + " cue]";
  if (name.substr(0, 2) == "r:") return "[rule " + std::string(name.substr(2)) + "]";
  if (name.substr(0, 3) == "rc:") return "[rule cleared: " + std::string(name.substr(3)) + "]";
  return std::string(name);
}

}  // namespace rapport::screening
