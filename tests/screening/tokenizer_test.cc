// Tests for the screener's normalisation, tokenisation and pattern language.
#include "screening/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "screening/pattern.h"

namespace rapport::screening {
namespace {

std::vector<std::string> Words(const TokenizedText& t) {
  std::vector<std::string> out;
  for (const Token& k : t.tokens) out.push_back(k.text);
  return out;
}

std::vector<std::string> Words(std::string_view text) {
  const Vocabulary vocab;
  return Words(Tokenize(text, vocab));
}

using W = std::vector<std::string>;

TEST(ScreenTokenizerTest, LowerCasesAndSplitsOnPunctuationAndHyphens) {
  EXPECT_EQ(Words("Self-harm, again!"), (W{"self", "harm", "again"}));
  EXPECT_EQ(Words("cutting-edge"), (W{"cutting", "edge"}));
  EXPECT_EQ(Words("FIANCÉ"), (W{"fiance"}));
}

TEST(ScreenTokenizerTest, MarksTheWordAnExclamationMarkFollows) {
  const Vocabulary vocab;
  const TokenizedText t = Tokenize("Picked a date!! Then cake. Really?!", vocab);
  ASSERT_EQ(t.tokens.size(), 6U);
  EXPECT_TRUE(t.tokens[2].exclaim_after);  // "date"
  EXPECT_FALSE(t.tokens[4].exclaim_after);  // "cake", a full stop
  EXPECT_TRUE(t.tokens[5].exclaim_after);   // "really", "?!"
  EXPECT_FALSE(t.tokens[0].exclaim_after);
}

TEST(ScreenTokenizerTest, APauseBeforeOfAtWithOrFromGoesOnWithTheSentence) {
  const Vocabulary vocab;
  EXPECT_EQ(Tokenize("waiting to die... of boredom", vocab).sentences.size(), 1U);
  EXPECT_EQ(Tokenize("not here\u2026 at this job", vocab).sentences.size(), 1U);
  EXPECT_EQ(Tokenize("waiting to die... Of course not", vocab).sentences.size(), 2U);
  EXPECT_EQ(Tokenize("waiting to die... often", vocab).sentences.size(), 2U);
  EXPECT_EQ(Tokenize("waiting to die. of boredom", vocab).sentences.size(), 2U);
}

TEST(ScreenTokenizerTest, FoldsTheAccentsOfCentralEuropeanAndTurkishLettersToo) {
  // Latin Extended-A and Romanian's comma-below letters, as they are often
  // typed without them.
  EXPECT_EQ(Words("Łódź ŻÓŁĆ"), (W{"lodz", "zolc"}));
  EXPECT_EQ(Words("myśli samobójcze"), (W{"mysli", "samobojcze"}));
  EXPECT_EQ(Words("canıma kıyacağım"), (W{"canima", "kiyacagim"}));
  EXPECT_EQ(Words("să mă sinucid, ţară, ȚARĂ"), (W{"sa", "ma", "sinucid", "tara", "tara"}));
  EXPECT_EQ(Words("Œuvre"), (W{"oeuvre"}));
}

TEST(ScreenTokenizerTest, ExpandsContractionsWithOrWithoutApostrophes) {
  EXPECT_EQ(Words("I don't"), (W{"i", "do", "not"}));
  EXPECT_EQ(Words("I dont"), (W{"i", "do", "not"}));
  EXPECT_EQ(Words("I’m"), (W{"i", "am"}));
  EXPECT_EQ(Words("im"), (W{"i", "am"}));
  EXPECT_EQ(Words("can't cant cannot"), (W{"can", "not", "can", "not", "can", "not"}));
  EXPECT_EQ(Words("won't wont"), (W{"will", "not", "will", "not"}));
  EXPECT_EQ(Words("ive idk"), (W{"i", "have", "i", "do", "not", "know"}));
  EXPECT_EQ(Words("gonna wanna"), (W{"going", "to", "want", "to"}));
  EXPECT_EQ(Words("alot abit"), (W{"a", "lot", "a", "bit"}));
  EXPECT_EQ(Words("she's mum's"), (W{"she", "is", "mum"}));
}

TEST(ScreenTokenizerTest, ReadsIllAndIdOnlyWhereTheyMeanIWillAndIWould) {
  EXPECT_EQ(Words("ill kms"), (W{"i", "will", "kms"}));
  EXPECT_EQ(Words("feeling ill today"), (W{"feeling", "ill", "today"}));
  EXPECT_EQ(Words("id rather not"), (W{"i", "would", "rather", "not"}));
  EXPECT_EQ(Words("my id card"), (W{"my", "id", "card"}));
}

TEST(ScreenTokenizerTest, ReadsOtherEnglishesAsStandardEnglish) {
  // Scots.
  EXPECT_EQ(Words("naebody wid miss me"), (W{"nobody", "would", "miss", "me"}));
  EXPECT_EQ(Words("ah cannae dae this"), (W{"i", "can", "not", "do", "this"}));
  EXPECT_EQ(Words("ah'm done wi it"), (W{"i", "am", "done", "with", "it"}));
  EXPECT_EQ(Words("ma heid"), (W{"my", "head"}));
  // Jamaican Patois: "mi" is "i" before a verb, "my" before what is one's own.
  EXPECT_EQ(Words("mi waan dead"), (W{"i", "want", "to", "be", "dead"}));
  EXPECT_EQ(Words("mi cyaan tek it"), (W{"i", "can", "not", "take", "it"}));
  EXPECT_EQ(Words("end mi life"), (W{"end", "my", "life"}));
  EXPECT_EQ(Words("mi use fi cut"), (W{"i", "use", "to", "cut"}));
  // Nigerian Pidgin and chat English.
  EXPECT_EQ(Words("abeg I wan die"), (W{"please", "i", "want", "to", "die"}));
  EXPECT_EQ(Words("ion know"), (W{"i", "do", "not", "know"}));
}

TEST(ScreenTokenizerTest, LeavesTheSameWordsAloneWhereTheyAreEnglishOrAnotherLanguage) {
  EXPECT_EQ(Words("the wi fi died"), (W{"the", "wi", "fi", "died"}));
  EXPECT_EQ(Words("a sodium ion"), (W{"a", "sodium", "ion"}));
  EXPECT_EQ(Words("wan smile"), (W{"wan", "smile"}));
  EXPECT_EQ(Words("ah well"), (W{"ah", "well"}));
  EXPECT_EQ(Words("acabar con mi vida"), (W{"acabar", "con", "mi", "vida"}));
  EXPECT_EQ(Words("mettre fin a ma vie"), (W{"mettre", "fin", "a", "ma", "vie"}));
  EXPECT_EQ(Words("my ma said"), (W{"my", "ma", "said"}));
}

TEST(ScreenTokenizerTest, SqueezesLetterRunsTowardsKnownWords) {
  Vocabulary vocab;
  vocab.Intern("kill");
  vocab.Intern("so");
  EXPECT_EQ(Words(Tokenize("kiiiiilll soooo helloooo", vocab)), (W{"kill", "so", "helloo"}));
  EXPECT_EQ(Words(Tokenize("k1ll 2024", vocab)), (W{"kill", "2024"}));
}

TEST(ScreenTokenizerTest, RestoresADroppedGWhereTheRulesKnowTheWord) {
  Vocabulary vocab;
  vocab.Intern("burning");
  vocab.Intern("nothing");
  vocab.Intern("thing");
  vocab.Intern("going");
  EXPECT_EQ(Words(Tokenize("burnin meself, nothin helps", vocab)), (W{"burning", "meself", "nothing", "helps"}));
  // Words that end in "in" of their own stay, and so do short ones.
  EXPECT_EQ(Words(Tokenize("my cousin within a thin week", vocab)), (W{"my", "cousin", "within", "a", "thin", "week"}));
  EXPECT_EQ(Words(Tokenize("goin out", vocab)), (W{"going", "out"}));
}

TEST(ScreenTokenizerTest, KeepsEmojiAsTokens) {
  const Vocabulary vocab;
  const TokenizedText t = Tokenize("ok 💊👍🏽 fine", vocab);
  EXPECT_EQ(Words(t), (W{"ok", "💊", "👍", "fine"}));
  EXPECT_TRUE(t.tokens[1].emoji);
}

TEST(ScreenTokenizerTest, OffsetsPointIntoTheOriginalText) {
  const std::string text = "<p>Héllo &amp; don’t</p>";
  const Vocabulary vocab;
  const TokenizedText t = Tokenize(text, vocab);
  ASSERT_EQ(Words(t), (W{"hello", "do", "not"}));
  EXPECT_EQ(text.substr(t.tokens[0].begin, t.tokens[0].end - t.tokens[0].begin), "Héllo");
  EXPECT_EQ(text.substr(t.tokens[1].begin, t.tokens[1].end - t.tokens[1].begin), "don’t");
  EXPECT_EQ(t.tokens[2].begin, t.tokens[1].begin);  // expanded from one word
}

TEST(ScreenTokenizerTest, SplitsSentencesAndClauses) {
  const Vocabulary vocab;
  const TokenizedText t = Tokenize("One two. Three: four — five; six\nseven e.g. eight 2.5 nine", vocab);
  ASSERT_EQ(t.tokens.size(), 13u);
  const auto sentence = [&](int i) { return t.tokens[static_cast<std::size_t>(i)].sentence; };
  const auto clause = [&](int i) { return t.tokens[static_cast<std::size_t>(i)].clause; };
  EXPECT_EQ(sentence(0), sentence(1));
  EXPECT_NE(sentence(1), sentence(2));  // "."
  EXPECT_EQ(sentence(2), sentence(4));  // ":" and "—" end clauses, not sentences
  EXPECT_NE(clause(2), clause(3));
  EXPECT_NE(clause(3), clause(4));
  EXPECT_NE(sentence(4), sentence(5));   // ";"
  EXPECT_NE(sentence(5), sentence(6));   // newline
  EXPECT_EQ(sentence(6), sentence(12));  // "e.g." and "2.5" do not end sentences

  // "No. 5" is a number; "no." before anything else ends an answer.
  const TokenizedText numbers = Tokenize("See post No. 5 today. No. I am not.", vocab);
  ASSERT_EQ(numbers.tokens.size(), 9u);
  EXPECT_EQ(numbers.tokens[2].sentence, numbers.tokens[4].sentence);
  EXPECT_NE(numbers.tokens[5].sentence, numbers.tokens[6].sentence);
}

TEST(ScreenTokenizerTest, MarksQuotationsButNotScareQuotesOrApostrophes) {
  const Vocabulary vocab;
  const TokenizedText t = Tokenize("She said \"we can't go on\" and I'm \"fine\", it's 'all good here' now", vocab);
  ASSERT_EQ(Words(t), (W{"she", "said", "we", "can", "not", "go", "on", "and", "i", "am", "fine", "it", "is", "all",
                         "good", "here", "now"}));
  ASSERT_EQ(t.quotes.size(), 2u);
  std::vector<int> quote;
  for (const Token& k : t.tokens) quote.push_back(k.quote);
  EXPECT_EQ(quote, (std::vector<int>{-1, -1, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1, 1, 1, 1, -1}));
}

TEST(ScreenTokenizerTest, MarksQuotedLinesAndBlockquotes) {
  const Vocabulary vocab;
  const TokenizedText t = Tokenize("> quoted line\nmine\n<blockquote>theirs</blockquote> after", vocab);
  ASSERT_EQ(Words(t), (W{"quoted", "line", "mine", "theirs", "after"}));
  EXPECT_TRUE(t.tokens[0].blockquote);
  EXPECT_TRUE(t.tokens[1].blockquote);
  EXPECT_FALSE(t.tokens[2].blockquote);
  EXPECT_TRUE(t.tokens[3].blockquote);
  EXPECT_FALSE(t.tokens[4].blockquote);
}

TEST(ScreenTokenizerTest, SurvivesMalformedUtf8AndEmptyInput) {
  const Vocabulary vocab;
  EXPECT_TRUE(Tokenize("", vocab).tokens.empty());
  EXPECT_EQ(Words(Tokenize("a\xff\xfe b\xc3", vocab)), (W{"a", "b"}));
}

TEST(ScreenPatternTest, InflectionsCoverRegularForms) {
  const std::vector<std::string> cut = Inflections("cut");
  for (const char* form : {"cut", "cuts", "cutting"}) {
    EXPECT_NE(std::find(cut.begin(), cut.end(), form), cut.end()) << form;
  }
  const std::vector<std::string> die = Inflections("die");
  EXPECT_NE(std::find(die.begin(), die.end(), "dying"), die.end());
  const std::vector<std::string> try_ = Inflections("try");
  EXPECT_NE(std::find(try_.begin(), try_.end(), "tried"), try_.end());
}

TEST(ScreenPatternTest, MatchesWholeTokensWithGapsOptionsAndAnchors) {
  Vocabulary vocab;
  Pattern::Macros macros = {{"FP", "(i|me)"}};
  Result<Pattern> p = Pattern::Compile("{FP} [really] want~ to *2 die $", macros, vocab);
  ASSERT_TRUE(p.ok()) << p.error().message;
  const auto match = [&](std::string_view text) {
    const TokenizedText t = Tokenize(text, vocab);
    const MatchInput in{&t.tokens, nullptr};
    PatternMatch m;
    const int n = static_cast<int>(t.tokens.size());
    for (int s = 0; s < n; ++s) {
      if (p->MatchAt(in, s, 0, n, false, m)) return true;
    }
    return false;
  };
  EXPECT_TRUE(match("I want to die"));
  EXPECT_TRUE(match("i really wanted to just die, honestly"));
  EXPECT_FALSE(match("I want to die of boredom"));    // $ needs the clause to end
  EXPECT_FALSE(match("I want to see and then die"));  // gap of three
  EXPECT_FALSE(match("Iwant to die"));
  EXPECT_EQ(p->first_ids().size(), 2u);
  EXPECT_FALSE(p->starts_anywhere());
}

TEST(ScreenPatternTest, TrailingContextMustFollowButIsNotPartOfTheMatch) {
  Vocabulary vocab;
  const Pattern::Macros macros;
  Result<Pattern> p = Pattern::Compile("want to live > (anymore|$)", macros, vocab);
  ASSERT_TRUE(p.ok()) << p.error().message;
  const auto end_of_match = [&](std::string_view text) {
    const TokenizedText t = Tokenize(text, vocab);
    const MatchInput in{&t.tokens, nullptr};
    PatternMatch m;
    const int n = static_cast<int>(t.tokens.size());
    return p->MatchAt(in, 0, 0, n, false, m) ? m.end : -1;
  };
  EXPECT_EQ(end_of_match("want to live anymore"), 3);
  EXPECT_EQ(end_of_match("want to live"), 3);
  EXPECT_EQ(end_of_match("want to live in Leeds"), -1);
}

TEST(ScreenPatternTest, KnowsWhichWordsEveryMatchNeeds) {
  Vocabulary vocab;
  const Pattern::Macros macros;
  Result<Pattern> p = Pattern::Compile("i [really] (want|need) to (die|disappear)", macros, vocab);
  ASSERT_TRUE(p.ok());
  // The rarest required set is chosen: {die, disappear} rather than {i} or {to}.
  ASSERT_EQ(p->required_ids().size(), 2u);
  EXPECT_TRUE(std::find(p->required_ids().begin(), p->required_ids().end(), vocab.Find("die")) !=
              p->required_ids().end());
}

TEST(ScreenPatternTest, ReportsSyntaxErrors) {
  Vocabulary vocab;
  const Pattern::Macros macros;
  for (const char* bad : {"(a|b", "a]", "{X}", "*0 a", "a?", "[a]", "#foo", "a~~", "(a > b)", "a > b > c"}) {
    EXPECT_FALSE(Pattern::Compile(bad, macros, vocab).ok()) << bad;
  }
}

}  // namespace
}  // namespace rapport::screening
