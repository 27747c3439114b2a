// What a reader's browser carries for us, always signed: a CSRF token bound
// to a per-browser random id (the "rapport_b" session cookie), and the list
// of comments this browser wrote ("rapport_mine"), so its writer sees their
// own comment while it awaits moderation and nobody else does.
//
// Thread safety: pure functions over a thread-safe Signer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "safety/signer.h"

namespace rapport::safety {

inline constexpr std::string_view kBrowserCookie = "rapport_b";
inline constexpr std::string_view kOwnCommentsCookie = "rapport_mine";
inline constexpr std::size_t kMaxOwnComments = 50;

// A new random browser id (for the session cookie).
std::string NewBrowserId();
// True when `id` has the shape NewBrowserId produces (never trust a cookie's size).
bool IsBrowserId(std::string_view id);

// The CSRF token forms carry for this browser: it also records when the form
// was shown ("<unix time>.<mac>"), so a submission can be timed (people take
// a while to write; scripts do not).
std::string CsrfToken(const Signer& signer, std::string_view browser_id, UnixSeconds now);
// The time the form was shown, when the token is this browser's and not
// older than `max_age_seconds`; nullopt otherwise.
std::optional<UnixSeconds> CheckCsrfToken(const Signer& signer, std::string_view browser_id, std::string_view token,
                                          UnixSeconds now, UnixSeconds max_age_seconds = 14 * 86400);

// A keyed hash of a client's network address, for rate limits and spam: the
// key changes every day (it is derived from the site secret and the date),
// so stored hashes cannot be linked across days or reversed by trying every
// address. The address itself is never stored.
std::string AddressHash(const Signer& signer, std::string_view address, UnixSeconds now);

// Signed cookie value listing comment ids (newest last, at most kMaxOwnComments).
std::string SealOwnComments(const Signer& signer, const std::vector<std::int64_t>& ids);
// The ids in a cookie value; empty when it is missing, altered or malformed.
std::vector<std::int64_t> OpenOwnComments(const Signer& signer, std::string_view cookie_value);
// `ids` with `id` appended (dropping the oldest beyond the limit).
std::vector<std::int64_t> WithOwnComment(std::vector<std::int64_t> ids, std::int64_t id);

}  // namespace rapport::safety
