// A fast non-cryptographic hash for cache keys and ETags (FNV-1a, 64 bits).
// Never use it where an attacker choosing inputs could matter for security:
// safety/ has keyed hashes for that.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;

constexpr std::uint64_t Fnv1a64(std::string_view data, std::uint64_t seed = kFnvOffset) {
  std::uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// 16 lower-case hex digits.
std::string HexU64(std::uint64_t value);

}  // namespace rapport
