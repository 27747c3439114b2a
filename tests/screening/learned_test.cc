// Tests for the learned part of the crisis-language screener (learned.h,
// learned_train.h). Every example here was written for these tests (none is
// copied from the labelled sets in tests/data/screening).
// Content note: the strings describe suicide and self-harm, without method detail.
#include "screening/learned.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/config.h"
#include "core/embedded_file.h"
#include "screening/embedded_rules.h"
#include "screening/learned_train.h"
#include "screening/screener.h"
#include "screening_data.h"

namespace rapport::screening {
namespace {

using L = RiskLevel;

std::string ReadSource(const std::string& relative) {
  std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/" + relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string_view BuiltInRules() { return FindEmbedded(embedded::ScreeningRules(), "rules.txt")->data; }

const Match* Learned(const Screening& s) {
  for (const Match& m : s.matches) {
    if (m.category == "learned") return &m;
  }
  return nullptr;
}

bool HasModifier(const Match& m, std::string_view text) {
  return std::find(m.modifiers.begin(), m.modifiers.end(), text) != m.modifiers.end();
}

// A small hand-written model over invented words that no rule knows, so that
// whatever these tests see comes from the learned part.
constexpr const char* kTinyModel = R"(# test model
format 1
version tiny-1
threshold crisis 0.5
threshold risk 0.5
class ZOG : zorble~ zib
class MOPE : glum~
bias crisis -4
bias risk -4
w crisis 3 b:the quux
w crisis 2 c:ZOG
w crisis -9 u:NEG_zorbled
w risk 5 c:MOPE
w risk 0.5 u:very
)";

Screener TinyScreener() {
  Result<Screener> s = Screener::FromRules(BuiltInRules(), kTinyModel);
  EXPECT_TRUE(s.ok()) << s.error().message;
  return std::move(*s);
}

std::string OrdinaryWords(int sentences) {
  const char* kSentences[] = {
      "My therapist moved our sessions to Thursday mornings, which suits my shifts better. ",
      "I read your piece on the waiting room twice and underlined the bit about the clock. ",
      "We talked about my grandmother's allotment and the smell of tomato leaves. ",
      "The train was late again so I arrived flustered and we laughed about it. ",
      "I am learning to say what I notice in the room instead of what I think she wants. ",
  };
  std::string text;
  for (int i = 0; i < sentences; ++i) text += kSentences[i % 5];
  return text;
}

// ---------------------------------------------------------------------------
// Loading

TEST(ScreenLearnedTest, BuiltInModelsLoadAndTheOneThatReadIsRecorded) {
  const Screener& s = Screener::Default();
  Result<std::shared_ptr<const LearnedModel>> main = ParseLearnedModel(ReadSource("src/screening/learned.txt"));
  Result<std::shared_ptr<const LearnedModel>> brief = ParseLearnedModel(ReadSource("src/screening/learned_short.txt"));
  ASSERT_TRUE(main.ok() && brief.ok());
  EXPECT_NE((*main)->version, (*brief)->version);
  EXPECT_EQ(s.learned_version(), (*main)->version + "; under 40 words " + (*brief)->version);
  EXPECT_EQ(s.Screen("Lovely article, thank you.").learned_version, (*brief)->version);
  EXPECT_EQ(s.Screen("").learned_version, (*brief)->version);
  EXPECT_EQ(s.Screen(OrdinaryWords(3)).learned_version, (*main)->version);
  // FromRules(text) keeps the built-in models; an empty weights text means rules only.
  Result<Screener> with = Screener::FromRules(BuiltInRules());
  ASSERT_TRUE(with.ok());
  EXPECT_EQ(with->learned_version(), s.learned_version());
  Result<Screener> without = Screener::FromRules(BuiltInRules(), "");
  ASSERT_TRUE(without.ok());
  EXPECT_EQ(without->learned_version(), "");
  EXPECT_EQ(without->Screen("Lovely article.").learned_version, "");
}

TEST(ScreenLearnedTest, BuiltInModelsWereTrainedWithTheCurrentLexicon) {
  // A model trained with the word clusters carries them after the classes.
  const std::string classes = ReadSource("src/screening/lexicon.txt");
  Result<Lexicon> lexicon = ParseLexicon(classes);
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().message;
  Result<Lexicon> clustered = ParseLexicon(classes + "\n" + ReadSource("src/screening/clusters.txt"));
  ASSERT_TRUE(clustered.ok()) << clustered.error().message;
  for (const char* file : {"src/screening/learned.txt", "src/screening/learned_short.txt"}) {
    Result<std::shared_ptr<const LearnedModel>> model = ParseLearnedModel(ReadSource(file));
    ASSERT_TRUE(model.ok()) << file << ": " << model.error().message;
    EXPECT_EQ((*model)->lexicon.lines(), (*model)->lexicon.has_clusters() ? clustered->lines() : lexicon->lines())
        << "lexicon.txt or clusters.txt changed since " << file << " was trained: retrain (tools/screen_train.cc)";
    EXPECT_GT((*model)->weights[0].size(), 100u) << file;
    EXPECT_GT((*model)->weights[1].size(), 100u) << file;
  }
}

TEST(ScreenLearnedTest, WordsAreRunsBetweenWhitespace) {
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CountWords("   \n\t "), 0);
  EXPECT_EQ(CountWords("sorry"), 1);
  EXPECT_EQ(CountWords("  cant do this.\n\nbye x "), 5);
  EXPECT_EQ(CountWords("i'm - here\r\nstill"), 4);
  EXPECT_EQ(CountWords("caf\xc3\xa9\xc2\xa0late"), 1);  // a no-break space is not a word break
}

// A second tiny model that knows one more word: "marmalade" is sure to be a crisis.
std::string ShortTinyModel() {
  std::string model = kTinyModel;
  model.replace(model.find("version tiny-1"), 14, "version tiny-short-1");
  return model + "w crisis 9 u:marmalade\n";
}

// `words` words, the first of them "marmalade".
std::string MarmaladeComment(int words) {
  std::string text = "marmalade";
  for (int i = 1; i < words; ++i) text += i % 9 == 8 ? " toast." : " toast";
  return text;
}

TEST(ScreenLearnedTest, ShortCommentsAreReadByTheShortCommentModel) {
  ASSERT_EQ(kShortCommentWords, 40);
  Result<Screener> s = Screener::FromRules(BuiltInRules(), kTinyModel, std::nullopt, ShortTinyModel());
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->learned_version(), "tiny-1; under 40 words tiny-short-1");
  for (const int words : {1, 12, 39}) {
    const Screening r = s->Screen(MarmaladeComment(words));
    EXPECT_EQ(r.level, L::kCrisis) << words;
    EXPECT_EQ(r.learned_version, "tiny-short-1") << words;
  }
  for (const int words : {40, 41, 200}) {
    const Screening r = s->Screen(MarmaladeComment(words));
    EXPECT_EQ(r.level, L::kNone) << words;
    EXPECT_EQ(r.learned_version, "tiny-1") << words;
  }
  // Without a short-comment model, the one model reads every comment.
  Result<Screener> one = Screener::FromRules(BuiltInRules(), kTinyModel);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->learned_version(), "tiny-1");
  EXPECT_EQ(one->Screen(MarmaladeComment(5)).level, L::kNone);
  EXPECT_EQ(one->Screen(MarmaladeComment(5)).learned_version, "tiny-1");
  // A damaged short-comment model is an error that says which file it is.
  Result<Screener> bad = Screener::FromRules(BuiltInRules(), kTinyModel, std::nullopt, "format 1\nfrobnicate\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(bad.error().message.rfind("learned (short comments) line 2: unknown directive 'frobnicate'", 0), 0u)
      << bad.error().message;
}

