// Tests for repairing slips of typing towards the rules' words (spelling.h)
// and reading letters hidden behind symbols, written in other forms or spelt
// out (tokenizer.h), on their own and through the built-in screener.
#include "screening/spelling.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "screening/rules.h"
#include "screening/screener.h"
#include "screening/tokenizer.h"
#include "typos.h"

namespace rapport::screening {
namespace {

TEST(ScreenSpellingTest, OneSlipIsOneLetterMissingAddedChangedOrSwapped) {
  EXPECT_TRUE(OneSlipApart("kil", "kill"));          // missing
  EXPECT_TRUE(OneSlipApart("kilkl", "kill"));        // added
  EXPECT_TRUE(OneSlipApart("suicidel", "suicidal"));  // changed
  EXPECT_TRUE(OneSlipApart("mysefl", "myself"));      // neighbours swapped
  EXPECT_TRUE(OneSlipApart("wnat", "want"));
  EXPECT_FALSE(OneSlipApart("kill", "kill"));  // the same word
  EXPECT_FALSE(OneSlipApart("abc", "bca"));    // two slips, though they share a deletion
  EXPECT_FALSE(OneSlipApart("tonite", "tonight"));
  EXPECT_FALSE(OneSlipApart("mysefl", "myslf"));
}

SpellingRepair Parse(std::string_view text) {
  Result<SpellingRepair> r = SpellingRepair::Parse(text, [](std::string_view) { return true; });
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? std::move(*r) : SpellingRepair();
}

TEST(ScreenSpellingTest, RepairsTowardsOneTargetAndLeavesRealWordsAlone) {
  const SpellingRepair s = Parse(
      "# a comment\n"
      "target kill myself want pills\n"
      "real kilt kiln skill\n"
      "keep pils\n");
  EXPECT_EQ(s.Repair("kil"), "kill");
  EXPECT_EQ(s.Repair("kiil"), "kill");
  EXPECT_EQ(s.Repair("mysefl"), "myself");
  EXPECT_EQ(s.Repair("wnat"), "want");
  EXPECT_EQ(s.Repair("kilt"), "");   // real
  EXPECT_EQ(s.Repair("skill"), "");  // real
  EXPECT_EQ(s.Repair("pils"), "");   // kept by hand
  EXPECT_EQ(s.Nearest("pils"), "pills");
  EXPECT_EQ(s.Repair("kill"), "");     // a target itself
  EXPECT_EQ(s.Repair("sunshine"), "");  // near nothing
  EXPECT_EQ(s.Repair("k1l"), "");      // not plain letters
  EXPECT_EQ(s.Repair("wan"), "want") << "a short word that lost a letter";
  EXPECT_EQ(s.Repair("kul"), "") << "a short word is only repaired for a missing letter";
}

TEST(ScreenSpellingTest, TheLikeliestSlipWinsAndATieRepairsNothing) {
  EXPECT_EQ(SlipCost("wnat", "want"), 1);      // swapped
  EXPECT_EQ(SlipCost("wnat", "what"), 2);      // n is next to h
  EXPECT_EQ(SlipCost("suicidel", "suicidal"), 2);  // a vowel for a vowel
  EXPECT_EQ(SlipCost("suicidel", "suicided"), 4);
  EXPECT_EQ(SlipCost("suicidel", "suicide"), 3);  // a letter too many, not next to its neighbours
  EXPECT_EQ(SlipCost("killl", "kill"), 1);     // a key pressed twice
  EXPECT_EQ(SlipCost("kilp", "kil"), 1);       // a neighbouring key caught with it
  EXPECT_EQ(SlipCost("kilx", "kil"), 3);
  EXPECT_EQ(SlipCost("kill", "kill"), 0);
  EXPECT_EQ(SlipCost("kl", "kill"), 0);
  const SpellingRepair s = Parse("target want what suicidal suicided suicide hurt hart\n");
  EXPECT_EQ(s.Repair("wnat"), "want");
  EXPECT_EQ(s.Repair("suicidel"), "suicidal");
  EXPECT_EQ(s.Repair("hxrt"), "") << "x is next to neither u nor a: a tie";
  EXPECT_EQ(s.Repair("hurtt"), "hurt");
}

TEST(ScreenSpellingTest, OnlyTargetsTheRulesUseAreKept) {
  Result<SpellingRepair> s = SpellingRepair::Parse("target kill myself\n", [](std::string_view w) {
    return w == "kill";
  });
  ASSERT_TRUE(s);
  EXPECT_EQ(s->Repair("kil"), "kill");
  EXPECT_EQ(s->Repair("mysef"), "");
}

TEST(ScreenSpellingTest, BadLinesAreRefusedWithTheirNumber) {
  auto error = [](std::string_view text) {
    Result<SpellingRepair> r = SpellingRepair::Parse(text, [](std::string_view) { return true; });
    return r ? std::string() : r.error().message;
  };
  EXPECT_EQ(error("target kill\nmaybe kil\n"),
            "spelling line 2: unknown line 'maybe' (expected target, real, keep or other)");
  EXPECT_EQ(error("real Kilt\n"), "spelling line 1: 'Kilt' is not a lower-case word of letters a-z");
  EXPECT_EQ(error("target die\n"), "spelling line 1: target 'die' is shorter than 4 letters");
}

// The words the tokenizer makes of `text`, with the vocabulary of a small
// rules file and the built-in spelling file.
std::vector<std::string> RuleWords(std::string_view text) {
  static const auto rules = CompileRules(std::string_view(
      "version t\nrule T crisis intent 1.0 : kill myself\nrule U concern passive 1.0 : want to die\n"
      "rule S crisis intent 1.0 : (suicide|bell|ball)\n"));
  std::vector<std::string> out;
  if (!rules) {
    ADD_FAILURE() << rules.error().message;
    return out;
  }
  for (const Token& t : Tokenize(text, (*rules)->vocab).tokens) out.push_back(t.text);
  return out;
}

TEST(ScreenSpellingTest, TheTokenizerRepairsSlipsButNotNames) {
  using W = std::vector<std::string>;
  EXPECT_EQ(RuleWords("i want to kil myslef"), (W{"i", "want", "to", "kill", "myself"}));
  EXPECT_EQ(RuleWords("Kil myself"), (W{"kill", "myself"})) << "the first word of a sentence may be capitalised";
  EXPECT_EQ(RuleWords("I met Kil today"), (W{"i", "met", "kil", "today"})) << "likely a name";
  EXPECT_EQ(RuleWords("KIL MYSELF"), (W{"kill", "myself"}));
  EXPECT_EQ(RuleWords("a kilt and a kiln"), (W{"a", "kilt", "and", "a", "kiln"}));
}

TEST(ScreenSpellingTest, TheTokenizerReadsLettersHiddenBehindSymbols) {
  using W = std::vector<std::string>;
  EXPECT_EQ(RuleWords("i want to k*ll myself"), (W{"i", "want", "to", "kill", "myself"}));
  EXPECT_EQ(RuleWords("k!ll mys3lf"), (W{"kill", "myself"}));
  EXPECT_EQ(RuleWords("su!c!de"), (W{"suicide"}));
  EXPECT_EQ(RuleWords("s*icide"), (W{"suicide"}));
  EXPECT_EQ(RuleWords("d!e"), (W{"die"}));
  // When no word of the rules fits, or several do, the symbol separates as before.
  EXPECT_EQ(RuleWords("b*ll"), (W{"b", "ll"})) << "bell or ball";
  EXPECT_EQ(RuleWords("fu** this"), (W{"fu", "this"}));
  EXPECT_EQ(RuleWords("anna@site"), (W{"anna", "site"}));
  EXPECT_EQ(RuleWords("AWESOME!!!She"), (W{"awesome", "she"}));
  EXPECT_EQ(RuleWords("s**c**e"), (W{"s", "c", "e"})) << "too much hidden";
}

TEST(ScreenSpellingTest, LettersInOtherFormsAndSpeltOutAreReadAsTheWord) {
  using W = std::vector<std::string>;
  EXPECT_EQ(RuleWords("ｉ ｗａｎｔ ｔｏ ｋｉｌｌ ｍｙｓｅｌｆ"), (W{"i", "want", "to", "kill", "myself"}));
  EXPECT_EQ(RuleWords("𝓴𝓲𝓵𝓵 𝓶𝔂𝓼𝓮𝓵𝓯"), (W{"kill", "myself"}));    // script, from a "fancy text" generator
  EXPECT_EQ(RuleWords("𝐤𝐢𝐥𝐥 𝗆𝗒𝗌𝖾𝗅𝖿"), (W{"kill", "myself"}));    // bold, sans-serif
  EXPECT_EQ(RuleWords("ⓚⓘⓛⓛ 𝕞𝕪𝕤𝕖𝕝𝕗"), (W{"kill", "myself"}));    // circled, double-struck
  EXPECT_EQ(RuleWords("𝓌𝒶𝓃𝓉 ℯ"), (W{"want", "e"}));               // a letter the styles borrow
  EXPECT_EQ(RuleWords("i want to k i l l myself"), (W{"i", "want", "to", "kill", "myself"}));
  // Single letters that make no word of the rules, or are not one space apart, stay apart.
  EXPECT_EQ(RuleWords("options a b c"), (W{"options", "a", "b", "c"}));
  EXPECT_EQ(RuleWords("k i, l l"), (W{"k", "i", "l", "l"}));
  EXPECT_EQ(RuleWords("k  i  l  l"), (W{"k", "i", "l", "l"}));
}

TEST(ScreenSpellingTest, WithoutASpellingFileNothingIsRepaired) {
  const auto rules = CompileRules("version t\nrule T crisis intent 1.0 : kill myself\n", std::string_view());
  ASSERT_TRUE(rules);
  const TokenizedText t = Tokenize("kil myself", (*rules)->vocab);
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(t.tokens[0].text, "kil");
}

RiskLevel Level(std::string_view text) { return Screener::Default().Screen(text).level; }

TEST(ScreenSpellingTest, TheScreenerReadsWritersWhoTypeFast) {
  EXPECT_EQ(Level("i want to kil myself"), RiskLevel::kCrisis);
  EXPECT_EQ(Level("im going to kill mysefl tonight"), RiskLevel::kCrisis);
  EXPECT_NE(Level("I have been feeling suicidel for weeks"), RiskLevel::kNone);
  EXPECT_NE(Level("i wnat to die"), RiskLevel::kNone);
  EXPECT_EQ(Level("i want to k*ll myself tonight"), RiskLevel::kCrisis);
  EXPECT_NE(Level("thinking about s*icide again"), RiskLevel::kNone);
  EXPECT_EQ(Level("i want to k i l l myself tonight"), RiskLevel::kCrisis);
  const Screening fancy = Screener::Default().Screen("𝓲 𝔀𝓪𝓷𝓽 𝓽𝓸 𝓴𝓲𝓵𝓵 𝓶𝔂𝓼𝓮𝓵𝓯");
  EXPECT_EQ(fancy.level, RiskLevel::kCrisis);
  ASSERT_FALSE(fancy.matches.empty());
  EXPECT_EQ(fancy.matches.front().excerpt, "𝓴𝓲𝓵𝓵 𝓶𝔂𝓼𝓮𝓵𝓯") << "staff see what the writer wrote";
  // Real words near risk words, and names, stay what they are.
  EXPECT_EQ(Level("I wore a kilt to the wedding and the kiln at pottery class cracked my pot."), RiskLevel::kNone);
  EXPECT_EQ(Level("Thank you for this, it helped me so much."), RiskLevel::kNone);
}

TEST(ScreenSpellingTest, SlipsForMeasurementAreDeterministicAndSpareShortWordsAndFirstLetters) {
  const std::string text = "I want to kill myself tonight, it is over.";
  EXPECT_EQ(tools::AddSlips(text, 0, 7), text);
  const std::string slipped = tools::AddSlips(text, 1, 7);
  EXPECT_EQ(slipped, tools::AddSlips(text, 1, 7));
  EXPECT_NE(slipped, text);
  EXPECT_EQ(slipped.rfind("I ", 0), 0u);
  EXPECT_NE(slipped.find(" to "), std::string::npos);  // short words untouched
  EXPECT_NE(slipped.find(" it is "), std::string::npos);
  for (const char* word : {" w", " k", " m", " t", " o"}) EXPECT_NE(slipped.find(word), std::string::npos) << word;
}

}  // namespace
}  // namespace rapport::screening
