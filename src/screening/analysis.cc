// The screening pipeline. For one comment:
//
//   1. Tokenize (tokenizer.h): normalised word tokens with byte offsets,
//      sentences, clauses, quotations.
//   2. Termination cues ("but", "however", ...) end clauses: negation never
//      reaches past them, and no pattern spans them.
//   3. Neutralisers (idioms: "this exam is killing me", "dying to know")
//      mask their tokens, so ordinary risk patterns cannot use them. An idiom
//      that includes scare-quoted words ('"accidentally"') does not count.
//   4. Cue sets (one pass) mark negation, pseudo-negation, time, persons,
//      speech, humour, fiction, titles, urges, protective statements,
//      bereavement and hypothetical frames; a discussion cue anywhere marks
//      the whole comment as professional or academic talk.
//   5. Risk patterns run over each clause, tried only where their first word
//      is and only in clauses holding one of their required words. A match
//      inside a longer one is dropped (the more specific reading wins),
//      unless the longer one is a weak cue.
//   6. Modifiers, per match (their readers: analysis_context.cc, and for
//      whose words they are analysis_person.cc), in this
//      order: quotation, trailing attribution ("..., she said"; not "...,
//      because she said"), title; negation (a cue
//      up to kNegationWindow tokens before the match in its clause, or inside
//      one of its gaps, but not from inside an "if" clause past a new subject;
//      cues that are words of a risk pattern are pseudo-negations); subject
//      (the person the match is about); hypothetical frame, or a mention ("the
//      word ...") just before; time (past / current /
//      relapse markers within kTimeWindow tokens, for timed rules);
//      protective statements (thought rules); urge frames (act rules);
//      humour (hyperbole rules); discussion (mention rules); fiction;
//      third-party routing (someone else now: concern with third_party; in
//      the past, a death, fiction: cleared).
//   7. Weak cues ("ctx") count only with enough weight from other,
//      non-overlapping matches on the same side within kContextWindow
//      sentences; "adopt" rules need quoted or reported risk just before.
//      A passive wish with a supported crisis cue in the same or the next
//      sentence becomes crisis (escalation; all in analysis_support.cc).
//      Nothing else adds up: two concerns are still a concern.
//   8. The comment's level is the highest surviving match (clause-level
//      maximum: one sentence in a long comment is enough).
//   9. The learned model reads the comment with the rules' matches and may
//      raise the level, or set needless matches aside (analysis_learned.cc).
#include "screening/analysis.h"

#include <algorithm>
#include <utility>

#include "core/utf8.h"
#include "screening/analysis_words.h"