TEST(ScreenLearnedTest, ASensitivityMovesBothModelsAndMustBeKnownToBoth) {
  // "zib" scores p = 0.12 on the crisis head of both models.
  const std::string keen = "sensitivity keen crisis 0.1 risk 0.9\n";
  const std::string main = std::string(kTinyModel) + keen + "sensitivity bold crisis 0.1 risk 0.9\n";
  Result<Screener> s = Screener::FromRules(BuiltInRules(), main, std::nullopt, ShortTinyModel() + keen);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->sensitivities(), (std::vector<std::string>{"standard", "keen"}));
  const std::string brief = "The zib again.";
  const std::string long_one = "The zib again. " + OrdinaryWords(4);
  ASSERT_GE(CountWords(long_one), kShortCommentWords);
  EXPECT_EQ(s->Screen(brief).level, L::kNone);
  EXPECT_EQ(s->Screen(long_one).level, L::kNone);
  Result<Screener> k = s->WithSensitivity("keen");
  ASSERT_TRUE(k.ok()) << k.error().message;
  EXPECT_EQ(k->Screen(brief).level, L::kCrisis);
  EXPECT_EQ(k->Screen(long_one).level, L::kCrisis);
  Result<Screener> bold = s->WithSensitivity("bold");
  ASSERT_FALSE(bold.ok());
  EXPECT_EQ(bold.error().message, "There is no screening sensitivity called 'bold'. The model knows: standard, keen.");
}

TEST(ScreenLearnedTest, ADamagedWeightsFileIsAnErrorNamingTheLine) {
  const std::string head = "format 1\nversion v\nthreshold crisis 0.5\nthreshold risk 0.5\nbias crisis 0\nbias risk 0\n";
  struct Bad {
    std::string text;
    const char* message;
  };
  const Bad cases[] = {
      {head + "w crisis abc u:x\n", "learned line 7: not a number: 'abc'"},
      {head + "w danger 1 u:x\n", "learned line 7: head must be crisis or risk"},
      {head + "w crisis 0.25\n", "learned line 7: missing feature name"},
      {head + "\n# note\nfrobnicate 3\n", "learned line 9: unknown directive 'frobnicate'"},
      {head + "w risk 1 u:x\nw risk 2 u:x\n", "learned line 8: feature 'u:x' given twice for risk"},
      {head + "class lower : a b\n", "learned line 7: class name must be upper-case"},
      {head + "class A b c\n", "learned line 7: missing ':'"},
      {head + "threshold crisis 0.4\n", "learned line 7: second threshold for crisis"},
      {head + "sensitivity\n", "learned line 7: 'sensitivity' needs a name"},
      {head + "sensitivity standard crisis 0.3 risk 0.9\n", "learned line 7: 'standard' is the sensitivity"},
      {head + "sensitivity high risk 0.3 crisis 0.9\n", "learned line 7: a sensitivity reads: sensitivity NAME"},
      {head + "sensitivity high crisis 2 risk 0.9\n", "learned line 7: a threshold is a probability in (0, 1], not '2'"},
      {head + "sensitivity high crisis 0.3 risk 0.9 more\n", "learned line 7: unexpected text after"},
      {head + "sensitivity high crisis 0.3 risk 0.9\nsensitivity high crisis 0.2 risk 0.8\n",
       "learned line 8: second sensitivity 'high'"},
      {head + "veto 1\n", "learned line 7: a veto is a probability in [0, 1), not '1'"},
      {head + "veto 0.05\nveto 0.02\n", "learned line 8: second 'veto' line"},
      {head + "single 1\n", "learned line 7: 'single' is a probability in (0, 1), not '1'"},
      {head + "single 0.9\nsingle 0.95\n", "learned line 8: second 'single' line"},
      {head + "whole-comment yes\n", "learned line 7: 'whole-comment' takes no value"},
      {head + "whole-comment\nwhole-comment\n", "learned line 8: second 'whole-comment' line"},
      {"format 2\n", "learned line 1: unsupported format '2'"},
      {"format 1\nversion v\nthreshold crisis 1.5\n", "learned line 3: a threshold is a probability"},
      {"format 1\nthreshold crisis 0.5\nthreshold risk 0.5\nbias crisis 0\nbias risk 0\n", "learned: no 'version' line"},
      {"format 1\nversion v\nthreshold crisis 0.5\nbias crisis 0\nbias risk 0\n", "learned: no threshold for risk"},
  };
  for (const Bad& c : cases) {
    Result<std::shared_ptr<const LearnedModel>> m = ParseLearnedModel(c.text);
    ASSERT_FALSE(m.ok()) << c.text;
    EXPECT_EQ(m.error().message.rfind(c.message, 0), 0u) << "got: " << m.error().message;
    Result<Screener> s = Screener::FromRules(BuiltInRules(), c.text);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(s.error().message, m.error().message);
  }
  // The built-in file cut off in the middle of a weight line.
  const std::string built_in = ReadSource("src/screening/learned.txt");
  const std::size_t w = built_in.find("\nw crisis ");
  ASSERT_NE(w, std::string::npos);
  const std::string cut = built_in.substr(0, built_in.find(' ', w + 10));
  const int line = static_cast<int>(std::count(cut.begin(), cut.end(), '\n')) + 1;
  Result<std::shared_ptr<const LearnedModel>> m = ParseLearnedModel(cut);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().message, "learned line " + std::to_string(line) + ": missing feature name");
}

