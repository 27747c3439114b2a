// Escaping text for HTML and XML. Templates escape {{values}} themselves;
// these are for HTML built in code (and feeds, later).
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace rapport::render {

// Escapes & < > " ' so the result is safe in element content and in quoted
// attribute values.
std::string EscapeHtml(std::string_view text);

}  // namespace rapport::render
