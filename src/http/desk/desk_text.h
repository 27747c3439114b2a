// The few sentences the desk says after an action ("Comment approved."),
// keyed by the short code a redirect carries (?done=approved), and
// human-friendly counts and durations ("3 weeks").
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.h"

namespace rapport::http::desk_text {

// "" for an unknown code.
std::string_view Notice(std::string_view code);

// "1 comment", "3 comments".
std::string Count(std::int64_t n, std::string_view one, std::string_view many);

// "just now", "5 minutes", "3 hours", "2 days", "3 weeks", "4 months".
std::string Duration(UnixSeconds seconds);

}  // namespace rapport::http::desk_text
