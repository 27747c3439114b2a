// rapport_screen_spelling: writes the screener's spelling file
// (src/screening/spelling.txt; format in src/screening/spelling.h) from the
// rules' words and word lists of real words, so that a slip of typing is
// repaired towards a word the rules know ("kil" -> "kill") while a real word
// one slip from it ("kilt", "skill") is left alone.
//
//   rapport_screen_spelling [--rules FILE] [--spelling FILE] [--check] --dict FILE...
//   rapport_screen_spelling [--rules FILE] --show FILE.jsonl...
//
// Regenerating the built-in file (Debian: apt install wamerican-large wbritish-large):
//
//   build/tools/rapport_screen_spelling --dict /usr/share/dict/american-english-large
//       --dict /usr/share/dict/british-english-large > src/screening/spelling.txt.new
//   mv src/screening/spelling.txt.new src/screening/spelling.txt
//
// The targets are the rules' words of SpellingRepair::kShortestTarget letters
// or more that the word lists have (so no word of the rules' other languages,
// slang or made-up inflection); the real words are the lists' words
// (lower-cased; entries with apostrophes or letters outside a-z skipped) that
// a slip could have come from (SpellingRepair::Nearest). The "keep" and
// "other" lines of the current file (--spelling, default: this checkout's)
// are copied as they are: kept by hand, their words are never targets.
//
//   --rules     rules file whose words are the targets (default: built-in)
//   --spelling  the current spelling file, for its "keep" and "other" lines
//   --check     write nothing; exit 1 when the file differs from what would be written
//   --dict      a word list, one word per line (repeatable; at least one)
//   --show      instead, list the repairs the built-in file makes on the words of
//               these labelled comments, most frequent first (to find words for "keep");
//               words are read lower-cased, so names the tokenizer leaves alone inside
//               a sentence ("Keating") are listed too
//
// Exit status: 0 on success (or, with --check, when the file is current),
// 1 when a file cannot be read or --check finds a difference, 2 on a usage error.
//
// Thread safety: single-threaded program.
#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "screening/rules.h"
#include "screening/spelling.h"
#include "screening/tokenizer.h"
#include "screening_data.h"

namespace {

using rapport::screening::IsPlainLowerWord;
using rapport::screening::SpellingRepair;

int Usage() {
  std::fprintf(stderr,
               "usage: rapport_screen_spelling [--rules FILE] [--spelling FILE] [--check] --dict FILE...\n"
               "       rapport_screen_spelling [--rules FILE] --show FILE.jsonl...\n");
  return 2;
}

// Prints "count word -> repaired" for every repair the rules' vocabulary makes
// on the words (runs of ASCII letters, lower-cased) of the comments in `files`.
int ShowRepairs(const rapport::screening::Vocabulary& vocab, const std::vector<std::string>& files) {
  std::map<std::pair<std::string, std::string>, int> repairs;
  for (const std::string& path : files) {
    std::vector<rapport::screening::LabelledComment> items;
    int malformed = 0;
    if (!rapport::tools::ReadLabelled(path, items, malformed)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
    for (const auto& item : items) {
      std::string word;
      for (std::size_t i = 0; i <= item.text.size(); ++i) {
        const char c = i < item.text.size() ? item.text[i] : ' ';
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
          continue;
        }
        if (c == '\'') word.clear();  // "don't": the tokenizer expands these
        if (word.empty()) continue;
        // What the tokenizer does with the word, with and without the repair.
        std::vector<std::string> with;
        std::vector<std::string> without;
        rapport::screening::NormaliseWord(word, {}, &vocab, with);
        rapport::screening::NormaliseWord(word, {}, nullptr, without);
        if (const std::string_view to = vocab.Repair(word);
            !to.empty() && with != without && with.size() == 1 && with.front() == to) {
          ++repairs[{word, std::string(to)}];
        }
        word.clear();
      }
    }
  }
  std::vector<std::pair<int, std::pair<std::string, std::string>>> sorted;
  for (const auto& [pair, count] : repairs) sorted.push_back({count, pair});
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [count, pair] : sorted) {
    std::printf("%6d %s -> %s\n", count, pair.first.c_str(), pair.second.c_str());
  }
  return 0;
}

