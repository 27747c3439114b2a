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
// and which break feeds and XML. The result is always valid UTF-8: a
// malformed byte becomes U+FFFD (people's input is checked before this; text
// from libraries, such as cmark-gfm's plain-text renderer, may need it).
std::string CleanText(std::string_view text);

// `text` with every malformed byte replaced by U+FFFD and nothing else
// changed; for text that comes back from a library, such as cmark-gfm's
// renderers, which can cut a character in half on odd input.
std::string ReplaceMalformed(std::string_view text);

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
