// UTF-8 checks and clean-ups applied to everything people type, before it is
// validated, stored or rendered.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rapport::utf8 {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing
// above U+10FFFF).
bool IsValid(std::string_view text);

// Number of code points in valid UTF-8 text.
std::size_t CountCodePoints(std::string_view text);

// Normalises line endings to "\n" and removes control characters other than
// tab and newline (NUL, escape, DEL, C1 controls), which no one means to type
// and which break feeds and XML. Requires valid UTF-8.
std::string CleanText(std::string_view text);

// CleanText, then also newlines and tabs become spaces and runs of spaces
// collapse; leading and trailing whitespace go. For names and titles.
std::string CleanLine(std::string_view text);

// The longest prefix of `text` of at most `max_bytes` bytes that does not cut
// a code point in half.
std::string_view TruncateBytes(std::string_view text, std::size_t max_bytes);

// Decodes the code point starting at text[pos]; advances pos. Returns
// U+FFFD for malformed input (and advances one byte).
char32_t Decode(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void Append(std::string& out, char32_t cp);

}  // namespace rapport::utf8
