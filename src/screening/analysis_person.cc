// Whose words a match is, part of step 6 of the screening pipeline
// (analysis.cc lists the steps): the writer, "you", someone in the writer's
// life, people in general, or a quoted or named speaker; the subject a
// relative "who" stands for; whether the writer does what the match says.
#include <algorithm>
#include <iterator>

#include "screening/analysis.h"
#include "screening/analysis_words.h"

namespace rapport::screening {
namespace {

constexpr int kQuoteSpeakerWindow = 8;  // tokens before a quotation searched for "she said"

// Crude but enough for nouns for people: "kids", "clients", "people", "children".
bool IsPluralNoun(std::string_view t) {
  if (t == "people" || t == "children" || t == "men" || t == "women" || t == "folk" || t == "everyone" ||
      t == "everybody") {
    return true;
  }
  return t.size() > 3 && t.back() == 's' && t != "boss" && t != "miss" && t != "ms";
}

// Words that open a clause of its own: after a comma, "because my mum said ..."
// is a reason the writer gives, not "..., my mum said" attributing the words.
bool OpensClause(std::string_view t) {
  static constexpr std::string_view kWords[] = {"since", "cos",   "as",   "when",  "after", "before", "until",
                                                "till",  "if",    "though", "although", "but", "that",  "which",
                                                "who",   "how",   "what", "why",   "where", "once"};
  return IsCoordinator(t) || std::find(std::begin(kWords), std::end(kWords), t) != std::end(kWords);
}

// True for a verb of speech, said as what the writer is doing, whose object is
// the one spoken to: "..., telling everyone I'm fine" is not "..., said my mum".
bool NamesListener(std::string_view w) { return w == "telling" || w == "asking" || w == "texting" || w == "messaging"; }

}  // namespace

// "many" names people in "many of us feel this" and a quantity in "how many
// tablets", "took too many", "so many times": only the first is a subject. "so
// many of ..." stays people: the words after "of" say whose ("so many of my
// friends"), and reading them is left to the subject rules; "how many of my
// tablets" asks a number whatever follows. Decided here, not in
// the cue marks, because the learned models read those marks as they were
// trained on them.
bool Analysis::NamesPeople(int t) const {
  if (!Cue(CueSet::kGeneric, t)) return false;
  if (tok(t).text != "many" || t == SentenceOf(t).begin) return true;
  if (tok(t - 1).text == "how") return false;
  if (t + 1 < size() && tok(t + 1).text == "of") return true;
  static constexpr std::string_view kDegree[] = {"how", "too", "so", "as", "very", "that", "not"};
  const std::string& before = tok(t - 1).text;
  return std::find(std::begin(kDegree), std::end(kDegree), before) == std::end(kDegree);
}

// Someone in the writer's life (kThird) or people in general (kGeneric), for a
// he/she/they at token t: the nearest earlier noun decides.
Person Analysis::ResolveThird(int t) const {
  const int floor = SentenceOf(t).begin;
  const std::string& pronoun = tok(t).text;
  const bool singular = pronoun == "he" || pronoun == "him" || pronoun == "his" || pronoun == "himself" ||
                        pronoun == "she" || pronoun == "her" || pronoun == "hers" || pronoun == "herself";
  for (int u = t - 1; u >= floor; --u) {
    if (!NamesPeople(u) && !Cue(CueSet::kKin, u)) continue;
    if (singular && IsPluralNoun(tok(u).text)) continue;  // "he" is not "the kids"
    if (NamesPeople(u)) return Person::kGeneric;
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
  if (NamesPeople(t)) return Person::kGeneric;
  if (Cue(CueSet::kKin, t)) return KinOrGeneric(t);
  if (!IsSubjectPronoun(text)) return Person::kUnknown;
  if (Cue(CueSet::kFirst, t)) return third_singular ? Person::kUnknown : Person::kFirst;
  if (Cue(CueSet::kSecond, t)) return third_singular ? Person::kUnknown : Person::kSecond;
  if (Cue(CueSet::kThird, t)) return ResolveThird(t);
  return Person::kUnknown;
}

// The subject a token makes for a match after it: as ClassifySubject, and a
// relative "who" too. Whose quoted words these are is left to ClassifySubject.
Person Analysis::SubjectPerson(int t, bool third_singular) const {
  return tok(t).text == "who" ? RelativeSubject(t) : ClassifySubject(t, third_singular);
}

// The person a relative "who" stands for: the writer in "I'm someone who",
// "as a teenager who", "people like me who"; people in general in "anyone
// who", "a client who" (a noun for people a few words back, which also takes
// "I met someone who"); otherwise the person just named ("a young lad last
// month who'd self-harmed"). A "who" that names nobody ("I don't know who",
// a question) is not a subject.
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
    if (NamesPeople(u)) return Person::kGeneric;
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
    if (OwnersOnly(t)) continue;
    if (Cue(CueSet::kThird, t)) return ResolveThird(t);
    if (NamesPeople(t) && !AfterPreposition(t)) return Person::kGeneric;
    if (Cue(CueSet::kKin, t)) return KinOrGeneric(t);
  }
  // "am" opening a clause with its "I" left out ("if she goes, am no stickin
  // aroond") agrees with the writer only.
  if (!hit.literals.empty()) {
    const int first = hit.literals.front();
    const bool opens_clause = first == SentenceOf(first).begin || tok(first - 1).break_after;
    if (tok(first).text == "am" && opens_clause && (first + 1 >= size() || tok(first + 1).text != "i")) {
      return Person::kFirst;
    }
  }
  // Otherwise the nearest subject before it in the sentence; none means the
  // writer ("Relapsed last night.").
  const bool third_singular = !hit.literals.empty() && Cue(CueSet::kThirdSingular, hit.literals.front());
  const int subject = SubjectBefore(hit, third_singular);
  return subject < 0 ? Person::kImplied : SubjectPerson(subject, third_singular);
}

