// Decoding a comment into characters (tokenizer_chars.h): UTF-8, HTML tags and
// entities, quoted lines and blockquotes, and quotation marks that pair up.
#include "screening/tokenizer_chars.h"

#include <algorithm>

#include "core/utf8.h"
#include "screening/letter_forms.h"

namespace rapport::screening {
namespace {

struct Entity {
  std::string_view name;
  char32_t cp;
};

constexpr Entity kEntities[] = {
    {"amp", '&'},          {"lt", '<'},          {"gt", '>'},          {"quot", '"'},
    {"apos", '\''},        {"nbsp", ' '},        {"rsquo", U'\u2019'}, {"lsquo", U'\u2018'},
    {"rdquo", U'\u201D'},  {"ldquo", U'\u201C'}, {"mdash", U'\u2014'}, {"ndash", U'\u2013'},
    {"hellip", U'\u2026'}, {"laquo", U'\u00AB'}, {"raquo", U'\u00BB'}, {"shy", 0x200B},
};

// Decodes "&name;" or "&#123;" / "&#x7B;" at text[pos]; returns 0 when it is not an entity.
char32_t DecodeEntity(std::string_view text, std::size_t pos, std::size_t& after) {
  const std::size_t semi = text.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10 || semi == pos + 1) return 0;
  const std::string_view body = text.substr(pos + 1, semi - pos - 1);
  after = semi + 1;
  if (body[0] == '#') {
    char32_t value = 0;
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (const char c : digits) {
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        return 0;
      }
      value = value * (hex ? 16 : 10) + static_cast<char32_t>(d);
      if (value > 0x10FFFF) return 0;
    }
    return value == 0 ? 0 : value;
  }
  for (const Entity& e : kEntities) {
    if (e.name == body) return e.cp;
  }
  return 0;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

void AppendFolded(std::string& out, char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') {
    out += static_cast<char>(cp - 'A' + 'a');
    return;
  }
  if (cp < 0x80) {
    out += static_cast<char>(cp);
    return;
  }
  if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
    static constexpr std::string_view kFold =
        "aaaaaaaceeeeiiiidnooooo_ouuuuyts"   // U+00C0..U+00DF
        "aaaaaaaceeeeiiiidnooooo_ouuuuyty";  // U+00E0..U+00FF
    const char folded = kFold[cp - 0xC0];
    if (cp == 0xDF) {
      out += "ss";
    } else if (cp == 0xC6 || cp == 0xE6) {
      out += "ae";
    } else {
      out += folded;
    }
    return;
  }
  if (IsLatinExtended(cp)) {
    static constexpr std::string_view kFoldExtended =
        "aaaaaaccccccccdd"   // U+0100..U+010F
        "ddeeeeeeeeeegggg"   // U+0110..U+011F
        "gggghhhhiiiiiiii"   // U+0120..U+012F
        "ii__jjkkklllllll"   // U+0130..U+013F (U+0132, U+0133: "ij")
        "lllnnnnnnnnnoooo"   // U+0140..U+014F
        "oo__rrrrrrssssss"   // U+0150..U+015F (U+0152, U+0153: "oe")
        "ssttttttuuuuuuuu"   // U+0160..U+016F
        "uuuuwwyyyzzzzzzs";  // U+0170..U+017F
    if (cp >= 0x218) {
      out += cp <= 0x219 ? 's' : 't';
    } else if (cp == 0x132 || cp == 0x133) {
      out += "ij";
    } else if (cp == 0x152 || cp == 0x153) {
      out += "oe";
    } else {
      out += kFoldExtended[cp - 0x100];
    }
    return;
  }
  if ((cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F)) cp += 0x20;
  utf8::Append(out, cp);
}

