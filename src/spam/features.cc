#include "spam/features.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#include "core/utf8.h"

namespace rapport::spam {
namespace {

constexpr std::size_t kMaxWordBytes = 40;
constexpr std::size_t kMaxHostBytes = 64;
constexpr std::size_t kMaxEntityBytes = 12;  // "&#x10FFFF;" and some room
constexpr int kRepeatRun = 4;
constexpr int kShoutLetters = 4;

// Top-level domains common enough in spam and ordinary addresses that a name
// ending in one of them is taken for a web address.
constexpr std::array<std::string_view, 44> kCommonTlds = {
    "com", "net",  "org",  "info", "biz",  "ru",  "cn",  "xyz", "top",  "io",   "co",
    "online", "site", "shop", "store", "club", "live", "uk", "de", "fr", "pl", "in",
    "tk",  "ml",   "ga",   "cf",   "gq",   "win", "vip", "bid", "loan", "pw",   "cc",
    "ws",  "eu",   "link", "click", "pro", "ua",  "su",  "icu", "buzz", "app",  "tv"};

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string AsciiLowerString(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// Characters that change nothing a reader sees: removed before tokenising.
bool IsInvisible(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
}

bool IsWhitespace(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool IsEmoji(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
         (cp >= 0x2300 && cp <= 0x23FF);
}

// Letters outside ASCII, roughly: everything from U+00C0 up that is not
// punctuation, a symbol, private use or an emoji. Combining marks count, so
// decomposed accents stay inside their word.
bool IsNonAsciiLetter(char32_t cp) {
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;   // punctuation, symbols, arrows, box drawing, dingbats
  if (cp >= 0x3000 && cp <= 0x303F) return false;   // CJK punctuation
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;   // private use
  if (cp >= 0xFE10 && cp <= 0xFE1F) return false;   // vertical forms
  if (cp >= 0xFE30 && cp <= 0xFE6F) return false;   // CJK compatibility and small forms
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;   // full-width punctuation...
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;
  if (cp >= 0xFF3B && cp <= 0xFF40) return false;
  if (cp >= 0xFF5B && cp <= 0xFF65) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;   // specials, U+FFFD
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false; // emoji
  return true;
}

bool IsCurrencySign(char32_t cp) { return cp == '$' || cp == 0x00A3 || cp == 0x20AC; }

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

bool IsWordLetter(char32_t cp) {
  return (cp < 0x80 && IsAsciiAlpha(static_cast<char>(cp))) || IsNonAsciiLetter(cp);
}

// Decodes the entity at the start of `s` (which starts with '&'). Returns the
// number of bytes it used, or 0 when it is not an entity this module knows.
std::size_t DecodeEntity(std::string_view s, char32_t& cp) {
  const std::size_t semi = s.substr(0, kMaxEntityBytes).find(';');
  if (semi == std::string_view::npos || semi < 2) return 0;
  const std::string_view name = s.substr(1, semi - 1);
  if (name == "amp") {
    cp = '&';
  } else if (name == "lt") {
    cp = '<';
  } else if (name == "gt") {
    cp = '>';
  } else if (name == "quot") {
    cp = '"';
  } else if (name == "apos") {
    cp = '\'';
  } else if (name == "nbsp") {
    cp = 0x00A0;
  } else if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    std::uint32_t value = 0;
    for (char c : digits) {
      int d = -1;
      if (IsAsciiDigit(c)) {
        d = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      }
      if (d < 0) return 0;
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    cp = static_cast<char32_t>(value);
  } else {
    return 0;
  }
  return semi + 1;
}

bool StartsWithNoCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[pos + i]) != prefix[i]) return false;
  }
  return true;
}

bool IsHostChar(char c) { return IsAsciiAlnum(c) || c == '.' || c == '-'; }

// Characters that may appear in a link as people paste them. Brackets,
// quotes and angle brackets end it (Markdown "[text](url)", "<url>").
bool IsUrlChar(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u >= 0x7F) return false;
  switch (c) {
    case '<': case '>': case '"': case '\'': case '`': case '(': case ')':
    case '[': case ']': case '{': case '}': case '|': case '\\': case '^':
      return false;
    default:
      return true;
  }
}

bool IsTrailingPunctuation(char c) {
  switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '*': case '_': case '~':
      return true;
    default:
      return false;
  }
}

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool email = false;
  std::string host;  // links only
};

// The host of a link whose host part starts at text[pos].
std::string HostAt(std::string_view text, std::size_t pos, std::size_t end) {
  std::string_view rest = text.substr(pos, end - pos);
  const std::size_t slash = rest.find_first_of("/?#");
  const std::size_t at = rest.find('@');
  if (at != std::string_view::npos && (slash == std::string_view::npos || at < slash)) rest.remove_prefix(at + 1);
  std::size_t n = 0;
  while (n < rest.size() && IsHostChar(rest[n])) ++n;
  std::string host = AsciiLowerString(rest.substr(0, n));
  while (!host.empty() && (host.back() == '.' || host.back() == '-')) host.pop_back();
  if (host.starts_with("www.")) host.erase(0, 4);
  if (host.size() > kMaxHostBytes) host.resize(kMaxHostBytes);
  return host;
}

