// Splitting a comment into tokens (tokenizer.h): words read from its decoded
// characters (tokenizer_chars.h), with letters hidden behind symbols and
// spaced-out letters joined back into words, sentence and clause ends,
// quotations, and slips of typing repaired; and the vocabulary of the rules.
#include "screening/tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>

#include "core/utf8.h"
#include "screening/letter_forms.h"
#include "screening/spelling.h"
#include "screening/tokenizer_chars.h"

namespace rapport::screening {
namespace {

struct RawWord {
  std::string lower;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool block = false;
  bool emoji = false;
  bool capitalised = false;
  bool break_after = false;
  bool clause_end_after = false;
  bool sentence_end_after = false;
  bool exclaim_after = false;
  bool question_after = false;
};

// Abbreviations of "number", which come before one.
bool IsNumberAbbreviation(std::string_view word) { return word == "no" || word == "nr"; }

bool IsAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbreviations[] = {"mr", "mrs",  "ms",     "dr", "st",
                                                        "vs", "prof", "approx", "no", "nr"};
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations);
}

// Reads a word with letters hidden behind symbols, starting at chars[begin]
// (the word's first character) and running over letters, digits and mask
// characters: the rules' word it hides (Vocabulary::Unmask) and the index
// after it, or an empty word when it hides none or more than one.
std::pair<std::string_view, std::size_t> ReadMaskedWord(const std::vector<Char>& chars, std::size_t begin,
                                                        const Vocabulary& vocab) {
  std::string pattern;
  std::size_t end = begin;
  while (end < chars.size() && (IsWordChar(chars[end].cp) || IsMaskChar(chars[end].cp))) {
    // No word is this long: stop reading, so that a long run of symbols and
    // letters costs no more than a word.
    if (pattern.size() > Vocabulary::kLongestMasked) return {};
    if (IsMaskChar(chars[end].cp)) {
      pattern += static_cast<char>(chars[end].cp);
    } else {
      AppendFolded(pattern, chars[end].cp);
    }
    ++end;
  }
  while (end > begin && IsMaskChar(chars[end - 1].cp)) --end, pattern.pop_back();  // "fu**": not inside a word
  return {vocab.Unmask(pattern), end};
}

// "waiting to die... of boredom", "I don't want to be here... at this job": a
// pause ("...", "…") before a lower-case "with", "at", "of" or "from" goes on
// with the same sentence; the words after it are what the words before meant.
bool PauseGoesOn(const std::vector<Char>& chars, std::size_t after) {
  static constexpr std::string_view kGoOn[] = {"with", "at", "of", "from"};
  std::size_t k = after;
  while (k < chars.size() && chars[k].cp == ' ') ++k;
  std::string word;
  while (k < chars.size() && chars[k].cp >= 'a' && chars[k].cp <= 'z' && word.size() < 5) {
    word += static_cast<char>(chars[k].cp);
    ++k;
  }
  if (k < chars.size() && IsWordChar(chars[k].cp)) return false;
  return std::find(std::begin(kGoOn), std::end(kGoOn), word) != std::end(kGoOn);
}