TEST(ScreenLearnedTest, BuiltInModelsHaveAHighSensitivity) {
  const Screener& s = Screener::Default();
  EXPECT_EQ(s.sensitivity(), "standard");
  EXPECT_EQ(s.sensitivities(), (std::vector<std::string>{"standard", "high"}));
  for (const char* file : {"src/screening/learned.txt", "src/screening/learned_short.txt"}) {
    Result<std::shared_ptr<const LearnedModel>> model = ParseLearnedModel(ReadSource(file));
    ASSERT_TRUE(model.ok()) << model.error().message;
    ASSERT_EQ((*model)->sensitivities.size(), 1u);
    const auto& [name, high] = (*model)->sensitivities.front();
    EXPECT_EQ(name, "high");
    // Higher sensitivity means thresholds no higher than the standard ones, one of them lower.
    EXPECT_LE(high[0], (*model)->threshold[0]) << file;
    EXPECT_LE(high[1], (*model)->threshold[1]) << file;
    EXPECT_TRUE(high[0] < (*model)->threshold[0] || high[1] < (*model)->threshold[1]) << file;
  }
}

// ---------------------------------------------------------------------------
// Decisions and explanations (tiny model: the arithmetic is known)

TEST(ScreenLearnedTest, ASensitivityIsAnotherPairOfThresholds) {
  // "zib" scores -4 + 2 on the crisis head: p = 0.12, under 0.5 and over 0.1.
  const std::string model = std::string(kTinyModel) + "sensitivity keen crisis 0.1 risk 0.9\n";
  Result<Screener> standard = Screener::FromRules(BuiltInRules(), model);
  ASSERT_TRUE(standard.ok()) << standard.error().message;
  EXPECT_EQ(standard->Screen("The zib again.").level, L::kNone);

  Result<Screener> keen = standard->WithSensitivity("keen");
  ASSERT_TRUE(keen.ok()) << keen.error().message;
  EXPECT_EQ(keen->sensitivity(), "keen");
  const Screening r = keen->Screen("The zib again.");
  ASSERT_EQ(r.level, L::kCrisis);
  ASSERT_NE(Learned(r), nullptr);
  EXPECT_TRUE(HasModifier(*Learned(r), "p=0.12 (threshold 0.10)"));
  // The original is unchanged, and "standard" goes back to the model's own thresholds.
  EXPECT_EQ(standard->Screen("The zib again.").level, L::kNone);
  Result<Screener> back = keen->WithSensitivity("standard");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->Screen("The zib again.").level, L::kNone);

  Result<Screener> unknown = standard->WithSensitivity("eager");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message,
            "There is no screening sensitivity called 'eager'. The model knows: standard, keen.");
}

TEST(ScreenLearnedTest, ExplainsItsDecisionWithTheWindowAndTopFeatures) {
  const Screener s = TinyScreener();
  const Screening r = s.Screen("Hello there. I zorbled the quux. Bye now.");
  ASSERT_EQ(r.level, L::kCrisis);
  const Match* m = Learned(r);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->rule_id, "LEARNED-CRISIS");
  EXPECT_EQ(m->level, L::kCrisis);
  // The window: the sentence with a neighbour (the first of two equal windows).
  EXPECT_EQ(m->excerpt, "Hello there. I zorbled the quux");
  EXPECT_EQ(r.matches.size(), 1u);
  // logit -4 + 3 + 2 = 1
  EXPECT_EQ(m->modifiers.front(), "p=0.73 (threshold 0.50)");
  EXPECT_TRUE(HasModifier(*m, "'the quux' +3.0"));
  EXPECT_TRUE(HasModifier(*m, "[ZOG words] +2.0"));
  EXPECT_EQ(std::string_view("Hello there. I zorbled the quux. Bye now.").substr(m->begin, m->end - m->begin),
            m->excerpt);
  EXPECT_EQ(r.learned_version, "tiny-1");

  // The risk head gives a concern.
  const Screening c = s.Screen("So very glum today.");
  ASSERT_EQ(c.level, L::kConcern);
  ASSERT_NE(Learned(c), nullptr);
  EXPECT_EQ(Learned(c)->rule_id, "LEARNED-CONCERN");
  // Below the threshold, and inside a negation's scope: nothing.
  EXPECT_EQ(s.Screen("I zorbled the cake.").level, L::kNone);
  EXPECT_EQ(s.Screen("I never zorbled the quux.").level, L::kNone);
}

TEST(ScreenLearnedTest, AStemCarriesAWordToItsOtherFormsAndAPairReachesOverAWord) {
  // Weights on a stem and on two words with one skipped between them, over
  // invented words no rule knows.
  constexpr const char* kModel = R"(format 1
version stems-1
threshold crisis 0.5
threshold risk 0.5
bias crisis -4
bias risk -4
w crisis 5 st:florb
w crisis 5 k:quux _ blip
)";
  Result<Screener> s = Screener::FromRules(BuiltInRules(), kModel);
  ASSERT_TRUE(s.ok()) << s.error().message;
  for (const char* text : {"I florbed.", "I am florbing.", "She florbs.", "Florbing again."}) {
    EXPECT_EQ(s->Screen(text).level, L::kCrisis) << text;
  }
  EXPECT_EQ(s->Screen("I florbish.").level, L::kNone);
  const Screening pair = s->Screen("A quux and blip.");
  ASSERT_EQ(pair.level, L::kCrisis);
  EXPECT_TRUE(HasModifier(*Learned(pair), "'quux ... blip' +5.0"));
  // Side by side, or two words apart, or across a comma: not that pair.
  EXPECT_EQ(s->Screen("A quux blip.").level, L::kNone);
  EXPECT_EQ(s->Screen("A quux and a blip.").level, L::kNone);
  EXPECT_EQ(s->Screen("A quux, blip.").level, L::kNone);
}

TEST(ScreenLearnedTest, HowASentenceEndsIsAFeature) {
  // A weight on a sentence ending in an exclamation mark, one on a question.
  constexpr const char* kModel = R"(format 1
version marks-1
threshold crisis 0.5
threshold risk 0.5
bias crisis -4
bias risk -4
w crisis 5 p:!
w risk 5 p:?
)";
  Result<Screener> s = Screener::FromRules(BuiltInRules(), kModel);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->Screen("The florb arrived!").level, L::kCrisis);
  EXPECT_EQ(s->Screen("The florb arrived!!!").level, L::kCrisis);
  EXPECT_EQ(s->Screen("Has the florb arrived?").level, L::kConcern);
  EXPECT_EQ(s->Screen("The florb arrived.").level, L::kNone);
  EXPECT_EQ(s->Screen("The florb arrived").level, L::kNone);
}

