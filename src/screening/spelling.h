// Slips of typing repaired towards the words the rules know: "i want to kil
// myself", "feeling suicidel", "i wnat to die". People in pain often write
// fast, on a phone; a screener that only knows correct spellings misses them.
//
// A word is repaired when it is one slip (a letter missing, added, changed,
// or two neighbours swapped) from a target word of at least kShortestTarget
// letters, is not itself a target, and is not a real word. When it is one
// slip from several targets, the likeliest slip wins (SlipCost: "wnat" is
// "want" swapped before it is "what" mistyped); a tie repairs nothing.
// A shorter word is only repaired for a missing letter ("kil", "hrt").
// The targets and the real words come from spelling.txt, generated from
// dictionaries by rapport_screen_spelling (tools/screen_spelling.cc):
//   # comment
//   target WORD...   words of the rules that slips are repaired towards (the
//                    rules' English words: none of their other languages)
//   real WORD...     dictionary words one slip from a target ("kilt", "kiln",
//                    "skill"): never repaired
//   keep WORD...     the same, for words of comments that dictionaries lack
//                    ("yeet", "haram", "tae"): kept by hand
//   other WORD...    words of the rules' other languages that English word
//                    lists also have ("mich", "jana"): never targets, never
//                    repaired; kept by hand
// Only targets the rules' vocabulary also knows are used, so a rules file of
// one's own never gets repairs towards words it does not use.
//
// Thread safety: immutable once built.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/result.h"

namespace rapport::screening {

// How likely a slip turned `target` into `word`, as a cost: 0 when they are
// not exactly one slip apart; 1 for two neighbours swapped, a letter missing,
// or a key pressed twice or caught with its neighbour; 2 for a letter
// changed to a neighbouring key or a vowel to another ("suicidel"); 3 for
// another letter too many; 4 for any other changed letter.
int SlipCost(std::string_view word, std::string_view target);

// True when `a` becomes `b` by exactly one slip: one letter inserted,
// deleted or changed, or two adjacent letters swapped.
bool OneSlipApart(std::string_view a, std::string_view b);

class SpellingRepair {
 public:
  // Shorter targets have too many real neighbours ("die": "dye", "did", "lie").
  static constexpr std::size_t kShortestTarget = 4;
  // Words are repaired from this length on ("kil" -> "kill").
  static constexpr std::size_t kShortestWord = 3;

  SpellingRepair() = default;

  // Parses spelling.txt. `known(word)` says whether the rules use a target;
  // targets it refuses are left out. Errors read "spelling line N: ...".
  template <typename Known>
  static Result<SpellingRepair> Parse(std::string_view text, Known known);

  // Adds a target (a lower-case word of ASCII letters, at least kShortestTarget long).
  void AddTarget(std::string_view word);
  // Marks a word as real: never repaired.
  void AddReal(std::string_view word) { real_.emplace(word); }

  // The target a lower-case word is one slip from, or "" when it is a target
  // itself, real, too short, not plain letters, or as near to two targets.
  std::string_view Repair(std::string_view word) const;
  // The same without looking at the real words: what Repair would do if
  // `word` were not listed (used to find the real words a dictionary has).
  std::string_view Nearest(std::string_view word) const;

  const std::vector<std::string>& targets() const { return targets_; }
  bool empty() const { return targets_.empty(); }

 private:
  static Result<SpellingRepair> ParseAll(std::string_view text);

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const;
  };
  std::vector<std::string> targets_;
  // Each target and each of its one-letter deletions -> the targets it came from.
  std::unordered_map<std::string, std::vector<int>, Hash, std::equal_to<>> index_;
  std::unordered_set<std::string, Hash, std::equal_to<>> real_;
};

// Whether a word is plain lower-case ASCII letters (the only words repaired).
bool IsPlainLowerWord(std::string_view word);

// Parse() with a predicate: the targets are filtered as they are read.
template <typename Known>
Result<SpellingRepair> SpellingRepair::Parse(std::string_view text, Known known) {
  Result<SpellingRepair> parsed = ParseAll(text);
  if (!parsed) return parsed;
  SpellingRepair kept;
  for (const std::string& target : parsed->targets_) {
    if (known(target)) kept.AddTarget(target);
  }
  kept.real_ = std::move(parsed->real_);
  return kept;
}

}  // namespace rapport::screening
