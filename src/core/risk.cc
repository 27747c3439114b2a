#include "core/risk.h"

namespace rapport {

std::string_view RiskLevelName(RiskLevel level) {
  switch (level) {
    case RiskLevel::kNone: return "none";
    case RiskLevel::kConcern: return "concern";
    case RiskLevel::kCrisis: return "crisis";
  }
  return "none";
}

std::optional<RiskLevel> ParseRiskLevel(std::string_view name) {
  if (name == "none") return RiskLevel::kNone;
  if (name == "concern") return RiskLevel::kConcern;
  if (name == "crisis") return RiskLevel::kCrisis;
  return std::nullopt;
}

}  // namespace rapport