// If a link starts at text[pos], returns its span.
bool LinkAt(std::string_view text, std::size_t pos, Span& span) {
  if (pos > 0 && (IsAsciiAlnum(text[pos - 1]) || text[pos - 1] == '.')) return false;
  std::size_t host_begin = 0;
  if (StartsWithNoCase(text, pos, "https://")) {
    host_begin = pos + 8;
  } else if (StartsWithNoCase(text, pos, "http://")) {
    host_begin = pos + 7;
  } else if (StartsWithNoCase(text, pos, "www.")) {
    host_begin = pos;
  } else {
    return false;
  }
  const std::size_t first = host_begin == pos ? pos + 4 : host_begin;
  if (first >= text.size() || !IsAsciiAlnum(text[first])) return false;
  std::size_t end = first;
  while (end < text.size() && IsUrlChar(text[end])) ++end;
  while (end > first && IsTrailingPunctuation(text[end - 1])) --end;
  span.begin = pos;
  span.end = end;
  span.email = false;
  span.host = HostAt(text, host_begin, end);
  return true;
}

bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// If text[at] is the '@' of an email address, returns its span.
bool EmailAround(std::string_view text, std::size_t at, Span& span) {
  std::size_t begin = at;
  while (begin > 0 && IsEmailLocalChar(text[begin - 1])) --begin;
  if (begin == at) return false;
  std::size_t end = at + 1;
  while (end < text.size() && IsHostChar(text[end])) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  const std::string_view domain = text.substr(at + 1, end - at - 1);
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) return false;
  span.begin = begin;
  span.end = end;
  span.email = true;
  span.host.clear();
  return true;
}

// Links and email addresses of normalised text, in order, not overlapping.
std::vector<Span> FindSpans(std::string_view text) {
  std::vector<Span> spans;
  std::size_t pos = 0;
  while (pos < text.size()) {
    Span span;
    if (LinkAt(text, pos, span)) {
      pos = span.end;
      spans.push_back(std::move(span));
      continue;
    }
    ++pos;
  }
  std::vector<Span> emails;
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    Span span;
    if (!EmailAround(text, at, span)) continue;
    const bool inside_link = std::any_of(spans.begin(), spans.end(), [&](const Span& link) {
      return span.begin < link.end && link.begin < span.end;
    });
    if (!inside_link) emails.push_back(std::move(span));
  }
  spans.insert(spans.end(), emails.begin(), emails.end());
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return spans;
}

// Builds the token list for Tokens().
class TokenWriter {
 public:
  explicit TokenWriter(std::vector<std::string>& out) : out_(out) {}

  void AddLetterOrDigit(char32_t cp) {
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') ++upper_;
      if (c >= 'a' && c <= 'z') ++lower_;
      word_.push_back(AsciiLower(c));
    } else {
      utf8::Append(word_, cp);
    }
  }
  void AddJoiner(char c) { word_.push_back(c); }
  bool InWord() const { return !word_.empty(); }
  bool WordEndsWithDigit() const { return !word_.empty() && IsAsciiDigit(word_.back()); }
  bool WordEndsWithLetter() const {
    if (word_.empty()) return false;
    const auto last = static_cast<unsigned char>(word_.back());
    return last >= 0x80 || IsAsciiAlpha(word_.back());
  }
  void AddRepeat() { ++pending_repeats_; }

  // Ends the current word, then writes the special tokens noted while it ran.
  void Flush() {
    if (!word_.empty()) {
      if (word_.size() > kMaxWordBytes) word_ = std::string(utf8::TruncateBytes(word_, kMaxWordBytes));
      out_.push_back(std::move(word_));
      if (upper_ >= kShoutLetters && lower_ == 0) out_.emplace_back("__shout__");
    }
    word_.clear();
    upper_ = 0;
    lower_ = 0;
    for (; pending_repeats_ > 0; --pending_repeats_) out_.emplace_back("__repeat__");
  }
  void Special(std::string token) {
    Flush();
    out_.push_back(std::move(token));
  }

 private:
  std::vector<std::string>& out_;
  std::string word_;
  int upper_ = 0;
  int lower_ = 0;
  int pending_repeats_ = 0;
};

char32_t PeekCodePoint(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  return utf8::Decode(text, pos);
}