TEST(ScreenLearnedTest, AClusterCarriesAWeightToEveryWordInIt) {
  // Ordinary words no rule knows, in two clusters of one group: a weight on a cluster, on a
  // group with its clause's subject, and on a pair read through the group.
  constexpr const char* kClusters = R"(cluster things/teapot : teapot kettle
cluster things/violin : violin cello
)";
  constexpr const char* kWeights = R"(w crisis 5 e:teapot
w crisis 5 g:things|s=third
w crisis 5 eb:#things tonight
)";
  const std::string head = "format 1\nversion clusters-1\nthreshold crisis 0.5\nthreshold risk 0.5\nbias crisis -4\n"
                           "bias risk -4\n";
  Result<Screener> s = Screener::FromRules(BuiltInRules(), head + kClusters + kWeights);
  ASSERT_TRUE(s.ok()) << s.error().message;
  const Screening kettle = s->Screen("A kettle today.");
  ASSERT_EQ(kettle.level, L::kCrisis);
  EXPECT_TRUE(HasModifier(*Learned(kettle), "[words like 'teapot'] +5.0"));
  EXPECT_EQ(s->Screen("A violin today.").level, L::kNone);  // the same group, another cluster
  const Screening she = s->Screen("She cello.");
  ASSERT_EQ(she.level, L::kCrisis);
  EXPECT_TRUE(HasModifier(*Learned(she), "[words like 'things', broadly, someone else] +5.0"));
  EXPECT_EQ(s->Screen("I cello.").level, L::kNone);
  const Screening pair = s->Screen("Violin tonight.");
  ASSERT_EQ(pair.level, L::kCrisis);
  EXPECT_TRUE(HasModifier(*Learned(pair), "'[like things] tonight' +5.0"));
  EXPECT_EQ(s->Screen("Tonight violin.").level, L::kNone);
  // Without the "cluster" lines the same weights never fire.
  Result<Screener> without = Screener::FromRules(BuiltInRules(), head + kWeights);
  ASSERT_TRUE(without.ok()) << without.error().message;
  for (const char* text : {"A kettle today.", "She cello.", "Violin tonight."}) {
    EXPECT_EQ(without->Screen(text).level, L::kNone) << text;
  }
}

TEST(ScreenLearnedTest, ClusterLinesAreCheckedLikeClassLines) {
  EXPECT_TRUE(ParseLexicon("class PLAN : picked\ncluster go/went : went came\n").ok());
  const std::pair<const char*, const char*> bad[] = {
      {"class PLAN : picked\ncluster went : went\n", "line 2: a cluster is named GROUP/NAME"},
      {"class PLAN : picked\ncluster go/Went : went\n", "line 2: a cluster is named GROUP/NAME"},
      {"class PLAN : picked\ncluster go/went : went Came\n", "line 2: cluster words are lower-case"},
      {"class PLAN : picked\ncluster go/went :\n", "line 2: cluster go/went has no words"},
      {"class PLAN : picked\ncluster go/went : went\ncluster go/came : came went\n", "line 3: 'went' is in two"},
  };
  for (const auto& [text, message] : bad) {
    const Result<Lexicon> lexicon = ParseLexicon(text);
    ASSERT_FALSE(lexicon.ok()) << text;
    EXPECT_NE(lexicon.error().message.find(message), std::string::npos) << lexicon.error().message;
  }
}

TEST(ScreenLearnedTest, AWindowIsTwoAdjacentSentencesOrTheOnlyOne) {
  const Screener s = TinyScreener();
  EXPECT_EQ(s.Screen("I zorbled the quux.").level, L::kCrisis);
  EXPECT_EQ(Learned(s.Screen("I zorbled the quux."))->excerpt, "I zorbled the quux");
  // Neither sentence alone reaches the threshold (-4 + 3, -4 + 2); together they do.
  const Screening pair = s.Screen("It was the quux. We zib.");
  ASSERT_EQ(pair.level, L::kCrisis);
  EXPECT_EQ(Learned(pair)->excerpt, "It was the quux. We zib");
  // Three sentences apart they do not.
  EXPECT_EQ(s.Screen("It was the quux. Fine. Weather. We zib.").level, L::kNone);
}

TEST(ScreenLearnedTest, WithWholeCommentWhatIsSaidAcrossTheCommentAddsUp) {
  Result<Screener> whole = Screener::FromRules(BuiltInRules(), std::string(kTinyModel) + "whole-comment\n");
  ASSERT_TRUE(whole.ok()) << whole.error().message;
  const Screening across = whole->Screen("It was the quux. Fine. Weather. We zib.");
  ASSERT_EQ(across.level, L::kCrisis);
  EXPECT_EQ(Learned(across)->excerpt, "It was the quux. Fine. Weather. We zib");
  // A feature in several sentences counts once: "the quux" twice is still 3, and -4 + 3 stays below.
  EXPECT_EQ(whole->Screen("It was the quux. Fine. Weather. Again the quux.").level, L::kNone);
  // Training scores the whole comment the same way.
  HeadWeights head;
  head.bias = -4;
  head.weights = {{1, 3.0}, {2, 2.0}};
  PreparedComment comment;
  comment.sentences = {{1}, {}, {}, {1, 2}};
  EXPECT_DOUBLE_EQ(ScoreComment(head, comment), 1.0);  // the best pair: {}, {1, 2}
  EXPECT_DOUBLE_EQ(ScoreComment(head, comment, std::numeric_limits<double>::infinity(), true), 1.0);
  comment.sentences = {{1}, {}, {}, {2}};
  EXPECT_DOUBLE_EQ(ScoreComment(head, comment), -1.0);
  EXPECT_DOUBLE_EQ(ScoreComment(head, comment, std::numeric_limits<double>::infinity(), true), 1.0);
  EXPECT_EQ(LearnedWindows(3, true).back(), (std::pair<int, int>{0, 2}));
  EXPECT_EQ(LearnedWindows(2, true).size(), 1u) << "two sentences are already one window";
}

