// Reading a rules-file pattern into its parse tree (pattern_ast.h): words,
// alternatives, optional parts, macros, gaps, anchors and trailing context,
// with an error that says what is wrong; and the forms a "word~" stands for.
#include <algorithm>
#include <string>
#include <utility>

#include "screening/pattern_ast.h"

namespace rapport::screening {
namespace {

constexpr int kMaxMacroDepth = 16;
constexpr int kMaxGap = 12;


bool IsSpecial(char c) {
  return c == '(' || c == ')' || c == '[' || c == ']' || c == '|' || c == '{' || c == '}' || c == '*' || c == '$' ||
         c == '^' || c == '>';
}

// Hyphens, '&' and '/' split words in comments, so they do in rules: "self-harm" is "self harm".
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '-' || c == '&' || c == '/'; }

// Typographic apostrophes in rule words become ASCII ones; ASCII letters are lower-cased.
std::string CleanRuleWord(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
      continue;
    }
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out += c;
  }
  return out;
}

class Parser {
 public:
  Parser(std::string_view text, const Pattern::Macros& macros, Vocabulary& vocab, int depth)
      : text_(text), macros_(macros), vocab_(vocab), depth_(depth) {}

  Result<PatternAst> ParseAll() {
    Result<PatternAst> ast = ParseAlt();
    if (!ast) return ast;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '>' && depth_ == 0) {
      // "a > b": b is trailing context.
      ++pos_;
      Result<PatternAst> context = ParseAlt();
      if (!context) return context;
      SkipSpace();
      if (pos_ < text_.size()) return Fail(std::string("unexpected '") + text_[pos_] + "'");
      PatternAst seq;
      seq.kind = PatternAst::Kind::kSeq;
      seq.kids.push_back(std::move(*ast));
      PatternAst mark;
      mark.kind = PatternAst::Kind::kContext;
      seq.kids.push_back(std::move(mark));
      seq.kids.push_back(std::move(*context));
      return seq;
    }
    if (pos_ < text_.size()) return Fail(std::string("unexpected '") + text_[pos_] + "'");
    return ast;
  }

 private:
  static Error Fail(std::string message) { return Error::InvalidArgument(std::move(message)); }

  void SkipSpace() {
    while (pos_ < text_.size() && IsSpace(text_[pos_])) ++pos_;
  }

  Result<PatternAst> ParseAlt() {
    PatternAst alt;
    alt.kind = PatternAst::Kind::kAlt;
    while (true) {
      Result<PatternAst> seq = ParseSeq();
      if (!seq) return seq;
      alt.kids.push_back(std::move(*seq));
      SkipSpace();
      if (pos_ < text_.size() && text_[pos_] == '|') {
        ++pos_;
        continue;
      }
      break;
    }
    if (alt.kids.size() == 1) return std::move(alt.kids.front());
    return alt;
  }

  Result<PatternAst> ParseSeq() {
    PatternAst seq;
    seq.kind = PatternAst::Kind::kSeq;
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size()) break;
      const char c = text_[pos_];
      if (c == ')' || c == ']' || c == '|' || c == '}' || c == '>') break;
      Result<PatternAst> item = ParseItem();
      if (!item) return item;
      seq.kids.push_back(std::move(*item));
    }
    if (seq.kids.empty()) return Fail("empty pattern or alternative");
    if (seq.kids.size() == 1) return std::move(seq.kids.front());
    return seq;
  }

  Result<PatternAst> ParseGroup(char close, PatternAst::Kind kind) {
    ++pos_;
    Result<PatternAst> inner = ParseAlt();
    if (!inner) return inner;
    SkipSpace();
    if (pos_ >= text_.size() || text_[pos_] != close) return Fail(std::string("missing '") + close + "'");
    ++pos_;
    if (kind != PatternAst::Kind::kOpt) return inner;
    PatternAst opt;
    opt.kind = PatternAst::Kind::kOpt;
    opt.kids.push_back(std::move(*inner));
    return opt;
  }

  Result<PatternAst> ParseItem() {
    const char c = text_[pos_];
    if (c == '(') return ParseGroup(')', PatternAst::Kind::kAlt);
    if (c == '[') return ParseGroup(']', PatternAst::Kind::kOpt);
    if (c == '{') {
      const std::size_t close = text_.find('}', pos_);
      if (close == std::string_view::npos) return Fail("missing '}'");
      const std::string_view name = text_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
      const auto it = macros_.find(name);
      if (it == macros_.end()) return Fail("unknown macro {" + std::string(name) + "}");
      if (depth_ >= kMaxMacroDepth) return Fail("macros nested too deeply (a macro uses itself?)");
      Parser inner(it->second, macros_, vocab_, depth_ + 1);
      Result<PatternAst> ast = inner.ParseAll();
      if (!ast) return Fail("in macro {" + std::string(name) + "}: " + ast.error().message);
      return ast;
    }
    if (c == '*') {
      ++pos_;
      int n = 0;
      const std::size_t digits_begin = pos_;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') n = n * 10 + (text_[pos_++] - '0');
      if (pos_ == digits_begin || n < 1 || n > kMaxGap) {
        return Fail("'*' needs a gap size from 1 to " + std::to_string(kMaxGap));
      }
      PatternAst gap;
      gap.kind = PatternAst::Kind::kGap;
      gap.max = n;
      return gap;
    }
    if (c == '$' || c == '^') {
      ++pos_;
      PatternAst anchor;
      anchor.kind = c == '$' ? PatternAst::Kind::kClauseEnd : PatternAst::Kind::kClauseStart;
      return anchor;
    }
    if (c == ')' || c == ']' || c == '|' || c == '}' || c == '>') return Fail(std::string("unexpected '") + c + "'");
    std::size_t end = pos_;
    while (end < text_.size() && !IsSpace(text_[end]) && !IsSpecial(text_[end])) ++end;
    std::string_view word = text_.substr(pos_, end - pos_);
    pos_ = end;
    if (word == "#num" || word == "#any") {
      PatternAst a;
      a.kind = word == "#num" ? PatternAst::Kind::kNumber : PatternAst::Kind::kAny;
      return a;
    }
    if (word.front() == '#') return Fail("unknown token class '" + std::string(word) + "' (use #num or #any)");
    if (word.find_first_of("?+=:;,.!\"") != std::string_view::npos) {
      return Fail("unexpected character in '" + std::string(word) + "' (optional parts are written [like this])");
    }
    const bool inflect = word.back() == '~';
    if (inflect) word.remove_suffix(1);
    if (word.empty() || word.find('~') != std::string_view::npos) return Fail("misplaced '~'");
    const std::string clean = CleanRuleWord(word);
    if (inflect) {
      if (clean.find('\'') != std::string::npos) return Fail("'~' cannot follow a contraction: " + clean);
      PatternAst a;
      a.kind = PatternAst::Kind::kWord;
      std::vector<std::string> pieces;
      for (const std::string& form : Inflections(clean)) {
        pieces.clear();
        NormaliseWord(form, {}, nullptr, pieces);
        if (pieces.size() == 1) a.ids.push_back(vocab_.Intern(pieces.front()));
      }
      return a;
    }
    std::vector<std::string> pieces;
    NormaliseWord(clean, {}, nullptr, pieces);
    PatternAst seq;
    seq.kind = PatternAst::Kind::kSeq;
    for (const std::string& piece : pieces) {
      PatternAst a;
      a.kind = PatternAst::Kind::kWord;
      a.ids.push_back(vocab_.Intern(piece));
      seq.kids.push_back(std::move(a));
    }
    if (seq.kids.empty()) return Fail("'" + clean + "' normalises to nothing");
    if (seq.kids.size() == 1) return std::move(seq.kids.front());
    return seq;
  }

  std::string_view text_;
  const Pattern::Macros& macros_;
  Vocabulary& vocab_;
  int depth_;
  std::size_t pos_ = 0;
};

}  // namespace

