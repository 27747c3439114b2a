// How worrying a comment is, as the crisis screener judges it: nothing,
// concern (distress, a passive wish, past self-harm, someone else at risk)
// or crisis (current intent, a plan, current self-harm). Stored with the
// comment so the moderation queue can put crisis first and blur distressing
// text until a moderator chooses to read it.
//
// Thread safety: plain values.
#pragma once

#include <optional>
#include <string_view>

namespace rapport {

enum class RiskLevel { kNone, kConcern, kCrisis };

std::string_view RiskLevelName(RiskLevel level);  // "none", "concern", "crisis"
std::optional<RiskLevel> ParseRiskLevel(std::string_view name);

}  // namespace rapport