void DecodeChars(std::string_view text, std::vector<Char>& out) {
  out.clear();
  out.reserve(text.size());
  const auto add = [&](char32_t cp, std::size_t begin, std::size_t end, bool block) {
    out.push_back({cp, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), block});
  };
  std::size_t pos = 0;
  bool line_start = true;
  bool quoted_line = false;
  int blockquote_depth = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    if (text[pos] == '<' && pos + 1 < text.size()) {
      const char next = text[pos + 1];
      const bool tagish = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!';
      const std::size_t close = text.find('>', pos);
      if (tagish && close != std::string_view::npos && close - pos < 400) {
        std::size_t name_begin = pos + 1 + (next == '/' ? 1 : 0);
        std::size_t name_end = name_begin;
        while (name_end < close && IsAsciiAlnum(static_cast<unsigned char>(text[name_end]))) ++name_end;
        const std::string name = LowerAscii(text.substr(name_begin, name_end - name_begin));
        if (name == "blockquote") blockquote_depth = std::max(0, blockquote_depth + (next == '/' ? -1 : 1));
        const bool block = name == "br" || name == "p" || name == "div" || name == "li" || name == "blockquote" ||
                           name == "h1" || name == "h2" || name == "h3" || name == "tr" || name == "ul" || name == "ol";
        add(block ? char32_t{'\n'} : char32_t{' '}, start, close + 1, false);
        if (block) {
          line_start = true;
          quoted_line = false;
        }
        pos = close + 1;
        continue;
      }
    }
    char32_t cp;
    if (text[pos] == '&') {
      std::size_t after = pos;
      cp = DecodeEntity(text, pos, after);
      if (cp != 0) {
        pos = after;
      } else {
        cp = '&';
        ++pos;
      }
    } else {
      cp = utf8::Decode(text, pos);
    }
    if (cp == '\r' || cp == '\t' || cp == 0xA0 || cp == 0x3000) cp = ' ';
    if (IsInvisible(cp)) continue;
    cp = FoldLetterForm(cp);
    if (line_start) {
      if (cp == ' ') {
        add(cp, start, pos, false);
        continue;
      }
      line_start = false;
      if (cp == '>') {
        quoted_line = true;
        add(' ', start, pos, true);
        continue;
      }
    }
    if (cp == '\n') {
      line_start = true;
      quoted_line = false;
    }
    add(cp, start, pos, quoted_line || blockquote_depth > 0);
  }
}

std::vector<std::pair<std::size_t, std::size_t>> FindQuoteSpans(const std::vector<Char>& chars) {
  constexpr std::size_t kMaxQuoteChars = 600;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  long open_double = -1;
  long open_single = -1;
  const std::size_t n = chars.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t cp = chars[i].cp;
    if (cp == '\n' && i + 1 < n && chars[i + 1].cp == '\n') open_double = open_single = -1;
    if (open_double >= 0 && i - static_cast<std::size_t>(open_double) > kMaxQuoteChars) open_double = -1;
    if (open_single >= 0 && i - static_cast<std::size_t>(open_single) > kMaxQuoteChars) open_single = -1;
    if (IsDoubleQuote(cp)) {
      const bool opening_only = cp == U'\u201C' || cp == U'\u201E' || cp == U'\u00AB';
      if (open_double < 0 || opening_only) {
        if (cp != U'\u201D' && cp != U'\u00BB') open_double = static_cast<long>(i);
      } else {
        spans.emplace_back(chars[static_cast<std::size_t>(open_double)].end, chars[i].begin);
        open_double = -1;
      }
      continue;
    }
    if (!IsApostrophe(cp)) continue;
    const bool word_before = i > 0 && IsWordChar(chars[i - 1].cp);
    const bool word_after = i + 1 < n && IsWordChar(chars[i + 1].cp);
    if (word_before && word_after) continue;  // an apostrophe
    if (!word_before && word_after && cp != U'\u2019') {
      if (open_single < 0) open_single = static_cast<long>(i);
    } else if (!word_after && open_single >= 0 && cp != U'\u2018') {
      spans.emplace_back(chars[static_cast<std::size_t>(open_single)].end, chars[i].begin);
      open_single = -1;
    }
  }
  std::sort(spans.begin(), spans.end());
  return spans;
}

}  // namespace rapport::screening
