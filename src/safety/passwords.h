// Staff passwords: argon2id through libsodium (crypto_pwhash_str), with
// limits suited to an interactive sign-in (about 50 ms and 64 MiB here).
// The stored string carries its own parameters, so limits can grow later
// and old hashes still verify (NeedsRehash says when to upgrade one).
//
// Thread safety: all functions are thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace rapport::safety {

// Passwords shorter than this are refused when set.
inline constexpr std::size_t kMinPasswordChars = 10;

// Checks a new password (length, not all one character) and hashes it.
Result<std::string> HashPassword(std::string_view password);
// Constant-time check of `password` against a stored hash. False for an empty hash.
bool VerifyPassword(std::string_view password, std::string_view stored_hash);
bool NeedsRehash(std::string_view stored_hash);

// A long random token for a session cookie, and the hash the database keeps
// (hex BLAKE2b-256): a stolen database opens no session.
std::string NewSessionToken();
std::string HashSessionToken(std::string_view token);

}  // namespace rapport::safety
