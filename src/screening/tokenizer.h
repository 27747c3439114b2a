// Normalisation and tokenisation for the screener: turns a comment into
// lower-case word tokens that remember their byte range in the original text,
// grouped into sentences and clauses, with quotations marked.
//
// What it does, in order:
//   - skips HTML tags (a <br>, <p>, <li> or <div> ends a sentence) and decodes
//     the common entities; Markdown emphasis characters are separators; lines
//     starting with ">" and <blockquote> are quotations of someone else;
//   - folds typographic apostrophes, quotes and dashes; lower-cases;
//   - splits words on spaces, punctuation and hyphens (so "self-harm" is
//     "self harm", "cutting-edge" is "cutting edge"); keeps each emoji as a token;
//   - reads letters in other forms as plain ones (fullwidth "ｋｉｌｌ", the
//     "fancy text" mathematical styles "𝓴𝓲𝓵𝓵", circled "ⓚ"), and a word spelt
//     out letter by letter ("k i l l") as the word, when the rules know it;
//   - reads a word with a letter hidden behind a symbol as the rules' word it
//     hides, when exactly one fits ("k*ll", "su!c!de"); otherwise the symbol
//     separates, as other punctuation does;
//   - expands contractions, with or without the apostrophe ("don't", "dont" ->
//     do not; "I'm", "im" -> i am; "gonna" -> going to; "idk" -> i do not know);
//   - squeezes letter runs ("soooo") and undoes simple digit-for-letter spelling,
//     keeping the spelling the rules know when there is one; repairs a slip of
//     typing towards a word the rules know ("kil", "suicidel"; spelling.h);
//   - ends sentences at . ! ? ; and newlines, clauses at : and dashes (the
//     screener also ends clauses at termination words such as "but").
//
// Thread safety: Vocabulary is immutable once built; Tokenize is a pure function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rapport::screening {

class SpellingRepair;

// Every word the rules mention, so that tokens compare by id. Words not in the
// vocabulary get id -1 and can only be skipped over by a pattern.
class Vocabulary {
 public:
  Vocabulary() = default;
  // Movable, not copyable: by_length_ points into ids_.
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;
  Vocabulary(Vocabulary&&) = default;
  Vocabulary& operator=(Vocabulary&&) = default;

  int Intern(std::string_view word);
  int Find(std::string_view word) const;
  std::size_t size() const { return ids_.size(); }
  // Calls fn(word) for every word, in no particular order.
  template <typename Fn>
  void ForEachWord(Fn fn) const {
    for (const auto& entry : ids_) fn(std::string_view(entry.first));
  }

  // Slips of typing repaired towards the vocabulary's words (spelling.h);
  // none until set (the rules compiler sets it once every word is in).
  void SetSpelling(std::shared_ptr<const SpellingRepair> spelling) { spelling_ = std::move(spelling); }
  // The word a slip of typing turned into `word`, or "" (spelling.h).
  std::string_view Repair(std::string_view word) const;
  // The one word of the vocabulary that `pattern`, a lower-case word with
  // letters hidden behind symbols ("k*ll", "su!c!de", "h@rm"),
  // stands for, or "" when none or several fit or too much is hidden.
  std::string_view Unmask(std::string_view pattern) const;
  // The longest word Unmask reads.
  static constexpr std::size_t kLongestMasked = 32;

 private:
  // FNV-1a: words are short, and this is cheaper than the standard string hash.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const {
      std::uint64_t h = 14695981039346656037ull;
      for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      return static_cast<std::size_t>(h);
    }
  };
  std::unordered_map<std::string, int, Hash, std::equal_to<>> ids_;
  std::vector<std::vector<std::string_view>> by_length_;  // words up to kLongestMasked, by length (into ids_)
  std::shared_ptr<const SpellingRepair> spelling_;
};

struct Token {
  std::string text;       // normalised form
  int id = -1;            // vocabulary id
  std::size_t begin = 0;  // byte range of the source word in the original text
  std::size_t end = 0;    // (tokens expanded from one word share it)
  int sentence = 0;
  int clause = 0;             // global clause number; a new sentence starts a new clause
  int quote = -1;             // index into TokenizedText::quotes, or -1
  bool scare_quoted = false;  // inside quotation marks around one or two words ("accidentally")
  bool blockquote = false;    // on a "> " line or inside <blockquote>
  bool emoji = false;
  bool number = false;       // digits, or a number word ("eleven")
  bool capitalised = false;  // source word starts upper-case and is not all capitals
  bool break_after = false;  // a comma, colon, dash, bracket, quote or emoji follows
  bool clause_end_after = false;
  bool exclaim_after = false;   // an exclamation mark ends the sentence right after it
  bool question_after = false;  // a question mark does
};

struct Sentence {
  int begin = 0;  // token indices [begin, end)
  int end = 0;
};

struct Quote {
  int begin = 0;  // token indices [begin, end) inside the quotation marks
  int end = 0;
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;
};

// Tokenises `text` (UTF-8; malformed bytes become separators). Ids come from `vocab`.
TokenizedText Tokenize(std::string_view text, const Vocabulary& vocab);

// The same, into `out`, reusing its storage.
void Tokenize(std::string_view text, const Vocabulary& vocab, TokenizedText& out);

// Normalises one lower-case word the way Tokenize does (contractions, slang
// spellings, other Englishes), appending the resulting tokens to `out`. `next`
// is the following word, used for "ill"/"id" ("ill kms" -> i will kms) and for
// words of other Englishes that are also words of English ("mi life" -> my
// life). `vocab` may be null (no letter-run, digit or spelling repair then).
// `repair_slips` false leaves a slip of typing as it is (a capitalised word
// inside a sentence is likely a name: "Keating" is not "beating"). Used for
// rule words too. In word_normalise.cc.
void NormaliseWord(std::string_view word, std::string_view next, const Vocabulary* vocab,
                   std::vector<std::string>& out, bool repair_slips = true);

// True for tokens written as a number: digits, or "one" .. "twenty", "thirty", ...
bool IsNumberWord(std::string_view word);

}  // namespace rapport::screening
