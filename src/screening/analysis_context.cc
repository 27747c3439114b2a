// The readers of a match's context, step 6 of the screening pipeline
// (analysis.cc lists the steps): whether a negation reaches the match, when
// it is about (past, now, a relapse), whether a question answered yes owns
// it, and whether a hypothetical frame or a title holds it. Whose words they
// are is read in analysis_person.cc. Score() in analysis.cc turns these
// readings into each match's level.
#include <algorithm>

#include "screening/analysis.h"
#include "screening/analysis_words.h"

namespace rapport::screening {
namespace {

constexpr int kNegationWindow = 6;       // tokens before a match that a negation cue reaches
constexpr int kHypotheticalWindow = 14;  // tokens before a match that a hypothetical frame reaches
constexpr int kMentionWindow = 6;        // ... and a mention ("the word ..."), which names only what follows it
constexpr int kTimeWindow = 12;          // tokens around a match in which a time marker counts
constexpr int kTakenBackWindow = 6;      // tokens after a reported "no" in which "that was a lie" takes it back

// A plain yes, as a reported answer gives it ("I said yes", "I told her: yeah").
bool IsPlainYes(std::string_view t) {
  return t == "yes" || t == "yeah" || t == "yep" || t == "yup" || t == "yea" || t == "aye";
}

// A first word that answers a question with yes ("me" to "anyone else?", "same",
// or how often: "> are the thoughts still there? constantly.").
bool IsYesWord(std::string_view t) {
  return IsPlainYes(t) || t == "ya" || t == "me" || t == "honestly" || t == "same" || t == "always" ||
         t == "constantly" || t == "daily" || t == "everyday";
}

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
  // The match's own first word counts as the new subject: "if I don't get the
  // visa I'm ending it", "nobody will and I've already started".
  const int clause_begin = clause_begin_[static_cast<std::size_t>(hit.begin)];
  const int floor = std::max(clause_begin, hit.begin - kNegationWindow);
  bool subject_between = IsSubjectPronoun(tok(hit.begin).text);
  const bool coordinated = hit.begin > floor && NewCoordinatedSubject(hit.begin);
  int time_clause = IsTimeSubordinator(tok(hit.begin).text) ? hit.begin : -1;
  for (int t = hit.begin - 1; !coordinated && t >= floor && !tok(t).break_after; --t) {
    if (Cue(CueSet::kNegation, t) && !risk_literal_[static_cast<std::size_t>(t)]) {
      const std::string& w = tok(t).text;
      if (time_clause > t + 1) return false;
      if (w == "without" && hit.begin - t > 2) return false;
      const bool verb_negation = w == "not" || w == "never" || w == "no";  // "without" stays a phrase's
      return !(verb_negation && subject_between && InCondition(t, clause_begin));
    }
    if (t > floor && NewCoordinatedSubject(t)) break;
    subject_between = subject_between || IsSubjectPronoun(tok(t).text);
    if (IsTimeSubordinator(tok(t).text)) time_clause = t;
  }
  for (int t = hit.begin; t < hit.end; ++t) {
    if (Cue(CueSet::kNegation, t) && std::find(hit.literals.begin(), hit.literals.end(), t) == hit.literals.end()) {
      // In a gap of the pattern, so not part of the phrase itself; but a
      // negation inside the pattern's own condition belongs to the condition:
      // "if nothing changes by May, that's it".
      if (InCondition(t, hit.begin) && ConditionClosesBefore(t, hit.end)) continue;
      return true;
    }
  }
  return false;
}

// True when token t is a subject pronoun just after "and", "so", "because" ...:
// a new clause that a negation before it does not reach, unless the negation
// is on the coordinator itself ("not because I want to die").
bool Analysis::NewCoordinatedSubject(int t) const {
  if (t < 1 || !IsSubjectPronoun(tok(t).text) || !IsCoordinator(tok(t - 1).text)) return false;
  return !(t >= 2 && Cue(CueSet::kNegation, t - 2));
}

// True when a comma or a new subject comes after token t and before `end`:
// the condition t is in has given way to what follows from it.
bool Analysis::ConditionClosesBefore(int t, int end) const {
  for (int u = t; u + 1 < end; ++u) {
    if (tok(u).break_after || IsSubjectPronoun(tok(u + 1).text)) return true;
  }
  return false;
}

// "posted goodbye on his story", "her insta story", "her close friends story",
// "on her private story": a social-media story, no fiction (MarkCues clears the
// fiction cue on it).
bool Analysis::SocialStory(int t) const {
  const std::string& w = tok(t).text;
  if ((w != "story" && w != "stories") || t < 1) return false;
  static constexpr std::string_view kSocial[] = {"insta", "instagram", "ig",  "snap",  "snapchat",
                                                 "whatsapp", "fb",     "facebook", "tiktok"};
  int owner = t - 1;
  const std::string& before = tok(owner).text;
  if (std::find(std::begin(kSocial), std::end(kSocial), before) != std::end(kSocial)) return true;
  if (owner >= 1 && before == "friends" && tok(owner - 1).text == "close") return true;
  if (before == "private") --owner;  // "her private story" is posted, "a private story" may be told
  return owner >= 1 && IsPossessive(tok(owner).text) && (tok(owner - 1).text == "on" || tok(owner - 1).text == "in");
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

// A quoted question the writer answers yes to, first thing under the quotation:
// "> are the thoughts still there? yes. louder since monday".
bool Analysis::AnsweredYes(const Hit& hit) const {
  const Sentence& sentence = SentenceOf(hit.begin);
  const std::size_t after = tok(sentence.end - 1).end;
  const std::size_t mark = source_.find_first_not_of(" \t'\"\u2019\u201d)", after);
  if (mark == std::string_view::npos || source_[mark] != '?') return false;
  int t = sentence.end;
  while (t < size() && tok(t).blockquote) ++t;
  if (t >= size()) return false;
  // "every night.", "most days": how often is a yes too.
  const auto how_often = [&](int u) {
    if (u + 1 >= size() || (tok(u).text != "every" && tok(u).text != "most")) return false;
    const std::string& when = tok(u + 1).text;
    return when == "day" || when == "days" || when == "night" || when == "nights" || when == "single" ||
           when == "morning" || when == "mornings" || when == "evening" || when == "evenings" || when == "week";
  };
  if (!IsYesWord(tok(t).text) && !how_often(t)) return false;
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
// first answers no, unless the writer takes it back just after it ("I said
// no. That wasn't true.", "..., which was a lie"). Saying one lied answers
// yes too ("She asked if I was suicidal and I lied.", "I lied when she asked
// ..."). Returns the token that answers: "yes", or the word of the lie
// ("lied", "lying", "lie", "untrue", "true" after "not"), or -1.
int Analysis::ReportedAnswerYes(const Hit& hit) const {
  // Within kTakenBackWindow tokens after a "no": "a lie", "lying", "not true",
  // "untrue", not themselves negated ("and that's not a lie", "no lie" keep the no).
  const auto negation = [&](int u) { return u >= 0 && (tok(u).text == "not" || tok(u).text == "no"); };
  const auto taken_back = [&](int no) {
    for (int t = no + 1; t < std::min(no + 1 + kTakenBackWindow, size()); ++t) {
      const std::string& w = tok(t).text;
      const bool negated_before = negation(t - 1) || negation(t - 2);
      if ((w == "lie" || w == "lied" || w == "lying" || w == "untrue") && !negated_before) return t;
      if (w == "true" && negation(t - 1)) return t;
    }
    return -1;
  };
  const auto yes_within = [&](int from, int to) {
    for (int t = from; t < std::min(to, size()); ++t) {
      const std::string& w = tok(t).text;
      if (IsPlainYes(w)) return t;
      if (IsNoWord(w)) return taken_back(t);
    }
    return -1;
  };
  // "i lied", "i have lied", "i was lying": the writer's own lie.
  const auto writer_lied = [&](int from, int to) {
    for (int t = std::max(from, 1); t < std::min(to, size()); ++t) {
      const std::string& w = tok(t).text;
      if (w != "lied" && w != "lying") continue;
      for (int back = t - 1; back >= std::max(from, t - 3); --back) {
        if (tok(back).text == "i") return t;
      }
    }
    return -1;
  };
  const Sentence& s = SentenceOf(hit.begin);
  if (const int lied = writer_lied(s.begin, s.end); lied >= 0) return lied;
  for (int t = hit.end; t < s.end; ++t) {
    if (IsAnswerVerb(tok(t).text)) return yes_within(t + 1, std::min(s.end, t + 5));
  }
  const Sentence* after = NextSentence(s);
  if (after == nullptr) return -1;
  const Sentence& n = *after;
  if (IsPlainYes(tok(n.begin).text)) return n.begin;
  if (const int lied = writer_lied(n.begin, std::min(n.end, n.begin + 4)); lied >= 0) return lied;
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
  // "I used to want to die. I still do.": a next sentence that says it goes on.
  if (past && GoesOnAfter(s)) {
    past = false;
    relapse = true;
  }
}

// True when the sentence after `s` says, within its first kTimeWindow tokens,
// that it still goes on: a relapse marker with "still" in it ("I still do.",
// "Still do, most nights.", "I'm 34 and it's still there every night"), not
// said of someone else ("My mum still does."). Other relapse markers there are
// about something else ("the first time in years I've felt the old pull").
bool Analysis::GoesOnAfter(const Sentence& s) const {
  const Sentence* after = NextSentence(s);
  if (after == nullptr) return false;
  const Sentence& n = *after;
  const int end = std::min(n.end, n.begin + kTimeWindow);
  for (int t = n.begin; t < end; ++t) {
    if (!Cue(CueSet::kRelapse, t)) continue;
    for (int u = t; u < std::min(end, t + 4); ++u) {
      if (tok(u).text != "still") continue;
      const Person who = u > n.begin ? ClassifySubject(u - 1, false) : Person::kUnknown;
      return who == Person::kUnknown || who == Person::kFirst;
    }
  }
  return false;
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
  const Sentence* after = NextSentence(s);
  if (after == nullptr) return;
  const Sentence& n = *after;
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

}  // namespace rapport::screening
