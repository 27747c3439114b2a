// Regression set: tests/screening/own_cases.jsonl holds comments the
// screener's developers wrote and labelled themselves while probing for gaps
// (none is taken from tests/data/screening). Most were first screened before
// any rule had seen them; rules were then generalised, never fitted to one
// sentence. The set guards against a rules edit that quietly loses ground.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "screening/screener.h"

namespace rapport::screening {
namespace {

struct Case {
  std::string id;
  std::string text;
  RiskLevel label = RiskLevel::kNone;
};

std::vector<Case> LoadCases() {
  std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/tests/screening/own_cases.jsonl");
  std::vector<Case> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const boost::json::object o = boost::json::parse(line).as_object();
    Case c;
    c.id = std::string(o.at("id").as_string());
    c.text = std::string(o.at("text").as_string());
    const std::string label(o.at("label").as_string());
    c.label = label == "crisis" ? RiskLevel::kCrisis : label == "concern" ? RiskLevel::kConcern : RiskLevel::kNone;
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(ScreenOwnCasesTest, MeetsTheReleaseGatesWithMargin) {
  const std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 700u);
  int crisis = 0, crisis_hit = 0, crisis_flagged = 0, risk = 0, risk_flagged = 0;
  int none = 0, false_positive = 0, concern = 0, escalated = 0;
  std::ostringstream misses;
  for (const Case& c : cases) {
    const RiskLevel got = Screener::Default().Screen(c.text).level;
    if (got != c.label) {
      misses << "  " << c.id << " label=" << RiskLevelName(c.label) << " got=" << RiskLevelName(got) << ": " << c.text
             << "\n";
    }
    if (c.label == RiskLevel::kCrisis) {
      ++crisis;
      crisis_hit += got == RiskLevel::kCrisis;
      crisis_flagged += got != RiskLevel::kNone;
    }
    if (c.label != RiskLevel::kNone) {
      ++risk;
      risk_flagged += got != RiskLevel::kNone;
    } else {
      ++none;
      false_positive += got != RiskLevel::kNone;
    }
    if (c.label == RiskLevel::kConcern) {
      ++concern;
      escalated += got == RiskLevel::kCrisis;
    }
  }
  const auto ratio = [](int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; };
  EXPECT_GE(ratio(crisis_hit, crisis), 0.95) << misses.str();
  EXPECT_GE(ratio(crisis_flagged, crisis), 0.97) << misses.str();
  EXPECT_GE(ratio(risk_flagged, risk), 0.95) << misses.str();
  EXPECT_LE(ratio(false_positive, none), 0.02) << misses.str();
  EXPECT_LE(ratio(escalated, concern), 0.03) << misses.str();
}

}  // namespace
}  // namespace rapport::screening