TEST(ScreenLearnedTest, WithoutAVetoNeverLowersARulesLevel) {
  // A model that pushes everything down hard, and has no veto line.
  const std::string hostile = R"(format 1
version hostile
threshold crisis 0.5
threshold risk 0.5
bias crisis -50
bias risk -50
w crisis -100 u:kill
w risk -100 u:dead
w crisis -100 r:intent:crisis
w risk -100 r:passive:concern
)";
  Result<Screener> s = Screener::FromRules(BuiltInRules(), hostile);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->Screen("I want to kill myself tonight.").level, L::kCrisis);
  EXPECT_EQ(s->Screen("I wish I was dead.").level, L::kConcern);
  // And the built-in model, over the rule author's own cases: never below the
  // rules alone for a comment that needs a look (its veto may clear a needless hold).
  Result<Screener> rules_only = Screener::FromRules(BuiltInRules(), "");
  ASSERT_TRUE(rules_only.ok());
  std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/tests/screening/own_cases.jsonl");
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const boost::json::object item = boost::json::parse(line).as_object();
    const std::string text(item.at("text").as_string());
    if (item.at("label").as_string() == "none") continue;
    const Screening a = rules_only->Screen(text);
    const Screening b = Screener::Default().Screen(text);
    ASSERT_GE(static_cast<int>(b.level), static_cast<int>(a.level)) << text;
    ++checked;
  }
  EXPECT_GE(checked, 400);
}

TEST(ScreenLearnedTest, AConfidentModelSetsAsideARulesMatchButNeverAnAlwaysPhrase) {
  // A model sure that every comment is harmless, with a veto.
  const std::string sure = R"(format 1
version sure
threshold crisis 0.5
threshold risk 0.5
veto 0.05
bias crisis -20
bias risk -20
)";
  Result<Screener> s = Screener::FromRules(BuiltInRules(), sure);
  ASSERT_TRUE(s.ok()) << s.error().message;
  // "cut again" is a rule match, not an always phrase: set aside, and still shown.
  const Screening fringe = s->Screen("cut again tonight, my own fringe, and yes I regret it");
  EXPECT_EQ(fringe.level, L::kNone);
  EXPECT_TRUE(fringe.matches.empty());
  bool shown = false;
  for (const Match& m : fringe.cleared) {
    for (const std::string& why : m.modifiers) shown = shown || why.rfind("learned-harmless", 0) == 0;
  }
  EXPECT_TRUE(shown);
  // "kill myself" is an always phrase: the model's certainty changes nothing.
  EXPECT_EQ(s->Screen("I want to kill myself tonight.").level, L::kCrisis);
  // The same model without the veto line leaves the rules alone.
  std::string no_veto = sure;
  no_veto.erase(no_veto.find("veto 0.05\n"), 10);
  Result<Screener> plain = Screener::FromRules(BuiltInRules(), no_veto);
  ASSERT_TRUE(plain.ok()) << plain.error().message;
  EXPECT_EQ(plain->Screen("cut again tonight, my own fringe, and yes I regret it").level, L::kCrisis);
}

TEST(ScreenLearnedTest, AQuietRuleLeftUnsupportedIsNotToldToTheModel) {
  // The model reads "a weak cue was left unsupported" as a sign of risk; a
  // rule marked quiet (newer than the model) does not give it that sign.
  const std::string model = R"(format 1
version unsupported
threshold crisis 0.5
threshold risk 0.5
bias crisis -3
bias risk -3
w crisis 4 rc:unsupported
w risk 4 rc:unsupported
)";
  const auto level = [&](const std::string& flags) {
    const std::string rules = "version t\nrule PL-T crisis plan 0.5 flags=" + flags + " : on the platform\n";
    Result<Screener> s = Screener::FromRules(rules, model);
    EXPECT_TRUE(s.ok()) << s.error().message;
    return s.ok() ? s->Screen("I'm on the platform waiting for the 8.15.").level : L::kCrisis;
  };
  EXPECT_EQ(level("ctx"), L::kCrisis);
  EXPECT_EQ(level("ctx,quiet"), L::kNone);
}

TEST(ScreenLearnedTest, ASentenceSureOnItsOwnCountsWhateverItsNeighbours) {
  // "alpha" is crisis evidence, "beta" counts against it; two-sentence windows
  // pair every sentence of a longer comment with a neighbour.
  const std::string model = R"(format 1
version neighbours
threshold crisis 0.5
threshold risk 0.5
bias crisis -2
bias risk -20
w crisis 5 u:alpha
w crisis -10 u:beta
)";
  const std::string text = "Beta is here. Alpha is here. Beta is here.";
  Result<Screener> paired = Screener::FromRules(BuiltInRules(), model);
  ASSERT_TRUE(paired.ok()) << paired.error().message;
  EXPECT_EQ(paired->Screen("Alpha is here.").level, L::kCrisis);  // p = 0.95 alone
  EXPECT_EQ(paired->Screen(text).level, L::kNone);                // its neighbours weigh it down
  Result<Screener> single = Screener::FromRules(BuiltInRules(), model + "single 0.9\n");
  ASSERT_TRUE(single.ok()) << single.error().message;
  const Screening s = single->Screen(text);
  EXPECT_EQ(s.level, L::kCrisis);
  const Match* m = Learned(s);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->excerpt, "Alpha is here");  // the sentence alone is the window shown
  Result<Screener> strict = Screener::FromRules(BuiltInRules(), model + "single 0.99\n");
  ASSERT_TRUE(strict.ok());
  EXPECT_EQ(strict->Screen(text).level, L::kNone);  // not sure enough on its own
}

// ---------------------------------------------------------------------------
// The built-in model

TEST(ScreenLearnedTest, FindsACrisisSentenceBuriedInOrdinaryWords) {
  const std::string filler = OrdinaryWords(14);  // about 200 words
  ASSERT_GE(std::count(filler.begin(), filler.end(), ' '), 200);
  EXPECT_EQ(Screener::Default().Screen(filler + filler).level, L::kNone);
  // No rule knows this wording: the learned part has to find it. (Rules
  // 2025.51 learned "... and nobody will stop me.", so this takes its place.)
  const std::string risk = "Tomorrow I'm going to do it and nobody will talk me out of it. ";
  Result<Screener> rules_only = Screener::FromRules(BuiltInRules(), "");
  ASSERT_TRUE(rules_only.ok());
  ASSERT_EQ(rules_only->Screen(filler + risk + filler).level, L::kNone);
  const Screening s = Screener::Default().Screen(filler + risk + filler);
  ASSERT_EQ(s.level, L::kCrisis);
  const Match* m = Learned(s);
  ASSERT_NE(m, nullptr);
  EXPECT_NE(m->excerpt.find("going to do it"), std::string::npos) << m->excerpt;
  EXPECT_GE(m->modifiers.size(), 3u);  // probability and at least two features
}

