// Tests for the rules' other languages (the end of rules.txt): the most
// direct first-person words a reader of an English column may write in the
// language they grew up in, with their negations and idioms left alone.
#include <gtest/gtest.h>

#include <string>

#include "screening/embedded_rules.h"
#include "screening/rules.h"
#include "screening/screener.h"
#include "screening/tokenizer.h"

namespace rapport::screening {
namespace {

RiskLevel Level(std::string_view text) { return Screener::Default().Screen(text).level; }

TEST(ScreenLanguagesTest, TheMostDirectWordsAreHeardInOtherLanguages) {
  EXPECT_EQ(Level("Me voy a matar esta noche."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("je vais me suicider ce soir"), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ich bring mich um."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("vou me matar"), RiskLevel::kCrisis);
  EXPECT_EQ(Level("voglio uccidermi"), RiskLevel::kCrisis);
  EXPECT_EQ(Level("ik ga zelfmoord plegen"), RiskLevel::kCrisis);
  EXPECT_EQ(Level("main khud ko khatam kar lungi"), RiskLevel::kCrisis);
  EXPECT_EQ(Level("magpapakamatay na ako"), RiskLevel::kCrisis);
  EXPECT_EQ(Level("aku mau bunuh diri"), RiskLevel::kCrisis);
  // A wish to die is concern, as in English ("I want to die").
  EXPECT_EQ(Level("quiero morirme, ya no aguanto"), RiskLevel::kConcern);
  EXPECT_EQ(Level("Ich möchte sterben."), RiskLevel::kConcern);
  EXPECT_EQ(Level("não quero mais viver"), RiskLevel::kConcern);
  EXPECT_EQ(Level("gusto ko nang mamatay"), RiskLevel::kConcern);
}

TEST(ScreenLanguagesTest, TheModelNeverSetsAsideWordsItCannotRead) {
  // A model sure that everything is harmless, with a veto: an English rule's
  // match is set aside, one in another language is not.
  const std::string sure = "format 1\nversion sure\nthreshold crisis 0.5\nthreshold risk 0.5\nveto 0.5\n"
                           "bias crisis -20\nbias risk -20\n";
  Result<Screener> s =
      Screener::FromRules(FindEmbedded(embedded::ScreeningRules(), "rules.txt")->data, sure);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->Screen("cut again tonight, my own fringe").level, RiskLevel::kNone);
  EXPECT_EQ(s->Screen("Me voy a matar esta noche.").level, RiskLevel::kCrisis);
  EXPECT_EQ(s->Screen("Ich möchte sterben.").level, RiskLevel::kConcern);
  // Its idioms are still masked.
  EXPECT_EQ(s->Screen("quiero morir de risa con tu post").level, RiskLevel::kNone);
}

TEST(ScreenLanguagesTest, NegationsAndIdiomsAreLeftAlone) {
  EXPECT_EQ(Level("No me voy a matar, tranquila."), RiskLevel::kNone);
  EXPECT_EQ(Level("no quiero morir, quiero vivir"), RiskLevel::kNone);
  EXPECT_EQ(Level("non voglio morire"), RiskLevel::kNone);
  EXPECT_EQ(Level("não quero morrer"), RiskLevel::kNone);
  EXPECT_EQ(Level("ich will nicht sterben"), RiskLevel::kNone);
  EXPECT_EQ(Level("hindi ako magpapakamatay"), RiskLevel::kNone);
  EXPECT_EQ(Level("aku tidak mau bunuh diri"), RiskLevel::kNone);
  EXPECT_EQ(Level("me quiero morir de risa con tu comentario"), RiskLevel::kNone);
  EXPECT_EQ(Level("voglio morire dal ridere"), RiskLevel::kNone);
}

TEST(ScreenLanguagesTest, SlipsAreNeverRepairedIntoAnotherLanguage) {
  // "rahi" is one letter from "nahi", "mih" from "mich", "bindi" from "hindi":
  // the spelling repair only ever reads a slip as an English word of the rules.
  const auto rules = CompileRules(FindEmbedded(embedded::ScreeningRules(), "rules.txt")->data);
  ASSERT_TRUE(rules);
  const TokenizedText t = Tokenize("rahi mih bindi kil", (*rules)->vocab);
  ASSERT_EQ(t.tokens.size(), 4u);
  EXPECT_EQ(t.tokens[0].text, "rahi");
  EXPECT_EQ(t.tokens[1].text, "mih");
  EXPECT_EQ(t.tokens[2].text, "bindi");
  EXPECT_EQ(t.tokens[3].text, "kill");
}

}  // namespace
}  // namespace rapport::screening
