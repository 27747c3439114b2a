// The learned part of the crisis-language screener: two regularised logistic
// regressions over lexical features of sentence windows, next to the rules.
//
// Why: a phrase list has a long tail. The rules catch the wordings their author
// thought of; a linear model over words, word pairs and word classes, trained
// on labelled comments, also scores wordings nobody wrote a rule for ("I've
// picked a date" without any risk keyword). It raises a comment's level where
// it scores higher than the rules. It lowers one only when it is confident the
// comment is harmless (the "veto" line: every window's P(crisis or concern)
// below it) and no "always" phrase of the rules stands, so a rule's match on
// "cut again tonight - my own fringe" can be set aside while "kill myself"
// never is; the cleared matches stay visible with the reason "learned-harmless".
//
// Features (ExtractSentenceFeatures), per sentence, all from the screener's
// own tokenizer and cue sets (rules.txt), so training and screening see the
// same thing:
//   u:WORD         a word. Scope prefixes: "NEG_" inside a negation cue's
//                  scope (up to 6 tokens after it in its clause, not past a
//                  comma), "Q_" inside a quotation, "IDM_" inside an idiom that
//                  a rules "neutral" line masked.
//   b:W1 W2        two adjacent words of one clause, with the same prefixes.
//   st:STEM        a word's stem (word_stem.h: "decided", "deciding" -> "decid"),
//                  with its prefix; sb:S1 S2 two adjacent stems of one clause.
//   k:W1 _ W2      two words of one clause with one word between them skipped
//                  ("want to die", "want ta die"); k:W1 _ _ W2 with two.
//   c:CLASS        a word of a lexicon class (the "class" lines of the weights
//                  file); "c:CLASS|s=first" with the clause's subject (first,
//                  second, third, generic or none), "c:CLASS|t=past" with the
//                  sentence's time markers (past, current, relapse, mixed, none).
//   cc:A&B         two classes in one sentence.
//   e:NAME, g:GROUP a word's cluster and its wider group, with the scope
//                  prefix; "g:GROUP|s=first" with the clause's subject; and
//                  eb:X Y two adjacent words of one clause, each read as its
//                  group ("#GROUP") when it has one, else as itself ("i
//                  #stopped"), when one of them has. Only a model whose weights
//                  file has "cluster" lines (clusters.txt, written by
//                  tools/screen_clusters.py) has these: a word no training
//                  comment used is read through the words it is used like.
//   s:SUBJECT      a clause's subject; t:TIME the sentence's time markers.
//   p:! / p:?      the sentence has an exclamation or a question mark (models
//                  from r67 on; an older weights file has no weight for them).
//   cue:SET        a rules cue set present (hypothetical, humour, fiction,
//                  protective, bereavement, urge, speech, title); cue:discussion
//                  when the comment anywhere reads as professional talk.
//   r:CATEGORY:LEVEL / rc:REASON / rc:CATEGORY:REASON
//                  a rule that fired in the sentence, and the reason a
//                  modifier cleared one (negated, quoted, humour, ...).
// A window is two adjacent sentences (a one-sentence comment is its own
// window), so that every sentence is read with a neighbour: a lone "I've
// decided." weighs differently before "Saturday." than before "I'm going back
// to college!". Its features are the union of its sentences' features
// (binary). A comment's score for each head is its best window's, so one risk
// sentence in a long comment is enough. A neighbour can also weigh a sentence
// down ("I've decided." before "I'm going back to college!"); so that ordinary
// words around it never hide a sentence that is near-certain on its own
// ("Tomorrow I'm going to do it and nobody will stop me."), a sentence whose
// crisis score alone reaches the "single" line counts as a window of its own.
//
// The weights files (src/screening/learned.txt, and learned_short.txt, which
// reads the short comments: kShortCommentWords below; both written by
// rapport_screen_train, format below) are compiled into the binary like rules.txt:
//   # comment
//   format 1
//   version <text>
//   threshold crisis <probability>     P(crisis) at or above it: crisis
//   threshold risk <probability>       P(crisis or concern) at or above it: concern
//                                      (these two are the "standard" sensitivity)
//   sensitivity NAME crisis <p> risk <p>  another pair of thresholds a site may
//                                      choose (optional; e.g. "high", which finds
//                                      more crises and holds more comments)
//   veto <probability>                 optional: below it, the rules' matches are
//                                      set aside (see above); 0 or absent: never
//   single <probability>               optional: a lone sentence of a longer comment
//                                      whose P(crisis) reaches it counts as a window
//                                      of its own (see above); absent: never
//   whole-comment                      optional: a comment of three sentences or more
//                                      is also read as one window, so that what is said
//                                      across it (preparations here, a date there) adds up
//   class NAME : word word~ ...        lexicon (see lexicon.txt)
//   cluster GROUP/NAME : word ...      word clusters (see clusters.txt), optional
//   bias crisis|risk <number>
//   w crisis|risk <number> <feature>   one weight; the feature runs to the end of the line
//
// Thread safety: a LearnedModel is immutable once parsed.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "screening/rules.h"
#include "screening/screener.h"
#include "screening/tokenizer.h"

