// Token patterns for the screener's rules file: parsing, compilation and
// matching. A pattern is matched against whole tokens only, never against
// part of a word ("skilled" never matches "killed").
//
// Syntax (also documented at the top of rules.txt):
//   word      one token; written as typed and normalised like comment text,
//             so "can't" is the two tokens "can not"
//   word~     the word and its regular inflections: cut~ = cut cuts cutting cutted...
//   (a b|c)   alternatives; [a b] optional; {NAME} a macro defined earlier
//   *N        skip 0..N tokens (never beyond the clause)
//   #num      a number ("3", "eleven"); #any  any one token
//   $         end of the clause, or a comma, colon, bracket or dash
//   ^         start of the clause, or just after one of those
//   a > b     b must follow, but is context: the match (and its excerpt) ends before it
//
// Thread safety: a compiled Pattern is immutable; matching is const.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "screening/tokenizer.h"

namespace rapport::screening {

// What a pattern runs over: the tokens of one comment and which of them an
// idiom has masked.
struct MatchInput {
  const std::vector<Token>* tokens = nullptr;
  // Per token: 0 free, kMasked inside an idiom, kMaskedAlways inside an idiom
  // that masks "always" phrases too. May be null: nothing masked.
  const std::vector<char>* masked = nullptr;
};
inline constexpr char kMasked = 1;
inline constexpr char kMaskedAlways = 2;

struct PatternMatch {
  int end = 0;                // one past the last token (trailing context excluded)
  std::vector<int> literals;  // token indices consumed by words of the pattern (not by gaps)
};

class Pattern {
 public:
  using Macros = std::map<std::string, std::string, std::less<>>;

  // Compiles `text`. Words are interned in `vocab`. Errors describe the problem
  // without a line number; the caller adds it.
  static Result<Pattern> Compile(std::string_view text, const Macros& macros, Vocabulary& vocab);

  // Checks the syntax of a macro body, which (unlike a pattern) may match nothing.
  static Result<void> CheckMacro(std::string_view text, const Macros& macros);

  // Longest match of the whole pattern starting at token `start`, staying within
  // [clause_begin, clause_end). Masked tokens cannot be words of the match unless
  // `ignore_mask` (which does not reach kMaskedAlways). Returns false when there is none.
  bool MatchAt(const MatchInput& input, int start, int clause_begin, int clause_end, bool ignore_mask,
               PatternMatch& out) const;

  // Vocabulary ids a match can start with; when `starts_anywhere`, any token may start one.
  const std::vector<int>& first_ids() const { return first_ids_; }
  bool starts_anywhere() const { return starts_anywhere_; }

  // Every match contains at least one of these words (sorted ids); empty when the
  // pattern has no such set. Lets a caller skip clauses that contain none of them.
  const std::vector<int>& required_ids() const { return required_ids_; }

  struct Node {
    enum class Kind { kWord, kSplit, kGap, kNumber, kAny, kClauseEnd, kClauseStart, kContext, kAccept };
    Kind kind = Kind::kAccept;
    std::vector<int> ids;   // kWord: sorted vocabulary ids
    std::vector<int> alts;  // kSplit: alternative next nodes
    int next = -1;
    int max = 0;  // kGap: most tokens skipped
    // What a match from this node can start with, for pruning alternatives:
    // sorted ids, or any token, and whether it can succeed without a token.
    std::vector<int> first;
    bool first_any = false;
    bool nullable = false;
    // kSplit: alternatives by the word they can start with (sorted by id), and
    // those that may start with anything or with nothing.
    std::vector<std::pair<int, int>> alts_by_id;
    std::vector<int> alts_any;
  };

 private:
  struct Search;
  void Visit(int node, int pos, Search& s) const;

  std::vector<Node> nodes_;
  int start_ = -1;
  std::vector<int> first_ids_;
  bool starts_anywhere_ = false;
  std::vector<int> required_ids_;
};

// The forms `word~` stands for.
std::vector<std::string> Inflections(std::string_view word);

}  // namespace rapport::screening
