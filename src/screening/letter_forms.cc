// FoldLetterForm and FitsHiddenLetter (letter_forms.h): tables of the
// Unicode blocks that hold other shapes of the Latin letters, and of the
// symbols and digits that stand in for letters.
#include "screening/letter_forms.h"

namespace rapport::screening {

char32_t FoldLetterForm(char32_t cp) {
  if (cp < 0x2100) return cp;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;  // fullwidth ASCII
  const auto letter = [](char32_t index) -> char32_t {    // 0..51: A..Z a..z
    return index < 26 ? U'A' + index : U'a' + (index - 26);
  };
  if (cp >= 0x1D400 && cp <= 0x1D6A3) return letter((cp - 0x1D400) % 52);  // 13 styles of A..Z a..z
  if (cp == 0x1D6A4) return 'i';                                           // dotless italic i, j
  if (cp == 0x1D6A5) return 'j';
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) return U'0' + (cp - 0x1D7CE) % 10;  // 5 styles of digits
  if (cp >= 0x24B6 && cp <= 0x24CF) return U'A' + (cp - 0x24B6);          // circled
  if (cp >= 0x24D0 && cp <= 0x24E9) return U'a' + (cp - 0x24D0);
  if (cp >= 0x249C && cp <= 0x24B5) return U'a' + (cp - 0x249C);  // parenthesised
  if (cp >= 0x1F130 && cp <= 0x1F149) return U'A' + (cp - 0x1F130);  // squared
  if (cp >= 0x1F150 && cp <= 0x1F169) return U'A' + (cp - 0x1F150);  // negative circled
  if (cp >= 0x1F170 && cp <= 0x1F189) return U'A' + (cp - 0x1F170);  // negative squared
  // Letters the mathematical styles borrow from the Letterlike Symbols block.
  struct Borrowed {
    char32_t cp;
    char letter;
  };
  static constexpr Borrowed kBorrowed[] = {
      {0x2102, 'C'}, {0x210A, 'g'}, {0x210B, 'H'}, {0x210C, 'H'}, {0x210D, 'H'}, {0x210E, 'h'},
      {0x2110, 'I'}, {0x2111, 'I'}, {0x2112, 'L'}, {0x2115, 'N'}, {0x2119, 'P'}, {0x211A, 'Q'},
      {0x211B, 'R'}, {0x211C, 'R'}, {0x211D, 'R'}, {0x2124, 'Z'}, {0x2128, 'Z'}, {0x212C, 'B'},
      {0x212D, 'C'}, {0x212F, 'e'}, {0x2130, 'E'}, {0x2131, 'F'}, {0x2133, 'M'}, {0x2134, 'o'}};
  for (const Borrowed& b : kBorrowed) {
    if (b.cp == cp) return static_cast<char32_t>(b.letter);
  }
  return cp;
}

bool FitsHiddenLetter(char shown, char letter) {
  switch (shown) {
    case '*':
    case '#':
      return letter >= 'a' && letter <= 'z';
    case '!':
    case '1':
      return letter == 'i' || letter == 'l';
    case '@':
    case '4':
      return letter == 'a';
    case '$':
    case '5':
      return letter == 's';
    case '0':
      return letter == 'o';
    case '3':
      return letter == 'e';
    case '7':
      return letter == 't';
    default:
      return shown == letter;
  }
}

}  // namespace rapport::screening
