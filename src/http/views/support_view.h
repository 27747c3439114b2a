// The support panel a writer sees right after posting a comment that
// suggests they may be in crisis or in distress (or worried about someone),
// and that any reader can open from the comment form:
// a few free, confidential lines for their country, the emergency number,
// and an honest word about what the author can and cannot do. Shown only to
// the writer, on their own copy of the page; never to other readers.
//
// Thread safety: pure functions.
#pragma once

#include <string>

#include "care/helplines.h"
#include "render/theme.h"

namespace rapport::http::views {

// kAnyone is the panel any reader can open from the link under the comment
// form, whatever they wrote or didn't.
enum class SupportKind { kCrisis, kConcern, kSomeoneElse, kAnyone };

// The value of the page's `support` parameter for each kind ("now", "talk",
// "other", "help"), and back. Neutral words: the address bar says nothing about risk.
std::string_view SupportParam(SupportKind kind);
std::optional<SupportKind> ParseSupportParam(std::string_view value);

render::TemplateData SupportData(SupportKind kind, const care::HelplineDirectory& directory, const std::string& country,
                                 const std::string& author_name, const std::string& action);

}  // namespace rapport::http::views