// Appends "kind w1 w2 ..." lines of at most about 100 characters.
void WriteWords(std::string_view kind, const std::set<std::string>& words, std::string& out) {
  std::string line;
  for (const std::string& word : words) {
    if (!line.empty() && line.size() + 1 + word.size() > 100) {
      out += line + "\n";
      line.clear();
    }
    if (line.empty()) line = std::string(kind);
    line += " " + word;
  }
  if (!line.empty()) out += line + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string rules_path;
  std::string spelling_path = RAPPORT_SOURCE_DIR "/src/screening/spelling.txt";
  bool check = false;
  std::vector<std::string> dicts;
  std::vector<std::string> show;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--rules" && i + 1 < argc) {
      rules_path = argv[++i];
    } else if (arg == "--spelling" && i + 1 < argc) {
      spelling_path = argv[++i];
    } else if (arg == "--dict" && i + 1 < argc) {
      dicts.emplace_back(argv[++i]);
    } else if (arg == "--show" && i + 1 < argc) {
      while (i + 1 < argc && argv[i + 1][0] != '-') show.emplace_back(argv[++i]);
    } else if (arg == "--check") {
      check = true;
    } else if (arg == "--help" || arg == "-h") {
      Usage();
      return 0;
    } else {
      return Usage();
    }
  }
  if (dicts.empty() == show.empty()) return Usage();

  const std::optional<rapport::tools::TrainingInputs> inputs =
      rapport::tools::LoadTrainingInputs(rules_path, RAPPORT_SOURCE_DIR "/src/screening/lexicon.txt");
  if (!inputs) return 1;
  if (!show.empty()) return ShowRepairs(inputs->rules->vocab, show);

  std::string current;
  if (!rapport::tools::ReadText(spelling_path, current)) {
    std::fprintf(stderr, "cannot read %s\n", spelling_path.c_str());
    return 1;
  }
  std::set<std::string> kept;
  std::string keep_lines;
  {
    std::istringstream lines(current);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("keep ", 0) != 0 && line.rfind("other ", 0) != 0) continue;
      keep_lines += line + "\n";
      std::istringstream words(line.substr(line.find(' ') + 1));
      for (std::string word; words >> word;) kept.insert(word);
    }
  }

  // Every word of the word lists, lower-cased (entries with apostrophes or
  // letters outside a-z skipped).
  std::set<std::string> words;
  for (const std::string& path : dicts) {
    std::string text;
    if (!rapport::tools::ReadText(path, text)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
    std::istringstream lines(text);
    for (std::string word; std::getline(lines, word);) {
      std::transform(word.begin(), word.end(), word.begin(),
                     [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
      if (IsPlainLowerWord(word)) words.insert(std::move(word));
    }
  }

  // Targets: the rules' words that are English words. Words of the rules'
  // other languages, slang and inflections the pattern compiler made up are
  // left out: repairing towards them would turn one language into another
  // ("rahi" is not "nahi").
  SpellingRepair repair;
  std::set<std::string> targets;
  inputs->rules->vocab.ForEachWord([&](std::string_view word) {
    if (word.size() >= SpellingRepair::kShortestTarget && IsPlainLowerWord(word) &&
        words.contains(std::string(word)) && !kept.contains(std::string(word))) {
      targets.emplace(word);
    }
  });
  for (const std::string& target : targets) repair.AddTarget(target);

  std::set<std::string> real;
  for (const std::string& word : words) {
    if (!kept.contains(word) && !repair.Nearest(word).empty()) real.insert(word);
  }

  std::string out =
      "# Slips of typing the crisis screener repairs towards the words its rules\n"
      "# know (format: src/screening/spelling.h). The \"target\" and \"real\" lines are\n"
      "# written by rapport_screen_spelling (tools/screen_spelling.cc) from the rules\n"
      "# and the Debian word lists wamerican-large and wbritish-large (targets are the\n"
      "# rules' English words): regenerate them after changing the rules' words. The\n"
      "# \"keep\" lines are kept by hand: words of comments that no dictionary lists\n"
      "# (chat, other languages, dialect), one slip from a word of the rules, that\n"
      "# must not be changed. So are the \"other\" lines: words of the rules' other\n"
      "# languages that English word lists also have (\"mich\", \"jana\"), never targets.\n";
  out += keep_lines;
  WriteWords("target", targets, out);
  WriteWords("real", real, out);

  if (check) {
    if (out == current) return 0;
    std::fprintf(stderr, "%s is not what the rules and word lists give; regenerate it (see %s)\n",
                 spelling_path.c_str(), __FILE__);
    return 1;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fprintf(stderr, "%zu targets, %zu real words one slip from one, %zu kept by hand\n", targets.size(),
               real.size(), kept.size());
  return 0;
}
