// Turning UnixSeconds into text people and machines read: RFC 3339 for APIs
// and <time datetime>, "25 November 2026" for pages, and the reverse parse for
// the editor and imports.
//
// Thread safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace rapport {

// "2026-11-25T21:13:45Z".
std::string FormatRfc3339(UnixSeconds t);
// "25 November 2026".
std::string FormatLongDate(UnixSeconds t);
// "Wed, 25 Nov 2026 21:13:45 GMT" (HTTP dates, RFC 9110).
std::string FormatHttpDate(UnixSeconds t);
// Parses "2026-11-25T21:13:45Z", "2026-11-25 21:13:45" (UTC) and the same
// with a numeric offset ("+02:00"). Returns nullopt when the text is not one
// of those forms or names an impossible date.
std::optional<UnixSeconds> ParseRfc3339(std::string_view text);

}  // namespace rapport
