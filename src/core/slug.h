// Slugs: the readable, stable part of a URL ("/posts/attachment-to-your-therapist-i").
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace rapport {

// Makes a slug from a title: ASCII letters and digits lower-cased, common
// accented Latin letters folded ("Café" -> "cafe", "Straße" -> "strasse"),
// letters of other scripts kept as they are, everything else (spaces,
// punctuation, emoji, invisible and bidi-control characters) becomes a single
// hyphen; no leading or trailing hyphen; at most 80 bytes. May return an empty
// string (a title of only punctuation): callers choose a fallback.
std::string Slugify(std::string_view title);

// True when `slug` is what Slugify could have produced: non-empty, at most
// 80 bytes, valid UTF-8, no uppercase ASCII, no characters that need escaping
// in a path other than non-ASCII letters, no leading/trailing/double hyphen.
bool IsValidSlug(std::string_view slug);

}  // namespace rapport