namespace rapport::screening {
namespace {

constexpr std::size_t kMaxExcerptBytes = 160;

constexpr std::size_t Set(CueSet s) { return static_cast<std::size_t>(s); }

RiskLevel Max(RiskLevel a, RiskLevel b) { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }

}  // namespace

std::string Excerpt(std::string_view source, std::size_t begin, std::size_t end) {
  std::string_view excerpt = source.substr(begin, end - begin);
  if (excerpt.size() > kMaxExcerptBytes) return std::string(utf8::TruncateBytes(excerpt, kMaxExcerptBytes)) + "...";
  return std::string(excerpt);
}

template <typename PatternAt, typename OnMatch>
void Analysis::RunPatterns(const PatternIndex& index, PatternAt pattern_at, bool sentence_scope,
                           OnMatch on_match) const {
  const MatchInput input{&doc_.tokens, &masked_};
  PatternMatch m;
  // present_[id] == scope_mark when word `id` occurs in the current clause (or
  // sentence); checked_[p] == scope_mark once pattern p's required words were looked for.
  checked_.assign(index.count, 0);
  required_ok_.assign(index.count, 0);
  int scope_begin = -1;
  int begin = 0;
  int end = 0;
  const auto attempt = [&](int p, int t) {
    const auto [pattern, ignore_mask] = pattern_at(p);
    const std::vector<int>& required = pattern->required_ids();
    if (!required.empty()) {
      const auto pi = static_cast<std::size_t>(p);
      if (checked_[pi] != scope_mark_) {
        checked_[pi] = scope_mark_;
        required_ok_[pi] = std::any_of(required.begin(), required.end(),
                                       [&](int id) { return present_[static_cast<std::size_t>(id)] == scope_mark_; });
      }
      if (!required_ok_[pi]) return;
    }
    if (pattern->MatchAt(input, t, begin, end, ignore_mask, m)) on_match(p, t, m);
  };
  for (int t = 0; t < size(); ++t) {
    const int id = tok(t).id;
    if (index.anywhere.empty() && id < 0) continue;
    begin = sentence_scope ? SentenceOf(t).begin : clause_begin_[static_cast<std::size_t>(t)];
    end = sentence_scope ? SentenceOf(t).end : clause_end_[static_cast<std::size_t>(t)];
    if (begin != scope_begin) {
      scope_begin = begin;
      ++scope_mark_;
      for (int k = begin; k < end; ++k) {
        if (tok(k).id >= 0) present_[static_cast<std::size_t>(tok(k).id)] = scope_mark_;
      }
    }
    for (const int p : index.anywhere) attempt(p, t);
    if (id < 0) continue;
    for (const int p : index.by_id[static_cast<std::size_t>(id)]) attempt(p, t);
  }
}

// Clauses end at punctuation (tokenizer) and at termination cues.
void Analysis::Segment() {
  const int n = size();
  clause_begin_.assign(static_cast<std::size_t>(n), 0);
  clause_end_.assign(static_cast<std::size_t>(n), 0);
  // Sentence-wide bounds first, so that termination cues can be found.
  for (int t = 0; t < n; ++t) {
    clause_begin_[static_cast<std::size_t>(t)] = SentenceOf(t).begin;
    clause_end_[static_cast<std::size_t>(t)] = SentenceOf(t).end;
  }
  std::vector<char> starts(static_cast<std::size_t>(n), 0);
  const auto& terminate = rules_.cues[Set(CueSet::kTerminate)];
  RunPatterns(
      rules_.cue_index[Set(CueSet::kTerminate)],
      [&](int p) {
        return std::pair{&terminate[static_cast<std::size_t>(p)], true};
      },
      true, [&](int, int t, const PatternMatch&) { starts[static_cast<std::size_t>(t)] = 1; });
  int clause = 0;
  for (int t = 0; t < n; ++t) {
    if (t > 0 && (tok(t).sentence != tok(t - 1).sentence || tok(t - 1).clause_end_after ||
                  starts[static_cast<std::size_t>(t)])) {
      ++clause;
    }
    doc_.tokens[static_cast<std::size_t>(t)].clause = clause;
  }
  for (int t = 0; t < n;) {
    int u = t;
    while (u < n && tok(u).clause == tok(t).clause) ++u;
    for (int k = t; k < u; ++k) {
      clause_begin_[static_cast<std::size_t>(k)] = t;
      clause_end_[static_cast<std::size_t>(k)] = u;
    }
    t = u;
  }
}

void Analysis::Mask() {
  struct Span {
    int begin;
    int end;
    char mask;
  };
  std::vector<Span> spans;
  RunPatterns(
      rules_.neutraliser_index,
      [&](int p) {
        return std::pair{&rules_.neutralisers[static_cast<std::size_t>(p)].pattern, true};
      },
      false,
      [&](int p, int t, const PatternMatch& m) {
        // Words in scare quotes are ironic ('I keep "accidentally" ...'): no idiom rests on them.
        for (int k = t; k < m.end; ++k) {
          if (tok(k).scare_quoted) return;
        }
        const bool always = rules_.neutralisers[static_cast<std::size_t>(p)].always;
        // An idiom that masks "always" phrases is read whole, never across a
        // comma: "I want to kill myself, laughing about it won't help".
        for (int k = t; always && k + 1 < m.end; ++k) {
          if (tok(k).break_after) return;
        }
        spans.push_back({t, m.end, always ? kMaskedAlways : kMasked});
      });
  for (const Span& span : spans) {
    for (int t = span.begin; t < span.end; ++t) {
      char& mask = masked_[static_cast<std::size_t>(t)];
      mask = std::max(mask, span.mask);
    }
  }
}

void Analysis::MarkCues() {
  const std::size_t n = tokens().size();
  for (std::size_t set = 0; set < cue_.size(); ++set) cue_[set].assign(n, 0);
  const auto& entries = rules_.cue_entries;
  RunPatterns(
      rules_.all_cues_index,
      [&](int p) {
        return std::pair{entries[static_cast<std::size_t>(p)].pattern, true};
      },
      false,
      [&](int p, int t, const PatternMatch& m) {
        std::vector<char>& marks = cue_[Set(entries[static_cast<std::size_t>(p)].set)];
        for (int k = t; k < m.end; ++k) marks[static_cast<std::size_t>(k)] = 1;
      });
  // A negation word inside a pseudo-negation, or right before a comma or full
  // stop ("no, ..."), negates nothing.
  for (std::size_t t = 0; t < n; ++t) {
    if (cue_[Set(CueSet::kPseudo)][t] || tokens()[t].break_after) cue_[Set(CueSet::kNegation)][t] = 0;
  }
  // A story posted on social media ("on her close friends story") is not
  // fiction, for the rules and the learned models alike.
  for (std::size_t t = 0; t < n; ++t) {
    if (cue_[Set(CueSet::kFiction)][t] && SocialStory(static_cast<int>(t))) cue_[Set(CueSet::kFiction)][t] = 0;
  }
  // "my 15-year-old self", "my child self": the writer, not someone in their
  // life ("my child self-harms" stays the child).
  for (std::size_t t = 1; t < n; ++t) {
    if (tokens()[t].text != "self" || !IsYoungerSelf(tokens()[t - 1].text)) continue;
    if (t + 1 < n && (tokens()[t + 1].text.starts_with("harm") || tokens()[t + 1].text.starts_with("injur"))) continue;
    for (std::size_t k = t; k > 0 && cue_[Set(CueSet::kKin)][k - 1]; --k) cue_[Set(CueSet::kKin)][k - 1] = 0;
  }
  // A self-reveal right after a negation ("not asking for myself") reveals nothing.
  std::vector<char>& reveal = cue_[Set(CueSet::kSelfReveal)];
  for (std::size_t t = 1; t < n; ++t) {
    if (!reveal[t] || reveal[t - 1] || !cue_[Set(CueSet::kNegation)][t - 1]) continue;
    for (std::size_t k = t; k < n && reveal[k]; ++k) reveal[k] = 0;
  }
  const std::size_t sentences = doc_.sentences.size();
  sentence_humour_.assign(sentences, 0);
  sentence_fiction_.assign(sentences, 0);
  sentence_protective_.assign(sentences, 0);
  sentence_discussion_.assign(sentences, 0);
  sentence_bereavement_.assign(sentences, 0);
  sentence_clarify_.assign(sentences, 0);
  for (std::size_t t = 0; t < n; ++t) {
    const auto s = static_cast<std::size_t>(tokens()[t].sentence);
    sentence_humour_[s] |= cue_[Set(CueSet::kHumour)][t];
    sentence_fiction_[s] |= cue_[Set(CueSet::kFiction)][t];
    sentence_protective_[s] |= cue_[Set(CueSet::kProtective)][t];
    sentence_bereavement_[s] |= cue_[Set(CueSet::kBereavement)][t];
    sentence_clarify_[s] |= cue_[Set(CueSet::kClarify)][t];
    sentence_discussion_[s] |= cue_[Set(CueSet::kDiscussion)][t];
    discussion_ = discussion_ || cue_[Set(CueSet::kDiscussion)][t];
    self_revealed_ = self_revealed_ || cue_[Set(CueSet::kSelfReveal)][t];
  }
}

void Analysis::FindHits() {
  RunPatterns(
      rules_.rule_index,
      [&](int p) {
        const Rule& r = rules_.rules[static_cast<std::size_t>(p)];
        return std::pair{&r.pattern, r.flags.always};
      },
      false,
      [&](int p, int t, const PatternMatch& m) {
        hits_.push_back(Hit{p, t, m.end, m.literals});
      });
}

// Keeps the most specific reading: a match lying inside a longer one (or inside
// an equally long one with more weight) is dropped, unless the longer one is a
// weak cue ("ctx" or "adopt"), which may yet turn out unsupported.
void Analysis::DropSubsumed() {
  // Hits come in order of their first token; one can only contain another that
  // starts at most kMaxSpan tokens earlier (patterns are short).
  constexpr int kMaxSpan = 64;
  std::vector<char> drop(hits_.size(), 0);
  for (std::size_t i = 0; i < hits_.size(); ++i) {
    const Hit& h = hits_[i];
    std::size_t first = i;
    while (first > 0 && h.begin - hits_[first - 1].begin <= kMaxSpan) --first;
    for (std::size_t j = first; j < hits_.size() && hits_[j].begin <= h.begin; ++j) {
      if (i == j) continue;
      const Hit& g = hits_[j];
      // A weak cue only adds support; it never hides another match.
      const RuleFlags& gf = rules_.rules[static_cast<std::size_t>(g.rule)].flags;
      if (gf.context || gf.adopt) continue;
      if (g.begin > h.begin || g.end < h.end) continue;
      if (g.end - g.begin > h.end - h.begin) {
        drop[i] = 1;
        break;
      }
      const double gw = rules_.rules[static_cast<std::size_t>(g.rule)].weight;
      const double hw = rules_.rules[static_cast<std::size_t>(h.rule)].weight;
      if (gw > hw || (gw == hw && j < i)) {
        drop[i] = 1;
        break;
      }
    }
  }
  std::vector<Hit> kept;
  for (std::size_t i = 0; i < hits_.size(); ++i) {
    if (!drop[i]) kept.push_back(std::move(hits_[i]));
  }
  hits_ = std::move(kept);
}

Scored Analysis::Score(const Hit& hit) const {
  const Rule& rule = rules_.rules[static_cast<std::size_t>(hit.rule)];
  Scored s;
  s.hit = hit;
  s.sentence = tok(hit.begin).sentence;
  s.level = rule.level;
  const auto clear = [&](std::string reason) {
    s.cleared = std::move(reason);
    s.level = RiskLevel::kNone;
    return s;
  };
  // Quotations, titles and attributed words.
  bool person_set = false;
  const Token& first = tok(hit.literals.empty() ? hit.begin : hit.literals.front());
  if (first.blockquote) {
    // "> are you having thoughts of suicide?" answered "yes." below it.
    if (!AnsweredYes(hit)) return clear("quoted");
    s.person = Person::kFirst;
    person_set = true;
    s.modifiers.emplace_back("answered-yes");
  }
  if (first.quote >= 0) {
    const Person speaker = QuoteSpeaker(first.quote);
    if (speaker == Person::kFirst) {
      s.modifiers.emplace_back("quoted-self");
    } else if (speaker == Person::kThird) {
      s.person = Person::kThird;
      person_set = true;
      s.modifiers.emplace_back("reported");
    } else {
      return clear("quoted");
    }
  }
  if (!person_set) {
    // "..., she said" / "..., says my therapist" after the words: reported speech.
    const Person speaker = TrailingSpeaker(hit);
    if (speaker == Person::kThird) {
      s.person = Person::kThird;
      person_set = true;
      s.modifiers.emplace_back("reported");
    } else if (speaker == Person::kGeneric) {
      return clear("quoted");
    }
  }
  if (LooksLikeTitle(hit)) return clear("title");
  // "Picked the date!": a date or a plan announced with an exclamation mark is
  // good news (a wedding, a last session); a crisis plan is not told that way.
  if (rule.flags.cheer && tok(hit.end - 1).exclaim_after) return clear("exclaimed");
  if (!rule.flags.no_negation && Negated(hit)) return clear("negated");
  if (!person_set) s.person = rule.flags.writer ? Person::kFirst : PersonOf(hit);
  // "Asking for a friend ... the friend is me", "it isn't fiction": words the
  // writer put on "you", on people in general, on a hypothetical or on a
  // character, and then owned, are the writer's.
  const auto owned_by_writer = [&] {
    s.person = Person::kFirst;
    s.modifiers.emplace_back("self-revealed");
  };
  const auto sentence = static_cast<std::size_t>(s.sentence);
  if (self_revealed_ && (s.person == Person::kSecond || s.person == Person::kGeneric ||
                         (s.person == Person::kThird && sentence_fiction_[sentence]))) {
    owned_by_writer();
  }
  if (s.person == Person::kSecond) return clear("second-person");
  if (rule.flags.alone && s.person == Person::kFirst && SaidOfWe(hit)) return clear("shared-plan");
  // A rule about someone else: the writer's own deed is cleared, and a "me"
  // or "us" in it is who it was sent to ("my brother left us a goodbye note").
  if (rule.flags.others) {
    if (WriterDoes(hit)) return clear("writer-own");
    if (s.person == Person::kFirst || s.person == Person::kImplied) s.person = Person::kThird;
  }
  // "Has anyone else felt suicidal during a break?", "... or is it just me?":
  // the writer asks because it is theirs too.
  if (s.person == Person::kGeneric && SentenceHasCue(CueSet::kWriterAmong, hit.begin)) {
    s.person = Person::kFirst;
    s.modifiers.emplace_back("writer-among");
  }
  if (s.person == Person::kGeneric) return clear("generic-subject");
  int answer = -1;
  if (Hypothetical(hit)) {
    // "She asked whether I'd ever tried. I said yes, at fifteen.": the writer's.
    answer = s.person == Person::kFirst ? ReportedAnswerYes(hit) : -1;
    if (answer >= 0) {
      s.modifiers.emplace_back("answered-yes");
    } else {
      if (!self_revealed_) return clear("hypothetical");
      if (s.person != Person::kFirst) owned_by_writer();
    }
  }
  // Time.
  bool relapse = false;
  bool past = false;
  bool current = false;
  if (answer < 0 || !AnswerTime(answer, relapse, past, current)) NearestTime(hit, relapse, past, current);
  bool in_past = false;
  if (rule.timed) {
    if (relapse) {
      s.level = rule.relapse_level.value_or(rule.now_level);
      s.modifiers.emplace_back("relapse");
    } else if (past) {
      s.level = rule.past_level;
      in_past = true;
      s.modifiers.emplace_back("past");
    } else if (current) {
      s.level = rule.now_level;
      s.modifiers.emplace_back("current");
    }
  } else if (rule.relapse_level && RelapseAfter(hit)) {
    s.level = *rule.relapse_level;
    s.modifiers.emplace_back("relapse");
  } else {
    in_past = past && !current && !relapse;
  }
  // "I think about it, but I'd never do it": a thought next to a protective
  // statement is a concern, not a crisis.
  if (rule.flags.thought && s.level == RiskLevel::kCrisis) {
    const bool next_protective = sentence + 1 < sentence_protective_.size() && sentence_protective_[sentence + 1];
    if (sentence_protective_[sentence] || next_protective) {
      s.level = RiskLevel::kConcern;
      s.modifiers.emplace_back("protective");
    }
  }
  // Right after "wanted to", "the urge to", "nearly", an act is an urge.
  if (rule.flags.act && s.level == RiskLevel::kCrisis && hit.begin > 0 && Cue(CueSet::kUrge, hit.begin - 1)) {
    s.level = RiskLevel::kConcern;
    s.modifiers.emplace_back("urge");
  }
  // "I'm ending things. With him, I mean.": the next sentence says what was meant.
  if (!rule.flags.always && sentence + 1 < sentence_clarify_.size() && sentence_clarify_[sentence + 1]) {
    return clear("clarified");
  }
  if (rule.flags.hyperbole) {
    const bool next_humour = sentence + 1 < sentence_humour_.size() && sentence_humour_[sentence + 1];
    if (sentence_humour_[sentence] || next_humour) return clear("humour");
  }
  // Professional talk anywhere makes a bare mention nobody's own; one the
  // writer says of themselves ("I've been having thoughts of suicide every
  // day") stays theirs unless that talk is in its sentence or the one before.
  if (rule.flags.mention && discussion_ && !WriterNamed(hit)) {
    const bool talk_near = sentence_discussion_[sentence] || (sentence > 0 && sentence_discussion_[sentence - 1]);
    if (s.person != Person::kFirst || talk_near) return clear("discussion");
  }
  // "the bits about wanting to die" in a sentence about a book: nobody's own words.
  if (s.person == Person::kImplied && sentence_fiction_[sentence] && !rule.flags.writer) {
    if (!self_revealed_) return clear("fiction");
    owned_by_writer();
  }
  if (s.person == Person::kThird) {
    if (rule.flags.self_only) return clear("not-self");
    if (rule.flags.completed) return clear("third-party-past");
    if (sentence_fiction_[sentence]) return clear("fiction");
    if (in_past) return clear("third-party-past");
    // "how he said goodbye to us all at the hospice": a goodbye around a death
    // is grief. (Someone's current wish, "since mum died", still counts.)
    const bool goodbye_like = rule.category == "farewell" || rule.category == "third-party";
    if (goodbye_like && sentence_bereavement_[sentence]) return clear("third-party-past");
    if (s.level != RiskLevel::kNone) {
      s.level = RiskLevel::kConcern;
      s.third_party = true;
      s.modifiers.emplace_back("third-party");
    }
  }
  if (s.level == RiskLevel::kNone) return clear("level-none");
  return s;
}

Screening Analysis::Emit(std::vector<Scored>& scored) const {
  Screening out;
  out.rules_version = rules_.version;
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.hit.begin != b.hit.begin ? a.hit.begin < b.hit.begin : a.hit.end < b.hit.end;
  });
  for (Scored& s : scored) {
    const Rule& rule = rules_.rules[static_cast<std::size_t>(s.hit.rule)];
    Match m;
    m.rule_id = rule.id;
    m.category = rule.category;
    m.begin = tok(s.hit.begin).begin;
    m.end = tok(s.hit.end - 1).end;
    m.excerpt = Excerpt(source_, m.begin, m.end);
    m.modifiers = std::move(s.modifiers);
    if (!s.cleared.empty()) {
      if (s.cleared != "level-none") m.modifiers.push_back(s.cleared);
      m.level = RiskLevel::kNone;
      out.cleared.push_back(std::move(m));
      continue;
    }
    m.level = s.level;
    out.level = Max(out.level, s.level);
    out.third_party = out.third_party || s.third_party;
    out.matches.push_back(std::move(m));
  }
  return out;
}

Screening Analysis::Run() {
  if (tokens().empty()) {
    Screening empty;
    empty.rules_version = rules_.version;
    return empty;
  }
  present_.assign(rules_.vocab.size(), 0);
  // Nothing is masked until Mask(); Segment's patterns must not read the
  // previous comment's masks.
  masked_.assign(tokens().size(), 0);
  Segment();
  Mask();
  MarkCues();
  FindHits();
  DropSubsumed();
  risk_literal_.assign(tokens().size(), 0);
  for (const Hit& h : hits_) {
    for (const int t : h.literals) risk_literal_[static_cast<std::size_t>(t)] = 1;
  }
  scored_.reserve(hits_.size());
  for (const Hit& h : hits_) scored_.push_back(Score(h));
  ResolveContext(scored_);
  return Emit(scored_);
}

}  // namespace rapport::screening
