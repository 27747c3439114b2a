// Reading the screener's line-oriented data files (rules.txt, learned.txt,
// lexicon.txt): trimming a line and taking its words one at a time. Shared
// by the rules compiler and the learned model's loader.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

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

// The first problem ForEachLine met: its line number and message (empty when none).
struct LineError {
  int line = 0;
  std::string message;
};

// Calls `fn(line_number, line)` for each line of `text` that is neither blank
// nor a "#" comment, trimmed (and without a byte-order mark on line 1). `fn`
// returns an error message, or "" to go on; the first message stops the walk.
template <typename Fn>
LineError ForEachLine(std::string_view text, Fn fn) {
  int line_number = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos) newline = text.size();
    ++line_number;
    std::string_view line = Trim(text.substr(pos, newline - pos));
    pos = newline + 1;
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line = Trim(line.substr(3));
    if (line.empty() || line.front() == '#') continue;
    if (std::string message = fn(line_number, line); !message.empty()) return {line_number, std::move(message)};
  }
  return {};
}

}  // namespace rapport::screening::data_file
