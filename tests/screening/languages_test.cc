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

TEST(ScreenLanguagesTest, TakingOnesLifeThoughtsAttemptsAndSelfHarmAreHeardToo) {
  // The standard words for taking one's life, in each language.
  EXPECT_EQ(Level("Me quiero quitar la vida."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Je vais mettre fin à mes jours."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("J'ai envie d'en finir avec la vie."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Je veux en finir."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ich will mir das Leben nehmen."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ich setze meinem Leben am Freitag ein Ende."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Quero tirar minha própria vida."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Voglio farla finita."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Voglio togliermi la vita."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ik wil een einde aan mijn leven maken."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("aku ingin mengakhiri hidupku malam ini"), RiskLevel::kCrisis);
  // Current suicidal thoughts are a crisis, as in English (LABELLING.md).
  EXPECT_EQ(Level("Estoy pensando en el suicidio todos los días."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("J'ai des pensées suicidaires tous les soirs."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ich denke jeden Tag an Suizid."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Penso em me matar todos os dias."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ho pensieri suicidi ogni notte."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ik denk aan zelfmoord."), RiskLevel::kCrisis);
  // An attempt, and self-harm now.
  EXPECT_EQ(Level("Ich habe gestern versucht, mir das Leben zu nehmen."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Me volví a cortar anoche."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("He vuelto a cortarme."), RiskLevel::kCrisis);  // "he" is "I have", not "he"
  EXPECT_EQ(Level("Je me scarifie encore tous les soirs."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ich ritze mich wieder."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Me cortei de novo ontem."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Mi taglio di nuovo, ogni sera."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ik heb mezelf weer gesneden vannacht."), RiskLevel::kCrisis);
}

TEST(ScreenLanguagesTest, ThePastInThoseLanguagesIsPastRisk) {
  // Years ago, an age, "back then", or the imperfect: concern, as in English.
  EXPECT_EQ(Level("Hace diez años intenté quitarme la vida. Hoy estoy bien."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Cuando tenía quince años me autolesionaba."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Il y a vingt ans j'ai fait une tentative de suicide."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Ich habe 2015 versucht, mich umzubringen."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Früher hatte ich Suizidgedanken, heute nicht mehr."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Há dez anos tentei me matar."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Dieci anni fa ho tentato il suicidio."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Quand j'avais seize ans, je me scarifiais."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Quand j'avais seize ans, j'ai fait une tentative de suicide."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Ich habe einen Suizidversuch hinter mir."), RiskLevel::kConcern);
  // English numbers after "a" are not a French age.
  EXPECT_EQ(Level("I tried to kill myself a 2 hour drive from home."), RiskLevel::kCrisis);
}

TEST(ScreenLanguagesTest, TheirNegationsAndEverydaySensesAreLeftAlone) {
  EXPECT_EQ(Level("No me voy a quitar la vida, tranquila, solo estoy triste."), RiskLevel::kNone);
  EXPECT_EQ(Level("Nunca he tenido pensamientos suicidas, pero este post me tocó."), RiskLevel::kNone);
  EXPECT_EQ(Level("Ya no me corto, llevo dos años limpia."), RiskLevel::kNone);
  EXPECT_EQ(Level("Me corté el pelo ayer y me encanta."), RiskLevel::kNone);
  EXPECT_EQ(Level("Je ne veux pas en finir, je veux juste que ça s'arrête."), RiskLevel::kNone);
  EXPECT_EQ(Level("Je n'ai plus d'idées suicidaires depuis la thérapie."), RiskLevel::kNone);
  EXPECT_EQ(Level("J'ai envie d'en finir avec cette procrastination."), RiskLevel::kNone);
  EXPECT_EQ(Level("Ich habe keine Suizidgedanken mehr, danke für den Artikel."), RiskLevel::kNone);
  EXPECT_EQ(Level("Ich ritze mich seit zwei Jahren nicht mehr."), RiskLevel::kNone);
  EXPECT_EQ(Level("Ich würde mir nie das Leben nehmen."), RiskLevel::kNone);
  EXPECT_EQ(Level("Ich habe mit meinem Freund Schluss gemacht."), RiskLevel::kNone);
  EXPECT_EQ(Level("Não tenho pensamentos suicidas, só estou cansada."), RiskLevel::kNone);
  EXPECT_EQ(Level("Non ho pensieri suicidi, ma mi sento sola."), RiskLevel::kNone);
  EXPECT_EQ(Level("Voglio farla finita con le sigarette."), RiskLevel::kNone);
  EXPECT_EQ(Level("Ik heb geen zelfmoordgedachten meer."), RiskLevel::kNone);
  EXPECT_EQ(Level("Ik snij mezelf niet meer, al drie jaar."), RiskLevel::kNone);
}

TEST(ScreenLanguagesTest, SomeoneElseAtRiskIsThirdPartyConcern) {
  for (const char* text : {"Mi hermana quiere quitarse la vida y no sé qué hacer.",
                           "Ma fille veut se suicider, elle me l'a dit hier soir.", "Mein Bruder will sich umbringen.",
                           "Minha mãe tentou se matar ontem.", "Mio figlio vuole togliersi la vita.",
                           "Mijn broer deed een zelfmoordpoging."}) {
    const Screening s = Screener::Default().Screen(text);
    EXPECT_EQ(s.level, RiskLevel::kConcern) << text;
    EXPECT_TRUE(s.third_party) << text;
  }
  // Long ago, it is their past; "se va a matar" is reckless driving; and the
  // writer's own attempt stays the writer's.
  EXPECT_EQ(Level("Mi hermano intentó suicidarse hace diez años."), RiskLevel::kNone);
  EXPECT_EQ(Level("Si sigue manejando así, se va a matar."), RiskLevel::kNone);
  EXPECT_EQ(Level("Mio padre vuole farla finita con il fumo."), RiskLevel::kNone);
  const Screening own = Screener::Default().Screen("Tuve un intento de suicidio hace dos semanas.");
  EXPECT_EQ(own.level, RiskLevel::kCrisis);
  EXPECT_FALSE(own.third_party);
}

TEST(ScreenLanguagesTest, PolishSwedishTurkishAndRomanianAreHeardToo) {
  EXPECT_EQ(Level("Chcę się zabić."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("chce sie zabic"), RiskLevel::kCrisis);  // typed without the accents
  EXPECT_EQ(Level("Odbiorę sobie życie w sobotę."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Mam myśli samobójcze."), RiskLevel::kCrisis);  // "mam" is "I have", not "mum"
  EXPECT_EQ(Level("Znowu się pocięłam."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Chcę umrzeć."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Nie chcę już żyć."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Dziesięć lat temu próbowałam się zabić."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Jag ska ta livet av mig i natt."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Jag har självmordstankar varje dag."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Jag vill dö."), RiskLevel::kConcern);
  EXPECT_EQ(Level("För tio år sedan försökte jag ta livet av mig."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Canıma kıyacağım."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Kendimi öldüreceğim."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("İntihar düşüncelerim var."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Ölmek istiyorum."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Vreau să mă sinucid."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Am gânduri de sinucidere."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("Vreau să mor."), RiskLevel::kConcern);
  EXPECT_EQ(Level("Acum zece ani am încercat să mă sinucid."), RiskLevel::kConcern);
  // Their negations and everyday senses.
  EXPECT_EQ(Level("Nie chcę się zabić, chcę tylko odpocząć."), RiskLevel::kNone);
  EXPECT_EQ(Level("Nie chcę umrzeć."), RiskLevel::kNone);
  EXPECT_EQ(Level("Jag vill inte dö."), RiskLevel::kNone);
  EXPECT_EQ(Level("Jag har inga självmordstankar."), RiskLevel::kNone);
  EXPECT_EQ(Level("Ölmek istemiyorum."), RiskLevel::kNone);
  EXPECT_EQ(Level("Nu vreau să mor."), RiskLevel::kNone);
  EXPECT_EQ(Level("Nu am gânduri de sinucidere."), RiskLevel::kNone);
  EXPECT_EQ(Level("Mă omor după ciocolată."), RiskLevel::kNone);
  // Someone else: once the accents are folded, Polish "chce" is "wants" for
  // anyone; a relative before it is who wants to.
  for (const char* text : {"Mój brat chce się zabić.", "Min syster vill ta livet av sig.", "Mój brat ma myśli samobójcze.",
                           "Mi hijo tiene pensamientos suicidas."}) {
    const Screening s = Screener::Default().Screen(text);
    EXPECT_EQ(s.level, RiskLevel::kConcern) << text;
    EXPECT_TRUE(s.third_party) << text;
  }
}

TEST(ScreenLanguagesTest, OtherEnglishesAreReadAsEnglish) {
  // Scots, Jamaican Patois and Nigerian Pidgin, read through the tokenizer's
  // standard-English reading of their words (word_normalise.cc).
  EXPECT_EQ(Level("Ah'm gonnae kill masel the night."), RiskLevel::kCrisis);
  EXPECT_EQ(Level("naebody wid miss me if ah wis deid"), RiskLevel::kConcern);
  EXPECT_EQ(Level("mi cyaan tek it nuh more, mi waan dead"), RiskLevel::kConcern);
  EXPECT_EQ(Level("abeg I wan die, I don tire"), RiskLevel::kConcern);
  EXPECT_EQ(Level("mi did cut miself again last night"), RiskLevel::kCrisis);
  // And their everyday words stay everyday.
  EXPECT_EQ(Level("Ah cannae wait tae see ye at the weekend!"), RiskLevel::kNone);
  EXPECT_EQ(Level("mi waan go home an sleep fi a week after dis shift"), RiskLevel::kNone);
  EXPECT_EQ(Level("ion even know what to make for tea lol"), RiskLevel::kNone);
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
  EXPECT_EQ(s->Screen("Je vais mettre fin à mes jours.").level, RiskLevel::kCrisis);
  EXPECT_EQ(s->Screen("Ich ritze mich wieder.").level, RiskLevel::kCrisis);
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