void SplitWords(const std::vector<Char>& chars, const Vocabulary& vocab, std::vector<RawWord>& words) {
  words.clear();
  const std::size_t n = chars.size();
  const auto mark = [&](bool RawWord::*flag) {
    if (!words.empty()) words.back().*flag = true;
  };
  std::size_t i = 0;
  while (i < n) {
    const char32_t cp = chars[i].cp;
    if (IsWordChar(cp)) {
      RawWord w;
      w.begin = chars[i].begin;
      w.block = chars[i].block;
      int letters = 0;
      int upper = 0;
      const bool first_upper = IsUpper(cp);
      std::size_t j = i;
      while (j < n) {
        const char32_t c = chars[j].cp;
        if (IsWordChar(c)) {
          if (IsUpper(c)) ++upper, ++letters;
          if (IsLower(c)) ++letters;
          AppendFolded(w.lower, c);
          ++j;
        } else if (IsApostrophe(c) && j + 1 < n && IsWordChar(chars[j + 1].cp) && !IsDigit(chars[j + 1].cp)) {
          w.lower += '\'';
          ++j;
        } else if (IsMaskChar(c) && j + 1 < n && (IsWordChar(chars[j + 1].cp) || IsMaskChar(chars[j + 1].cp))) {
          // A symbol inside a word may hide a letter; if no word of the rules
          // fits, the symbol separates as it always did.
          const auto [unmasked, after] = ReadMaskedWord(chars, i, vocab);
          if (!unmasked.empty()) {
            w.lower = unmasked;
            j = after;
          }
          break;
        } else {
          break;
        }
      }
      w.end = chars[j - 1].end;
      w.capitalised = first_upper && !(letters >= 2 && upper == letters);
      words.push_back(std::move(w));
      i = j;
      continue;
    }
    if (IsEmoji(cp)) {
      mark(&RawWord::break_after);
      RawWord w;
      utf8::Append(w.lower, cp);
      w.begin = chars[i].begin;
      w.end = chars[i].end;
      w.block = chars[i].block;
      w.emoji = true;
      w.break_after = true;
      words.push_back(std::move(w));
      ++i;
      continue;
    }
    const bool digit_before = i > 0 && IsDigit(chars[i - 1].cp);
    const bool digit_after = i + 1 < n && IsDigit(chars[i + 1].cp);
    if (cp == '.') {
      std::size_t j = i;
      while (j < n && chars[j].cp == '.') ++j;
      const bool single = j == i + 1;
      const bool decimal = single && digit_before && digit_after;
      // "e.g." and "Dr." do not end a sentence.
      const bool letter_abbrev =
          single && !words.empty() && words.back().lower.size() == 1 &&
          ((j + 1 < n && IsWordChar(chars[j].cp) && chars[j + 1].cp == '.') || (i >= 2 && chars[i - 2].cp == '.'));
      // "No. 5" abbreviates "number"; "no." before anything but a number is the word.
      std::size_t next = j;
      while (next < n && chars[next].cp == ' ') ++next;
      const bool number_follows = next < n && (IsDigit(chars[next].cp) || chars[next].cp == '#');
      const bool known_abbrev = single && !words.empty() && IsAbbreviation(words.back().lower) &&
                                words.back().end == chars[i].begin &&
                                (number_follows || !IsNumberAbbreviation(words.back().lower));
      const bool pause = j - i >= 2 && PauseGoesOn(chars, j);
      if (!decimal && !letter_abbrev && !known_abbrev && !pause) mark(&RawWord::sentence_end_after);
      i = j;
      continue;
    }
    if (cp == U'\u2026' && PauseGoesOn(chars, i + 1)) {
      // a pause that goes on (above)
    } else if (IsSentenceEnd(cp)) {
      mark(&RawWord::sentence_end_after);
      if (cp == '!' || cp == U'\uFF01') mark(&RawWord::exclaim_after);
      if (cp == '?' || cp == U'\uFF1F') mark(&RawWord::question_after);
    } else if (cp == ':' && !(digit_before && digit_after)) {
      mark(&RawWord::clause_end_after);
    } else if (IsDash(cp) || (cp == '-' && (i + 1 < n && chars[i + 1].cp == '-'))) {
      mark(&RawWord::clause_end_after);
    } else if (cp == '-') {
      // A hyphen inside a word ("self-harm") only separates; a free-standing one is a dash.
      const bool joined = i > 0 && i + 1 < n && IsWordChar(chars[i - 1].cp) && IsWordChar(chars[i + 1].cp);
      if (!joined) mark(&RawWord::clause_end_after);
    } else if (cp == ',' || cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '/' || cp == '|' ||
               IsDoubleQuote(cp) || cp == U'\u2018' || cp == U'\u2019' || cp == '\'') {
      mark(&RawWord::break_after);
    }
    ++i;
  }
}

// "k i l l": a word spelt out with a space between its letters, to soften it
// or to get past filters, becomes one word when the letters make a word of
// the rules. Runs of at least three single letters, one space apart.
void JoinSpacedLetters(std::string_view text, const Vocabulary& vocab, std::vector<RawWord>& words) {
  constexpr std::size_t kShortestRun = 3;
  const auto single = [](const RawWord& w) { return w.lower.size() == 1 && w.lower[0] >= 'a' && w.lower[0] <= 'z'; };
  std::size_t out = 0;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t j = i;
    std::string joined;
    while (j < words.size() && single(words[j]) &&
           (j == i || (words[j].begin == words[j - 1].end + 1 && text[words[j - 1].end] == ' ' &&
                       !words[j - 1].break_after && !words[j - 1].clause_end_after &&
                       !words[j - 1].sentence_end_after))) {
      joined += words[j].lower;
      ++j;
    }
    if (j - i >= kShortestRun && vocab.Find(joined) >= 0) {
      RawWord merged = std::move(words[i]);
      merged.lower = std::move(joined);
      merged.end = words[j - 1].end;
      merged.break_after = words[j - 1].break_after;
      merged.clause_end_after = words[j - 1].clause_end_after;
      merged.sentence_end_after = words[j - 1].sentence_end_after;
      merged.exclaim_after = words[j - 1].exclaim_after;
      merged.question_after = words[j - 1].question_after;
      words[out++] = std::move(merged);
    } else {
      j = std::max(j, i + 1);
      for (std::size_t k = i; k < j; ++k, ++out) {
        if (out != k) words[out] = std::move(words[k]);
      }
    }
    i = j;
  }
  words.resize(out);
}

}  // namespace

int Vocabulary::Intern(std::string_view word) {
  const auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  const int id = static_cast<int>(ids_.size());
  const auto inserted = ids_.emplace(std::string(word), id).first;
  if (word.size() <= kLongestMasked) {
    if (by_length_.size() <= word.size()) by_length_.resize(word.size() + 1);
    by_length_[word.size()].push_back(inserted->first);  // keys of a node-based map stay put
  }
  return id;
}

int Vocabulary::Find(std::string_view word) const {
  const auto it = ids_.find(word);
  return it == ids_.end() ? -1 : it->second;
}