TEST(ScreenLearnedTest, CatchesWordingsWithoutRiskKeywords) {
  // Plans and preparation in words no rule lists, each checked to be missed by the rules alone.
  Result<Screener> rules_only = Screener::FromRules(BuiltInRules(), "");
  ASSERT_TRUE(rules_only.ok());
  for (const char* text : {
           // (The 2025.2 rules learned "I've decided. Sunday, after everyone's asleep." and
           // "I took too many of my tablets an hour ago.", so these take their place.)
           "Thursday it is. I've made my peace and my sister will have the dog.",
           "I've settled on Sunday night. Nobody will be home.",
           "Saturday is the day. I've made my peace with it and the cat is going to my neighbour.",
       }) {
    EXPECT_EQ(rules_only->Screen(text).level, L::kNone) << text;
    const Screening s = Screener::Default().Screen(text);
    EXPECT_EQ(s.level, L::kCrisis) << text;
    EXPECT_NE(Learned(s), nullptr) << text;
  }
}

TEST(ScreenLearnedTest, IdiomsAndNegationsStayClear) {
  for (const char* text : {
           "This traffic is killing me, I'll be late for my session.",
           "I have never self-harmed and I never will.",
           "I'm dying to hear what you think about the new book.",
           "My sister cut her hair short and it looks great.",
           "That joke killed me 😂",
           "I would never take my own life, I just want the insomnia to stop.",
           "Bored to death at the dentist, send memes.",
           "We're ending things with our couples counsellor after ten good years.",
       }) {
    const Screening s = Screener::Default().Screen(text);
    EXPECT_EQ(s.level, L::kNone) << text << (Learned(s) ? " learned: " + Learned(s)->excerpt : "");
  }
}

// The way readers of this kind of column open and close their comments: at the
// site's default sensitivity these must not be held for care.
TEST(ScreenLearnedTest, ApologiesAndThanksAreNotAFarewellAtTheDefaultSensitivity) {
  Result<Screener> site = Screener::Default().WithSensitivity(cli::Config().screening_sensitivity);
  ASSERT_TRUE(site.ok()) << site.error().message;
  for (const char* text : {
           "This is an essay, I am so sorry...\n\nIt *helped*.",
           "Sorry for rambling. Thank you for everything you write, it has kept me going to my sessions.",
           "I'm so sorry this is long. Thank you for everything you write.",
           "Long-time reader, first comment. I don't know why I'm telling strangers this, sorry. Thank you.",
           "Forgive the typos, I'm on the bus. Your post on breaks is exactly what I needed this week.",
           "JS, your answer made me cry on the train. Thank you for taking the time. Sorry it took me a month to reply!",
       }) {
    const Screening s = site->Screen(text);
    EXPECT_EQ(s.level, L::kNone) << text << (Learned(s) ? " learned: " + Learned(s)->modifiers.front() : "");
  }
}

// ---------------------------------------------------------------------------
// Training

std::vector<LabelledComment> TinyTrainingSet() {
  std::vector<LabelledComment> items;
  const auto add = [&](const char* text, L label, bool hard = false) {
    items.push_back(LabelledComment{"t" + std::to_string(items.size()), text, label, hard, "tiny.jsonl"});
  };
  add("I have picked the night and I will not change my mind.", L::kCrisis);
  add("Everything is arranged for Friday, the letters are written.", L::kCrisis);
  add("I am going to end it after the holidays.", L::kCrisis);
  add("I hurt myself again last night.", L::kCrisis);
  add("This is goodbye, thank you for everything.", L::kCrisis);
  add("I have been saving my tablets for this.", L::kCrisis);
  add("I wish I could just disappear for a while.", L::kConcern);
  add("Some days I feel like such a burden.", L::kConcern);
  add("I used to hurt myself when I was at school.", L::kConcern);
  add("I can not see a way forward at the moment.", L::kConcern);
  add("My brother says he does not want to be here.", L::kConcern);
  add("Nothing feels worth it lately.", L::kConcern);
  add("Lovely article about breaks, thank you.", L::kNone);
  add("My therapist is moving rooms in the spring.", L::kNone);
  add("This deadline is killing me.", L::kNone, true);
  add("I picked the blue paint for the hallway.", L::kNone, true);
  add("We said goodbye to the old house on Friday.", L::kNone, true);
  add("I am saving up for a holiday in Wales.", L::kNone, true);
  add("The session ran over and I laughed a lot.", L::kNone);
  add("I wrote letters to my pen friends this week.", L::kNone, true);
  return items;
}

// The tiny training runs' rules (the built-in ones), word classes and options.
struct TinyTraining {
  std::shared_ptr<const Screener::Rules> rules = *CompileRules(BuiltInRules());
  Lexicon lexicon = *ParseLexicon("class PLAN : picked arranged decided\nclass GOODBYE : goodbye letters\n");
  TrainOptions options = [] {
    TrainOptions o;
    o.mil_rounds = 1;
    o.min_count = 1;
    return o;
  }();
  PreparedData Prepared(const std::vector<LabelledComment>& items) const {
    return Prepare(*rules, lexicon, items, options);
  }
};