Result<PatternAst> ParsePattern(std::string_view text, const Pattern::Macros& macros, Vocabulary& vocab) {
  return Parser(text, macros, vocab, 0).ParseAll();
}

void RequiredSets(const PatternAst& a, std::vector<std::vector<int>>& out) {
  switch (a.kind) {
    case PatternAst::Kind::kWord:
      out.push_back(a.ids);
      return;
    case PatternAst::Kind::kSeq:
      for (const PatternAst& k : a.kids) RequiredSets(k, out);
      return;
    case PatternAst::Kind::kAlt: {
      // One of the branches is taken: the union of one required set per branch.
      std::vector<int> merged;
      for (const PatternAst& k : a.kids) {
        std::vector<std::vector<int>> branch;
        RequiredSets(k, branch);
        if (branch.empty()) return;  // a branch with no required word: nothing is required
        const auto smallest = std::min_element(branch.begin(), branch.end(),
                                               [](const auto& x, const auto& y) { return x.size() < y.size(); });
        merged.insert(merged.end(), smallest->begin(), smallest->end());
      }
      out.push_back(std::move(merged));
      return;
    }
    default:
      return;  // optional parts, gaps, anchors, #num, #any require nothing
  }
}

int MinTokens(const PatternAst& a) {
  switch (a.kind) {
    case PatternAst::Kind::kSeq: {
      int sum = 0;
      for (const PatternAst& k : a.kids) sum += MinTokens(k);
      return sum;
    }
    case PatternAst::Kind::kAlt: {
      int least = 1 << 20;
      for (const PatternAst& k : a.kids) least = std::min(least, MinTokens(k));
      return least;
    }
    case PatternAst::Kind::kWord:
    case PatternAst::Kind::kNumber:
    case PatternAst::Kind::kAny:
      return 1;
    default:
      return 0;
  }
}

std::vector<std::string> Inflections(std::string_view word) {
  const std::string w(word);
  std::vector<std::string> forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"};
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  const std::size_t n = w.size();
  if (n >= 2 && w[n - 1] == 'e') {
    const std::string stem = w.substr(0, n - 1);
    forms.push_back(stem + "ing");
    if (w[n - 2] == 'i') forms.push_back(w.substr(0, n - 2) + "ying");  // die -> dying
  }
  if (n >= 2 && w[n - 1] == 'y' && !vowel(w[n - 2])) {
    const std::string stem = w.substr(0, n - 1);
    forms.push_back(stem + "ies");
    forms.push_back(stem + "ied");
  }
  if (n >= 3 && !vowel(w[n - 1]) && w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y' && vowel(w[n - 2]) &&
      !vowel(w[n - 3])) {
    forms.push_back(w + w[n - 1] + "ing");  // cut -> cutting
    forms.push_back(w + w[n - 1] + "ed");   // plan -> planned
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

}  // namespace rapport::screening