namespace rapport::screening {

// Word classes: each word (inflections expanded) maps to the classes it is in.
class Lexicon {
 public:
  // Adds one "class NAME : words" line's content; returns an error message, or "".
  std::string AddClass(std::string_view name, std::string_view words);
  // Classes of a normalised word, or null.
  const std::vector<int>* Find(std::string_view word) const;
  // Adds one "cluster GROUP/NAME : words" line's content (clusters.txt: words
  // used alike in general English); returns an error message, or "".
  std::string AddCluster(std::string_view name, std::string_view words);
  struct Cluster {
    std::string name;   // its most frequent word
    std::string group;  // the wider group it is part of, by that group's most frequent word
  };
  // The cluster of a normalised word, or null (always null without "cluster" lines).
  const Cluster* FindCluster(std::string_view word) const;
  bool has_clusters() const { return !clusters_.empty(); }
  const std::string& ClassName(int id) const { return names_[static_cast<std::size_t>(id)]; }
  std::size_t size() const { return names_.size(); }
  // The "class" and "cluster" lines, as they were given (for writing a weights file).
  const std::vector<std::string>& lines() const { return lines_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const;
  };
  std::vector<std::string> names_;
  std::vector<std::string> lines_;
  std::unordered_map<std::string, std::vector<int>, Hash, std::equal_to<>> words_;
  std::vector<Cluster> clusters_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> cluster_of_;
};

// Parses lexicon.txt ("class" lines and comments only; "cluster" lines too,
// when clusters.txt is read with it). Errors read "lexicon line N: ...".
Result<Lexicon> ParseLexicon(std::string_view text);

enum class Head { kCrisis = 0, kRisk = 1 };
constexpr int kHeads = 2;
std::string_view HeadName(Head head);

// 64-bit FNV-1a of a feature name: the weights file stores names, screening looks them up by hash.
std::uint64_t FeatureHash(std::string_view name);

// A comment of this many sentences or more is long: it is read whole too
// (whole-comment).
inline constexpr int kLongComment = 3;

// A comment of fewer than this many words (runs of characters between
// whitespace) is short: the short-comment model reads it when the screener has
// one. The short register ("cant do this anymore. sorry everyone") and the
// column's long letters are read best by models trained with different weights
// on each (LABELLING.md, model r43).
inline constexpr int kShortCommentWords = 40;

// The number of words of `text`: runs of characters other than ASCII whitespace.
int CountWords(std::string_view text);

// The name of the thresholds given by the "threshold" lines.
inline constexpr std::string_view kStandardSensitivity = "standard";

struct LearnedModel {
  int format = 1;
  std::string version;
  std::array<double, kHeads> threshold = {0.5, 0.5};
  // Other named threshold pairs ("sensitivity" lines), in file order.
  std::vector<std::pair<std::string, std::array<double, kHeads>>> sensitivities;
  double veto = 0;  // P(risk) below which rule matches (not "always" ones) are set aside
  double single = 0;  // P(crisis) at which a lone sentence counts as a window of its own; 0: off
  bool whole_comment = false;  // the whole comment is a window too ("whole-comment" line)
  std::array<double, kHeads> bias = {0, 0};
  std::array<std::unordered_map<std::uint64_t, float>, kHeads> weights;
  // Both heads' weights by feature hash (zero where a head has none): one lookup per feature.
  std::unordered_map<std::uint64_t, std::array<float, kHeads>> table;
  std::unordered_map<std::uint64_t, std::string> names;  // for explanations
  Lexicon lexicon;
};

// Parses a weights file. Errors read "learned line N: ..." (or "learned: ..." for what is missing).
Result<std::shared_ptr<const LearnedModel>> ParseLearnedModel(std::string_view text);

// A rule match, as the learned features see it.
struct RuleEvent {
  int sentence = 0;
  std::string_view category;
  RiskLevel level = RiskLevel::kNone;  // after modifiers
  std::string_view cleared;            // the reason a modifier cleared it, or empty
};

// What the rule engine knows about one comment, for feature extraction.
struct LearnedInput {
  const TokenizedText* doc = nullptr;
  const std::vector<char>* masked = nullptr;  // per token: inside an idiom ("neutral" rule)
  const std::array<std::vector<char>, static_cast<std::size_t>(CueSet::kCount)>* cues = nullptr;
  bool discussion = false;
  std::vector<RuleEvent> events;  // in sentence order
};

// Collects feature hashes, and their names when `named` (training, explanations).
class FeatureSink {
 public:
  explicit FeatureSink(bool named) : named_(named) {}
  void Add(std::string_view a, std::string_view b = {}, std::string_view c = {}, std::string_view d = {},
           std::string_view e = {});
  void Clear() {
    hashes.clear();
    names.clear();
  }
  // Sorts by hash and drops repeats (names follow their hashes).
  void SortUnique();
  std::vector<std::uint64_t> hashes;
  std::vector<std::string> names;

