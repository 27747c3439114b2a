// Compiling a pattern (pattern.h) from its parse tree (pattern_parse.cc) into
// nodes that point at what follows them, with the words a match can start
// with and must contain; and matching those nodes against a clause's tokens.
#include "screening/pattern.h"

#include <algorithm>
#include <set>
#include <utility>

#include "screening/pattern_ast.h"

namespace rapport::screening {
namespace {

constexpr int kMaxSearchSteps = 4096;

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

}  // namespace

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

  int Emit(const PatternAst& a, int next) {
    using Kind = Pattern::Node::Kind;
    switch (a.kind) {
      case PatternAst::Kind::kSeq:
        for (auto it = a.kids.rbegin(); it != a.kids.rend(); ++it) next = Emit(*it, next);
        return next;
      case PatternAst::Kind::kAlt: {
        const bool all_words =
            std::all_of(a.kids.begin(), a.kids.end(), [](const PatternAst& k) { return k.kind == PatternAst::Kind::kWord; });
        if (all_words) {
          Pattern::Node n;
          n.kind = Kind::kWord;
          for (const PatternAst& k : a.kids) n.ids.insert(n.ids.end(), k.ids.begin(), k.ids.end());
          return Add(std::move(n), next);
        }
        Pattern::Node n;
        n.kind = Kind::kSplit;
        for (const PatternAst& k : a.kids) n.alts.push_back(Emit(k, next));
        return Add(std::move(n), -1);
      }
      case PatternAst::Kind::kOpt: {
        Pattern::Node n;
        n.kind = Kind::kSplit;
        n.alts.push_back(Emit(a.kids.front(), next));
        n.alts.push_back(next);
        return Add(std::move(n), -1);
      }
      case PatternAst::Kind::kWord: {
        Pattern::Node n;
        n.kind = Kind::kWord;
        n.ids = a.ids;
        return Add(std::move(n), next);
      }
      case PatternAst::Kind::kGap: {
        Pattern::Node n;
        n.kind = Kind::kGap;
        n.max = a.max;
        return Add(std::move(n), next);
      }
      case PatternAst::Kind::kNumber:
        return Add(MakeNode(Kind::kNumber), next);
      case PatternAst::Kind::kAny:
        return Add(MakeNode(Kind::kAny), next);
      case PatternAst::Kind::kClauseEnd:
        return Add(MakeNode(Kind::kClauseEnd), next);
      case PatternAst::Kind::kClauseStart:
        return Add(MakeNode(Kind::kClauseStart), next);
      case PatternAst::Kind::kContext:
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
  Result<PatternAst> ast = ParsePattern(text, macros, vocab);
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
  Result<PatternAst> ast = ParsePattern(text, macros, scratch);
  if (!ast) return ast.error();
  return Ok();
}

void Pattern::Visit(int node, int pos, Search& s) const {
  if (++s.steps > kMaxSearchSteps) return;
  const Node& n = nodes_[static_cast<std::size_t>(node)];
  const std::vector<Token>& tokens = *s.input->tokens;
  const auto usable = [&](int p) {
    if (p >= s.clause_end) return false;
    if (s.input->masked == nullptr) return true;
    const char mask = (*s.input->masked)[static_cast<std::size_t>(p)];
    return mask == 0 || (s.ignore_mask && mask == kMasked);
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
