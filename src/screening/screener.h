// Crisis-language screener: reads a reader's comment and says whether it looks
// like a crisis (current risk to the writer), a concern (distress, a passive
// wish, past self-harm, someone else at risk) or neither, and why.
//
// The screener is rule-based and explainable, with a learned lexical model
// beside the rules (learned.h) that can raise a level the rules missed; the
// built-in set has two, one for short comments (fewer than kShortCommentWords
// words) and one for the rest. Everything it knows (phrase
// patterns, idioms that neutralise them, negation cues, time markers, ...) is
// in a versioned text file; the built-in copy is src/screening/rules.txt and
// a site owner can load another with FromRules() without a release. The
// pipeline (normalise, segment into sentences and clauses, mark quotations,
// match token patterns, apply modifiers, score) is described step by step at
// the top of analysis.cc, and the rules format at the top of rules.txt; the
// design follows ../shared/care/SAFE-MESSAGING.md §4 (beside the checkout).
//
// A result never deletes or hides anything: callers use it to show the writer
// support lines and to order the moderation queue.
//
// Thread safety: a Screener is immutable after construction; Screen() is
// const and may be called from any number of threads at once. Copies share
// the compiled rules.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rapport::screening {

enum class RiskLevel { kNone, kConcern, kCrisis };

struct LearnedModel;  // the learned part's weights; defined in learned.h

// "none", "concern" or "crisis".
std::string_view RiskLevelName(RiskLevel level);

// One rule that fired, after modifiers.
struct Match {
  std::string rule_id;                 // e.g. "SI-INTENT-KILL"
  RiskLevel level = RiskLevel::kNone;  // level this match contributes (kNone when a modifier cleared it)
  std::string category;                // e.g. "intent", "self-harm", "passive"
  std::size_t begin = 0;               // byte offsets of the matched words in the original text
  std::size_t end = 0;
  std::string excerpt;  // the original text in [begin, end), shortened if very long
  // What changed the rule's own level, in the order applied: "past", "current", "relapse",
  // "third-party", "escalated", "supported"; whose words they were found to be: "quoted-self",
  // "reported", "self-revealed", "writer-among" ("has anyone else ...?"), "answered-yes" (a
  // quoted question answered yes); and for cleared matches the reason, e.g.
  // "negated", "quoted", "title", "hypothetical", "generic-subject", "second-person",
  // "third-party-past", "fiction", "discussion", "humour", "unsupported", "not-self",
  // "shared-plan" (a plan "we" made), "writer-own" (a rule about others, said by the writer).
  std::vector<std::string> modifiers;
};

struct Screening {
  RiskLevel level = RiskLevel::kNone;
  std::vector<Match> matches;  // matches that contribute (level > kNone), in text order
  bool third_party = false;    // someone other than the writer appears to be at current risk
  std::string rules_version;
  // The `version` line of the weights file of the learned model that read the
  // comment (learned.h: short comments may have a model of their own), or empty
  // when the screener has no learned part. A learned decision shows as a Match with
  // rule_id "LEARNED-CRISIS" or "LEARNED-CONCERN", category "learned", the
  // sentence window it scored as its excerpt, and as modifiers its probability
  // and the features that contributed most ("'a date' +2.1").
  std::string learned_version;
  // Matches that fired but were switched off by a modifier (negation, quotation, idiom
  // context, ...), in text order. Not needed to act on a result; useful to explain one.
  std::vector<Match> cleared;
};

class Screener {
 public:
  // Compiles a rules file (format documented at the top of rules.txt). Errors name the
  // offending line: "rules line 12: unknown macro {FOO}".
  // The built-in learned models (learned.txt, learned_short.txt) are used with it.
  static Result<Screener> FromRules(std::string_view rules_text);

  // Rules plus a learned model's weights file (format at the top of learned.h;
  // errors read "learned line 12: ..."). An empty `learned_text` means rules
  // only. The learned part can raise a comment's level; it lowers one only
  // through the model's veto (learned.h), never below an "always" phrase.
  // `spelling_text`: the slips of typing to repair (format in spelling.h);
  // none given, the built-in spelling.txt; empty, no repair.
  // `short_learned_text`: a second weights file that reads the comments of
  // fewer than kShortCommentWords words instead (errors read "learned (short
  // comments) line 12: ..."); empty, `learned_text` reads every comment.
  static Result<Screener> FromRules(std::string_view rules_text, std::string_view learned_text,
                                    std::optional<std::string_view> spelling_text = std::nullopt,
                                    std::string_view short_learned_text = {});

  // The built-in rules, compiled once on first use.
  static const Screener& Default();

  // This screener with the learned part's thresholds named `sensitivity`:
  // "standard" (the model's own), or another the model's file names (the
  // built-in one has "high": more crises found, more comments held that did
  // not need it). Sharing the compiled rules and weights, so it is cheap.
  // An unknown name is an error that lists the known ones.
  Result<Screener> WithSensitivity(std::string_view sensitivity) const;

  // The names WithSensitivity accepts, "standard" first: those every learned model knows.
  std::vector<std::string> sensitivities() const;

  // The sensitivity in use.
  std::string_view sensitivity() const { return sensitivity_; }

  // Screens one comment (UTF-8; malformed bytes are tolerated). Linear in the length
  // of the text.
  Screening Screen(std::string_view text) const;

  // The `version` line of the rules file.
  std::string_view version() const;

  // The `version` line of the learned model, or "" without one; with a
  // short-comment model, both: "learned-a; under 40 words learned-b". Each
  // Screening records the one that read it.
  std::string_view learned_version() const { return learned_version_; }

  struct Rules;  // compiled rules; defined in rules.h

 private:
  // A learned model with the thresholds of the sensitivity in use.
  struct Reader {
    std::shared_ptr<const LearnedModel> model;  // may be null
    std::array<double, 2> thresholds = {1.0, 1.0};  // for crisis and risk
  };

  Screener(std::shared_ptr<const Rules> rules, std::shared_ptr<const LearnedModel> learned,
           std::shared_ptr<const LearnedModel> short_learned);

  std::shared_ptr<const Rules> rules_;
  Reader learned_;        // reads every comment the short reader does not
  Reader short_learned_;  // reads comments of fewer than kShortCommentWords words, when it has a model
  std::string learned_version_;
  std::string sensitivity_ = "standard";
};

}  // namespace rapport::screening
