// Reading the screener's line-oriented data files (rules.txt, learned.txt,
// lexicon.txt): trimming a line and taking its words one at a time. Shared
// by the rules compiler and the learned model's loader.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace rapport::screening::data_file {

// `s` without leading and trailing spaces, tabs and carriage returns.
inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits off the first space- or tab-separated word of `s` and returns it.
inline std::string_view NextWord(std::string_view& s) {
  s = Trim(s);
  std::size_t end = 0;
  while (end < s.size() && s[end] != ' ' && s[end] != '\t') ++end;
  const std::string_view word = s.substr(0, end);
  s.remove_prefix(end);
  return word;
}

}  // namespace rapport::screening::data_file
