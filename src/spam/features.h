// Text features for the spam classifier: turns a comment (or an author name)
// into the word tokens the naive Bayes filter counts, plus a few special
// tokens for signals that words alone miss.
//
// What Tokens() does, in order:
//   - decodes the common HTML entities (&amp; &lt; &gt; &quot; &#39; &apos;
//     &nbsp; and numeric &#NNN; / &#xHH;) and removes zero-width characters
//     (U+200B..U+200D, U+2060, U+FEFF, U+00AD, variation selectors, skin-tone
//     modifiers) without splitting the word around them; full-width ASCII
//     (U+FF01..U+FF5E, "ｈｔｔｐ") becomes ASCII;
//   - replaces each link (http://, https:// or www.) by "__url__" and
//     "__domain:<host>__" (host lower-cased, without "www." or a port), and
//     each email address by "__email__"; their text yields no other tokens;
//   - splits the rest into words on whitespace and punctuation. ASCII is
//     lower-cased; other letters (accented, Cyrillic, Korean...) are kept as
//     they are, as bytes of the word. An apostrophe between letters stays
//     ("don't" is one word, typographic ’ becomes '), as does a . or , between
//     digits ("3.5", "1,000"). Numbers are words. Words are cut at 40 bytes;
//   - adds "__shout__" after a word of 4 or more capital letters and no small
//     ones, "__repeat__" for each run of 4 or more of the same character
//     (not spaces or digits: "!!!!", "sooooo"), "__emoji__" for each emoji,
//     and "__money__" for a currency sign ($ £ €) touching a number.
//
// Special tokens start and end with "__"; ordinary words never do (an
// underscore is a separator).
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rapport::spam {

// The decoding step of Tokens(): entities decoded, zero-width characters
// removed, full-width ASCII folded. Other text is returned unchanged (malformed UTF-8 becomes U+FFFD).
std::string NormalizeText(std::string_view text);

// The word and special tokens of `text`, in text order (see above).
std::vector<std::string> Tokens(std::string_view text);

// True for the special tokens ("__url__", "__domain:x__", ...).
bool IsSpecialToken(std::string_view token);

struct Link {
  std::string url;   // as written, trailing punctuation removed
  std::string host;  // lower-case, without "www." and port; may be empty
};

// The links in `text` (after NormalizeText), in order: each http://, https://
// or www. address counts once ("https://www.x.org" is one link). Bare domains
// ("example.com") are not links here.
std::vector<Link> FindLinks(std::string_view text);

// FindLinks(text).size().
int CountLinks(std::string_view text);

// What a text is made of, counted in code points after NormalizeText, with
// links and email addresses left out. Whitespace is not counted.
struct CharacterMix {
  int letters = 0;  // ASCII letters and letters of other scripts
  int digits = 0;   // ASCII digits
  int emoji = 0;
  int other = 0;    // punctuation, symbols, box drawing...
};
CharacterMix CountCharacters(std::string_view text);

// True when `text` has the shape of a domain name with a common top-level
// domain ("cheap-pills.com", "shop.example.net"): no spaces, dot-separated
// labels of letters, digits and hyphens. For author names, where a bare
// domain is as telling as a link.
bool LooksLikeDomain(std::string_view text);

}  // namespace rapport::spam
