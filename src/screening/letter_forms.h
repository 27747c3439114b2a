// Letters written in other forms, for the screener's tokenizer (tokenizer.h):
// the same letter in another shape ("ｋｉｌｌ", "𝓴𝓲𝓵𝓵", "ⓚ") and letters hidden
// behind symbols or digits ("k*ll", "su!c!de", "h@rm").
//
// Thread safety: pure functions.
#pragma once

namespace rapport::screening {

// The plain ASCII letter or digit for the same character written fullwidth,
// in the mathematical styles that "fancy text" generators use (bold, italic,
// script, fraktur, double-struck, sans-serif, monospace, and the letters they
// borrow from the Letterlike Symbols block), circled, parenthesised or
// squared; any other character unchanged.
char32_t FoldLetterForm(char32_t cp);

// Symbols people put in place of letters to soften a word ("k*ll", "su!c!de").
inline bool IsMaskChar(char32_t cp) { return cp == '*' || cp == '!' || cp == '@' || cp == '$' || cp == '#'; }

// Whether `shown` (a character of a word with hidden letters) may stand for
// `letter`: '*' and '#' for any letter, '!' for an i or l, '@' for an a, '$'
// for an s; the digits that look like letters for those letters; any other
// character for itself.
bool FitsHiddenLetter(char shown, char letter);

}  // namespace rapport::screening
