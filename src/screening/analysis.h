// The rule engine's analysis of one comment, internal to the screening module
// (screener.cc drives it; the steps are described at the top of analysis.cc).
// An Analysis borrows a per-thread Workspace so that screening does not
// allocate afresh for every comment.
//
// Thread safety: an Analysis and its Workspace belong to one thread.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "screening/learned.h"
#include "screening/rules.h"
#include "screening/screener.h"
#include "screening/tokenizer.h"

namespace rapport::screening {

// The source text between two byte offsets, cut short (with "...") for display.
std::string Excerpt(std::string_view source, std::size_t begin, std::size_t end);

enum class Person { kImplied, kFirst, kSecond, kThird, kGeneric, kUnknown };

// One pattern match before modifiers.
struct Hit {
  int rule = 0;
  int begin = 0;  // token indices [begin, end)
  int end = 0;
  std::vector<int> literals;
};

// A hit after modifiers.
struct Scored {
  Hit hit;
  int sentence = 0;
  RiskLevel level = RiskLevel::kNone;
  Person person = Person::kImplied;
  std::vector<std::string> modifiers;
  std::string cleared;  // reason, or empty while it stands
  bool third_party = false;
};

// Per-token and per-sentence scratch space, kept per thread between comments
// so that screening does not allocate (and fault in) fresh megabytes each time.
struct Workspace {
  TokenizedText doc;
  std::vector<int> clause_begin;
  std::vector<int> clause_end;
  std::vector<char> masked;
  std::array<std::vector<char>, static_cast<std::size_t>(CueSet::kCount)> cue;
  std::vector<char> sentence_humour;
  std::vector<char> sentence_fiction;
  std::vector<char> sentence_protective;
  std::vector<char> sentence_discussion;
  std::vector<char> sentence_bereavement;
  std::vector<char> sentence_clarify;
  std::vector<char> risk_literal;
  std::vector<int> present;
  std::vector<int> checked;
  std::vector<char> required_ok;
  LearnedScratch learned;  // the learned part's, see learned.h
};

// Everything known about one comment while it is screened.
class Analysis {
 public:
  Analysis(const Screener::Rules& rules, std::string_view text, Workspace& ws)
      : rules_(rules),
        source_(text),
        doc_(ws.doc),
        clause_begin_(ws.clause_begin),
        clause_end_(ws.clause_end),
        masked_(ws.masked),
        cue_(ws.cue),
        sentence_humour_(ws.sentence_humour),
        sentence_fiction_(ws.sentence_fiction),
        sentence_protective_(ws.sentence_protective),
        sentence_discussion_(ws.sentence_discussion),
        sentence_bereavement_(ws.sentence_bereavement),
        sentence_clarify_(ws.sentence_clarify),
        risk_literal_(ws.risk_literal),
        present_(ws.present),
        checked_(ws.checked),
        required_ok_(ws.required_ok),
        ws_(ws) {
    Tokenize(text, rules.vocab, doc_);
  }

  Screening Run();

  // After Run(): raises `out` with the learned model where it scores higher,
  // adding a LEARNED match that explains the decision.
  void ApplyLearned(const LearnedModel& model, const std::array<double, kHeads>& threshold, Screening& out);

  // After Run(): whether a match of an "always" or "noveto" rule stands (the
  // learned model's veto never sets those aside).
  bool VetoProofMatchStands() const;

  // After Run(): the features of each sentence, by name (training).
  std::vector<std::vector<std::string>> SentenceFeatureNames(const Lexicon& lexicon);

 private:
  const std::vector<Token>& tokens() const { return doc_.tokens; }
  int size() const { return static_cast<int>(doc_.tokens.size()); }
  const Token& tok(int t) const { return doc_.tokens[static_cast<std::size_t>(t)]; }
  bool Cue(CueSet set, int t) const { return cue_[static_cast<std::size_t>(set)][static_cast<std::size_t>(t)] != 0; }
  const Sentence& SentenceOf(int t) const { return doc_.sentences[static_cast<std::size_t>(tok(t).sentence)]; }
  // The sentence after `s`, or null when `s` is the last.
  const Sentence* NextSentence(const Sentence& s) const {
    const auto next = static_cast<std::size_t>(tok(s.begin).sentence) + 1;
    return next < doc_.sentences.size() ? &doc_.sentences[next] : nullptr;
  }