// A currency sign at text[begin, end) touches a number: a digit right after
// it (a space allowed), or right before it.
bool TouchesNumber(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t after = end;
  if (after < text.size() && text[after] == ' ') ++after;
  if (after < text.size() && IsAsciiDigit(text[after])) return true;
  std::size_t before = begin;
  if (before > 0 && text[before - 1] == ' ') --before;
  return before > 0 && IsAsciiDigit(text[before - 1]);
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    if (text[pos] == '&') {
      const std::size_t used = DecodeEntity(text.substr(pos), cp);
      if (used > 0) {
        pos += used;
        if (!IsInvisible(cp)) utf8::Append(out, cp);
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      out.push_back(text[pos]);
      ++pos;
      continue;
    }
    cp = utf8::Decode(text, pos);
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
    if (!IsInvisible(cp)) utf8::Append(out, cp);
  }
  return out;
}

std::vector<std::string> Tokens(std::string_view text) {
  const std::string clean = NormalizeText(text);
  const std::string_view s = clean;
  const std::vector<Span> spans = FindSpans(s);
  std::vector<std::string> out;
  TokenWriter writer(out);
  std::size_t next_span = 0;
  char32_t run_cp = 0;
  int run = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    while (next_span < spans.size() && spans[next_span].begin < pos) ++next_span;  // never skipped in practice
    if (next_span < spans.size() && spans[next_span].begin == pos) {
      const Span& span = spans[next_span++];
      if (span.email) {
        writer.Special("__email__");
      } else {
        writer.Special("__url__");
        if (!span.host.empty()) writer.Special("__domain:" + span.host + "__");
      }
      pos = span.end;
      run = 0;
      continue;
    }
    const std::size_t begin = pos;
    const char32_t cp = utf8::Decode(s, pos);
    const bool digit = cp < 0x80 && IsAsciiDigit(static_cast<char>(cp));
    if (IsWhitespace(cp) || digit) {
      run = 0;
    } else if (run > 0 && cp == run_cp) {
      if (++run == kRepeatRun) writer.AddRepeat();
    } else {
      run_cp = cp;
      run = 1;
    }
    if (digit || IsWordLetter(cp)) {
      writer.AddLetterOrDigit(cp);
      continue;
    }
    if (IsApostrophe(cp) && writer.WordEndsWithLetter() && IsWordLetter(PeekCodePoint(s, pos))) {
      writer.AddJoiner('\'');
      continue;
    }
    if ((cp == '.' || cp == ',') && writer.WordEndsWithDigit() && pos < s.size() && IsAsciiDigit(s[pos])) {
      writer.AddJoiner(static_cast<char>(cp));
      continue;
    }
    writer.Flush();
    if (IsEmoji(cp)) {
      writer.Special("__emoji__");
    } else if (IsCurrencySign(cp) && TouchesNumber(s, begin, pos)) {
      writer.Special("__money__");
    }
  }
  writer.Flush();
  return out;
}

bool IsSpecialToken(std::string_view token) {
  return token.size() > 4 && token.starts_with("__") && token.ends_with("__");
}

std::vector<Link> FindLinks(std::string_view text) {
  const std::string clean = NormalizeText(text);
  std::vector<Link> links;
  for (const Span& span : FindSpans(clean)) {
    if (span.email) continue;
    links.push_back(Link{clean.substr(span.begin, span.end - span.begin), span.host});
  }
  return links;
}

int CountLinks(std::string_view text) { return static_cast<int>(FindLinks(text).size()); }

CharacterMix CountCharacters(std::string_view text) {
  const std::string clean = NormalizeText(text);
  const std::string_view s = clean;
  const std::vector<Span> spans = FindSpans(s);
  CharacterMix mix;
  std::size_t next_span = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    while (next_span < spans.size() && spans[next_span].begin < pos) ++next_span;  // never skipped in practice
    if (next_span < spans.size() && spans[next_span].begin == pos) {
      pos = spans[next_span++].end;
      continue;
    }
    const char32_t cp = utf8::Decode(s, pos);
    if (IsWhitespace(cp)) continue;
    if (cp < 0x80 && IsAsciiDigit(static_cast<char>(cp))) {
      ++mix.digits;
    } else if (IsWordLetter(cp)) {
      ++mix.letters;
    } else if (IsEmoji(cp)) {
      ++mix.emoji;
    } else {
      ++mix.other;
    }
  }
  return mix;
}

bool LooksLikeDomain(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const std::size_t slash = text.find('/');
  if (slash != std::string_view::npos) text = text.substr(0, slash);
  if (text.empty() || text.back() == '.') return false;
  std::size_t labels = 0;
  std::string_view last;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t dot = text.find('.', start);
    if (dot == std::string_view::npos) dot = text.size();
    const std::string_view label = text.substr(start, dot - start);
    if (label.empty() || label.front() == '-' || label.back() == '-') return false;
    if (!std::all_of(label.begin(), label.end(), [](char c) { return IsAsciiAlnum(c) || c == '-'; })) return false;
    ++labels;
    last = label;
    start = dot + 1;
  }
  if (labels < 2) return false;
  const std::string tld = AsciiLowerString(last);
  return std::find(kCommonTlds.begin(), kCommonTlds.end(), tld) != kCommonTlds.end();
}

}  // namespace rapport::spam
