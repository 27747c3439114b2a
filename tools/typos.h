// Slips of typing put into labelled comments, to measure how the screener
// copes with people who write fast, on a phone (rapport_screen_eval --typos).
// Each word of four or more ASCII letters gets, with the given probability,
// one slip: a letter dropped, doubled, swapped with its neighbour, or changed
// to a key next to it on a QWERTY keyboard. The first letter is left alone.
// Deterministic: the same text, rate and seed give the same slips.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport::tools {

// splitmix64: small, fast and the same on every platform.
class SlipRandom {
 public:
  explicit SlipRandom(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }

 private:
  std::uint64_t state_;
};

// Keys next to each lower-case letter on a QWERTY keyboard.
inline std::string_view NeighbourKeys(char c) {
  static constexpr std::string_view kNeighbours[26] = {
      "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
      "njk",  "bhjm", "iklp", "ol",     "wa",   "edft",   "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc",
      "tghu", "asx"};
  return c >= 'a' && c <= 'z' ? kNeighbours[c - 'a'] : std::string_view();
}

// `text` with slips in about `rate` of its words of four or more letters.
inline std::string AddSlips(std::string_view text, double rate, std::uint64_t seed) {
  SlipRandom random(seed);
  std::string out;
  out.reserve(text.size() + 16);
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 0; i < text.size();) {
    if (!is_letter(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_letter(text[end])) ++end;
    std::string word(text.substr(i, end - i));
    i = end;
    if (word.size() >= 4 && random.Uniform() < rate) {
      const std::size_t at = 1 + random.Below(word.size() - 1);  // never the first letter
      switch (random.Below(4)) {
        case 0:
          word.erase(at, 1);
          break;
        case 1:
          word.insert(at, 1, word[at]);
          break;
        case 2:
          if (at + 1 < word.size()) {
            std::swap(word[at], word[at + 1]);
          } else {
            std::swap(word[at - 1], word[at]);
          }
          break;
        default: {
          const char lower = static_cast<char>(word[at] | 0x20);
          const std::string_view keys = NeighbourKeys(lower);
          if (!keys.empty()) word[at] = keys[random.Below(keys.size())];
          break;
        }
      }
    }
    out += word;
  }
  return out;
}

}  // namespace rapport::tools
