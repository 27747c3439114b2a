// Helpers shared by the screener's tests: screening a sentence with the
// built-in rules (with or without the learned model), asking what fired, and
// checking a table of sentences against the levels they should get.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "screening/screener.h"

namespace rapport::screening::testkit {

// The built-in screener: rules and learned model, as a site runs it.
Screening Screen(std::string_view text);

// The built-in rules without the learned part, for tests of the rules' own mechanics.
Screening ScreenRulesOnly(std::string_view text);

bool Fired(const Screening& s, std::string_view rule);

// True when `rule` matched and a modifier cleared it for `reason`.
bool ClearedFor(const Screening& s, std::string_view rule, std::string_view reason);

// True when any match, kept or cleared, carries the modifier `reason`.
bool HasReason(const Screening& s, std::string_view reason);

// "level | RULE level "excerpt" +mod +mod | ..." — the explanation a moderator sees.
std::string Explain(const Screening& s);

struct Case {
  const char* text;
  RiskLevel level;
};

void ExpectLevelsFrom(Screening (*screen)(std::string_view), const std::vector<Case>& cases);
void ExpectLevels(const std::vector<Case>& cases);
// The same, for the rules alone: what a rule reads, whatever the model adds.
void ExpectRulesLevels(const std::vector<Case>& cases);

}  // namespace rapport::screening::testkit
