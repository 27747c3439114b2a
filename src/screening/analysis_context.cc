// The readers of a match's context, step 6 of the screening pipeline
// (analysis.cc lists the steps): whether a negation reaches the match, whose
// words they are (the writer, "you", someone in the writer's life, people in
// general, a quoted speaker), when they are about (past, now, a relapse), and
// whether a hypothetical frame, a title or a shared plan holds them. Score()
// in analysis.cc turns these readings into each match's level.
#include <algorithm>

#include "screening/analysis.h"

namespace rapport::screening {
namespace {

constexpr int kNegationWindow = 6;       // tokens before a match that a negation cue reaches
constexpr int kHypotheticalWindow = 14;  // tokens before a match that a hypothetical frame reaches
constexpr int kMentionWindow = 6;        // ... and a mention ("the word ..."), which names only what follows it
constexpr int kTimeWindow = 12;          // tokens around a match in which a time marker counts
constexpr int kQuoteSpeakerWindow = 8;   // tokens before a quotation searched for "she said"

bool IsSubjectPronoun(std::string_view t) {
  return t == "i" || t == "we" || t == "you" || t == "he" || t == "she" || t == "they";
}

// Crude but enough for nouns for people: "kids", "clients", "people", "children".
bool IsPluralNoun(std::string_view t) {
  if (t == "people" || t == "children" || t == "men" || t == "women" || t == "folk" || t == "everyone" ||
      t == "everybody") {
    return true;
  }
  return t.size() > 3 && t.back() == 's' && t != "boss" && t != "miss" && t != "ms";
}

bool IsCoordinator(std::string_view t) {
  return t == "and" || t == "so" || t == "because" || t == "or" || t == "then" || t == "cause" || t == "while";
}

// A plain yes, as a reported answer gives it ("I said yes", "I told her: yeah").
bool IsPlainYes(std::string_view t) {
  return t == "yes" || t == "yeah" || t == "yep" || t == "yup" || t == "yea" || t == "aye";
}

// A first word that answers a question with yes ("me" to "anyone else?").
bool IsYesWord(std::string_view t) { return IsPlainYes(t) || t == "ya" || t == "me" || t == "honestly"; }

// A word that answers no ("no", "never", "nah").
bool IsNoWord(std::string_view t) { return t == "no" || t == "nope" || t == "nah" || t == "never" || t == "not"; }

bool IsAnswerVerb(std::string_view t) {
  return t == "said" || t == "say" || t == "says" || t == "told" || t == "tell" || t == "answered" ||
         t == "admitted" || t == "nodded" || t == "replied" || t == "confessed";
}

// Words that open a clause about when: "when", "after", "once" ...
bool IsTimeSubordinator(std::string_view t) {
  return t == "when" || t == "whenever" || t == "after" || t == "before" || t == "once" || t == "until" ||
         t == "till" || t == "while";
}

// Words that open a clause of its own: after a comma, "because my mum said ..."
// is a reason the writer gives, not "..., my mum said" attributing the words.
bool OpensClause(std::string_view t) {
  static constexpr std::string_view kWords[] = {"since", "cos",   "as",   "when",  "after", "before", "until",
                                                "till",  "if",    "though", "although", "but", "that",  "which",
                                                "who",   "how",   "what", "why",   "where", "once"};
  return IsCoordinator(t) || std::find(std::begin(kWords), std::end(kWords), t) != std::end(kWords);
}

}  // namespace

bool Analysis::Negated(const Hit& hit) const {
  // Back to the start of the clause, at most kNegationWindow tokens, not across
  // a comma ("I'm not ok, I want to die") nor into the clause before a
  // coordinated new subject ("... and I want to die"). A negation word that is
  // part of another risk phrase ("don't want to live") negates nothing else.
  // Nor into a condition before a new subject: in "if this medication doesn't
  // work I'm going to ...", the negation belongs to the condition.
  // A time clause opened between them ends its reach: "nothing left hanging
  // when I'm gone" ("not once", "never before" are still one negation). And
  // "without" negates only what follows it closely ("without hurting myself",
  // not "without me by this time next week").
  const int clause_begin = clause_begin_[static_cast<std::size_t>(hit.begin)];
  const int floor = std::max(clause_begin, hit.begin - kNegationWindow);
  bool subject_between = false;
  int time_clause = IsTimeSubordinator(tok(hit.begin).text) ? hit.begin : -1;
  for (int t = hit.begin - 1; t >= floor && !tok(t).break_after; --t) {
    if (Cue(CueSet::kNegation, t) && !risk_literal_[static_cast<std::size_t>(t)]) {
      const std::string& w = tok(t).text;
      if (time_clause > t + 1) return false;
      if (w == "without" && hit.begin - t > 2) return false;
      const bool verb_negation = w == "not" || w == "never" || w == "no";  // "without" stays a phrase's
      return !(verb_negation && subject_between && InCondition(t, clause_begin));
    }
    if (t > floor && IsSubjectPronoun(tok(t).text) && IsCoordinator(tok(t - 1).text)) break;
    subject_between = subject_between || IsSubjectPronoun(tok(t).text);
    if (IsTimeSubordinator(tok(t).text)) time_clause = t;
  }
  for (int t = hit.begin; t < hit.end; ++t) {
    if (Cue(CueSet::kNegation, t) && std::find(hit.literals.begin(), hit.literals.end(), t) == hit.literals.end()) {
      return true;  // in a gap of the pattern, so not part of the phrase itself
    }
  }
  return false;
}

bool Analysis::SentenceHasCue(CueSet set, int t) const {
  const Sentence& sentence = SentenceOf(t);
  for (int u = sentence.begin; u < sentence.end; ++u) {
    if (Cue(set, u)) return true;
  }
  return false;
}

// True when token t follows "if", "unless" or "once" in its clause.
bool Analysis::InCondition(int t, int clause_begin) const {
  for (int u = t - 1; u >= clause_begin; --u) {
    const std::string& w = tok(u).text;
    if (w == "if" || w == "unless" || w == "once") return true;
  }
  return false;
}

// Someone in the writer's life (kThird) or people in general (kGeneric), for a
// he/she/they at token t: the nearest earlier noun decides.
Person Analysis::ResolveThird(int t) const {
  const int floor = SentenceOf(t).begin;
  const std::string& pronoun = tok(t).text;
  const bool singular = pronoun == "he" || pronoun == "him" || pronoun == "his" || pronoun == "himself" ||
                        pronoun == "she" || pronoun == "her" || pronoun == "hers" || pronoun == "herself";
  for (int u = t - 1; u >= floor; --u) {
    if (!Cue(CueSet::kGeneric, u) && !Cue(CueSet::kKin, u)) continue;
    if (singular && IsPluralNoun(tok(u).text)) continue;  // "he" is not "the kids"
    if (Cue(CueSet::kGeneric, u)) return Person::kGeneric;
    return KinOrGeneric(u);
  }
  return Person::kThird;
}

// "my sister", "Mum", "a friend of mine" are someone in the writer's life;
// "the kids", "some parents", "most teenagers" are people in general.
Person Analysis::KinOrGeneric(int t) const {
  for (int u = t - 1; u >= std::max(SentenceOf(t).begin, t - 2); --u) {
    const std::string& w = tok(u).text;
    if (w == "the" || w == "these" || w == "those" || w == "some" || w == "many" || w == "most" || w == "all" ||
        w == "other" || w == "any") {
      return Person::kGeneric;
    }
    if (w == "my" || w == "our" || w == "his" || w == "her" || w == "their" || w == "your" || w == "a") break;
  }
  return Person::kThird;
}

// The person a token makes the subject, or kUnknown. Only subject pronouns and
// nouns for people count; "me", "my", "her" as objects do not.
Person Analysis::ClassifySubject(int t, bool third_singular) const {
  const std::string& text = tok(t).text;
  if (Cue(CueSet::kGeneric, t)) return Person::kGeneric;
  if (Cue(CueSet::kKin, t)) return KinOrGeneric(t);
  if (!IsSubjectPronoun(text)) return Person::kUnknown;
  if (Cue(CueSet::kFirst, t)) return third_singular ? Person::kUnknown : Person::kFirst;
  if (Cue(CueSet::kSecond, t)) return third_singular ? Person::kUnknown : Person::kSecond;
  if (Cue(CueSet::kThird, t)) return ResolveThird(t);
  return Person::kUnknown;
}

// The subject a token makes for a match after it: as ClassifySubject, and a
// relative "who" too. Whose quoted words these are is left to ClassifySubject.
// The person a relative "who" stands for: the writer in "I'm someone who",
// "as a teenager who", "people like me who"; people in general in "anyone
// who", "a client who" (a noun for people a few words back); otherwise the
// person just named ("a young lad last month who'd self-harmed"). A "who" that names nobody ("I don't know who", a question) is
// not a subject.
Person Analysis::SubjectPerson(int t, bool third_singular) const {
  return tok(t).text == "who" ? RelativeSubject(t) : ClassifySubject(t, third_singular);
}

Person Analysis::RelativeSubject(int t) const {
  const int floor = SentenceOf(t).begin;
  if (t == floor) return Person::kUnknown;
  static constexpr std::string_view kNobody[] = {"know", "knows", "knew", "wonder", "wondered", "ask", "asked",
                                                 "tell", "told", "sure", "idea", "care", "matter", "about", "see"};
  const std::string& before = tok(t - 1).text;
  if (std::find(std::begin(kNobody), std::end(kNobody), before) != std::end(kNobody)) return Person::kUnknown;
  static constexpr std::string_view kOpensNoun[] = {"a",   "an",   "the",  "someone", "somebody", "one",
                                                    "just", "still", "also", "that",  "such",     "kind",
                                                    "sort", "type",  "only", "really"};
  const auto opens_noun = [&](int u) {
    return u < t && std::find(std::begin(kOpensNoun), std::end(kOpensNoun), tok(u).text) != std::end(kOpensNoun);
  };
  for (int u = t - 1; u >= std::max(floor, t - 7); --u) {
    const std::string& w = tok(u).text;
    if (w == "me" && u == t - 1) return Person::kFirst;                   // "people like me who"
    if (w == "as" && opens_noun(u + 1)) return Person::kFirst;            // "as someone who"
    if (w == "i" && u + 2 <= t && (tok(u + 1).text == "am" || tok(u + 1).text == "was") && opens_noun(u + 2)) {
      return Person::kFirst;                                               // "I'm a mum who"
    }
    if (w == "i" && u > floor && (tok(u - 1).text == "am" || tok(u - 1).text == "was") && opens_noun(u + 1)) {
      return Person::kFirst;                                               // "am I the only one who"
    }
  }
  for (int u = t - 1; u >= std::max(floor, t - 5); --u) {  // "anyone reading who", "a client (no details) who"
    if (Cue(CueSet::kGeneric, u)) return Person::kGeneric;
    if (Cue(CueSet::kKin, u)) return KinOrGeneric(u);
  }
  return Person::kThird;
}

Person Analysis::PersonOf(const Hit& hit) const {
  // A pronoun written in the match decides ("kill myself", "end his life"); the
  // writer first ("easier for everyone if I wasn't here").
  for (const int t : hit.literals) {
    if (Cue(CueSet::kFirst, t)) return Person::kFirst;
  }
  for (const int t : hit.literals) {
    if (Cue(CueSet::kSecond, t)) return Person::kSecond;
    if (Cue(CueSet::kThird, t)) return ResolveThird(t);
    if (Cue(CueSet::kGeneric, t)) return Person::kGeneric;
    if (Cue(CueSet::kKin, t)) return KinOrGeneric(t);
  }
  // Otherwise the nearest subject before it in the sentence; none means the
  // writer ("Relapsed last night.").
  const bool third_singular = !hit.literals.empty() && Cue(CueSet::kThirdSingular, hit.literals.front());
  const int subject = SubjectBefore(hit, third_singular);
  return subject < 0 ? Person::kImplied : SubjectPerson(subject, third_singular);
}

int Analysis::SubjectBefore(const Hit& hit, bool third_singular) const {
  const int floor = SentenceOf(hit.begin).begin;
  for (int t = hit.begin - 1; t >= floor; --t) {
    if (SubjectPerson(t, third_singular) != Person::kUnknown) return t;
  }
  return -1;
}

// A quoted question the writer answers yes to, first thing under the quotation:
// "> are the thoughts still there? yes. louder since monday".
bool Analysis::AnsweredYes(const Hit& hit) const {
  const Sentence& sentence = SentenceOf(hit.begin);
  const std::size_t after = tok(sentence.end - 1).end;
  const std::size_t mark = source_.find_first_not_of(" \t'\"\u2019\u201d)", after);
  if (mark == std::string_view::npos || source_[mark] != '?') return false;
  int t = sentence.end;
  while (t < size() && tok(t).blockquote) ++t;
  if (t >= size() || !IsYesWord(tok(t).text)) return false;
  // "me? never.", "honestly, no": a negation word standing alone right after
  // it answers no ("yes. not die exactly, just vanish" is still a yes).
  if (t + 1 >= size()) return true;
  const bool alone = tok(t + 1).break_after || SentenceOf(t + 1).end == t + 2;
  return !(alone && IsNoWord(tok(t + 1).text));
}

// A question put to the writer and reported, answered yes after it: "She
// asked whether I'd ever thought of ending my life. I said yes, at nineteen."
// The answer is in the rest of the match's sentence ("..., and I said yes") or
// opens the next ("Yes.", "I told her the truth: yes"); a "no" or "never"
// first answers no. Returns the "yes" token, or -1.
int Analysis::ReportedAnswerYes(const Hit& hit) const {
  const auto yes_within = [&](int from, int to) {
    for (int t = from; t < std::min(to, size()); ++t) {
      const std::string& w = tok(t).text;
      if (IsPlainYes(w)) return t;
      if (IsNoWord(w)) return -1;
    }
    return -1;
  };
  const Sentence& s = SentenceOf(hit.begin);
  for (int t = hit.end; t < s.end; ++t) {
    if (IsAnswerVerb(tok(t).text)) return yes_within(t + 1, std::min(s.end, t + 5));
  }
  const std::size_t next = static_cast<std::size_t>(tok(s.begin).sentence) + 1;
  if (next >= doc_.sentences.size()) return -1;
  const Sentence& n = doc_.sentences[next];
  if (IsPlainYes(tok(n.begin).text)) return n.begin;
  for (int t = n.begin; t < std::min(n.end, n.begin + 3); ++t) {
    if (IsAnswerVerb(tok(t).text)) return yes_within(t + 1, std::min(n.end, t + 6));
  }
  return -1;
}

// The time an answer gives: markers within kTimeWindow tokens after its "yes"
// ("yes, when I was thirty"). False when it gives none.
bool Analysis::AnswerTime(int yes, bool& relapse, bool& past, bool& current) const {
  bool r = false;
  bool p = false;
  bool c = false;
  TimeGivenFrom(yes + 1, SentenceOf(yes).end, r, p, c);
  if (!r && !p && !c) return false;
  relapse = r;
  past = p;
  current = c;
  return true;
}

// The time given from token `from` on, within kTimeWindow tokens and before
// `end`: a relapse marker anywhere there wins, else the first past or current
// marker decides, else a habitual one makes it current ("yes, most nights").
void Analysis::TimeGivenFrom(int from, int end, bool& relapse, bool& past, bool& current) const {
  bool habitual = false;
  for (int t = from; t < std::min(end, from + kTimeWindow); ++t) {
    if (Cue(CueSet::kRelapse, t)) {
      relapse = true;
      past = current = false;
      return;
    }
    if (!past && !current) {
      past = Cue(CueSet::kPast, t);
      current = !past && Cue(CueSet::kCurrent, t);
    }
    habitual = habitual || Cue(CueSet::kHabitual, t);
  }
  if (!past && !current) current = habitual;
}

// Whose words follow an own-words cue ending at token t: "my honest answer"
// is the writer's; "sent a text" is whoever sent it ("My sister sent a
// message: '...'"), the writer when nobody is named.
Person Analysis::OwnWordsSpeaker(int t) const {
  int first = t;
  while (first > 0 && Cue(CueSet::kOwnWords, first - 1)) --first;
  if (tok(first).text == "my") return Person::kFirst;
  for (int u = first - 1; u >= std::max(SentenceOf(first).begin, first - 6); --u) {
    const Person p = ClassifySubject(u, false);
    if (p != Person::kUnknown) return p;
  }
  return Person::kFirst;
}

// Who is speaking a quotation: "my son said '...'", "'...' she wrote".
Person Analysis::QuoteSpeaker(int quote) const {
  const Quote& q = doc_.quotes[static_cast<std::size_t>(quote)];
  const int floor = std::max(SentenceOf(q.begin).begin, q.begin - kQuoteSpeakerWindow);
  for (int t = q.begin - 1; t >= floor; --t) {
    if (Cue(CueSet::kOwnWords, t)) return OwnWordsSpeaker(t);
    if (!Cue(CueSet::kSpeech, t)) continue;
    for (int u = t - 1; u >= std::max(0, t - 6); --u) {
      const Person p = ClassifySubject(u, false);
      if (p != Person::kUnknown) return p;
    }
    return Person::kUnknown;
  }
  Person after = Person::kUnknown;
  for (int t = q.end; t < std::min(size(), q.end + 4); ++t) {
    if (Cue(CueSet::kSpeech, t)) {
      if (after != Person::kUnknown) return after;
      if (t + 1 < size()) return ClassifySubject(t + 1, false);  // "said my mum"
      return Person::kUnknown;
    }
    if (after == Person::kUnknown) after = ClassifySubject(t, false);
  }
  // A letter nobody is said to have written ("Dear M, I missed the 4th because
  // ...") is, in a comment, the writer's own draft.
  if (q.begin < q.end && tok(q.begin).text == "dear") return Person::kFirst;
  return Person::kUnknown;
}

// The speaker named after a comma that follows the match, as in "I can't go
// on, she said" or "dying would be a relief, says the narrator"; kUnknown if none.
Person Analysis::TrailingSpeaker(const Hit& hit) const {
  const int end = SentenceOf(hit.begin).end;
  bool after_break = tok(hit.end - 1).break_after;
  for (int t = hit.end; t < end && t < hit.end + 6; ++t) {
    if (after_break && OpensClause(tok(t).text)) return Person::kUnknown;
    if (after_break && Cue(CueSet::kSpeech, t)) {
      if (t > hit.end) {
        const Person before = ClassifySubject(t - 1, true);
        if (before != Person::kUnknown) return before;
      }
      if (t + 1 < end) return ClassifySubject(t + 1, true);
      return Person::kUnknown;
    }
    after_break = after_break || tok(t).break_after;
  }
  return Person::kUnknown;
}

// "To Kill a Mockingbird", or capitalised words after "the song", "a book called".
bool Analysis::LooksLikeTitle(const Hit& hit) const {
  int capitalised = 0;
  int words = 0;
  for (const int t : hit.literals) {
    const Token& k = tok(t);
    if (k.emoji || k.text.size() < 3) continue;
    ++words;
    if (k.capitalised) ++capitalised;
  }
  if (words == 0 || capitalised != words) return false;
  const int floor = std::max(SentenceOf(hit.begin).begin, hit.begin - 4);
  for (int t = hit.begin - 1; t >= floor; --t) {
    if (Cue(CueSet::kTitle, t)) return true;
  }
  const bool sentence_start = hit.begin == SentenceOf(hit.begin).begin;
  return words >= 2 && !sentence_start;
}

// The time a match is set in, from markers within kTimeWindow tokens in its
// sentence: a relapse marker outside the match wins; otherwise the nearer of a
// past and a current marker (a tie goes to past):
// "I keep thinking about it, not in the vague way I used to" is current.
// A habitual marker says how often, not when: it counts as a current marker
// unless a past time is named near ("I cut most nights" is now, "Ten years
// ago I cut most nights" is not). "used to" names no time: beside a frequency
// it may compare how often ("the thought comes every evening, when my session
// used to be"), so the nearer marker decides as above. A sentence with no
// marker takes the time of a next sentence that points back at it ("I cut
// myself. That was ten years ago.").
void Analysis::NearestTime(const Hit& hit, bool& relapse, bool& past, bool& current) const {
  const Sentence& s = SentenceOf(hit.begin);
  int past_distance = 1 << 20;
  int current_distance = 1 << 20;
  int habitual_distance = 1 << 20;
  bool past_time_named = false;
  for (int t = s.begin; t < s.end; ++t) {
    const int d = t < hit.begin ? hit.begin - t : (t >= hit.end ? t - hit.end + 1 : 0);
    if (d > kTimeWindow) continue;  // a marker far away in a long sentence is about something else
    if (d > 0 && Cue(CueSet::kRelapse, t)) relapse = true;  // the match's own words are not its time
    if (Cue(CueSet::kPast, t)) {
      past_distance = std::min(past_distance, d);
      past_time_named = past_time_named || !UsedTo(t);
    }
    if (Cue(CueSet::kCurrent, t)) current_distance = std::min(current_distance, d);
    if (Cue(CueSet::kHabitual, t)) habitual_distance = std::min(habitual_distance, d);
  }
  if (relapse) return;
  if (!past_time_named) current_distance = std::min(current_distance, habitual_distance);
  if (past_distance == (1 << 20) && current_distance == (1 << 20)) {
    PointedBackTime(s, relapse, past, current);
    return;
  }
  past = past_distance < (1 << 20) && past_distance <= current_distance;
  current = !past && current_distance < (1 << 20);
}

bool Analysis::UsedTo(int t) const {
  const std::string& w = tok(t).text;
  if (w == "used") return t + 1 < static_cast<int>(tokens().size()) && tok(t + 1).text == "to";
  return w == "to" && t > 0 && tok(t - 1).text == "used";
}

bool Analysis::RelapseAfter(const Hit& hit) const {
  const Sentence& s = SentenceOf(hit.begin);
  for (int t = hit.end; t < std::min(s.end, hit.end + kTimeWindow); ++t) {
    if (Cue(CueSet::kRelapse, t)) return true;
  }
  return false;
}

// The time markers of the sentence after `s` when it opens by pointing back
// ("That was ...", "It happened ...", "This was ..."), or answers a quoted
// question ("> have you tried before? yes, twice in my twenties"): the first
// marker within kTimeWindow tokens decides, a relapse marker anywhere there wins.
void Analysis::PointedBackTime(const Sentence& s, bool& relapse, bool& past, bool& current) const {
  const std::size_t next = static_cast<std::size_t>(tok(s.begin).sentence) + 1;
  if (next >= doc_.sentences.size()) return;
  const Sentence& n = doc_.sentences[next];
  int from = n.begin + 1;
  if (tok(s.begin).blockquote && !tok(n.begin).blockquote && IsYesWord(tok(n.begin).text)) {
    // an answer: its time follows the "yes"
  } else {
    if (n.end - n.begin < 3) return;
    const std::string& first = tok(n.begin).text;
    const std::string& verb = tok(n.begin + 1).text;
    if (first != "that" && first != "it" && first != "this") return;
    if (verb != "was" && verb != "happened" && verb != "were") return;
    from = n.begin + 2;
  }
  TimeGivenFrom(from, n.end, relapse, past, current);
}

bool Analysis::Hypothetical(const Hit& hit) const {
  const int sentence_begin = SentenceOf(hit.begin).begin;
  for (int t = hit.begin - 1; t >= std::max(sentence_begin, hit.begin - kHypotheticalWindow); --t) {
    if (Cue(CueSet::kHypothetical, t)) {
      // "as someone who", "I'm one of those people who": the writer, not a case in general.
      const int who = tok(t).text == "who" ? t : (t + 1 < hit.begin && tok(t + 1).text == "who" ? t + 1 : -1);
      if (who >= 0 && RelativeSubject(who) == Person::kFirst) continue;
      return true;
    }
    if (t >= hit.begin - kMentionWindow && Cue(CueSet::kMention, t)) return true;
  }
  return false;
}

// True when the match itself says "I", "me" or "my" (not just "we", and not
// an implied subject).
bool Analysis::WriterNamed(const Hit& hit) const {
  for (const int t : hit.literals) {
    const std::string& w = tok(t).text;
    if (w == "i" || w == "me" || w == "my" || w == "myself" || w == "mine") return true;
  }
  return false;
}

// True when the match's subject is "we": a "we" in the match itself, or the
// nearest subject before it in its sentence.
bool Analysis::SaidOfWe(const Hit& hit) const {
  for (const int t : hit.literals) {
    const std::string& w = tok(t).text;
    if (w == "we" || w == "us" || w == "our" || w == "ourselves") return true;
    if (w == "i" || w == "me" || w == "my" || w == "myself") return false;
  }
  const int subject = SubjectBefore(hit, false);
  return subject >= 0 && tok(subject).text == "we";
}

// True when the writer does what the match says: "I wrote a goodbye letter",
// or with no subject before it, "Wrote a goodbye letter to my ED" (but not
// "Sent me a goodbye text", which someone else sent). Unlike PersonOf, a "me"
// or "us" in the match is who it was sent to, not who did it.
bool Analysis::WriterDoes(const Hit& hit) const {
  if (const int subject = SubjectBefore(hit, false); subject >= 0) {
    return SubjectPerson(subject, false) == Person::kFirst;
  }
  for (const int t : hit.literals) {
    const std::string& w = tok(t).text;
    if (w == "me" || w == "us") return false;
  }
  return hit.begin == SentenceOf(hit.begin).begin;
}

}  // namespace rapport::screening