// A possessive that says whose occasion or thing it is, not who acts: "not
// going to be here for his graduation" is the writer's. "His life", "their
// own", "his wrists" still say whom the words are about. ("Her" is left to
// decide: it is as often the object, "told her goodbye".)
bool Analysis::OwnersOnly(int t) const {
  const std::string& w = tok(t).text;
  if ((w != "his" && w != "their") || t + 1 >= size() || tok(t).break_after) return false;
  static constexpr std::string_view kAboutThem[] = {"life", "lives", "own", "body", "bodies", "self",
                                                    "wrists", "wrist", "arms", "arm", "legs", "skin"};
  return std::find(std::begin(kAboutThem), std::end(kAboutThem), tok(t + 1).text) == std::end(kAboutThem);
}

// True when token t comes right after "to", "on", "for" or "with": people the
// words are said to or of, not who says them ("a burden to everyone").
bool Analysis::AfterPreposition(int t) const {
  if (t < 1) return false;
  const std::string& w = tok(t - 1).text;
  return w == "to" || w == "on" || w == "for" || w == "with";
}

int Analysis::SubjectBefore(const Hit& hit, bool third_singular) const {
  const int floor = SentenceOf(hit.begin).begin;
  for (int t = hit.begin - 1; t >= floor; --t) {
    if (SubjectPerson(t, third_singular) != Person::kUnknown) return t;
  }
  return -1;
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
    // A verb joined by "and" shares its clause's subject, however far back in
    // the clause ("My brother hasn't left his room in weeks and said '...'"),
    // which an owner ("his room") does not name.
    const bool joined = t > 0 && (tok(t - 1).text == "and" || tok(t - 1).text == "then");
    const int reach = joined ? SentenceOf(t).begin : std::max(0, t - 6);
    for (int u = t - 1; u >= reach; --u) {
      if (joined && u < t - 6 && tok(u).break_after) break;  // not past a comma
      if (joined && IsPossessive(tok(u).text)) continue;
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
      // A verb with a clause of its own after it is a new sentence, not a
      // tag: "hurting myself, my therapist thinks it's journalling".
      if (t + 2 < end && OpensComplement(t + 1)) return Person::kUnknown;
      if (t > hit.end) {
        const Person before = ClassifySubject(t - 1, true);
        if (before != Person::kUnknown) return before;
      }
      // After "telling" or "asking" comes who is told, not who spoke:
      // "self-harming daily, telling everyone I'm fine" is the writer's.
      if (NamesListener(tok(t).text)) return Person::kUnknown;
      if (t + 1 < end) return ClassifySubject(t + 1, true);
      return Person::kUnknown;
    }
    after_break = after_break || tok(t).break_after;
  }
  return Person::kUnknown;
}

// True when token t starts a clause of what someone says or thinks, rather
// than ending a tag: "it's journalling", "I'm fine" ("she said it twice" is
// still a tag). The caller makes sure a token follows t.
bool Analysis::OpensComplement(int t) const {
  const std::string& w = tok(t).text;
  if (w != "it" && w != "that" && w != "this" && !IsSubjectPronoun(w)) return false;
  static constexpr std::string_view kFinite[] = {"is", "am", "are", "was", "were", "will", "would", "has",
                                                 "have", "had", "can", "could", "should", "do", "does", "did"};
  return std::find(std::begin(kFinite), std::end(kFinite), tok(t + 1).text) != std::end(kFinite);
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