std::vector<int> AllOf(const std::vector<LabelledComment>& items) {
  std::vector<int> all(items.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  return all;
}

std::string TrainTiny(const std::vector<LabelledComment>& items) {
  TinyTraining tiny;
  tiny.options.folds = 3;
  tiny.options.iterations = 40;
  tiny.options.max_fpr_none = 0.2;
  tiny.options.max_fpr_hard = 0.3;
  const PreparedData data = tiny.Prepared(items);
  const CrossValidation cv = CrossValidate(data, tiny.options);
  const TrainedHeads heads = Train(data, AllOf(items), tiny.options);
  return WriteLearnedModel(data, heads, cv.thresholds, cv.sensitivities, tiny.lexicon, "tiny-train", {"test"},
                           tiny.options);
}

TEST(ScreenLearnedTest, TrainingIsDeterministic) {
  const std::vector<LabelledComment> items = TinyTrainingSet();
  const std::string first = TrainTiny(items);
  const std::string second = TrainTiny(items);
  EXPECT_EQ(first, second);
  Result<std::shared_ptr<const LearnedModel>> model = ParseLearnedModel(first);
  ASSERT_TRUE(model.ok()) << model.error().message;
  EXPECT_EQ((*model)->version, "tiny-train");
  EXPECT_GT((*model)->weights[0].size(), 10u);
  // Different data gives different weights (the comparison above can fail).
  std::vector<LabelledComment> changed = items;
  changed[0].label = L::kNone;
  EXPECT_NE(TrainTiny(changed), first);
}

TEST(ScreenLearnedTest, EachUpweightedFileWeighsItsOwnNumberOfTimes) {
  std::vector<LabelledComment> items = TinyTrainingSet();
  items[0].source = "data/own_cases.jsonl";
  items[1].source = "data/next/twins.jsonl";
  items[2].source = "data/next/twins_and_own_cases.jsonl";
  TinyTraining tiny;
  tiny.options.upweights = {{"own_cases", 4.0}, {"twins", 2.0}};
  const PreparedData data = tiny.Prepared(items);
  EXPECT_EQ(data.comments[0].weight, 4.0);
  EXPECT_EQ(data.comments[1].weight, 2.0);
  EXPECT_EQ(data.comments[2].weight, 4.0);  // the first pair that matches
  EXPECT_EQ(data.comments[3].weight, 1.0);
}

TEST(ScreenLearnedTest, AHarmlessLettersWholeReadingCanWeighAsMuchAsItsPairs) {
  // A long harmless letter sharing words with the crises: read whole, it is
  // one window among many unless --whole-negatives gives it the pairs' weight.
  std::vector<LabelledComment> items = TinyTrainingSet();
  const auto add = [&](const char* text, L label) {
    items.push_back(LabelledComment{"w" + std::to_string(items.size()), text, label, false, "tiny.jsonl"});
  };
  add("I sorted the flat. The letters are written. Friday it is.", L::kCrisis);
  add("The cat has a new home. The letters are written. Nothing is left to do.", L::kCrisis);
  add("I sorted the flat. The session was good. The letters are written. We laughed. The cat has a new home. "
      "Friday it is. Nothing is left to do before the party.",
      L::kNone);
  TinyTraining tiny;
  tiny.options.iterations = 300;
  tiny.options.whole_comment = true;
  const PreparedData data = tiny.Prepared(items);
  const PreparedComment& letter = data.comments.back();
  const auto letter_score = [&](const TrainOptions& o) {  // its whole-comment window, crisis head
    const HeadWeights head = Train(data, AllOf(items), o).heads[0];
    std::set<int> features;
    for (const auto& sentence : letter.sentences) features.insert(sentence.begin(), sentence.end());
    double z = head.bias;
    for (const int f : features) z += head.weights.count(f) != 0 ? head.weights.at(f) : 0.0;
    return z;
  };
  const double one_among_many = letter_score(tiny.options);
  tiny.options.whole_negatives = true;
  const double weighed = letter_score(tiny.options);
  EXPECT_LT(weighed, one_among_many - 0.05) << one_among_many << " " << weighed;
}

TEST(ScreenLearnedTest, FoldsByFileKeepEachWritersCommentsTogether) {
  // Three files of 4, 2 and 2 comments: by file, each file's comments share a
  // fold and the folds come out even; by label, one file spreads over both.
  std::vector<LabelledComment> items;
  const auto add = [&](const std::string& file, L label) {
    items.push_back(LabelledComment{"f" + std::to_string(items.size()), "It was a long week.", label, false, file});
  };
  for (int i = 0; i < 4; ++i) add("big.jsonl", i % 2 == 0 ? L::kCrisis : L::kNone);
  add("small.jsonl", L::kCrisis);
  add("other.jsonl", L::kNone);
  add("small.jsonl", L::kNone);
  add("other.jsonl", L::kCrisis);
  TinyTraining tiny;
  const PreparedData data = tiny.Prepared(items);
  EXPECT_EQ(data.comments[4].file, data.comments[6].file);
  EXPECT_NE(data.comments[4].file, data.comments[5].file);
  const std::vector<int> by_file = AssignFolds(data, 2, true);
  EXPECT_EQ(by_file, (std::vector<int>{0, 0, 0, 0, 1, 1, 1, 1}));
  const std::vector<int> by_label = AssignFolds(data, 2);
  EXPECT_NE(by_label[0], by_label[2]) << "stratified by label, the big file's crises alternate folds";
}

TEST(ScreenLearnedTest, ThresholdsAreChosenOnTheFilesAskedFor) {
  std::vector<LabelledComment> items;
  for (const char* file : {"dev.jsonl", "train1.jsonl", "train2.jsonl", "train29b.jsonl"}) {
    items.push_back(LabelledComment{file, "It was a long week.", L::kNone, false, file});
  }
  TinyTraining tiny;
  const auto selected = [&] {
    std::vector<bool> out;
    for (const PreparedComment& c : tiny.Prepared(items).comments) out.push_back(c.select);
    return out;
  };
  EXPECT_EQ(selected(), (std::vector<bool>{true, true, true, true}));
  tiny.options.select_source = "train";
  EXPECT_EQ(selected(), (std::vector<bool>{false, true, true, true}));
  tiny.options.select_except = {"train29", "train2."};
  EXPECT_EQ(selected(), (std::vector<bool>{false, true, false, false}));
}

TEST(ScreenLearnedTest, ThresholdsCanBeChosenOnShortCommentsOnly) {
  std::vector<LabelledComment> items;
  std::string letter = "It was a long week";
  for (int i = 0; i < 40; ++i) letter += " and then another day";
  for (const std::string& text : {std::string("It was a long week."), letter}) {
    items.push_back(LabelledComment{"train1.jsonl", text, L::kNone, false, "train1"});
  }
  TinyTraining tiny;
  tiny.options.select_words_under = kShortCommentWords;
  const PreparedData data = tiny.Prepared(items);
  EXPECT_TRUE(data.comments[0].select);
  EXPECT_FALSE(data.comments[1].select) << "a letter of " << CountWords(letter) << " words";
}

TEST(ScreenLearnedTest, TheShortCommentLimitMustBeAWholeNumberOfWords) {
  const auto parse = [](std::string value, TrainOptions& o) {
    std::string name = "--select-words-under";
    char* argv[] = {name.data(), value.data()};
    int i = 0;
    return rapport::tools::ParseTrainOption(2, argv, i, o);
  };
  TrainOptions o;
  EXPECT_EQ(parse("40", o), 1);
  EXPECT_EQ(o.select_words_under, 40);
  for (const char* bad : {"0", "-3", "12.5", "forty", "1e12"}) {
    TrainOptions untouched;
    EXPECT_EQ(parse(bad, untouched), -1) << bad;
    EXPECT_EQ(untouched.select_words_under, 0) << bad;
  }
}

TEST(ScreenLearnedTest, TrainingLearnsItsData) {
  const std::vector<LabelledComment> items = TinyTrainingSet();
  // Thresholds cross-validated on twenty items mean little: judge the weights at 0.5.
  std::istringstream trained(TrainTiny(items));
  std::string model;
  for (std::string line; std::getline(trained, line);) {
    if (line.rfind("threshold ", 0) == 0) line = line.substr(0, line.rfind(' ')) + " 0.5";
    model += line + "\n";
  }
  Result<Screener> s = Screener::FromRules(BuiltInRules(), model);
  ASSERT_TRUE(s.ok()) << s.error().message;
  // In-sample, the learned part must at least catch the crisis wordings no rule knows.
  EXPECT_EQ(s->Screen("Everything is arranged for Friday, the letters are written.").level, L::kCrisis);
  EXPECT_EQ(s->Screen("Lovely article about breaks, thank you.").level, L::kNone);
}

TEST(ScreenLearnedTest, TrainingScoresALoneSentenceOnlyWhenItIsSureEnough) {
  // Feature 1 is crisis evidence, feature 2 counts against it.
  HeadWeights head;
  head.bias = -2;
  head.weights = {{1, 5.0}, {2, -10.0}};
  PreparedComment comment;
  comment.sentences = {{2}, {1}, {2}};
  const double paired = ScoreComment(head, comment);
  EXPECT_DOUBLE_EQ(paired, -7.0);                            // best window: a pair
  EXPECT_DOUBLE_EQ(ScoreComment(head, comment, 2.5), 3.0);   // the sentence alone reaches the line
  EXPECT_DOUBLE_EQ(ScoreComment(head, comment, 3.5), -7.0);  // it does not
  TrainOptions options;
  options.single = 0.95;
  EXPECT_NEAR(SingleLogit(Head::kCrisis, options), std::log(0.95 / 0.05), 1e-12);
  EXPECT_TRUE(std::isinf(SingleLogit(Head::kRisk, options)));  // the crisis head only
  options.single = 0;
  EXPECT_TRUE(std::isinf(SingleLogit(Head::kCrisis, options)));
}

TEST(ScreenLearnedTest, ThresholdsAreChosenWithTheHoldsTheVetoLeaves) {
  // Six harmless comments and two crises, scored by hand (logits). The budget
  // allows one needless hold. A long letter is held by a rule the model thinks
  // little of (P(risk) 0.1); a short harmless comment scores 0.5 for crisis, a
  // crisis just below it.
  PreparedData data;
  std::array<std::vector<double>, kHeads> scores;
  const auto add = [&](L label, double crisis_logit, double risk_logit, int sentences = 1, L rules = L::kNone) {
    PreparedComment c;
    c.label = label;
    c.rule_level = rules;
    c.sentences.assign(static_cast<std::size_t>(sentences), {});
    data.comments.push_back(c);
    scores[0].push_back(crisis_logit);
    scores[1].push_back(risk_logit);
  };
  add(L::kNone, -5, std::log(0.1 / 0.9), 4, L::kConcern);  // the long letter the rule holds
  add(L::kNone, 0.0, -5);                                  // the short harmless comment
  for (int i = 0; i < 4; ++i) add(L::kNone, -5, -5);
  add(L::kCrisis, 2.0, -5);
  add(L::kCrisis, -0.5, -5);
  TrainOptions options;
  options.max_fpr_none = 1.0 / 6;
  options.max_fpr_hard = 1.0;
  options.veto = 0.05;
  const std::vector<int> all = {0, 1, 2, 3, 4, 5, 6, 7};
  const auto crises_found = [&](const Thresholds& t) {
    return (LearnedLevel(scores[0][6], scores[1][6], t) == L::kCrisis) +
           (LearnedLevel(scores[0][7], scores[1][7], t) == L::kCrisis);
  };
  // A veto of 0.05 leaves the letter's hold, which spends the budget: one
  // crisis found, and the short harmless comment is not held.
  const Thresholds kept = ChooseThresholds(data, all, scores, options);
  EXPECT_EQ(crises_found(kept), 1);
  EXPECT_EQ(LearnedLevel(scores[0][1], scores[1][1], kept), L::kNone);
  // A veto of 0.2 sets it aside; the hold saved goes to a lower threshold,
  // which finds the second crisis and holds the short harmless comment.
  options.veto = 0.2;
  const Thresholds freed = ChooseThresholds(data, all, scores, options);
  EXPECT_EQ(crises_found(freed), 2);
  EXPECT_EQ(LearnedLevel(scores[0][1], scores[1][1], freed), L::kCrisis);
}

TEST(ScreenLearnedTest, PrettyFeatureNames) {
  EXPECT_EQ(PrettyFeature("u:date"), "'date'");
  EXPECT_EQ(PrettyFeature("u:NEG_want"), "'want' (negated)");
  EXPECT_EQ(PrettyFeature("b:a date"), "'a date'");
  EXPECT_EQ(PrettyFeature("st:decid"), "'decid-'");
  EXPECT_EQ(PrettyFeature("sb:NEG_want NEG_die"), "'want- die-' (negated)");
  EXPECT_EQ(PrettyFeature("k:want _ die"), "'want ... die'");
  EXPECT_EQ(PrettyFeature("k:Q_want _ _ Q_die"), "'want ... die' (quoted)");
  EXPECT_EQ(PrettyFeature("c:PLAN|s=first"), "[PLAN words, I]");
  EXPECT_EQ(PrettyFeature("c:PLAN|t=past"), "[PLAN words, time past]");
  EXPECT_EQ(PrettyFeature("cc:PLAN&NEARTIME"), "[PLAN + NEARTIME words]");
  EXPECT_EQ(PrettyFeature("r:plan:crisis"), "[rule plan:crisis]");
  EXPECT_EQ(PrettyFeature("rc:negated"), "[rule cleared: negated]");
  EXPECT_EQ(PrettyFeature("e:NEG_pills"), "[words like 'pills'] (negated)");
  EXPECT_EQ(PrettyFeature("g:drugs|s=first"), "[words like 'drugs', broadly, I]");
  EXPECT_EQ(PrettyFeature("eb:i NEG_#stopped"), "'i [like stopped]' (negated)");
}

}  // namespace
}  // namespace rapport::screening
