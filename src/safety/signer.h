// Signer: HMAC-SHA-256 (libsodium) over values the server hands to a browser
// and must recognise later unchanged — CSRF tokens, the list of comments a
// browser wrote, form timestamps. Each use names a purpose, so a value
// signed for one purpose is never accepted for another.
//
// The key is the site's secret (32 random bytes, kept in the database so
// every node shares it; see cli/secrets). It is never logged.
//
// Thread safety: immutable after construction; all methods are thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace rapport::safety {

class Signer {
 public:
  static constexpr std::size_t kKeyBytes = 32;

  // REQUIRES: key.size() == kKeyBytes.
  explicit Signer(std::string key);

  // A URL- and cookie-safe MAC (base64url, 43 characters) of payload for purpose.
  std::string Mac(std::string_view purpose, std::string_view payload) const;
  // Constant-time check of a MAC made by Mac().
  bool Verify(std::string_view purpose, std::string_view payload, std::string_view mac) const;

  // "payload.mac", and the reverse: the payload when the MAC checks out.
  // The payload may contain dots: the MAC is everything after the last one.
  std::string Seal(std::string_view purpose, std::string_view payload) const;
  std::optional<std::string> Open(std::string_view purpose, std::string_view sealed) const;

 private:
  std::string key_;
};

// `bytes` random bytes from the operating system, base64url without padding.
std::string RandomToken(std::size_t bytes);
// A fresh random key of Signer::kKeyBytes bytes, and its text form for storage.
std::string NewSecretKey();
std::string EncodeKey(std::string_view key);
std::optional<std::string> DecodeKey(std::string_view text);

}  // namespace rapport::safety
