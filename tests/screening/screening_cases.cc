// Helpers shared by the screener's tests (see screening_cases.h).
#include "screening_cases.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

#include "core/embedded_file.h"
#include "screening/embedded_rules.h"

namespace rapport::screening::testkit {

Screening Screen(std::string_view text) { return Screener::Default().Screen(text); }

Screening ScreenRulesOnly(std::string_view text) {
  static const Screener rules_only = [] {
    Result<Screener> s = Screener::FromRules(FindEmbedded(embedded::ScreeningRules(), "rules.txt")->data, "");
    EXPECT_TRUE(s.ok());
    return std::move(*s);
  }();
  return rules_only.Screen(text);
}

bool Fired(const Screening& s, std::string_view rule) {
  return std::any_of(s.matches.begin(), s.matches.end(), [&](const Match& m) { return m.rule_id == rule; });
}

bool ClearedFor(const Screening& s, std::string_view rule, std::string_view reason) {
  return std::any_of(s.cleared.begin(), s.cleared.end(), [&](const Match& m) {
    return m.rule_id == rule && std::find(m.modifiers.begin(), m.modifiers.end(), reason) != m.modifiers.end();
  });
}

bool HasReason(const Screening& s, std::string_view reason) {
  const auto has = [&](const Match& m) {
    return std::find(m.modifiers.begin(), m.modifiers.end(), reason) != m.modifiers.end();
  };
  return std::any_of(s.matches.begin(), s.matches.end(), has) || std::any_of(s.cleared.begin(), s.cleared.end(), has);
}

std::string Explain(const Screening& s) {
  std::string out(RiskLevelName(s.level));
  if (s.third_party) out += " third-party";
  for (const Match& m : s.matches) {
    out += " | " + m.rule_id + " " + std::string(RiskLevelName(m.level)) + " \"" + m.excerpt + "\"";
    for (const std::string& mod : m.modifiers) out += " +" + mod;
  }
  return out;
}

void ExpectLevelsFrom(Screening (*screen)(std::string_view), const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const Screening s = screen(c.text);
    EXPECT_EQ(RiskLevelName(s.level), RiskLevelName(c.level)) << c.text << "\n  got: " << Explain(s);
  }
}

void ExpectLevels(const std::vector<Case>& cases) { ExpectLevelsFrom(Screen, cases); }

void ExpectRulesLevels(const std::vector<Case>& cases) { ExpectLevelsFrom(ScreenRulesOnly, cases); }

}  // namespace rapport::screening::testkit
