// Normalisation of single words for the screener's tokenizer (NormaliseWord,
// tokenizer.h): contractions with or without apostrophes, chat spellings,
// words of other Englishes (Scots, Jamaican Patois, Nigerian Pidgin) read as
// standard English, words read by the next one ("ill kms" as "i will kms",
// "mi life" as "my life"), letter runs squeezed and digits undone towards
// words the rules know, a dropped final g restored, and a slip of typing
// repaired towards a word the rules know ("kil" -> "kill"; spelling.h). Split
// from tokenizer.cc, which turns text into characters, words, sentences and
// quotations.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "screening/tokenizer.h"

namespace rapport::screening {
namespace {

struct Expansion {
  std::string_view from;
  std::string_view to;
};

// Apostrophe-less contractions and chat spellings.
constexpr Expansion kExpansions[] = {
    {"2day", "today"},
    {"2nite", "tonight"},
    {"aint", "am not"},
    {"altho", "although"},
    {"arent", "are not"},
    {"b4", "before"},
    {"bc", "because"},
    {"bf", "boyfriend"},
    {"bff", "best friend"},
    {"cannot", "can not"},
    {"cant", "can not"},
    {"coz", "because"},
    {"cos", "because"},
    {"couldnt", "could not"},
    {"cuz", "because"},
    {"didnt", "did not"},
    {"doesnt", "does not"},
    {"dont", "do not"},
    {"dunno", "do not know"},
    {"everythings", "everything is"},
    {"gf", "girlfriend"},
    {"gimme", "give me"},
    {"goin", "going"},
    {"gunna", "going to"},
    {"gona", "going to"},
    {"doin", "doing"},
    {"gonna", "going to"},
    {"gotta", "got to"},
    {"hadnt", "had not"},
    {"hasnt", "has not"},
    {"havent", "have not"},
    {"hes", "he is"},
    {"idc", "i do not care"},
    {"idk", "i do not know"},
    {"ima", "i am going to"},
    {"imma", "i am going to"},
    {"im", "i am"},
    {"isnt", "is not"},
    {"itll", "it will"},
    {"ive", "i have"},
    {"kinda", "kind of"},
    {"lemme", "let me"},
    {"mustnt", "must not"},
    {"ngl", "not going to lie"},
    {"nite", "night"},
    {"noone", "no one"},
    {"pls", "please"},
    {"plz", "please"},
    {"ppl", "people"},
    {"rn", "right now"},
    {"selfharm", "self harm"},
    {"selfharmed", "self harmed"},
    {"selfharming", "self harming"},
    {"selfharms", "self harms"},
    {"shes", "she is"},
    {"shouldnt", "should not"},
    {"sorta", "sort of"},
    {"thats", "that is"},
    {"theres", "there is"},
    {"theyll", "they will"},
    {"theyre", "they are"},
    {"theyve", "they have"},
    {"tho", "though"},
    {"tmr", "tomorrow"},
    {"tmrw", "tomorrow"},
    {"tomoz", "tomorrow"},
    {"tonite", "tonight"},
    {"tn", "tonight"},
    {"2moro", "tomorrow"},
    {"tmw", "tomorrow"},
    {"tryna", "trying to"},
    {"u", "you"},
    {"ur", "your"},
    {"urself", "yourself"},
    {"sayin", "saying"},
    {"wanna", "want to"},
    {"wasnt", "was not"},
    {"werent", "were not"},
    {"whats", "what is"},
    {"wont", "will not"},
    {"wouldnt", "would not"},
    {"youd", "you would"},
    {"youll", "you will"},
    {"youre", "you are"},
    {"youve", "you have"},
    {"yr", "year"},
    {"yrs", "years"},
    {"weve", "we have"},
    {"theyd", "they would"},
    {"wouldve", "would have"},
    {"couldve", "could have"},
    {"shouldve", "should have"},
    {"mightve", "might have"},
    {"whos", "who is"},
    {"w8", "wait"},
    {"l8r", "later"},
    {"abt", "about"},
    {"bout", "about"},
    {"smth", "something"},
    {"sth", "something"},
    {"thru", "through"},
    {"rly", "really"},
    {"srsly", "seriously"},
    {"tbh", "to be honest"},
    {"ofc", "of course"},
    {"yday", "yesterday"},
    {"wud", "would"},
    {"cud", "could"},
    {"shud", "should"},
    {"wld", "would"},
    {"cld", "could"},
    {"shld", "should"},
    {"gonnae", "going to"},
    {"wannae", "want to"},
    {"yall", "you all"},
    // Words run together, which a slip repair would otherwise read as another
    // word ("alot" is one slip from "plot", "abit" from "habit").
    {"abit", "a bit"},
    {"aight", "alright"},
    {"alittle", "a little"},
    {"alot", "a lot"},
    {"ight", "alright"},
    {"yea", "yeah"},
    {"sumn", "something"},
    // Other Englishes, read as standard English so that the rules and the
    // models see one word for one meaning (LABELLING.md, rules 2025.120).
    // Scots: "ah cannae dae this nae mair", "naebody wid miss me".
    {"aboot", "about"},
    {"anymair", "anymore"},
    {"auld", "old"},
    {"awa", "away"},
    {"awright", "alright"},
    {"bairn", "child"},
    {"bairns", "children"},
    {"canna", "can not"},
    {"cannae", "can not"},
    {"couldnae", "could not"},
    {"dae", "do"},
    {"deid", "dead"},
    {"didnae", "did not"},
    {"dinna", "do not"},
    {"dinnae", "do not"},
    {"doesnae", "does not"},
    {"doon", "down"},
    {"efter", "after"},
    {"fae", "from"},
    {"frae", "from"},
    {"greetin", "crying"},
    {"hame", "home"},
    {"hasnae", "has not"},
    {"havenae", "have not"},
    {"havnae", "have not"},
    {"heid", "head"},
    {"hersel", "herself"},
    {"hink", "think"},
    {"hissel", "himself"},
    {"intae", "into"},
    {"isnae", "is not"},
    {"jist", "just"},
    {"mair", "more"},
    {"masel", "myself"},
    {"masell", "myself"},
    {"maself", "myself"},
    {"mysel", "myself"},
    {"nae", "no"},
    {"naebody", "nobody"},
    {"naethin", "nothing"},
    {"naething", "nothing"},
    {"naewhere", "nowhere"},
    {"naw", "no"},
    {"noo", "now"},
    {"oot", "out"},
    {"ootae", "out of"},
    {"ower", "over"},
    {"sair", "sore"},
    {"shouldnae", "should not"},
    {"tae", "to"},
    {"wasnae", "was not"},
    {"wantae", "want to"},
    {"whit", "what"},
    {"wid", "would"},
    {"widnae", "would not"},
    {"willnae", "will not"},
    {"winnae", "will not"},
    {"wis", "was"},
    {"wisnae", "was not"},
    {"wouldnae", "would not"},
    {"ye", "you"},
    {"yer", "your"},
    {"yersel", "yourself"},
    // Jamaican Patois: "mi cyaan tek it", "mi waan dead".
    {"caan", "can not"},
    {"cyaan", "can not"},
    {"dem", "them"},
    {"dis", "this"},
    {"gwaan", "go on"},
    {"gwine", "going to"},
    {"haffi", "have to"},
    {"mek", "make"},
    {"miself", "myself"},
    {"neva", "never"},
    {"pickney", "child"},
    {"seh", "say"},
    {"tek", "take"},
    {"tiad", "tired"},
    {"tyad", "tired"},
    {"yuh", "you"},
    // Nigerian Pidgin: "abeg", "wetin I go do".
    {"abeg", "please"},
    {"wetin", "what"},
    // African American and chat English: "finna", "boutta".
    {"boutta", "about to"},
    {"finna", "going to"},
};

std::string_view FindExpansion(std::string_view word) {
  constexpr std::size_t kLongestKey = 11;  // "everythings", "selfharming"
  if (word.size() > kLongestKey) return {};
  static const std::unordered_map<std::string_view, std::string_view> table = [] {
    std::unordered_map<std::string_view, std::string_view> t;
    for (const Expansion& e : kExpansions) t.emplace(e.from, e.to);
    return t;
  }();
  const auto it = table.find(word);
  return it == table.end() ? std::string_view() : it->second;
}

// True when `word` is one of `words`.
bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// "ill" and "id" are words of their own; read them as "i will" / "i would"
// only before a word that makes that reading the natural one.
bool ReadsAsIWill(std::string_view next) {
  return OneOf(next, {"kill", "kms",  "end",     "be",       "just",      "do",         "never",
                      "take", "go",   "make",    "unalive",  "probably",  "die",        "overdose",
                      "jump", "off",  "finally", "actually", "literally", "definitely", "have",
                      "try",  "miss", "not",     "leave",    "stop",      "disappear",  "hurt"});
}

bool ReadsAsIWould(std::string_view next) {
  return OneOf(next, {"rather", "sooner", "be",   "never", "like", "love", "just", "kill",     "end",    "probably",
                      "want",   "take",   "have", "die",   "go",   "do",   "not",  "honestly", "prefer", "literally"});
}

// A word after "ah" (Scots) or "mi" (Patois) that makes it the subject "i".
bool ReadsAfterI(std::string_view next) {
  return OneOf(
      next,
      {"am",     "can",   "cannae",   "cant",  "caan",   "cyaan", "could", "couldnae", "did",    "didnae", "dinnae",
       "do",     "done",  "dont",     "end",   "feel",   "go",    "going", "gonna",    "gonnae", "got",    "guh",
       "gwaan",  "gwine", "had",      "haffi", "hate",   "have",  "hink",  "hope",     "just",   "jist",   "keep",
       "kill",   "know",  "love",     "mean",  "might",  "need",  "never", "neva",     "nuh",    "really", "seh",
       "should", "still", "swear",    "take",  "tek",    "think", "tink",  "tired",    "tried",  "try",    "tyad",
       "waan",   "wah",   "want",     "wan",   "wannae", "wanna", "was",   "wid",      "widnae", "will",   "wis",
       "wish",   "would", "wouldnae", "use",   "good",   "fine",  "cut",   "write",    "wrote",  "sorry",  "deh"});
}

// A word after "mi" (Patois) or "ma" (Scots) that makes it "my" ("mi life", "ma heid").
bool ReadsAfterMy(std::string_view next) {
  return OneOf(
      next, {"arm",     "arms",  "body", "bredda", "brother", "chest",  "da",    "family",  "fada",  "father", "friend",
             "friends", "gyal",  "head", "heart",  "heid",    "hoose",  "house", "job",     "kids",  "last",   "life",
             "madda",   "maw",   "mind", "mom",    "mother",  "mum",    "name",  "note",    "own",   "pain",   "pals",
             "pickney", "pills", "room", "self",   "sel",     "sister", "skin",  "tablets", "wrist", "wrists", "yout"});
}

// Words whose reading depends on the next one: "ill" and "id" ("i will",
// "i would"), and words of other Englishes that are also words of English or
// of the other languages the rules read ("mi vida", "ma vie" stay).
std::string_view ReadInContext(std::string_view word, std::string_view next) {
  if (word == "ill") return ReadsAsIWill(next) ? "i will" : "";
  if (word == "id") return ReadsAsIWould(next) ? "i would" : "";
  if (word == "ah") return ReadsAfterI(next) ? "i" : "";
  if (word == "mi") return ReadsAfterI(next) ? "i" : ReadsAfterMy(next) ? "my" : "";
  if (word == "ma") return ReadsAfterMy(next) ? "my" : "";
  // Patois and Pidgin "waan", "wan", "wah" (want) before what is wanted, with
  // the "to" they leave out ("mi waan dead": i want to be dead); Scots "wan"
  // is "one", and "wah" a cry.
  if (word == "waan" || word == "wan" || word == "wah") {
    if (next == "to" || next == "fi") return "want";
    if (next == "dead") return "want to be";
    if (OneOf(next, {"die", "disappear", "end", "go", "kill", "leave", "live", "rest", "sleep", "stop"}))
      return "want to";
    return word == "waan" ? "want" : "";
  }
  // Patois "fi" (to) before a verb: "mi use fi cut", "waan fi dead".
  if (word == "fi") {
    if (next == "dead") return "to be";
    return OneOf(next, {"cut", "die", "end", "go", "kill", "live", "stop", "take", "tek"}) ? "to" : "";
  }
  // Patois "nuh" (not; "nuh more": no more).
  if (word == "nuh") return next == "more" || next == "mo" ? "no" : "not";
  // "ion" (I don't) before a verb; the chemist's ion stays.
  if (word == "ion") {
    return OneOf(next, {"belong", "care", "deserve", "even",     "feel", "get",   "have",  "know", "like",  "matter",
                        "mind",   "need", "really",  "remember", "see",  "think", "trust", "wan",  "wanna", "want"})
               ? "i do not"
               : "";
  }
  if (word == "gon") return ReadsAsIWill(next) ? "going to" : "";
  // Scots "wi" (with), but not "wi fi".
  if (word == "wi") return !next.empty() && next != "fi" ? "with" : "";
  return "";
}

bool HasContextualReading(std::string_view word) {
  return OneOf(word, {"ill", "id", "ah", "mi", "ma", "waan", "wan", "wah", "fi", "nuh", "ion", "gon", "wi"});
}

// Words that take "'s" as "is" rather than as a possessive.
bool TakesIs(std::string_view stem) {
  return OneOf(stem, {"he",       "she",  "it",         "that",    "there",    "what",      "who",    "where",
                      "here",     "how",  "everything", "nothing", "everyone", "everybody", "nobody", "someone",
                      "somebody", "this", "life",       "today",   "tonight",  "tomorrow",  "one",    "thing"});
}

void AppendSplit(std::string_view words, std::vector<std::string>& out) {
  std::size_t pos = 0;
  while (pos < words.size()) {
    std::size_t space = words.find(' ', pos);
    if (space == std::string_view::npos) space = words.size();
    if (space > pos) out.emplace_back(words.substr(pos, space - pos));
    pos = space + 1;
  }
}

bool Known(std::string_view word, const Vocabulary* vocab) {
  return (vocab != nullptr && vocab->Find(word) >= 0) || !FindExpansion(word).empty();
}

// "kiiiilll" -> "kill": each run of three or more equal letters becomes one
// or two letters, whichever spelling the rules know (two when none is known).
std::string SqueezeRuns(std::string_view word, const Vocabulary* vocab) {
  struct Run {
    std::size_t begin;
    std::size_t length;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t j = i + 1;
    while (j < word.size() && word[j] == word[i]) ++j;
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (j - i >= 3 && c >= 'a' && c <= 'z') runs.push_back({i, j - i});
    i = j;
  }
  if (runs.empty()) return std::string(word);
  constexpr std::size_t kMaxRuns = 6;
  const std::size_t n = std::min(runs.size(), kMaxRuns);
  std::string fallback;
  // Bit k of `mask` set: run k keeps two letters. The all-ones spelling is the fallback.
  for (unsigned mask = 0; mask < (1u << n); ++mask) {
    std::string candidate;
    std::size_t pos = 0;
    for (std::size_t k = 0; k < runs.size(); ++k) {
      candidate.append(word.substr(pos, runs[k].begin - pos));
      const bool two = k >= n || ((mask >> k) & 1u) != 0;
      candidate.append(two ? 2 : 1, word[runs[k].begin]);
      pos = runs[k].begin + runs[k].length;
    }
    candidate.append(word.substr(pos));
    if (Known(candidate, vocab)) return candidate;
    if (mask + 1 == (1u << n)) fallback = std::move(candidate);
  }
  return fallback;
}

// "burnin", "cuttin", "nothin": a dropped final g, restored when the rules know
// the word with it and not without ("cousin", "within" and "thin" stay).
bool DroppedG(std::string_view word, const Vocabulary* vocab) {
  constexpr std::size_t kShortest = 5;  // "thin" -> "thing" would be wrong
  if (vocab == nullptr || word.size() < kShortest || word.substr(word.size() - 2) != "in") return false;
  if (vocab->Find(word) >= 0) return false;
  std::string with_g(word);
  with_g += 'g';
  return vocab->Find(with_g) >= 0;
}

// "k1ll" -> "kill" when the rules know the result.
std::string UndoDigitSpelling(const std::string& word, const Vocabulary* vocab) {
  bool digit = false;
  bool letter = false;
  for (const char c : word) {
    digit = digit || (c >= '0' && c <= '9');
    letter = letter || (c >= 'a' && c <= 'z');
  }
  if (!digit || !letter) return word;
  std::string out = word;
  for (char& c : out) {
    switch (c) {
      case '0':
        c = 'o';
        break;
      case '1':
        c = 'i';
        break;
      case '3':
        c = 'e';
        break;
      case '4':
        c = 'a';
        break;
      case '5':
        c = 's';
        break;
      case '7':
        c = 't';
        break;
      default:
        break;
    }
  }
  return Known(out, vocab) ? out : word;
}

}  // namespace

void NormaliseWord(std::string_view word, std::string_view next, const Vocabulary* vocab,
                   std::vector<std::string>& out, bool repair_slips) {
  const auto repair = [&](std::string_view w) {
    return vocab != nullptr && repair_slips ? vocab->Repair(w) : std::string_view();
  };
  // Most words need nothing: no apostrophe, digit or letter run, not a contraction.
  bool plain = !HasContextualReading(word);
  for (std::size_t i = 0; i < word.size() && plain; ++i) {
    const char c = word[i];
    plain = c != '\'' && !(c >= '0' && c <= '9') && !(i >= 2 && c == word[i - 1] && c == word[i - 2]);
  }
  if (plain && FindExpansion(word).empty() && !DroppedG(word, vocab)) {
    const std::string_view repaired = repair(word);
    out.emplace_back(repaired.empty() ? word : repaired);
    return;
  }
  std::string w = SqueezeRuns(word, vocab);
  w = UndoDigitSpelling(w, vocab);
  const std::size_t apostrophe = w.find('\'');
  if (apostrophe != std::string::npos) {
    std::string stem = w.substr(0, apostrophe);
    const std::string suffix = w.substr(apostrophe + 1);
    if (suffix == "t" && !stem.empty() && stem.back() == 'n') {
      stem.pop_back();
      if (stem == "wo") {
        stem = "will";
      } else if (stem == "ca") {
        stem = "can";
      } else if (stem == "sha") {
        stem = "shall";
      } else if (stem == "ai") {
        stem = "am";
      }
      out.push_back(stem);
      out.emplace_back("not");
      return;
    }
    const std::string_view tail = suffix == "m"    ? "am"
                                  : suffix == "re" ? "are"
                                  : suffix == "ve" ? "have"
                                  : suffix == "ll" ? "will"
                                  : suffix == "d"  ? "would"
                                                   : "";
    if (!tail.empty()) {
      if (stem == "ah" || stem == "a") stem = "i";  // Scots "ah'm", "a'm"
      if (!stem.empty()) out.push_back(stem);
      out.emplace_back(tail);
      return;
    }
    if (suffix == "s") {
      if (!stem.empty()) out.push_back(stem);
      if (TakesIs(stem)) out.emplace_back("is");
      return;
    }
    w.erase(apostrophe, 1);
  }
  if (const std::string_view reading = ReadInContext(w, next); !reading.empty()) {
    AppendSplit(reading, out);
    return;
  }
  if (const std::string_view expansion = FindExpansion(w); !expansion.empty()) {
    AppendSplit(expansion, out);
    return;
  }
  if (DroppedG(w, vocab)) {
    w += 'g';
  } else if (const std::string_view repaired = repair(w); !repaired.empty()) {
    w = repaired;
  }
  out.push_back(std::move(w));
}

}  // namespace rapport::screening