std::string_view Vocabulary::Repair(std::string_view word) const {
  if (!spelling_ || Find(word) >= 0) return {};  // a word the rules use is never changed
  return spelling_->Repair(word);
}

std::string_view Vocabulary::Unmask(std::string_view pattern) const {
  if (pattern.size() > kLongestMasked || pattern.size() >= by_length_.size()) return {};
  std::size_t hidden = 0;
  for (const char p : pattern) hidden += IsMaskChar(static_cast<unsigned char>(p)) ? 1 : 0;
  // At least one hidden letter, and at least two letters shown for each hidden one.
  if (hidden == 0 || pattern.size() < 3 * hidden) return {};
  std::string_view found;
  for (const std::string_view word : by_length_[pattern.size()]) {
    bool all = true;
    for (std::size_t k = 0; k < word.size() && all; ++k) all = FitsHiddenLetter(pattern[k], word[k]);
    if (!all) continue;
    if (!found.empty()) return {};  // more than one word fits
    found = word;
  }
  return found;
}

bool IsNumberWord(std::string_view word) {
  if (word.empty()) return false;
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  static constexpr std::string_view kNumbers[] = {
      "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",     "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
      "thirty", "forty",  "fifty",    "sixty",    "seventy", "eighty",  "ninety",    "hundred",  "several"};
  return std::find(std::begin(kNumbers), std::end(kNumbers), word) != std::end(kNumbers);
}

TokenizedText Tokenize(std::string_view text, const Vocabulary& vocab) {
  TokenizedText result;
  Tokenize(text, vocab, result);
  return result;
}

void Tokenize(std::string_view text, const Vocabulary& vocab, TokenizedText& result) {
  // Scratch space kept per thread, so that screening every comment does not
  // allocate (and fault in) megabytes afresh.
  thread_local std::vector<Char> chars;
  thread_local std::vector<RawWord> words;
  constexpr std::size_t kMaxBytes = 0xFFFFFFFFu;  // offsets are 32-bit inside
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  DecodeChars(text, chars);
  SplitWords(chars, vocab, words);
  JoinSpacedLetters(text, vocab, words);
  result.tokens.clear();
  result.sentences.clear();
  result.quotes.clear();
  result.tokens.reserve(words.size() + words.size() / 4);
  std::vector<std::string> pieces;
  int sentence = 0;
  int clause = 0;
  bool sentence_open = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const RawWord& w = words[i];
    pieces.clear();
    if (w.emoji) {
      pieces.push_back(w.lower);
    } else {
      const std::string_view next = i + 1 < words.size() ? std::string_view(words[i + 1].lower) : std::string_view();
      // A capitalised word that does not start its sentence is likely a name.
      NormaliseWord(w.lower, next, &vocab, pieces, !(w.capitalised && sentence_open));
    }
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      Token t;
      t.text = std::move(pieces[k]);
      t.id = vocab.Find(t.text);
      t.begin = w.begin;
      t.end = w.end;
      t.sentence = sentence;
      t.clause = clause;
      t.blockquote = w.block;
      t.emoji = w.emoji;
      t.number = !w.emoji && IsNumberWord(t.text);
      t.capitalised = k == 0 && w.capitalised;
      const bool last = k + 1 == pieces.size();
      t.break_after = last && (w.break_after || w.clause_end_after || w.sentence_end_after);
      t.clause_end_after = last && (w.clause_end_after || w.sentence_end_after);
      t.exclaim_after = last && w.exclaim_after;
      t.question_after = last && w.question_after;
      result.tokens.push_back(std::move(t));
      sentence_open = true;
    }
    if (w.sentence_end_after && sentence_open) {
      ++sentence;
      ++clause;
      sentence_open = false;
    } else if (w.clause_end_after && sentence_open) {
      ++clause;
    }
  }
  // Sentences.
  const int count = static_cast<int>(result.tokens.size());
  for (int t = 0; t < count; ++t) {
    if (t == 0 || result.tokens[t].sentence != result.tokens[t - 1].sentence) {
      result.sentences.push_back({t, t});
    }
    result.sentences.back().end = t + 1;
  }
  // Renumber sentences densely (empty ones were skipped above).
  for (int s = 0; s < static_cast<int>(result.sentences.size()); ++s) {
    for (int t = result.sentences[s].begin; t < result.sentences[s].end; ++t) result.tokens[t].sentence = s;
  }
  // Quotations of three tokens or more; shorter ones are scare quotes ("ready").
  constexpr int kMinQuoteTokens = 3;
  int t = 0;
  for (const auto& [begin, end] : FindQuoteSpans(chars)) {
    while (t < count && result.tokens[t].begin < begin) ++t;
    int u = t;
    while (u < count && result.tokens[u].end <= end) ++u;
    if (u - t >= kMinQuoteTokens) {
      const int id = static_cast<int>(result.quotes.size());
      result.quotes.push_back({t, u});
      for (int k = t; k < u; ++k) result.tokens[k].quote = id;
    } else {
      for (int k = t; k < u; ++k) result.tokens[k].scare_quoted = true;
    }
  }
}

}  // namespace rapport::screening