 private:
  bool named_;
};

// Reusable per-call storage for ExtractSentenceFeatures.
struct FeatureScratch {
  std::vector<std::string> views;  // per token of the sentence: scope prefix + word
  std::vector<std::string> stems;  // per token of the sentence: scope prefix + stem
  std::vector<std::string> shapes;  // per token of the sentence: scope prefix + "#GROUP", or its view
  std::vector<char> clustered;      // per token of the sentence: it has a cluster
  std::vector<int> classes;        // class occurrences: variant id * 8 + subject
  std::vector<int> variants;
  std::vector<std::string> variant_names;
};

// Appends the features of sentence `s` to `sink` (not deduplicated).
void ExtractSentenceFeatures(const Lexicon& lexicon, const LearnedInput& input, int s, FeatureSink& sink,
                             FeatureScratch& scratch);

// Windows over `sentences` sentences, as [first, last]: each adjacent pair, or
// [0, 0] for a single sentence; with `whole_comment`, also the whole comment
// when it has three sentences or more.
std::vector<std::pair<int, int>> LearnedWindows(int sentences, bool whole_comment = false);

// Reusable per-thread storage for ScoreLearned (and feature extraction).
struct LearnedScratch {
  FeatureSink sink{false};
  FeatureScratch features;
  // Per sentence, the features the model knows with both heads' weights,
  // sorted by hash; sentence s owns [offset[s], offset[s + 1]).
  struct Weighted {
    std::uint64_t hash;
    float weight[kHeads];
  };
  std::vector<Weighted> weighted;
  std::vector<std::size_t> offset;
  std::vector<std::array<double, kHeads>> sums;  // per sentence and head
  std::vector<Weighted> range;                   // the whole comment's features, when it is a window
};

// The learned part's reading of one comment, and why.
struct LearnedVerdict {
  RiskLevel level = RiskLevel::kNone;  // from the thresholds alone
  double p_crisis = 0;                 // the best window's probabilities
  double p_risk = 0;
  int first_sentence = 0;  // the window that decided `level`, [first, last]
  int last_sentence = 0;
  // When `level` is above the floor: "p=0.91 (threshold 0.62)", then the
  // strongest features: "'a date' +2.1".
  std::vector<std::string> explanation;
};

// Scores the comment's sentence windows with both heads and compares the best
// window's probabilities with `threshold` (crisis, risk). The explanation is
// filled in only when the level is above `floor` (the rules' level).
// Implemented in learned_score.cc.
LearnedVerdict ScoreLearned(const LearnedModel& model, const std::array<double, kHeads>& threshold,
                            const LearnedInput& input, RiskLevel floor, LearnedScratch& scratch);

// The level of a comment from the rules' level and the learned reading: the
// higher of the two, except that the rules' level is set aside when P(risk) is
// below the model's veto and no "always" or "noveto" phrase stands (`rule_veto_proof`).
RiskLevel CombinedLevel(RiskLevel rules, bool rule_veto_proof, RiskLevel learned, double p_risk, double veto);

// Training data for one comment: the rule engine's level and each sentence's
// feature names (sorted by hash, unique). Implemented in screener.cc.
struct CommentFeatures {
  RiskLevel rule_level = RiskLevel::kNone;
  bool rule_veto_proof = false;  // a match of an "always" or "noveto" rule stands (no veto sets it aside)
  std::vector<std::vector<std::string>> sentences;
};
CommentFeatures ExtractCommentFeatures(const Screener::Rules& rules, const Lexicon& lexicon, std::string_view text);

// A readable form of a feature name for explanations: "u:date" -> "'date'",
// "b:a date" -> "'a date'", "c:PLAN|s=first" -> "[PLAN words, I]".
std::string PrettyFeature(std::string_view name);

double Sigmoid(double x);
double Logit(double p);  // the inverse of Sigmoid, for p in (0, 1)

}  // namespace rapport::screening
