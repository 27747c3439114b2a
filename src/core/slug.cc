#include "core/slug.h"

#include <string_view>

#include "core/utf8.h"

namespace rapport {
namespace {

constexpr std::size_t kMaxSlugBytes = 80;

// Latin-1 Supplement and Latin Extended-A letters folded to ASCII; an empty
// result means "not a letter we fold".
std::string_view FoldLatin(char32_t cp) {
  switch (cp) {
    case U'ß': return "ss";
    case U'æ': case U'Æ': return "ae";
    case U'œ': case U'Œ': return "oe";
    case U'ø': case U'Ø': return "o";
    case U'đ': case U'Đ': case U'ð': case U'Ð': return "d";
    case U'þ': case U'Þ': return "th";
    case U'ł': case U'Ł': return "l";
    case U'ı': return "i";
    default: break;
  }
  // Both cases of each letter; the table is small enough to scan.
  static constexpr struct {
    std::u32string_view from;
    std::string_view to;
  } kFolds[] = {
      {U"àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"},
      {U"çćĉċčÇĆĈĊČ", "c"},
      {U"ďĎ", "d"},
      {U"èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"},
      {U"ĝğġģĜĞĠĢ", "g"},
      {U"ĥħĤĦ", "h"},
      {U"ìíîïĩīĭįÌÍÎÏĨĪĬĮ", "i"},
      {U"ĵĴ", "j"},
      {U"ķĶ", "k"},
      {U"ĺļľŀĹĻĽĿ", "l"},
      {U"ñńņňŉÑŃŅŇ", "n"},
      {U"òóôõöōŏőÒÓÔÕÖŌŎŐ", "o"},
      {U"ŕŗřŔŖŘ", "r"},
      {U"śŝşšŚŜŞŠ", "s"},
      {U"ţťŧŢŤŦ", "t"},
      {U"ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"},
      {U"ŵŴ", "w"},
      {U"ýÿŷÝŸŶ", "y"},
      {U"źżžŹŻŽ", "z"},
  };
  for (const auto& fold : kFolds) {
    if (fold.from.find(cp) != std::u32string_view::npos) return fold.to;
  }
  return {};
}

// Characters that separate words or are invisible: they never survive in a slug.
bool IsSeparator(char32_t cp) {
  return cp < 0x80 || (cp >= 0x80 && cp <= 0xBF) || (cp >= 0x0300 && cp <= 0x036F) ||  // combining marks
         (cp >= 0x2000 && cp <= 0x206F) ||  // general punctuation, zero-width, bidi controls
         (cp >= 0x2190 && cp <= 0x2BFF) ||  // arrows, symbols, box drawing
         (cp >= 0x3000 && cp <= 0x303F) ||  // CJK punctuation
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFFD || (cp >= 0xFF00 && cp <= 0xFF0F) ||
         (cp >= 0x1D400 && cp <= 0x1D7FF) ||  // mathematical alphanumerics (styled text)
         cp >= 0x1F000;  // emoji and pictographs
}

}  // namespace

std::string Slugify(std::string_view title) {
  std::string out;
  bool hyphen = false;
  std::size_t pos = 0;
  const auto emit = [&](std::string_view piece) {
    if (hyphen && !out.empty()) out += '-';
    hyphen = false;
    out += piece;
  };
  while (pos < title.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8::Decode(title, pos);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        emit(std::string_view(&c, 1));
      } else if (c >= 'A' && c <= 'Z') {
        const char lower = static_cast<char>(c - 'A' + 'a');
        emit(std::string_view(&lower, 1));
      } else if (c == '\'') {
        // "therapist's" -> "therapists": apostrophes join, they do not split.
      } else {
        hyphen = true;
      }
      continue;
    }
    if (cp == U'’') continue;
    if (const std::string_view folded = FoldLatin(cp); !folded.empty()) {
      emit(folded);
    } else if (IsSeparator(cp)) {
      hyphen = true;
    } else {
      emit(title.substr(start, pos - start));
    }
  }
  std::string_view cut = utf8::TruncateBytes(out, kMaxSlugBytes);
  while (!cut.empty() && cut.back() == '-') cut.remove_suffix(1);
  return std::string(cut);
}

bool IsValidSlug(std::string_view slug) {
  if (slug.empty() || slug.size() > kMaxSlugBytes || !utf8::IsValid(slug)) return false;
  if (slug.front() == '-' || slug.back() == '-' || slug.find("--") != std::string_view::npos) return false;
  std::size_t pos = 0;
  while (pos < slug.size()) {
    const char32_t cp = utf8::Decode(slug, pos);
    if (cp < 0x80) {
      const bool ok = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-';
      if (!ok) return false;
    } else if (IsSeparator(cp) || !FoldLatin(cp).empty()) {
      return false;
    }
  }
  return true;
}

}  // namespace rapport
