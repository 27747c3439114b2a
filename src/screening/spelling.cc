// SpellingRepair (spelling.h): an index of every target and its one-letter
// deletions, so that a word finds the targets one slip away with a handful
// of lookups (a word's deletions meet a target's deletions exactly when a
// letter was added, dropped, changed or two were swapped; OneSlipApart
// confirms, since a shared deletion can also come from two slips).
#include "screening/spelling.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include "screening/data_file.h"

namespace rapport::screening {

bool IsPlainLowerWord(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Whether two letters are neighbours on a QWERTY keyboard.
bool NeighbourKeys(char a, char b) {
  static constexpr std::string_view kRows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  int row_a = -1, col_a = 0, row_b = -1, col_b = 0;
  for (int r = 0; r < 3; ++r) {
    const std::size_t ia = kRows[r].find(a);
    const std::size_t ib = kRows[r].find(b);
    if (ia != std::string_view::npos) row_a = r, col_a = static_cast<int>(ia);
    if (ib != std::string_view::npos) row_b = r, col_b = static_cast<int>(ib);
  }
  if (row_a < 0 || row_b < 0 || std::abs(row_a - row_b) > 1) return false;
  // Rows are staggered: a key touches the two keys below it at its column and the one before.
  const int shift = row_b - row_a;  // -1, 0 or 1
  const int d = col_b - col_a;
  if (shift == 0) return d == -1 || d == 1;
  return shift == 1 ? (d == 0 || d == -1) : (d == 0 || d == 1);
}

}  // namespace

int SlipCost(std::string_view word, std::string_view target) {
  if (word.size() + 1 < target.size() || target.size() + 1 < word.size()) return 0;
  std::size_t i = 0;
  while (i < word.size() && i < target.size() && word[i] == target[i]) ++i;
  if (word.size() == target.size()) {
    if (i == word.size()) return 0;  // the same word
    if (word.substr(i + 1) == target.substr(i + 1)) {
      const char w = word[i];
      const char t = target[i];
      return NeighbourKeys(w, t) || (IsVowel(w) && IsVowel(t)) ? 2 : 4;
    }
    const bool swapped = i + 1 < word.size() && word[i] == target[i + 1] && word[i + 1] == target[i] &&
                         word.substr(i + 2) == target.substr(i + 2);
    return swapped ? 1 : 0;
  }
  if (word.size() < target.size()) return word.substr(i) == target.substr(i + 1) ? 1 : 0;  // a letter missing
  if (word.substr(i + 1) != target.substr(i)) return 0;
  // A letter too many: a key pressed twice, or a neighbouring key caught with it, is the common slip.
  const char extra = word[i];
  const bool doubled = (i > 0 && word[i - 1] == extra) || (i + 1 < word.size() && word[i + 1] == extra);
  const bool caught = (i > 0 && NeighbourKeys(word[i - 1], extra)) ||
                      (i + 1 < word.size() && NeighbourKeys(word[i + 1], extra));
  return doubled || caught ? 1 : 3;
}

bool OneSlipApart(std::string_view a, std::string_view b) { return SlipCost(a, b) > 0; }

std::size_t SpellingRepair::Hash::operator()(std::string_view s) const {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return static_cast<std::size_t>(h);
}

void SpellingRepair::AddTarget(std::string_view word) {
  if (word.size() < kShortestTarget || !IsPlainLowerWord(word)) return;
  if (const auto it = index_.find(word);
      it != index_.end() && std::any_of(it->second.begin(), it->second.end(), [&](int id) {
        return targets_[static_cast<std::size_t>(id)] == word;
      })) {
    return;  // already a target
  }
  const int id = static_cast<int>(targets_.size());
  targets_.emplace_back(word);
  auto add = [&](std::string key) {
    std::vector<int>& ids = index_[std::move(key)];
    if (ids.empty() || ids.back() != id) ids.push_back(id);
  };
  add(std::string(word));
  for (std::size_t i = 0; i < word.size(); ++i) {
    std::string deleted(word.substr(0, i));
    deleted.append(word.substr(i + 1));
    add(std::move(deleted));
  }
}

std::string_view SpellingRepair::Nearest(std::string_view word) const {
  if (word.size() < kShortestWord || targets_.empty() || !IsPlainLowerWord(word)) return {};
  int found = -1;
  int best = 0;         // cost of `found`
  bool tied = false;    // another target at the same cost
  bool target = false;  // `word` is a target itself: never repaired
  auto consider = [&](std::string_view key) {
    const auto it = index_.find(key);
    if (it == index_.end()) return;
    for (const int id : it->second) {
      const std::string& candidate = targets_[static_cast<std::size_t>(id)];
      if (candidate == word) target = true;
      if (target || id == found) continue;
      // A word shorter than any target only ever lost a letter ("kil", "hrt");
      // read otherwise, most short words are one slip from something.
      if (word.size() < kShortestTarget && candidate.size() != word.size() + 1) continue;
      const int cost = SlipCost(word, candidate);
      if (cost == 0 || (found >= 0 && cost > best)) continue;
      tied = found >= 0 && cost == best;
      if (!tied) found = id, best = cost;
    }
  };
  consider(word);
  std::string deleted;
  for (std::size_t i = 0; i < word.size() && !target; ++i) {
    deleted.assign(word.substr(0, i));
    deleted.append(word.substr(i + 1));
    consider(deleted);
  }
  if (target || tied || found < 0) return {};
  return targets_[static_cast<std::size_t>(found)];
}

std::string_view SpellingRepair::Repair(std::string_view word) const {
  if (targets_.empty() || real_.contains(word)) return {};
  return Nearest(word);
}

Result<SpellingRepair> SpellingRepair::ParseAll(std::string_view text) {
  SpellingRepair repair;
  const data_file::LineError error = data_file::ForEachLine(text, [&](int, std::string_view line) {
    const std::string_view kind = data_file::NextWord(line);
    if (kind != "target" && kind != "real" && kind != "keep" && kind != "other") {
      return "unknown line '" + std::string(kind) + "' (expected target, real, keep or other)";
    }
    for (std::string_view word = data_file::NextWord(line); !word.empty(); word = data_file::NextWord(line)) {
      if (!IsPlainLowerWord(word)) return "'" + std::string(word) + "' is not a lower-case word of letters a-z";
      if (kind == "target") {
        if (word.size() < kShortestTarget) {
          return "target '" + std::string(word) + "' is shorter than " + std::to_string(kShortestTarget) +
                 " letters";
        }
        repair.AddTarget(word);
      } else {
        repair.AddReal(word);
      }
    }
    return std::string();
  });
  if (!error.message.empty()) {
    return Error::InvalidArgument("spelling line " + std::to_string(error.line) + ": " + error.message);
  }
  return repair;
}

}  // namespace rapport::screening
