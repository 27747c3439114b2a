#include "screening/pattern.h"

#include <algorithm>
#include <set>
#include <utility>

namespace rapport::screening {
namespace {

constexpr int kMaxMacroDepth = 16;
constexpr int kMaxSearchSteps = 4096;
constexpr int kMaxGap = 12;

// Parse tree of a pattern, before it is turned into nodes.
struct Ast {
  enum class Kind { kSeq, kAlt, kOpt, kWord, kGap, kNumber, kAny, kClauseEnd, kClauseStart, kContext };
  Kind kind = Kind::kSeq;
  std::vector<Ast> kids;
  std::vector<int> ids;  // kWord
  int max = 0;           // kGap
};

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

  Result<Ast> ParseAll() {
    Result<Ast> ast = ParseAlt();
    if (!ast) return ast;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '>' && depth_ == 0) {
      // "a > b": b is trailing context.
      ++pos_;
      Result<Ast> context = ParseAlt();
      if (!context) return context;
      SkipSpace();
      if (pos_ < text_.size()) return Fail(std::string("unexpected '") + text_[pos_] + "'");
      Ast seq;
      seq.kind = Ast::Kind::kSeq;
      seq.kids.push_back(std::move(*ast));
      Ast mark;
      mark.kind = Ast::Kind::kContext;
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

  Result<Ast> ParseAlt() {
    Ast alt;
    alt.kind = Ast::Kind::kAlt;
    while (true) {
      Result<Ast> seq = ParseSeq();
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

  Result<Ast> ParseSeq() {
    Ast seq;
    seq.kind = Ast::Kind::kSeq;
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size()) break;
      const char c = text_[pos_];
      if (c == ')' || c == ']' || c == '|' || c == '}' || c == '>') break;
      Result<Ast> item = ParseItem();
      if (!item) return item;
      seq.kids.push_back(std::move(*item));
    }
    if (seq.kids.empty()) return Fail("empty pattern or alternative");
    if (seq.kids.size() == 1) return std::move(seq.kids.front());
    return seq;
  }

  Result<Ast> ParseGroup(char close, Ast::Kind kind) {
    ++pos_;
    Result<Ast> inner = ParseAlt();
    if (!inner) return inner;
    SkipSpace();
    if (pos_ >= text_.size() || text_[pos_] != close) return Fail(std::string("missing '") + close + "'");
    ++pos_;
    if (kind != Ast::Kind::kOpt) return inner;
    Ast opt;
    opt.kind = Ast::Kind::kOpt;
    opt.kids.push_back(std::move(*inner));
    return opt;
  }

  Result<Ast> ParseItem() {
    const char c = text_[pos_];
    if (c == '(') return ParseGroup(')', Ast::Kind::kAlt);
    if (c == '[') return ParseGroup(']', Ast::Kind::kOpt);
    if (c == '{') {
      const std::size_t close = text_.find('}', pos_);
      if (close == std::string_view::npos) return Fail("missing '}'");
      const std::string_view name = text_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
      const auto it = macros_.find(name);
      if (it == macros_.end()) return Fail("unknown macro {" + std::string(name) + "}");
      if (depth_ >= kMaxMacroDepth) return Fail("macros nested too deeply (a macro uses itself?)");
      Parser inner(it->second, macros_, vocab_, depth_ + 1);
      Result<Ast> ast = inner.ParseAll();
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
      Ast gap;
      gap.kind = Ast::Kind::kGap;
      gap.max = n;
      return gap;
    }
    if (c == '$' || c == '^') {
      ++pos_;
      Ast anchor;
      anchor.kind = c == '$' ? Ast::Kind::kClauseEnd : Ast::Kind::kClauseStart;
      return anchor;
    }
    if (c == ')' || c == ']' || c == '|' || c == '}' || c == '>') return Fail(std::string("unexpected '") + c + "'");
    std::size_t end = pos_;
    while (end < text_.size() && !IsSpace(text_[end]) && !IsSpecial(text_[end])) ++end;
    std::string_view word = text_.substr(pos_, end - pos_);
    pos_ = end;
    if (word == "#num" || word == "#any") {
      Ast a;
      a.kind = word == "#num" ? Ast::Kind::kNumber : Ast::Kind::kAny;
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
      Ast a;
      a.kind = Ast::Kind::kWord;
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
    Ast seq;
    seq.kind = Ast::Kind::kSeq;
    for (const std::string& piece : pieces) {
      Ast a;
      a.kind = Ast::Kind::kWord;
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

// Sets of words of which a match must contain at least one each. The match
// proper and its trailing context both count (both must be present).
void RequiredSets(const Ast& a, std::vector<std::vector<int>>& out) {
  switch (a.kind) {
    case Ast::Kind::kWord:
      out.push_back(a.ids);
      return;
    case Ast::Kind::kSeq:
      for (const Ast& k : a.kids) RequiredSets(k, out);
      return;
    case Ast::Kind::kAlt: {
      // One of the branches is taken: the union of one required set per branch.
      std::vector<int> merged;
      for (const Ast& k : a.kids) {
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

// Function words found in most clauses; a poor choice of required word.
bool IsCommonWord(const Vocabulary& vocab, int id) {
  static constexpr std::string_view kCommon[] = {
      "i",    "me",    "my",  "myself", "we",   "you",   "he",    "she",   "it",    "they",  "him",    "her",   "them",
      "his",  "their", "the", "a",      "an",   "to",    "of",    "in",    "on",    "at",    "for",    "with",  "and",
      "or",   "but",   "so",  "if",     "when", "that",  "this",  "is",    "am",    "are",   "was",    "were",  "be",
      "been", "have",  "has", "had",    "do",   "did",   "not",   "no",    "will",  "would", "can",    "could", "just",
      "all",  "about", "up",  "out",    "what", "going", "want",  "get",   "got",   "like",  "really", "know",  "think",
      "one",  "there", "now", "then",   "time", "again", "still", "after", "before"};
  for (const std::string_view w : kCommon) {
    if (vocab.Find(w) == id) return true;
  }
  return false;
}

int MinTokens(const Ast& a) {
  switch (a.kind) {
    case Ast::Kind::kSeq: {
      int sum = 0;
      for (const Ast& k : a.kids) sum += MinTokens(k);
      return sum;
    }
    case Ast::Kind::kAlt: {
      int least = 1 << 20;
      for (const Ast& k : a.kids) least = std::min(least, MinTokens(k));
      return least;
    }
    case Ast::Kind::kWord:
    case Ast::Kind::kNumber:
    case Ast::Kind::kAny:
      return 1;
    default:
      return 0;
  }
}

}  // namespace

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

struct Pattern::Search {
  const MatchInput* input = nullptr;
  int clause_begin = 0;
  int clause_end = 0;
  bool ignore_mask = false;
  int best_end = -1;   // where the whole pattern, context included, ended
  int best_span = -1;  // where the match proper ended (before any context)
  int context_at = -1;
  int steps = 0;
  std::vector<int> literals;
  std::vector<int> best_literals;
};

namespace {

Pattern::Node MakeNode(Pattern::Node::Kind kind) {
  Pattern::Node n;
  n.kind = kind;
  return n;
}

// Turns the parse tree into nodes, each pointing at what follows it.
class Emitter {
 public:
  explicit Emitter(std::vector<Pattern::Node>& nodes) : nodes_(nodes) {}

  int Emit(const Ast& a, int next) {
    using Kind = Pattern::Node::Kind;
    switch (a.kind) {
      case Ast::Kind::kSeq:
        for (auto it = a.kids.rbegin(); it != a.kids.rend(); ++it) next = Emit(*it, next);
        return next;
      case Ast::Kind::kAlt: {
        const bool all_words =
            std::all_of(a.kids.begin(), a.kids.end(), [](const Ast& k) { return k.kind == Ast::Kind::kWord; });
        if (all_words) {
          Pattern::Node n;
          n.kind = Kind::kWord;
          for (const Ast& k : a.kids) n.ids.insert(n.ids.end(), k.ids.begin(), k.ids.end());
          return Add(std::move(n), next);
        }
        Pattern::Node n;
        n.kind = Kind::kSplit;
        for (const Ast& k : a.kids) n.alts.push_back(Emit(k, next));
        return Add(std::move(n), -1);
      }
      case Ast::Kind::kOpt: {
        Pattern::Node n;
        n.kind = Kind::kSplit;
        n.alts.push_back(Emit(a.kids.front(), next));
        n.alts.push_back(next);
        return Add(std::move(n), -1);
      }
      case Ast::Kind::kWord: {
        Pattern::Node n;
        n.kind = Kind::kWord;
        n.ids = a.ids;
        return Add(std::move(n), next);
      }
      case Ast::Kind::kGap: {
        Pattern::Node n;
        n.kind = Kind::kGap;
        n.max = a.max;
        return Add(std::move(n), next);
      }
      case Ast::Kind::kNumber:
        return Add(MakeNode(Kind::kNumber), next);
      case Ast::Kind::kAny:
        return Add(MakeNode(Kind::kAny), next);
      case Ast::Kind::kClauseEnd:
        return Add(MakeNode(Kind::kClauseEnd), next);
      case Ast::Kind::kClauseStart:
        return Add(MakeNode(Kind::kClauseStart), next);
      case Ast::Kind::kContext:
        return Add(MakeNode(Kind::kContext), next);
    }
    return next;
  }

 private:
  int Add(Pattern::Node n, int next) {
    n.next = next;
    std::sort(n.ids.begin(), n.ids.end());
    n.ids.erase(std::unique(n.ids.begin(), n.ids.end()), n.ids.end());
    nodes_.push_back(std::move(n));
    return static_cast<int>(nodes_.size()) - 1;
  }

  std::vector<Pattern::Node>& nodes_;
};

// First tokens a match can start with, from `node`; `nullable` when it can
// reach the end without consuming one.
void CollectFirst(const std::vector<Pattern::Node>& nodes, int node, std::set<int>& ids, bool& anywhere, bool& nullable,
                  std::vector<char>& seen) {
  if (node < 0 || seen[static_cast<std::size_t>(node)]) return;
  seen[static_cast<std::size_t>(node)] = 1;
  const Pattern::Node& n = nodes[static_cast<std::size_t>(node)];
  using Kind = Pattern::Node::Kind;
  switch (n.kind) {
    case Kind::kWord:
      ids.insert(n.ids.begin(), n.ids.end());
      return;
    case Kind::kSplit:
      for (const int alt : n.alts) CollectFirst(nodes, alt, ids, anywhere, nullable, seen);
      return;
    case Kind::kGap:
      anywhere = true;
      CollectFirst(nodes, n.next, ids, anywhere, nullable, seen);
      return;
    case Kind::kNumber:
    case Kind::kAny:
      anywhere = true;
      return;
    case Kind::kClauseEnd:
    case Kind::kClauseStart:
    case Kind::kContext:
      CollectFirst(nodes, n.next, ids, anywhere, nullable, seen);
      return;
    case Kind::kAccept:
      nullable = true;
      return;
  }
}

}  // namespace

Result<Pattern> Pattern::Compile(std::string_view text, const Macros& macros, Vocabulary& vocab) {
  Parser parser(text, macros, vocab, 0);
  Result<Ast> ast = parser.ParseAll();
  if (!ast) return ast.error();
  if (MinTokens(*ast) < 1) return Error::InvalidArgument("pattern can match without consuming a word");
  Pattern p;
  p.nodes_.push_back(MakeNode(Node::Kind::kAccept));
  Emitter emitter(p.nodes_);
  p.start_ = emitter.Emit(*ast, 0);
  std::set<int> ids;
  std::vector<char> seen(p.nodes_.size(), 0);
  bool nullable = false;
  CollectFirst(p.nodes_, p.start_, ids, p.starts_anywhere_, nullable, seen);
  p.first_ids_.assign(ids.begin(), ids.end());
  for (std::size_t i = 0; i < p.nodes_.size(); ++i) {
    std::set<int> node_ids;
    std::vector<char> node_seen(p.nodes_.size(), 0);
    Node& n = p.nodes_[i];
    CollectFirst(p.nodes_, static_cast<int>(i), node_ids, n.first_any, n.nullable, node_seen);
    n.first.assign(node_ids.begin(), node_ids.end());
  }
  for (Node& n : p.nodes_) {
    if (n.kind != Node::Kind::kSplit) continue;
    for (const int alt : n.alts) {
      const Node& a = p.nodes_[static_cast<std::size_t>(alt)];
      if (a.nullable || a.first_any) {
        n.alts_any.push_back(alt);
        continue;
      }
      for (const int id : a.first) n.alts_by_id.emplace_back(id, alt);
    }
    std::sort(n.alts_by_id.begin(), n.alts_by_id.end());
  }
  std::vector<std::vector<int>> required;
  RequiredSets(*ast, required);
  if (!required.empty()) {
    // The set least likely to be in an ordinary clause: common words cost more.
    const auto cost = [&](const std::vector<int>& ids) {
      int total = 0;
      for (const int id : ids) total += IsCommonWord(vocab, id) ? 50 : 1;
      return total;
    };
    auto& rarest = *std::min_element(required.begin(), required.end(),
                                     [&](const auto& x, const auto& y) { return cost(x) < cost(y); });
    std::sort(rarest.begin(), rarest.end());
    rarest.erase(std::unique(rarest.begin(), rarest.end()), rarest.end());
    p.required_ids_ = std::move(rarest);
    // A one-word pattern (or one whose required words are exactly its first
    // words) is already filtered by the first-word index.
    if (!p.starts_anywhere_ && p.required_ids_ == p.first_ids_) p.required_ids_.clear();
  }
  return p;
}

Result<void> Pattern::CheckMacro(std::string_view text, const Macros& macros) {
  Vocabulary scratch;
  Parser parser(text, macros, scratch, 0);
  Result<Ast> ast = parser.ParseAll();
  if (!ast) return ast.error();
  return Ok();
}

void Pattern::Visit(int node, int pos, Search& s) const {
  if (++s.steps > kMaxSearchSteps) return;
  const Node& n = nodes_[static_cast<std::size_t>(node)];
  const std::vector<Token>& tokens = *s.input->tokens;
  const auto usable = [&](int p) {
    return p < s.clause_end &&
           (s.ignore_mask || s.input->masked == nullptr || !(*s.input->masked)[static_cast<std::size_t>(p)]);
  };
  switch (n.kind) {
    case Node::Kind::kAccept:
      if (pos > s.best_end) {
        s.best_end = pos;
        s.best_span = s.context_at >= 0 ? s.context_at : pos;
        s.best_literals.clear();
        for (const int t : s.literals) {
          if (t < s.best_span) s.best_literals.push_back(t);
        }
      }
      return;
    case Node::Kind::kContext: {
      const int saved = s.context_at;
      s.context_at = pos;
      Visit(n.next, pos, s);
      s.context_at = saved;
      return;
    }
    case Node::Kind::kWord:
      if (usable(pos) && std::binary_search(n.ids.begin(), n.ids.end(), tokens[static_cast<std::size_t>(pos)].id)) {
        s.literals.push_back(pos);
        Visit(n.next, pos + 1, s);
        s.literals.pop_back();
      }
      return;
    case Node::Kind::kNumber:
      if (usable(pos) && tokens[static_cast<std::size_t>(pos)].number) {
        s.literals.push_back(pos);
        Visit(n.next, pos + 1, s);
        s.literals.pop_back();
      }
      return;
    case Node::Kind::kAny:
      if (pos < s.clause_end) Visit(n.next, pos + 1, s);
      return;
    case Node::Kind::kGap:
      for (int k = 0; k <= n.max && pos + k <= s.clause_end; ++k) Visit(n.next, pos + k, s);
      return;
    case Node::Kind::kSplit: {
      // Only the branches that can start with this token (most of a long
      // alternation cannot), plus those that may start with anything.
      for (const int alt : n.alts_any) Visit(alt, pos, s);
      const int id = pos < s.clause_end ? tokens[static_cast<std::size_t>(pos)].id : -1;
      if (id < 0) return;
      auto it = std::lower_bound(n.alts_by_id.begin(), n.alts_by_id.end(), std::pair<int, int>{id, -1});
      for (; it != n.alts_by_id.end() && it->first == id; ++it) Visit(it->second, pos, s);
      return;
    }
    case Node::Kind::kClauseEnd:
      if (pos == s.clause_end || (pos > 0 && tokens[static_cast<std::size_t>(pos - 1)].break_after)) {
        Visit(n.next, pos, s);
      }
      return;
    case Node::Kind::kClauseStart:
      if (pos == s.clause_begin || (pos > 0 && tokens[static_cast<std::size_t>(pos - 1)].break_after)) {
        Visit(n.next, pos, s);
      }
      return;
  }
}

bool Pattern::MatchAt(const MatchInput& input, int start, int clause_begin, int clause_end, bool ignore_mask,
                      PatternMatch& out) const {
  if (start >= clause_end) return false;
  // Reused per thread: most attempts fail after a word or two, and should not allocate.
  thread_local Search s;
  s.input = &input;
  s.clause_begin = clause_begin;
  s.clause_end = clause_end;
  s.ignore_mask = ignore_mask;
  s.best_end = -1;
  s.best_span = -1;
  s.context_at = -1;
  s.steps = 0;
  s.literals.clear();
  s.best_literals.clear();
  Visit(start_, start, s);
  if (s.best_end <= start || s.best_span <= start) return false;
  out.end = s.best_span;
  out.literals.assign(s.best_literals.begin(), s.best_literals.end());
  return true;
}

}  // namespace rapport::screening