  void Segment();
  void Mask();
  void MarkCues();
  void FindHits();
  void DropSubsumed();
  Scored Score(const Hit& hit) const;
  void ResolveContext(std::vector<Scored>& scored) const;
  Screening Emit(std::vector<Scored>& scored) const;
  LearnedInput MakeLearnedInput() const;

  Person PersonOf(const Hit& hit) const;
  Person ClassifySubject(int t, bool third_singular) const;
  int SubjectBefore(const Hit& hit, bool third_singular) const;  // nearest subject token in its sentence, or -1
  Person ResolveThird(int t) const;
  Person SubjectPerson(int t, bool third_singular) const;  // ClassifySubject, and a relative "who"
  Person RelativeSubject(int t) const;
  Person KinOrGeneric(int t) const;
  bool NamesPeople(int t) const;  // a word for people in general, not a quantity ("how many")
  void NearestTime(const Hit& hit, bool& relapse, bool& past, bool& current) const;
  void PointedBackTime(const Sentence& s, bool& relapse, bool& past, bool& current) const;
  bool GoesOnAfter(const Sentence& s) const;
  bool UsedTo(int t) const;  // token t is part of "used to"
  // A relapse marker after the match, within kTimeWindow tokens of its
  // sentence: a milestone then broken ("a year without ... and I broke it").
  bool RelapseAfter(const Hit& hit) const;
  bool AnsweredYes(const Hit& hit) const;
  int ReportedAnswerYes(const Hit& hit) const;
  bool AnswerTime(int yes, bool& relapse, bool& past, bool& current) const;
  void TimeGivenFrom(int from, int end, bool& relapse, bool& past, bool& current) const;
  Person OwnWordsSpeaker(int t) const;
  bool OwnersOnly(int t) const;
  bool AfterPreposition(int t) const;
  Person QuoteSpeaker(int quote) const;
  Person TrailingSpeaker(const Hit& hit) const;
  bool OpensComplement(int t) const;
  bool Negated(const Hit& hit) const;
  bool ConditionClosesBefore(int t, int end) const;
  bool NewCoordinatedSubject(int t) const;
  bool InCondition(int t, int clause_begin) const;
  // Whether any token of the sentence of token t is in the cue set.
  bool SentenceHasCue(CueSet set, int t) const;
  // A "story" that is a social-media post ("on his story"), not fiction.
  bool SocialStory(int t) const;
  bool LooksLikeTitle(const Hit& hit) const;
  bool Hypothetical(const Hit& hit) const;
  bool WriterNamed(const Hit& hit) const;
  bool SaidOfWe(const Hit& hit) const;
  bool WriterDoes(const Hit& hit) const;

  template <typename PatternAt, typename OnMatch>
  void RunPatterns(const PatternIndex& index, PatternAt pattern_at, bool sentence_scope, OnMatch on_match) const;

  const Screener::Rules& rules_;
  std::string_view source_;
  TokenizedText& doc_;
  std::vector<int>& clause_begin_;
  std::vector<int>& clause_end_;
  std::vector<char>& masked_;
  std::array<std::vector<char>, static_cast<std::size_t>(CueSet::kCount)>& cue_;
  std::vector<char>& sentence_humour_;
  std::vector<char>& sentence_fiction_;
  std::vector<char>& sentence_protective_;
  std::vector<char>& sentence_discussion_;  // professional talk in the sentence
  std::vector<char>& sentence_bereavement_;
  std::vector<char>& sentence_clarify_;  // the sentence says what the one before meant
  std::vector<char>& risk_literal_;  // token is a word of some risk match
  std::vector<int>& present_;        // RunPatterns: words present in the current scope
  std::vector<int>& checked_;        // RunPatterns: scope in which a pattern's required words were checked
  std::vector<char>& required_ok_;   // ... and whether one was present
  Workspace& ws_;
  mutable int scope_mark_ = 0;
  bool discussion_ = false;
  bool self_revealed_ = false;  // "the friend is me": see Score
  std::vector<Hit> hits_;
  std::vector<Scored> scored_;
};

}  // namespace rapport::screening
