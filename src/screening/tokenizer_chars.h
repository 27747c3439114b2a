// The characters of a comment as the tokenizer reads them, internal to the
// screener: text decoded from UTF-8 with HTML tags dropped and entities
// decoded, each character keeping the bytes it came from; the classes of
// characters words and sentences are made of; and where quotations are.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::screening {

// One decoded character with the bytes it came from. HTML entities and tags
// become one character spanning all their bytes.
struct Char {
  char32_t cp = 0;
  std::uint32_t begin = 0;  // comments are far below 4 GiB
  std::uint32_t end = 0;
  bool block = false;  // inside a quoted line or <blockquote>
};

inline bool IsAsciiAlnum(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
}

inline bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// Letters and digits of any script; symbols, punctuation and emoji are not.
inline bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(cp);
  if (cp == 0xD7 || cp == 0xF7) return false;
  return (cp >= 0xC0 && cp < 0x2000) || (cp >= 0x3040 && cp < 0xA000) || (cp >= 0xAC00 && cp < 0xD7B0);
}

inline bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC' || cp == '`' || cp == U'\u00B4';
}

inline bool IsInvisible(char32_t cp) {
  return cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || cp == 0x200B || cp == 0x200C || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF);
}

inline bool IsEmoji(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50 || cp == 0x2B55;
}

inline bool IsSentenceEnd(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == '\n' || cp == U'\u2026' || cp == U'\u3002' ||
         cp == U'\uFF01' || cp == U'\uFF1F';
}

inline bool IsDash(char32_t cp) { return cp == U'\u2013' || cp == U'\u2014' || cp == U'\u2015' || cp == U'\u2212'; }

inline bool IsDoubleQuote(char32_t cp) {
  return cp == '"' || cp == U'\u201C' || cp == U'\u201D' || cp == U'\u201E' || cp == U'\u00AB' || cp == U'\u00BB' ||
         cp == U'\u2033';
}

// Letters of Latin Extended-A (Polish, Czech, Turkish, Hungarian ...: U+0100
// to U+017F) and Romanian's comma-below letters (U+0218 to U+021B): whether
// `cp` is one, and if so whether it is a capital. Capitals and small letters
// alternate, with the pairing shifted by one from U+0139 to U+0148 and from
// U+0179 to U+017E.
inline bool IsLatinExtended(char32_t cp) { return (cp >= 0x100 && cp <= 0x17F) || (cp >= 0x218 && cp <= 0x21B); }
inline bool IsLatinExtendedUpper(char32_t cp) {
  if (!IsLatinExtended(cp) || cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
  if (cp == 0x178) return true;
  const bool shifted = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  return (cp % 2 == 0) != shifted;
}

inline bool IsUpper(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) ||
         (cp >= 0x410 && cp <= 0x42F) || IsLatinExtendedUpper(cp);
}

inline bool IsLower(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x3B1 && cp <= 0x3C9) ||
         (cp >= 0x430 && cp <= 0x44F) || (IsLatinExtended(cp) && !IsLatinExtendedUpper(cp));
}

// Appends `cp` lower-cased, with the accents of Latin-1 and Latin Extended-A
// folded ("É" -> "e", "ł" -> "l", "ş" -> "s"), so "fiancé" matches "fiance"
// and "myśli" "mysli", as people also type them.
void AppendFolded(std::string& out, char32_t cp);

// Decodes the text into characters, dropping HTML tags and decoding entities,
// and marking quoted lines ("> ...") and <blockquote> content.
void DecodeChars(std::string_view text, std::vector<Char>& out);

// Byte ranges between matching quotation marks. Straight quotes pair up in
// order; a paragraph break or a long run without a closing mark drops an
// unmatched opening. Apostrophes inside words are never quotation marks.
std::vector<std::pair<std::size_t, std::size_t>> FindQuoteSpans(const std::vector<Char>& chars);

}  // namespace rapport::screening
