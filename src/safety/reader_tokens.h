// What a reader's browser carries for us, always signed: a CSRF token bound
// to a per-browser random id (the "rapport_b" session cookie), and the list
// of comments this browser wrote ("rapport_mine"), so its writer sees their
// own comment while it awaits moderation and nobody else does.
//
// Thread safety: pure functions over a thread-safe Signer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "safety/signer.h"

namespace rapport::safety {

inline constexpr std::string_view kBrowserCookie = "rapport_b";
inline constexpr std::string_view kOwnCommentsCookie = "rapport_mine";
inline constexpr std::size_t kMaxOwnComments = 50;

// A new random browser id (for the session cookie).
std::string NewBrowserId();
// True when `id` has the shape NewBrowserId produces (never trust a cookie's size).
bool IsBrowserId(std::string_view id);

// The CSRF token forms carry for this browser, and its check.
std::string CsrfToken(const Signer& signer, std::string_view browser_id);
bool CheckCsrfToken(const Signer& signer, std::string_view browser_id, std::string_view token);

// Signed cookie value listing comment ids (newest last, at most kMaxOwnComments).
std::string SealOwnComments(const Signer& signer, const std::vector<std::int64_t>& ids);
// The ids in a cookie value; empty when it is missing, altered or malformed.
std::vector<std::int64_t> OpenOwnComments(const Signer& signer, std::string_view cookie_value);
// `ids` with `id` appended (dropping the oldest beyond the limit).
std::vector<std::int64_t> WithOwnComment(std::vector<std::int64_t> ids, std::int64_t id);

}  // namespace rapport::safety
