#include "safety/signer.h"

#include <sodium.h>

#include <cassert>
#include <mutex>
#include <stdexcept>

namespace rapport::safety {
namespace {

void EnsureSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  });
}

std::string Base64Url(const unsigned char* data, std::size_t size) {
  std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

}  // namespace

Signer::Signer(std::string key) : key_(std::move(key)) {
  assert(key_.size() == kKeyBytes);
  EnsureSodium();
}

std::string Signer::Mac(std::string_view purpose, std::string_view payload) const {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key_.data()), key_.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(purpose.data()), purpose.size());
  const unsigned char separator = 0;
  crypto_auth_hmacsha256_update(&state, &separator, 1);
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(payload.data()), payload.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return Base64Url(mac, sizeof mac);
}

bool Signer::Verify(std::string_view purpose, std::string_view payload, std::string_view mac) const {
  const std::string expected = Mac(purpose, payload);
  return mac.size() == expected.size() && sodium_memcmp(mac.data(), expected.data(), expected.size()) == 0;
}

std::string Signer::Seal(std::string_view purpose, std::string_view payload) const {
  return std::string(payload) + "." + Mac(purpose, payload);
}

std::optional<std::string> Signer::Open(std::string_view purpose, std::string_view sealed) const {
  const std::size_t dot = sealed.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string_view payload = sealed.substr(0, dot);
  if (!Verify(purpose, payload, sealed.substr(dot + 1))) return std::nullopt;
  return std::string(payload);
}

std::string RandomToken(std::size_t bytes) {
  EnsureSodium();
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  return Base64Url(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
}

std::string NewSecretKey() {
  EnsureSodium();
  std::string key(Signer::kKeyBytes, '\0');
  randombytes_buf(key.data(), key.size());
  return key;
}

std::string EncodeKey(std::string_view key) {
  return Base64Url(reinterpret_cast<const unsigned char*>(key.data()), key.size());
}

std::optional<std::string> DecodeKey(std::string_view text) {
  EnsureSodium();
  std::string key(Signer::kKeyBytes, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), text.data(), text.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      length != Signer::kKeyBytes) {
    return std::nullopt;
  }
  return key;
}

}  // namespace rapport::safety
