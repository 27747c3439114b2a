// The parse tree of one rules-file pattern (syntax: pattern.h), internal to
// the screener: pattern_parse.cc reads a pattern's text into it, pattern.cc
// turns it into the nodes a match walks.
//
// Thread safety: plain values; parsing interns words in the Vocabulary given.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "screening/pattern.h"

namespace rapport::screening {

// A pattern as parsed: sequences, alternatives, optional parts and single
// items, before it is turned into nodes.
struct PatternAst {
  enum class Kind { kSeq, kAlt, kOpt, kWord, kGap, kNumber, kAny, kClauseEnd, kClauseStart, kContext };
  Kind kind = Kind::kSeq;
  std::vector<PatternAst> kids;
  std::vector<int> ids;  // kWord
  int max = 0;           // kGap
};

// Parses `text`, expanding macros and interning words in `vocab`.
Result<PatternAst> ParsePattern(std::string_view text, const Pattern::Macros& macros, Vocabulary& vocab);

// Sets of words of which a match must contain at least one each. The match
// proper and its trailing context both count (both must be present).
void RequiredSets(const PatternAst& a, std::vector<std::vector<int>>& out);

// The fewest tokens a match consumes.
int MinTokens(const PatternAst& a);

}  // namespace rapport::screening
