#include "safety/passwords.h"

#include <sodium.h>

#include <algorithm>

#include "core/utf8.h"
#include "safety/signer.h"

namespace rapport::safety {
namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

}  // namespace

Result<std::string> HashPassword(std::string_view password) {
  if (!utf8::IsValid(password)) return Error::InvalidArgument("The password is not valid text.", "password");
  if (utf8::CountCodePoints(password) < kMinPasswordChars) {
    return Error::InvalidArgument(
        "Please choose a password of at least " + std::to_string(kMinPasswordChars) + " characters.", "password");
  }
  if (std::all_of(password.begin(), password.end(), [&](char c) { return c == password.front(); })) {
    return Error::InvalidArgument("Please choose a password that is not one character repeated.", "password");
  }
  if (password.size() > 1024) return Error::InvalidArgument("That password is longer than this site accepts.", "password");
  RandomToken(1);  // makes sure libsodium is initialised
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), kOpsLimit, kMemLimit) != 0) {
    return Error::Unavailable("There was not enough memory to protect the password. Please try again.");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view password, std::string_view stored_hash) {
  if (stored_hash.empty() || stored_hash.size() >= crypto_pwhash_STRBYTES || password.size() > 1024) return false;
  RandomToken(1);
  const std::string hash(stored_hash);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool NeedsRehash(std::string_view stored_hash) {
  const std::string hash(stored_hash);
  return crypto_pwhash_str_needs_rehash(hash.c_str(), kOpsLimit, kMemLimit) != 0;
}

std::string NewSessionToken() { return RandomToken(32); }

std::string HashSessionToken(std::string_view token) {
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr,
                     0);
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace rapport::safety
