// The compiled form of a screening rules file (format: top of rules.txt).
//
// Thread safety: immutable once CompileRules returns.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "screening/pattern.h"
#include "screening/screener.h"
#include "screening/tokenizer.h"

namespace rapport::screening {

// Flags a risk rule can carry (rules.txt explains each).
struct RuleFlags {
  bool always = false;       // only negation, quotation or another person can clear it; idioms cannot mask it
  bool mention = false;      // a bare mention: comment-level discussion context clears it
  bool context = false;      // weak cue ("ctx"): counts only with other risk nearby
  bool adopt = false;        // the writer takes on words quoted or reported just before ("I feel the same")
  bool self_only = false;    // about the writer only; another subject clears it instead of routing it
  bool hyperbole = false;    // cleared by laughter or joking in the same or the next sentence
  bool completed = false;    // a death that has happened: about someone else it is grief, not risk
  bool passive = false;      // a passive wish or hopelessness: escalated by a plan cue nearby
  bool no_negation = false;  // negation cues before it do not clear it
  bool writer = false;       // always about the writer (a farewell addresses "you"): no subject detection
  bool act = false;          // an act (self-harm): right after an urge cue it is an urge, at most concern
  bool thought = false;      // a thought, not a decision: a protective statement nearby makes it concern
  bool alone = false;        // a plan made alone: said of "we" it is a shared ordinary plan, cleared
  bool others = false;       // about someone else only: the writer's own words are other rules' business
  bool noveto = false;       // the learned model cannot read it (another language): its veto never sets it aside
  bool quiet = false;        // newer than the model: when cleared, the model is not told of it
  bool cheer = false;        // an announcement: with an exclamation mark right after it, good news, cleared
};

struct Rule {
  std::string id;
  RiskLevel level = RiskLevel::kConcern;
  RiskLevel past_level = RiskLevel::kConcern;  // with a past-time marker in the sentence (timed rules)
  RiskLevel now_level = RiskLevel::kConcern;   // with a current or relapse marker (timed rules)
  bool timed = false;
  // With a relapse marker near it, timed or not ("two years without hurting
  // myself and I broke it last night"); unset: now_level for timed rules, the
  // rule's own level otherwise.
  std::optional<RiskLevel> relapse_level;
  std::string category;
  double weight = 1.0;
  RuleFlags flags;
  Pattern pattern;
  int line = 0;
};

struct Neutraliser {
  std::string id;
  Pattern pattern;
  int line = 0;
  bool always = false;  // masks "always" phrases too ("kill myself laughing")
};

// Word lists used by the modifiers; each entry is a pattern.
enum class CueSet {
  kNegation,       // not, never, nobody ...
  kPseudo,         // look like negation but are not ("no longer", "nobody knows") ...
  kTerminate,      // end a clause: but, however, though ...
  kPast,           // years ago, used to, when I was 19 ...
  kCurrent,        // again, still, tonight, last week ...
  kRelapse,        // relapsed, first time in months ...
  kDiscussion,     // comment-level: as a therapist, my clients, research ...
  kHypothetical,   // if someone, people who, asked if ...
  kHumour,         // lol, 😂 ...
  kFiction,        // character, novel, episode ...
  kTitle,          // called, titled, the song ...
  kSpeech,         // said, told, asked ...
  kFirst,          // I, me, my, we ...
  kSecond,         // you, your ...
  kThird,          // he, she, they ...
  kKin,            // people in the writer's life: mum, friend, partner ...
  kGeneric,        // people in general or at work: someone, clients, a character ...
  kThirdSingular,  // verb forms that agree with he/she: wants, wishes, says ...
  kUrge,           // a wish or pull towards an act, not the act: urge to, wanted to, nearly ...
  kProtective,     // "but I'd never do it", "I'm not going to do anything", "no plans"
  kBereavement,    // died, funeral, hospice: about someone else, a death that has happened
  kSelfReveal,     // comment-level: "the friend is me", "it isn't fiction": the writer owns words put on others
  kMention,        // "the word", "words like": the next few words are mentioned, not used (a short hypothetical)
  kOwnWords,       // "my honest answer", "drafting an email": a quotation right after it is the writer's own
  kWriterAmong,    // "has anyone else ...", "or is it just me": people in general in the sentence include the writer
  kHabitual,       // how often, not when: most nights, every week, daily ... (current unless a past time is named near)
  kClarify,        // "With him, I mean.", "I mean the job.": the sentence before meant something ordinary
  kCount,
};

// Index from first-token id to the patterns that can start there.
struct PatternIndex {
  std::vector<std::vector<int>> by_id;
  std::vector<int> anywhere;
  std::size_t count = 0;  // patterns indexed
  void Build(const std::vector<const Pattern*>& patterns, std::size_t vocab_size);
};

struct Screener::Rules {
  std::string version;
  Vocabulary vocab;
  std::vector<Rule> rules;
  std::vector<Neutraliser> neutralisers;
  std::array<std::vector<Pattern>, static_cast<std::size_t>(CueSet::kCount)> cues;

  PatternIndex rule_index;
  PatternIndex neutraliser_index;
  std::array<PatternIndex, static_cast<std::size_t>(CueSet::kCount)> cue_index;
  // All cue sets except kTerminate in one index, so that one pass marks them all.
  struct CueEntry {
    CueSet set;
    const Pattern* pattern;
  };
  std::vector<CueEntry> cue_entries;
  PatternIndex all_cues_index;
};

// Parses and compiles a rules file. Errors read "rules line N: ...".
// `spelling_text` (spelling.h): none given, the built-in spelling.txt; empty, no repair.
Result<std::shared_ptr<const Screener::Rules>> CompileRules(
    std::string_view text, std::optional<std::string_view> spelling_text = std::nullopt);

}  // namespace rapport::screening
