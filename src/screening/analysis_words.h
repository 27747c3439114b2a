// Small word tests shared by the readers of a match's context
// (analysis.cc, analysis_context.cc, analysis_person.cc): internal to the screener.
#pragma once

#include <string_view>

namespace rapport::screening {

inline bool IsSubjectPronoun(std::string_view t) {
  return t == "i" || t == "we" || t == "you" || t == "he" || t == "she" || t == "they";
}

// A possessive determiner: it says whose thing follows, not who acts.
inline bool IsPossessive(std::string_view t) {
  return t == "my" || t == "his" || t == "her" || t == "their" || t == "our" || t == "your" || t == "its";
}

// A word that names the writer's younger self before "self" ("my 15-year-old
// self", "my child self"), where a kin word would otherwise name someone else.
inline bool IsYoungerSelf(std::string_view t) {
  return t == "old" || t == "yo" || t == "yr" || t == "child" || t == "kid" || t == "teen" || t == "teenager" ||
         t == "younger" || t == "little" || t == "baby";
}

inline bool IsCoordinator(std::string_view t) {
  return t == "and" || t == "so" || t == "because" || t == "or" || t == "then" || t == "cause" || t == "while";
}

}  // namespace rapport::screening
