// Tests for the crisis-language screener. Every example here was written for
// these tests (none is copied from the labelled sets in tests/data/screening).
// Content note: the strings describe suicide and self-harm, without method detail.
#include "screening/screener.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "screening_cases.h"

namespace rapport::screening {
namespace {

using L = RiskLevel;
using namespace testkit;  // NOLINT(google-build-using-namespace): the shared screening test helpers

// ---------------------------------------------------------------------------
// Rule families

TEST(ScreenerTest, IntentPhrasesAreCrisis) {
  ExpectLevels({
      {"I'm going to kill myself this weekend.", L::kCrisis},
      {"honestly im gonna kms, nothing is working", L::kCrisis},
      {"I have decided to end my life.", L::kCrisis},
      {"i want to unalive myself", L::kCrisis},
      {"I'm seriously considering suicide.", L::kCrisis},
      {"I'm suicidal again and I don't trust myself.", L::kCrisis},
      {"I'm thinking of ending it all.", L::kCrisis},
      {"The thoughts about killing myself are louder every day.", L::kCrisis},
      {"I KEEP THINKING ABOUT TAKING MY OWN LIFE", L::kCrisis},
      {"Im going to check out for good.", L::kCrisis},
      {"I want to kiiiiill myself", L::kCrisis},
  });
}

TEST(ScreenerTest, ConditionalIntentIsCrisis) {
  ExpectLevels({
      {"If the tribunal goes against me I'll end it.", L::kCrisis},
      {"If my counsellor stops seeing me, I will take my own life.", L::kCrisis},
      {"When my mum passes I'm going with her.", L::kCrisis},
      {"If I get kicked off the course I won't be here when the results come out.", L::kCrisis},
      {"once the house is sold I am not going to be alive much longer", L::kCrisis},
  });
}

TEST(ScreenerTest, PlansAndPreparationAreCrisis) {
  ExpectLevels({
      {"I've been stockpiling painkillers for a month.", L::kCrisis},
      {"I have chosen the day and the place.", L::kCrisis},
      {"I've been looking up ways to die that wouldn't hurt.", L::kCrisis},
      {"I've drafted a suicide note and hidden it.", L::kCrisis},
      {"I put a letter in the drawer for my partner to read after I'm gone.", L::kCrisis},
      // Two weak preparation cues support each other; either alone does not.
      {"I've updated my will and deleted all my social media.", L::kCrisis},
      {"I've updated my will.", L::kNone},
  });
}

TEST(ScreenerTest, FarewellFramingIsCrisis) {
  ExpectLevels({
      {"This is my last post. Thank you for the kindness.", L::kCrisis},
      {"By the time you see this I will be gone.", L::kCrisis},
      {"I'm saying my goodbyes here. Please don't blame yourselves.", L::kCrisis},
      {"I won't be around to read the replies.", L::kCrisis},
      // A farewell-looking phrase about a holiday or a therapy ending is not.
      {"By the time you read this I'll be on a beach in Crete!", L::kNone},
      {"This is my last comment before the summer break, see you in September.", L::kNone},
      {"I wrote a goodbye letter for my final session and read it to her.", L::kNone},
  });
}

TEST(ScreenerTest, AttemptsRecentAreCrisisPastAreConcern) {
  ExpectLevels({
      {"I tried to kill myself on Saturday.", L::kCrisis},
      {"Took an overdose four days ago, home now.", L::kCrisis},
      {"I attempted again last week.", L::kCrisis},
      {"I swallowed a whole box of tablets an hour ago.", L::kCrisis},
      {"I tried to kill myself when I was fifteen.", L::kConcern},
      {"I overdosed at 19, years before I met my husband.", L::kConcern},
      {"Survived an attempt in my twenties.", L::kConcern},
  });
}

TEST(ScreenerTest, ASentenceThatPointsBackGivesTheTime) {
  // With no time in its own sentence, an act takes the time of a next sentence
  // that opens by pointing back at it.
  ExpectLevels({
      {"I hurt myself on purpose. That was twelve years ago, and I'm well now.", L::kConcern},
      {"I tried to take my life. It happened when I was at university.", L::kConcern},
      {"I hurt myself on purpose. That was last night.", L::kCrisis},
      {"I hurt myself on purpose. It was the first time since the spring.", L::kCrisis},
      // Only a sentence that points back: a new thought with a date of its own says nothing of the act.
      {"I hurt myself on purpose. Years ago my sister taught me to knit.", L::kCrisis},
  });
}

TEST(ScreenerTest, CurrentSelfHarmIsCrisis) {
  ExpectLevels({
      {"I cut myself again last night.", L::kCrisis},
      {"I've been burning my arms most nights.", L::kCrisis},
      {"Self-harmed this morning before work.", L::kCrisis},
      {"I hit myself until it bruises when I get things wrong.", L::kCrisis},
      {"sh again tonight.", L::kCrisis},
      {"I'm still cutting and nobody knows.", L::kCrisis},
  });
}

TEST(ScreenerTest, RelapseIsCurrentHoweverLongTheGap) {
  ExpectLevels({
      {"Relapsed with self-harm yesterday after four years clean.", L::kCrisis},
      {"I cut for the first time in three years last night.", L::kCrisis},
      {"My clean streak reset to zero today.", L::kCrisis},
  });
}

TEST(ScreenerTest, PastSelfHarmRecoveryAndUrgesAreConcern) {
  ExpectLevels({
      {"I used to cut when I was at university.", L::kConcern},
      {"I self-harmed all through my teens.", L::kConcern},
      {"Two years self-harm free today!", L::kConcern},
      {"I haven't hurt myself in eight months.", L::kConcern},
      {"My old scars itch in the heat.", L::kConcern},
      {"The urge to cut was awful tonight but I held on.", L::kConcern},
      {"I wanted to hurt myself after the call, I went for a walk instead.", L::kConcern},
      {"I'm scared I'll hurt myself while she's on leave.", L::kConcern},
  });
}

TEST(ScreenerTest, PassiveWishesAreConcern) {
  ExpectLevels({
      {"I wish I was dead.", L::kConcern},
      {"Some nights I hope I won't wake up.", L::kConcern},
      {"I don't want to be alive anymore.", L::kConcern},
      {"I'm tired of existing.", L::kConcern},
      {"Everyone would be better off if I was gone.", L::kConcern},
      {"Sometimes I think it would be easier if I wasn't here.", L::kConcern},
      {"I'd rather be dead than move back to that town, I can't do it again.", L::kConcern},
      {"I wish I'd never been born.", L::kConcern},
      {"I want it all to stop for good.", L::kConcern},
      {"Honestly I just want everything to stop, permanently.", L::kConcern},
  });
}

TEST(ScreenerTest, HopelessnessBurdenAndEntrapmentAreConcern) {
  ExpectRulesLevels({
      {"There's no point anymore.", L::kConcern},
      {"There's no point in anything.", L::kConcern},
      {"There's no point in trying to fix the printer anymore.", L::kNone},
      {"There's no point arguing with her about the rota.", L::kNone},
      // It weighs little as support: "I don't blame her" is no farewell beside it.
      {"There's no point anymore, I just turn up and sit there. My therapist is kind. I don't blame her.",
       L::kConcern},
  });
  EXPECT_TRUE(ScreenRulesOnly("I'm worried about my dad, he says there's no point in anything.").third_party);
  ExpectLevels({
      {"I can't go on like this.", L::kConcern},
      {"I feel completely trapped.", L::kConcern},
      {"I'm such a burden to everyone.", L::kConcern},
      {"There's no reason to keep going.", L::kConcern},
      {"Nobody would even notice if I disappeared.", L::kConcern},
      {"I can't see any way forward.", L::kConcern},
      {"I'm at the end of my tether.", L::kConcern},
      {"I'm at the end of my tether with life.", L::kConcern},
  });
  // With someone or something named, it is exasperation.
  ExpectLevels({
      {"I'm at the end of my rope with the builders next door.", L::kNone},
      {"I'm at the end of my tether with my boss.", L::kNone},
      {"I can't go on like this with my family at Christmas, so this year I'm not going.", L::kNone},
      {"Can't carry on like this with the 7am sessions, I'm asking her to move me.", L::kNone},
      {"We've reached the end of the road with IVF.", L::kNone},
  });
  // Only ordinary things named: the pain, the thoughts, the voices and one's life still count.
  ExpectRulesLevels({
      {"I can't go on like this with my life.", L::kConcern},
      {"I've reached the end of the road.", L::kConcern},
      {"I can't go on like this with the pain.", L::kConcern},
      {"I'm at the end of my tether with the thoughts in my head.", L::kConcern},
      {"I can't carry on like this with these voices.", L::kConcern},
      {"I've reached the end of the road with my life.", L::kConcern},
  });
}

TEST(ScreenerTest, SeveralConcernsDoNotAddUpToCrisis) {
  const Screening s = Screen(
      "I'm so tired of being alive. I feel like a burden. I can't see a future. Nobody would miss me. "
      "Everything is hopeless.");
  EXPECT_EQ(s.level, L::kConcern) << Explain(s);
  EXPECT_GE(s.matches.size(), 4u);
}

TEST(ScreenerTest, PassiveWishWithAPlanCueIsEscalated) {
  const Screening s = Screen("I want to die. I'm going to do it tonight.");
  EXPECT_EQ(s.level, L::kCrisis) << Explain(s);
  // A plan cue on its own is too weak to count.
  EXPECT_EQ(Screen("I'm going to do it tonight, wish me luck with the speech!").level, L::kNone);
  const Screening same = Screen("I don't want to live and I'm going to do something about it this weekend.");
  EXPECT_EQ(same.level, L::kCrisis);
  EXPECT_TRUE(HasReason(same, "escalated")) << Explain(same);
}

// ---------------------------------------------------------------------------
// Neutralisers: idioms and harmless senses mask tokens

TEST(ScreenerTest, IdiomsAreNeutralised) {
  ExpectLevels({
      {"This commute is killing me.", L::kNone},
      {"I could die of embarrassment every time I cry in session.", L::kNone},
      {"I'm dying to know how the story ends.", L::kNone},
      {"She absolutely killed it at the recital.", L::kNone},
      {"I was scared to death before my first group.", L::kNone},
      {"Bored to death in the waiting room.", L::kNone},
      {"dead tired after work", L::kNone},
      {"The deadline is Friday.", L::kNone},
      {"My old firm cut corners on everything.", L::kNone},
      {"They use a cutting-edge method.", L::kNone},
      {"Hang in there, it gets easier.", L::kNone},
      {"Shoot me a message if you want the link.", L::kNone},
      {"The chocolate cake there is to die for.", L::kNone},
      {"I nearly died laughing at the cat.", L::kNone},
      {"I overdosed on coffee before the interview.", L::kNone},
      {"I'm ending things with him, finally.", L::kNone},
      {"I want to end things with my therapist, she never listens.", L::kNone},
      {"I'd rather die than wear matching pyjamas at Christmas.", L::kNone},
      {"I burnt myself on the kettle this morning.", L::kNone},
      {"I was so embarrassed I wanted to die.", L::kNone},
      {"I've been burning myself out at work.", L::kNone},
      {"I shot myself in the foot by cancelling.", L::kNone},
  });
}

TEST(ScreenerTest, AnIdiomMasksOnlyItsOwnWords) {
  // "killing me" is an idiom; the risk sentence next to it still counts.
  const Screening s = Screen("This job is killing me. I want to kill myself.");
  EXPECT_EQ(s.level, L::kCrisis);
  EXPECT_TRUE(Fired(s, "SI-KILL-MYSELF"));
}

TEST(ScreenerTest, LaughterClearsHyperbole) {
  EXPECT_EQ(Screen("I'd rather die than sing in public 😂").level, L::kNone);
  EXPECT_TRUE(ClearedFor(Screen("Honestly I'd rather die than go to that party lol"), "PW-RATHER-DIE", "humour"));
  EXPECT_EQ(Screen("I'd rather die than go back to that ward. I'm shaking just thinking about it.").level, L::kConcern);
}

TEST(ScreenerTest, AlwaysPhrasesIgnoreIdiomsButNotNegation) {
  EXPECT_EQ(Screen("i'm gonna kill myself lol").level, L::kCrisis);
  EXPECT_EQ(Screen("I would never kill myself.").level, L::kNone);
}

TEST(ScreenerTest, AnAlwaysIdiomMasksAnAlwaysPhraseButOnlyWhole) {
  // "kill myself laughing" is marked "neutral ... always": certain enough to
  // mask "kill myself" inside it, and never read across a comma.
  EXPECT_EQ(ScreenRulesOnly("I kill myself laughing at my own jokes in therapy").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("I want to kill myself, laughing about it won't help").level, L::kCrisis);
  const std::string rules =
      "version t\nneutral N-X always : kill myself laughing\nrule K crisis x 1 flags=always : kill myself\n";
  Result<Screener> s = Screener::FromRules(rules, "");
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->Screen("kill myself laughing").level, L::kNone);
  std::string plain = rules;
  plain.replace(plain.find(" always :"), 9, " :");
  Result<Screener> weak = Screener::FromRules(plain, "");
  ASSERT_TRUE(weak.ok()) << weak.error().message;
  EXPECT_EQ(weak->Screen("kill myself laughing").level, L::kCrisis);
  // The masks of one comment never reach the next: "but" ends the negation's
  // clause here, where "kill myself laughing" was masked a comment before.
  EXPECT_EQ(ScreenRulesOnly("I kill myself laughing at my own jokes").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("not ok but i want to die").level, L::kConcern);
}

// ---------------------------------------------------------------------------
// Negation, pseudo-negation, termination

TEST(ScreenerTest, TrueNegationClearsTheMatch) {
  const Screening s = Screen("I have never self-harmed.");
  EXPECT_EQ(s.level, L::kNone);
  EXPECT_TRUE(ClearedFor(s, "SH-SELF-HARMED", "negated")) << Explain(s);
  ExpectLevels({
      {"I'm not suicidal.", L::kNone},
      {"I don't want to die, I want things to change.", L::kNone},
      {"Not once have I tried to kill myself.", L::kNone},
      {"No thoughts of harming myself, just very low.", L::kNone},
      {"Nobody in my family has ever been suicidal.", L::kNone},
  });
}

TEST(ScreenerTest, NegationInsideTheRiskPhraseIsPseudoNegation) {
  ExpectLevels({
      {"I don't want to live anymore.", L::kConcern},
      {"I can't carry on like this.", L::kConcern},
      {"There's no point in living.", L::kConcern},
      {"No one would miss me.", L::kConcern},
      {"I'm not going to be alive by Christmas.", L::kCrisis},
      {"I no longer want to be here any more.", L::kConcern},
  });
}

TEST(ScreenerTest, PseudoNegationCuesDoNotNegate) {
  ExpectLevels({
      {"Nobody knows I cut myself last night.", L::kCrisis},
      {"I don't know why I want to die, I just do.", L::kConcern},
      {"Not gonna lie, I've been thinking about suicide again.", L::kCrisis},
  });
}

TEST(ScreenerTest, NegationScopeEndsAtButAndAtCommas) {
  ExpectLevels({
      {"I'm not suicidal, but I wouldn't mind not waking up tomorrow.", L::kConcern},
      {"I'm not suicidal. But your article on anger was brilliant.", L::kNone},
      {"I don't want to kill myself, but I don't want to be here anymore.", L::kConcern},
      {"I can't pay for therapy anymore, I will end my life.", L::kCrisis},
  });
}

// ---------------------------------------------------------------------------
// Quotes, titles, reported speech

TEST(ScreenerTest, QuotationsAndTitlesAreNotTheWriter) {
  ExpectLevels({
      {"The poster said \"suicide is preventable\" in huge letters.", L::kNone},
      {"Her line \"I want to kill myself\" in the second act made me cry.", L::kNone},
      {"We read To Kill A Mockingbird at school.", L::kNone},
      {"That song Kill Myself Slowly is on repeat in the gym.", L::kNone},
      {"> I want to die\nI've read this comment and it makes me sad for whoever wrote it.", L::kNone},
      {"<blockquote>I don't want to live anymore</blockquote><p>Powerful quote from the book.</p>", L::kNone},
  });
}

TEST(ScreenerTest, QuotingOneselfStillCounts) {
  const Screening s = Screen("I told her \"I want to kill myself\" and she just nodded.");
  EXPECT_EQ(s.level, L::kCrisis) << Explain(s);
  EXPECT_TRUE(HasReason(s, "quoted-self"));
}

TEST(ScreenerTest, QuotedWordsOfSomeoneCloseAreThirdParty) {
  const Screening s = Screen("My son said \"I want to die\" at breakfast today.");
  EXPECT_EQ(s.level, L::kConcern) << Explain(s);
  EXPECT_TRUE(s.third_party);
}

TEST(ScreenerTest, ScareQuotesAreNotQuotations) {
  // One or two quoted words are emphasis, not someone else's sentence.
  EXPECT_EQ(Screen("I keep \"accidentally\" cutting myself every night.").level, L::kCrisis);
}

// ---------------------------------------------------------------------------
// Subjects: third parties, generic people, second person

TEST(ScreenerTest, SomeoneElseAtRiskNowIsThirdPartyConcern) {
  for (const char* text : {
           "My sister keeps saying she wants to die.",
           "My boyfriend says he'll kill himself if I go.",
           "My flatmate has been cutting again.",
           "My dad tried to end his life last month.",
           "My friend is suicidal and won't see anyone.",
           "My daughter has been self-harming since the autumn.",
       }) {
    const Screening s = Screen(text);
    EXPECT_EQ(s.level, L::kConcern) << text << "\n  got: " << Explain(s);
    EXPECT_TRUE(s.third_party) << text;
  }
}

TEST(ScreenerTest, SomeoneElsesPastOrDeathIsNotRisk) {
  ExpectLevels({
      {"My uncle killed himself when I was small.", L::kNone},
      {"My grandmother took her own life in 1971.", L::kNone},
      {"A classmate died by suicide last year.", L::kNone},
      {"My brother self-harmed when we were teenagers; he's fine now.", L::kNone},
      {"In the novel, the hero wants to die after the war.", L::kNone},
  });
}

TEST(ScreenerTest, PeopleInGeneralAndProfessionalsTalkingAreNotRisk) {
  ExpectLevels({
      {"If someone tells you they want to die, stay with them.", L::kNone},
      {"People who self-harm deserve kindness, not lectures.", L::kNone},
      {"When clients say they want to kill themselves I slow right down.", L::kNone},
      {"Are you thinking about suicide? is a hard question to ask.", L::kNone},
      {"My therapist asked whether I'd ever thought of ending my life. Never, thankfully.", L::kNone},
  });
}

TEST(ScreenerTest, SupportCommunityAbbreviationsAreRead) {
  ExpectLevels({
      {"been having SI again, really bad this week", L::kCrisis},
      {"My SI has been bad since the break started.", L::kCrisis},
      {"I have passive SI most days but no plans.", L::kConcern},
      {"I had SI back in college, it is long gone.", L::kConcern},
      {"My therapist asked whether I was having SI. I am not.", L::kNone},
      {"The SI units chapter was dull.", L::kNone},
  });
}

TEST(ScreenerTest, ADateSetForDyingAndPlansWithoutTheWriterAreCrises) {
  ExpectLevels({
      {"I've set a date to die and I don't want her talking me out of it.", L::kCrisis},
      {"I picked a day to end things.", L::kCrisis},
      {"I told her I had plans for the fortnight. They just don't include me being alive when she gets back.",
       L::kCrisis},
      {"thinking abt ctb more and more since the breakup", L::kCrisis},
      {"We have set a date for the wedding.", L::kNone},
      {"I set a day to tell her how I feel.", L::kNone},
      {"My plans for the summer include me being outside as much as possible.", L::kNone},
  });
}

TEST(ScreenerTest, OrdinaryUsesOfFarewellAndInjuryWordsAreNotRisk) {
  ExpectLevels({
      {"Confession: I overdosed on your archive this weekend and read forty posts.", L::kNone},
      {"First week at the gym I hurt myself on the rowing machine, very embarrassing.", L::kNone},
      {"This is my last comment here, at least for a while, so I wanted to say goodbye properly.", L::kNone},
      {"By the time anyone reads this I'll be on a plane to Auckland. I wanted to say goodbye.", L::kNone},
      {"This is my last comment here. Goodbye everyone.", L::kCrisis},
      {"By the time anyone reads this I'll be gone. I wanted to say goodbye.", L::kCrisis},
  });
}

TEST(ScreenerTest, AWordNamedFramesOnlyTheWordsRightAfterIt) {
  ExpectLevels({
      {"She used the word 'holiday' about her leave, and since then I've been thinking about killing myself every "
       "night.",
       L::kCrisis},
      {"Words like 'kill myself' get thrown around so casually at school.", L::kNone},
      {"My son asked what the word 'suicidal' means after a programme on TV.", L::kNone},
  });
}

TEST(ScreenerTest, AttemptsInPlainWordsAndTheirPast) {
  ExpectLevels({
      {"I tried to die on Sunday and nobody at work knows.", L::kCrisis},
      {"I took the tablets on purpose last night. I'm okay now, I think.", L::kCrisis},
      {"The winter I tried to die I had just lost my job. That was 2008.", L::kConcern},
      {"I was 16 when I tried to die, and I'm 52 now.", L::kConcern},
      {"I tried to die my hair blue for the concert and it came out grey.", L::kNone},
      {"I tried to die on that hill in the staff meeting and lost.", L::kNone},
  });
}

TEST(ScreenerTest, AReasonAfterACommaIsNotSomeoneElseSpeaking) {
  ExpectLevels({
      {"I want to kill myself, because my mum said I'm useless.", L::kCrisis},
      {"I've been suicidal all week, since my dad told me he's leaving.", L::kCrisis},
      {"'I want to die,' my sister said, and I didn't know what to say.", L::kConcern},
  });
}

TEST(ScreenerTest, SuicidalThoughtsAndOverdosesSaidPlainly) {
  ExpectLevels({
      {"suicidal since friday and it isn't easing", L::kCrisis},
      {"My head has been full of suicide all week.", L::kCrisis},
      {"I will make suicide after the exams, I am sorry.", L::kCrisis},
      {"I have suicide thoughts every night since the move.", L::kCrisis},
      {"I did the overdose on Saturday and was in hospital until Monday.", L::kCrisis},
      {"I was suicidal for months after the divorce in 2010.", L::kConcern},
      {"We did the overdose module in pharmacology today.", L::kNone},
      {"My nephew will do suicide awareness training at school.", L::kNone},
  });
}

TEST(ScreenerTest, ANegationInAConditionOrAThoughtThatGoesOnClearsNothing) {
  ExpectLevels({
      {"If the new tablets don't work I'm going to kill myself.", L::kCrisis},
      {"I haven't stopped thinking about suicide since the funeral.", L::kCrisis},
      {"My mind won't shut up about suicide tonight.", L::kCrisis},
      {"She didn't hear that I've been looking up ways to kill myself.", L::kCrisis},
      {"If I'm honest I don't want to die.", L::kNone},
      {"I would never kill myself, I promise you that.", L::kNone},
  });
}

TEST(ScreenerTest, ALetterDraftedInAQuotationIsTheWritersOwn) {
  ExpectLevels({
      {"I'll try it out here first: \"Dear Dr K, I missed two sessions because I took an overdose last week.\"",
       L::kCrisis},
      {"Her card said 'Dear Sam, I can't go on without you' and I cried.", L::kNone},
  });
}

TEST(ScreenerTest, AMilestoneCountedWithoutIsPastSelfHarm) {
  ExpectLevels({
      {"Eighteen months today without hurting myself. Small cake, big feelings.", L::kConcern},
      {"Three years without cutting carbs and I broke it with a pizza tonight.", L::kNone},
  });
}

TEST(ScreenerTest, WordsPutOnSomeoneElseAndThenOwnedAreTheWriters) {
  // The rules alone, so that what is tested is the self-reveal, not the model.
  const Screening owned = ScreenRulesOnly(
      "What would you say to someone who's promised themselves they'll kill themselves the same night? The "
      "friend is me.");
  EXPECT_EQ(owned.level, L::kCrisis) << Explain(owned);
  EXPECT_TRUE(HasReason(owned, "self-revealed")) << Explain(owned);
  EXPECT_EQ(ScreenRulesOnly("My novel ends with the main character checking out for good on the first snow. It "
                            "isn't fiction.")
                .level,
            L::kCrisis);
  // Without the reveal, or with it denied, the same words are someone else's.
  EXPECT_EQ(ScreenRulesOnly("What would you say to someone who's promised themselves they'll kill themselves the "
                            "same night?")
                .level,
            L::kNone);
  EXPECT_EQ(ScreenRulesOnly("For an essay: what would you say to someone who says they want to kill themselves? "
                            "Not asking for myself.")
                .level,
            L::kNone);
  EXPECT_EQ(ScreenRulesOnly("My novel ends with the main character checking out for good on the first snow.").level,
            L::kNone);
}

TEST(ScreenerTest, WriterRiskSurvivesAThirdPartyInTheSameComment) {
  const Screening s = Screen("My brother tried to kill himself years ago. Now I want to kill myself too.");
  EXPECT_EQ(s.level, L::kCrisis) << Explain(s);
}

// ---------------------------------------------------------------------------
// Time

TEST(ScreenerTest, TheNearestTimeMarkerDecides) {
  ExpectLevels({
      {"I keep thinking about ending my life, not like the vague thoughts I used to have.", L::kCrisis},
      {"When I was 14 I tried to kill myself, and I still think about it.", L::kConcern},
      {"I used to cut every day.", L::kConcern},
  });
}

// ---------------------------------------------------------------------------
// Discussion context

TEST(ScreenerTest, DiscussionContextLowersMentionsOnly) {
  const Screening talk = Screen("As a trainee counsellor I sat in on a lecture about suicidal thoughts in young men.");
  EXPECT_EQ(talk.level, L::kNone) << Explain(talk);
  EXPECT_TRUE(ClearedFor(talk, "SI-SUICIDAL-THOUGHTS", "discussion")) << Explain(talk);
  // Never first-person intent, plans or self-harm.
  EXPECT_EQ(Screen("I study suicide prevention, and I'm going to end my life this week.").level, L::kCrisis);
  EXPECT_EQ(Screen("As a nurse I know better, but I cut myself again last night.").level, L::kCrisis);
  // The writer's own thoughts stay theirs when the talk is sentences away...
  const Screening own = Screen(
      "I write it all down in my journal and I listened to a podcast on the way home. The anniversary "
      "was on Friday. I've been having thoughts of suicide every day since.");
  EXPECT_EQ(own.level, L::kCrisis) << Explain(own);
  EXPECT_EQ(Screen("My study group met at the library. Since the exam I've been having suicidal thoughts all week.").level,
            L::kCrisis);
  // ... but not when it frames them.
  EXPECT_EQ(Screen("As a volunteer on a crisis line, I hear about suicidal thoughts every shift.").level, L::kNone);
  // Everyday words are not professional talk; the words that make them so are.
  EXPECT_EQ(Screen("We took his coats to the charity shop. Thoughts of suicide, most nights.").level, L::kCrisis);
  EXPECT_EQ(Screen("The research on suicidal thoughts in carers is thin. I want to write my dissertation on it.").level,
            L::kNone);
}

// ---------------------------------------------------------------------------
// Normalisation reaches the rules

TEST(ScreenerTest, SpellingVariantsAreNormalised) {
  ExpectLevels({
      {"I dont want to live anymore", L::kConcern},
      {"im gonna end my life", L::kCrisis},
      {"I’m going to kill myself", L::kCrisis},
      {"I WANT TO DIE", L::kConcern},
      {"self harmed again tonite", L::kCrisis},
      {"selfharm again today", L::kCrisis},
      {"i wanna k1ll myself", L::kCrisis},
      {"ill kms if he leaves", L::kCrisis},
      {"id rather be dead than go back there, i cant breathe in that house", L::kConcern},
  });
}

TEST(ScreenerTest, NeverMatchesInsideWords) {
  // Built-in rules: "skill", "overkill", "deadline", "shanghai", "therapist" hold risk-like letters.
  ExpectLevels({
      {"She is a skilled therapist and the session was overkill in the best way.", L::kNone},
      {"The harmony class in Shanghai was a highlight.", L::kNone},
  });
  // A one-word custom rule shows the same.
  Result<Screener> custom = Screener::FromRules("version t1\nrule T-KILLED crisis test 1.0 : killed\n");
  ASSERT_TRUE(custom.ok()) << custom.error().message;
  EXPECT_EQ(custom->Screen("a skilled and unskilled workforce").level, L::kNone);
  EXPECT_EQ(custom->Screen("they killed the old rota").level, L::kCrisis);
}

TEST(ScreenerTest, OneRiskSentenceInALongCommentIsFound) {
  std::string text;
  for (int i = 0; i < 20; ++i) {
    text += "Thank you for the column about attachment and breaks, it helped me understand my week a little. ";
  }
  text += "I have decided to end my life before the spring. ";
  for (int i = 0; i < 20; ++i) text += "My therapist is kind and the waiting room has a lovely fish tank in it. ";
  const Screening s = Screen(text);
  EXPECT_EQ(s.level, L::kCrisis);
  ASSERT_FALSE(s.matches.empty());
  EXPECT_EQ(s.matches.front().excerpt, "end my life");
}

// ---------------------------------------------------------------------------
// Further modifiers

TEST(ScreenerTest, WordsAttributedAfterACommaAreReportedSpeech) {
  const Screening reported = Screen("I don't want to be here anymore, my dad said last night.");
  EXPECT_EQ(reported.level, L::kConcern) << Explain(reported);
  EXPECT_TRUE(reported.third_party);
  EXPECT_TRUE(HasReason(reported, "reported"));
  EXPECT_EQ(Screen("Death would be a relief, says the narrator of my book club novel.").level, L::kNone);
  EXPECT_EQ(Screen("I want to kill myself, I told her.").level, L::kCrisis);
}

TEST(ScreenerTest, CurrentSuicidalThoughtsAreACrisisEvenWithoutIntent) {
  // SAFE-MESSAGING §4.1: current thoughts of killing oneself are crisis, plan or
  // not; the author hears of them first.
  for (const char* text : {"I think about suicide most days. I would never act on it though.",
                           "I think about suicide sometimes but I'd never do it.",
                           "The suicidal thoughts are back. I'm not planning anything, they're just there."}) {
    const Screening s = Screen(text);
    EXPECT_EQ(s.level, L::kCrisis) << text << "\n" << Explain(s);
  }
  EXPECT_EQ(Screen("I think about suicide most days.").level, L::kCrisis);
  EXPECT_EQ(Screen("I'm going to kill myself, I won't do anything silly before then.").level, L::kCrisis);
  // Thoughts in the past, and a wish to be dead without thoughts of doing it, are a concern.
  EXPECT_EQ(Screen("I had suicidal thoughts at nineteen. I'm forty now and doing well.").level, L::kConcern);
  EXPECT_EQ(Screen("Some days I wish I could just not wake up.").level, L::kConcern);
}

TEST(ScreenerTest, TellingSomeoneThatIsTheWritersOwnReport) {
  // "someone that" here introduces what the writer says, not a generic person.
  const Screening s = ScreenRulesOnly("I should tell someone that on Saturday I attempted to take my life.");
  EXPECT_EQ(s.level, L::kCrisis) << Explain(s);
  EXPECT_EQ(ScreenRulesOnly("Someone who has tried to take their life needs kindness, not a lecture.").level,
            L::kNone);
}

TEST(ScreenerTest, MoreWaysOfSayingItAreFound) {
  ExpectLevels({
      {"thinking about deleting myself this week, for real, not just my account.", L::kCrisis},
      {"i took too many on purpose two days ago and nobody noticed.", L::kCrisis},
      {"im gonna close my eyes for good on friday.", L::kCrisis},
      {"I'm going to close my eyes for a minute before the kids get home.", L::kNone},
      {"I deleted my old blog and started again.", L::kNone},
      // Dropped g's, as many readers type them.
      {"been burnin meself again most nights", L::kCrisis},
      {"im goin to end it tonight", L::kCrisis},
  });
}

TEST(ScreenRulesTest, ASitesOwnRulesCanLetAProtectiveStatementLowerAThought) {
  const char* kRules = R"(version owner-thought
cue protective : (would never|will never) (act on it|do it)
rule T-THINK crisis ideation 1.0 flags=thought : think~ about suicide
)";
  Result<Screener> s = Screener::FromRules(kRules, "");
  ASSERT_TRUE(s.ok()) << s.error().message;
  const Screening lowered = s->Screen("I think about suicide most days. I would never act on it though.");
  EXPECT_EQ(lowered.level, L::kConcern) << Explain(lowered);
  EXPECT_TRUE(HasReason(lowered, "protective"));
  EXPECT_EQ(s->Screen("I think about suicide most days.").level, L::kCrisis);
}

TEST(ScreenerTest, WeakCuesNeedCompanyThatIsNotThemselves) {
  // One cue alone, or two readings of the same words, stay quiet. (The learned
  // part may still weigh a lone "I'm at peace with my decision." on its own.)
  EXPECT_EQ(ScreenRulesOnly("I'm at peace with my decision.").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("I've made my decision and I'm at peace with it: I'm retraining as a nurse.").level,
            L::kNone);
  EXPECT_EQ(Screen("Bye everyone! Back in a fortnight.").level, L::kNone);
  // Two separate cues do count.
  const Screening s = Screen("I've given my cat to my neighbour. Everything is sorted now.");
  EXPECT_EQ(s.level, L::kCrisis) << Explain(s);
  EXPECT_TRUE(HasReason(s, "supported"));
}

TEST(ScreenerTest, SomeoneElsesWordsAroundADeathAreGrief) {
  ExpectLevels({
      {"At the hospice my grandad said goodbye to us all, one by one.", L::kNone},
      {"My best friend said goodbye to everyone in the group chat and isn't answering.", L::kConcern},
  });
}

TEST(ScreenerTest, AOneWordAnswerIsItsOwnSentence) {
  // "no." answering a question does not negate what follows it.
  EXPECT_EQ(Screen("> are you safe right now?\n\nno. I'm going to end my life tonight.").level, L::kCrisis);
  EXPECT_EQ(Screen("> did you sleep?\nNo. I sat up all night wanting to kill myself.").level, L::kCrisis);
  // "No. 4" is a number: the series post and what follows are one sentence.
  EXPECT_EQ(Screen("Post No. 4 was about never wanting to kill myself again, and I don't.").level, L::kNone);
}

TEST(ScreenerTest, ADateWeSetTogetherIsAnOrdinaryPlan) {
  // "We" picking a date is a wedding or a last session agreed with the
  // therapist; the writer picking one alone is still read as a plan.
  EXPECT_EQ(ScreenRulesOnly("After six years we've picked the date. Our last session is in March.").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("My therapist and I talked for weeks, and then we set a date.").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("Nobody knows this, but I've picked the date.").level, L::kCrisis);
  EXPECT_EQ(ScreenRulesOnly("Chose the day. It will be after the funeral.").level, L::kCrisis);
  const Screening shared = ScreenRulesOnly("We've set a date.");
  EXPECT_TRUE(HasReason(shared, "shared-plan")) << Explain(shared);
}

TEST(ScreenerTest, OneGoodbyeLetterIsAWeakCueAndLettersAreAPlan) {
  // One goodbye letter or card is what an ending of therapy often asks for;
  // goodbye letters, notes and texts are a plan.
  EXPECT_EQ(ScreenRulesOnly("I've written a goodbye letter to read to her in our final session.").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("Wrote a goodbye letter to my anxiety this morning, as homework.").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("I've started my goodbye card for Thursday, our last session.").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("I've written my goodbye letters, one for each of my sisters.").level, L::kCrisis);
  EXPECT_EQ(ScreenRulesOnly("wrote a goodbye note tonight and put it in the drawer").level, L::kCrisis);
  // With company the one letter counts.
  EXPECT_EQ(ScreenRulesOnly("I've written a goodbye letter. I won't be here by the weekend.").level, L::kCrisis);
  // Someone else's goodbye message is still a worry for them; the writer's own
  // is for the plan rules above, and a suicide note is one whoever wrote it.
  EXPECT_EQ(ScreenRulesOnly("My flatmate posted a goodbye message in the group chat and won't answer.").level,
            L::kConcern);
  EXPECT_EQ(ScreenRulesOnly("My brother left us a goodbye note and we can't find him.").level, L::kConcern);
  EXPECT_EQ(ScreenRulesOnly("Sent me a goodbye text at 2am and her phone is off now.").level, L::kConcern);
  EXPECT_EQ(ScreenRulesOnly("Years ago I wrote a suicide note and never used it.").level, L::kConcern);
}

TEST(ScreenerTest, CuttingWithoutAnObjectIsSelfHarm) {
  ExpectLevels({
      {"After the session I went home and cut, and it has happened twice since.", L::kCrisis},
      {"I was clean for a year and I cut on Saturday.", L::kCrisis},
      {"I went home and cut the grass, then slept for ten hours.", L::kNone},
      {"We cut along the dotted line on Saturday and folded the cards.", L::kNone},
  });
}

TEST(ScreenerTest, OnlyNearbyTimeMarkersCount) {
  // "years ago" belongs to the therapy, not to the intention at the other end of the sentence.
  EXPECT_EQ(Screen("I started therapy years ago after my divorce and the move and everything else, and now I'm "
                   "going to take my own life.")
                .level,
            L::kCrisis);
  EXPECT_EQ(Screen("Years ago I saved up my tablets, but I'm in a good place now.").level, L::kConcern);
}

TEST(ScreenerTest, EuphemismsAreCaught) {
  ExpectLevels({
      {"I'm going to put myself out of my misery this weekend.", L::kCrisis},
      {"Ready to leave this world now.", L::kCrisis},
      {"logging off for good tonight", L::kCrisis},
      {"im gonna ctb", L::kCrisis},
      {"I want to go to sleep forever.", L::kConcern},
      {"I'm logging off for good from Twitter, it's toxic.", L::kNone},
      {"I'll end it here, this comment is long enough.", L::kNone},
  });
}

TEST(ScreenerTest, IronicScareQuotesStopAnIdiomFromMaskingRisk) {
  EXPECT_EQ(Screen("I burnt my arm on the oven again.").level, L::kNone);
  EXPECT_EQ(Screen("I \"accidentally\" burnt my arm again.").level, L::kCrisis);
}

TEST(ScreenerTest, PronounsAgreeWithTheirAntecedent) {
  // "him" is the husband, not "the kids".
  const Screening s = Screen("My husband says the kids would be better off without him.");
  EXPECT_EQ(s.level, L::kConcern) << Explain(s);
  EXPECT_TRUE(s.third_party);
}

TEST(ScreenerTest, SelfHarmByOthersAndOnPurpose) {
  const Screening other = Screen("My daughter cut herself again last night.");
  EXPECT_EQ(other.level, L::kConcern) << Explain(other);
  EXPECT_TRUE(other.third_party);
  EXPECT_EQ(Screen("I burnt my hand on purpose with the iron.").level, L::kCrisis);
  EXPECT_EQ(Screen("I used the blade again tonight.").level, L::kCrisis);
  EXPECT_EQ(Screen("I used a razor to shave my legs.").level, L::kNone);
}

// ---------------------------------------------------------------------------
// Explanations

TEST(ScreenerTest, GoldenExplanations) {
  EXPECT_EQ(Explain(Screen("I cut myself again last night after the session.")),
            "crisis | SH-ACT-SELF crisis \"cut myself\" +current");
  EXPECT_EQ(Explain(Screen("I used to hurt myself when I was a teenager.")),
            "concern | SH-USED-TO concern \"used to hurt myself\" +past");
  EXPECT_EQ(Explain(Screen("My sister says she wants to die.")),
            "concern third-party | PW-WANT-DIE concern \"wants to die\" +third-party");
  EXPECT_EQ(Explain(Screen("I'm not suicidal, but I wish I was dead.")),
            "concern | PW-WISH-DEAD concern \"wish I was dead\"");
  EXPECT_EQ(Explain(Screen("I don't want to live. I've saved up my tablets.")),
            "crisis | PW-DONT-WANT-LIVE concern \"don't want to live\" | PL-STOCKPILE crisis \"saved up my tablets\"");
  EXPECT_EQ(Explain(Screen("This exam is killing me.")), "none");
}

TEST(ScreenerTest, ClearedMatchesExplainThemselves) {
  const Screening s = Screen("My therapist asked if I had ever thought about killing myself. I haven't.");
  EXPECT_EQ(s.level, L::kNone);
  ASSERT_EQ(s.cleared.size(), 1u) << Explain(s);
  EXPECT_EQ(s.cleared[0].rule_id, "SI-KILLING-MYSELF");
  EXPECT_EQ(s.cleared[0].level, L::kNone);
  EXPECT_EQ(s.cleared[0].modifiers, std::vector<std::string>{"hypothetical"});
}

TEST(ScreenerTest, OffsetsAreByteRangesIntoTheOriginalText) {
  const std::string text = "Ça ne va pas… <b>Honnêtement</b>, I’m going to <i>kill myself</i> tonight. 😔";
  const Screening s = Screen(text);
  ASSERT_EQ(s.level, L::kCrisis) << Explain(s);
  ASSERT_FALSE(s.matches.empty());
  for (const Match& m : s.matches) {
    ASSERT_LE(m.begin, m.end);
    ASSERT_LE(m.end, text.size());
    EXPECT_EQ(text.substr(m.begin, m.end - m.begin), m.excerpt);
  }
  const Match& m = s.matches.front();
  EXPECT_EQ(m.rule_id, "SI-KILL-MYSELF");
  EXPECT_EQ(m.begin, text.find("kill"));
  EXPECT_EQ(m.end, text.find("</i>"));
}

TEST(ScreenerTest, RecordsTheRulesVersion) {
  EXPECT_FALSE(Screener::Default().version().empty());
  EXPECT_EQ(Screen("hello").rules_version, Screener::Default().version());
  EXPECT_EQ(Screen("").level, L::kNone);
  EXPECT_EQ(Screen("").rules_version, Screener::Default().version());
}

TEST(ScreenerTest, RiskLevelNames) {
  EXPECT_EQ(RiskLevelName(L::kNone), "none");
  EXPECT_EQ(RiskLevelName(L::kConcern), "concern");
  EXPECT_EQ(RiskLevelName(L::kCrisis), "crisis");
}

// ---------------------------------------------------------------------------
// Performance and threads

TEST(ScreenerTest, ScreensA64KiBCommentQuickly) {
  std::string text;
  const char* kSentences[] = {
      "I had a long week and my therapist is away, which is always hard for me. ",
      "This exam season is killing me but I'm getting through it. ",
      "I'm not suicidal, but I do feel hopeless some evenings. ",
      "My sister said \"I can't go on\" last year and I still think of it. ",
  };
  for (std::size_t i = 0; text.size() < 64 * 1024; ++i) text += kSentences[i % 4];
  text.resize(64 * 1024);
  double best_ms = 1e9;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const Screening s = Screen(text);
    best_ms =
        std::min(best_ms, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    EXPECT_EQ(s.level, L::kConcern);
  }
  // The target is well under 10 ms in a release build; the bound leaves room for slow CI machines.
  EXPECT_LT(best_ms, 50.0);
}

TEST(ScreenerTest, IsSafeToShareBetweenThreads) {
  const std::vector<std::string> texts = {"I want to kill myself.", "I wish I was dead.", "Lovely article!",
                                          "My friend has been cutting again."};
  std::vector<std::string> expected;
  for (const std::string& t : texts) expected.push_back(Explain(Screen(t)));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int i = 0; i < 200; ++i) {
        const std::size_t j = static_cast<std::size_t>(i + k) % texts.size();
        if (Explain(Screener::Default().Screen(texts[j])) != expected[j]) ++mismatches[static_cast<std::size_t>(k)];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

// ---------------------------------------------------------------------------
// Rules files

TEST(ScreenRulesTest, BuiltInRulesLoad) {
  const Screener& s = Screener::Default();
  EXPECT_NE(s.version().find("rapport"), std::string_view::npos);
  EXPECT_EQ(s.Screen("I want to kill myself").level, L::kCrisis);
}

TEST(ScreenRulesTest, ASiteOwnerCanAddAEuphemism) {
  const char* kRules = R"(# a small rules file
version owner-2
macro FP = (i|me|my)
cue negation : (not|never)
cue first : (i|me|my|myself)
rule EU-BUS crisis intent 1.0 : {FP} (am|will) (going to)? catch the last bus
rule EU-BUS-2 crisis intent 1.0 : catch~ the (last|final) bus [tonight]
neutral N-BUS : catch the last bus home
)";
  Result<Screener> bad = Screener::FromRules(kRules);
  ASSERT_FALSE(bad.ok());  // "(going to)?" is not the syntax: optional parts are [in brackets]
  EXPECT_NE(bad.error().message.find("rules line 6"), std::string::npos) << bad.error().message;

  std::string fixed = kRules;
  fixed.replace(fixed.find("(going to)?"), 11, "[going to]");
  Result<Screener> s = Screener::FromRules(fixed);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->version(), "owner-2");
  EXPECT_EQ(s->Screen("I am going to catch the last bus tonight.").level, L::kCrisis);
  EXPECT_EQ(s->Screen("I will never catch the last bus.").level, L::kNone);
  EXPECT_EQ(s->Screen("I need to catch the last bus home.").level, L::kNone);
  EXPECT_EQ(s->Screen("I am going to catch the last bus tonight.").rules_version, "owner-2");
}

TEST(ScreenRulesTest, ErrorsNameTheLine) {
  struct Bad {
    const char* text;
    const char* message;
  };
  const Bad cases[] = {
      {"version 1\nrule A crisis x 1 : (kill myself\n", "rules line 2: missing ')'"},
      {"version 1\n\nrule A panic x 1 : kill myself\n", "rules line 3: level must be none, concern or crisis"},
      {"version 1\nrule A crisis x 1 : {NOPE} myself\n", "rules line 2: unknown macro {NOPE}"},
      {"version 1\nrule A crisis x 1 kill myself\n", "rules line 2: missing ':'"},
      {"version 1\nfrobnicate A\n", "rules line 2: unknown directive 'frobnicate'"},
      {"version 1\nrule A crisis x 1 : kill\nrule A crisis x 1 : die\n", "rules line 3: rule id A used twice"},
      {"version 1\nrule A crisis x 1 flags=sometimes : kill\n", "rules line 2: unknown flag 'sometimes'"},
      {"version 1\nrule A crisis x 1 : [kill]\n", "rules line 2: pattern can match without consuming a word"},
      {"version 1\ncue colour : red\n", "rules line 2: unknown cue set 'colour'"},
      {"version 1\nneutral N sometimes : red\n", "rules line 2: expected 'neutral <ID> [always] : <pattern>'"},
      {"version 1\nmacro A = {A}\n", "rules line 2: unknown macro {A}"},
      {"version 1\nrule A crisis x 1 : kill *99 myself\n", "rules line 2: '*' needs a gap size"},
      {"rule A crisis x 1 : kill\n", "rules: no 'version' line"},
      {"version 1\n", "rules: no 'rule' lines"},
  };
  for (const Bad& c : cases) {
    Result<Screener> s = Screener::FromRules(c.text);
    ASSERT_FALSE(s.ok()) << c.text;
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(s.error().message.rfind(c.message, 0), 0u) << "got: " << s.error().message;
  }
}

TEST(ScreenerTest, ANegationEndsWhereATimeClauseBegins) {
  // "nothing" negates what is left undone, not the "when I'm gone" after it.
  const Screening undone =
      ScreenRulesOnly("I've sorted the bills and found the cat a new home, so nothing is left undone when I'm gone.");
  EXPECT_FALSE(HasReason(undone, "negated")) << Explain(undone);
  const Screening sorted =
      ScreenRulesOnly("I've cancelled my sessions and the gym, so there's nothing for anyone to sort out when I'm gone.");
  EXPECT_EQ(sorted.level, L::kCrisis);
  EXPECT_FALSE(HasReason(sorted, "negated")) << Explain(sorted);
  // "Not once" and "never before" are still one negation; "without" negates
  // what follows it closely.
  EXPECT_EQ(ScreenRulesOnly("I have never once thought about ending my life.").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("I got through the whole break without hurting myself.").level, L::kNone);
  EXPECT_EQ(ScreenRulesOnly("I can't get the thought of ending my life out of my head.").level, L::kCrisis);
  // "While I'm gone" is a time away, not a farewell.
  EXPECT_EQ(ScreenRulesOnly("Please don't post anything brilliant while I'm gone, I'm back on the 3rd.").level,
            L::kNone);
}

TEST(ScreenerTest, ANegationInAConditionDoesNotReachTheSentenceAfterIt) {
  // The match's own "I" is the new subject after the condition's "not".
  EXPECT_EQ(ScreenRulesOnly("If the tribunal doesn't go my way I'm ending it.").level, L::kCrisis);
  EXPECT_EQ(ScreenRulesOnly("If I can't keep the flat I'm ending it.").level, L::kCrisis);
  // Inside the pattern too: the condition's "nothing" is the condition's.
  const Screening deadline = ScreenRulesOnly("If nothing is better by the new year, that's it.");
  EXPECT_FALSE(HasReason(deadline, "negated")) << Explain(deadline);
  // A coordinated new subject ends the reach of a negation before it, unless
  // the negation is on the coordinator itself.
  const Screening started = ScreenRulesOnly("Nobody will come and I've already started.");
  EXPECT_FALSE(HasReason(started, "negated")) << Explain(started);
  EXPECT_EQ(ScreenRulesOnly("I'm staying in tonight, not because I want to die, just tired.").level, L::kNone);
  // Still negated: the writer's own "not" before their own words.
  EXPECT_EQ(ScreenRulesOnly("I don't think I'll hurt myself tonight.").level, L::kNone);
}

TEST(ScreenerTest, ASentenceThatSaysWhatWasMeantClearsTheOneBefore) {
  ExpectLevels({
      {"Next week I'm ending things. With my boyfriend, I mean.", L::kNone},
      {"I can't do this anymore. The job, I mean.", L::kNone},
      {"I'm done. I mean the course, not life.", L::kNone},
      // "I mean it" says nothing else was meant.
      {"I'm ending it tonight. I mean it.", L::kCrisis},
      // Only the sentence just before: a crisis two sentences back stays.
      {"I'm ending it tonight. Sorry. With my ex, I mean, it's over.", L::kCrisis},
  });
}

TEST(ScreenerTest, MarksFromTheKitchenAndTreatsOverdosedOnAreOrdinary) {
  ExpectLevels({
      {"Twelve years in restaurant kitchens, burns on my arms from the grill, and a back that aches.", L::kNone},
      {"Overdosed on mince pies at my aunt's and slept through the film.", L::kNone},
      // A cause told to someone else is not the writer's account of it.
      {"Told my GP the burns on my arm were from the oven. I did it again that night.", L::kCrisis},
      {"I overdosed on Sunday and nobody knows.", L::kCrisis},
  });
}

TEST(ScreenerTest, AnyoneElseAsksForTheWriterToo) {
  EXPECT_EQ(ScreenRulesOnly("Has anyone else felt suicidal every evening since the break started?").level,
            L::kCrisis);
  EXPECT_EQ(ScreenRulesOnly("Does anyone get suicidal thoughts on Sunday nights, or is it just me?").level,
            L::kCrisis);
  EXPECT_EQ(ScreenRulesOnly("Has anyone else been suicidal years ago and come through? I'd love some hope.").level,
            L::kConcern);
  // People in general, with nobody counting themselves in, stay general.
  EXPECT_EQ(ScreenRulesOnly("Some people feel suicidal during long breaks, the post says.").level, L::kNone);
}

TEST(ScreenerTest, TheWritersOwnWordsInQuotationMarksAreTheirs) {
  const Screening answer =
      ScreenRulesOnly("My honest answer to 'how was your week' would be: 'I cut myself again on Tuesday.'");
  EXPECT_EQ(answer.level, L::kCrisis) << Explain(answer);
  EXPECT_TRUE(HasReason(answer, "quoted-self")) << Explain(answer);
  EXPECT_EQ(ScreenRulesOnly("A character in the novel says 'I want to die' on every page.").level, L::kNone);
  // Someone else's message is theirs: a worry for them, not the writer's words.
  const Screening sister = ScreenRulesOnly("My sister sent a message last night: 'I can't go on, I want to die.'");
  EXPECT_TRUE(sister.third_party) << Explain(sister);
  EXPECT_FALSE(HasReason(sister, "quoted-self")) << Explain(sister);
}

TEST(ScreenerTest, AQuotedQuestionAnsweredYesIsTheWriters) {
  const Screening yes = ScreenRulesOnly("> are you having thoughts of suicide at the moment?\nyes. every night.");
  EXPECT_EQ(yes.level, L::kCrisis) << Explain(yes);
  EXPECT_TRUE(HasReason(yes, "answered-yes")) << Explain(yes);
  EXPECT_EQ(ScreenRulesOnly("> are you having thoughts of suicide at the moment?\nno, not at all, just worn out.").level,
            L::kNone);
  EXPECT_EQ(ScreenRulesOnly("> does anyone else think about suicide on Sundays?\nme? never. just the dread.").level,
            L::kNone);
  // The answer's own time counts.
  EXPECT_EQ(ScreenRulesOnly("> have you ever tried to end your life?\nyes, once, more than twenty years ago.").level,
            L::kConcern);
  EXPECT_EQ(ScreenRulesOnly("> have you ever tried to end your life?\nyes, on Saturday.").level, L::kCrisis);
  // How often is a yes: "most nights", "constantly".
  const Screening often = ScreenRulesOnly("> do the thoughts of suicide still come?\nmost nights. worse since the move.");
  EXPECT_TRUE(HasReason(often, "answered-yes")) << Explain(often);
  EXPECT_EQ(often.level, L::kCrisis) << Explain(often);
  EXPECT_TRUE(HasReason(ScreenRulesOnly("> do you still feel like a burden?\nconstantly."), "answered-yes"));
  // ... but not "still here", nor "every" before something other than a time.
  EXPECT_EQ(ScreenRulesOnly("> are the thoughts of suicide still there?\nstill here, and better than last year.").level,
            L::kNone);
  EXPECT_EQ(ScreenRulesOnly("> are you having thoughts of suicide?\nevery so often I wonder, no more than that.").level,
            L::kNone);
}

TEST(ScreenerTest, FollowingSomeoneWhoseDeathWasJustToldIsTheWritersOwn) {
  ExpectRulesLevels({
      {"My brother took his own life last spring. Some nights I want to follow him.", L::kCrisis},
      {"Grandad killed himself the winter I turned ten. Lately I keep thinking about going the same way.",
       L::kCrisis},
      // Nothing told before it to take on: ordinary.
      {"My sister quit her job last month and I'm thinking about doing the same.", L::kNone},
      {"He moved to Leeds for work. I want to follow him there next year.", L::kNone},
  });
}

TEST(ScreenerTest, OverdosedOnAnyShowFoodOrPastimeIsOrdinary) {
  ExpectRulesLevels({
      {"Overdosed on cooking programmes all weekend and now I want a stand mixer.", L::kNone},
      {"I have well and truly overdosed on Scandi crime dramas since the break started.", L::kNone},
      {"We overdosed on boxing classes in January and could barely lift a cup.", L::kNone},
      // Tablets are never a pastime, whatever follows them.
      {"I overdosed on my tablets and then put the telly on so nobody would hear.", L::kCrisis},
  });
}

TEST(ScreenerTest, AScarsOrdinaryCauseIsOrdinaryButACoverStoryIsNot) {
  ExpectRulesLevels({
      {"The scar across my stomach is from the operation I had at nine.", L::kNone},
      {"The marks on my hands are from a puppy who thinks fingers are toys.", L::kNone},
      {"I wake up with pillow marks on my face and my hair on end.", L::kNone},
      // "From me, not the cat": the cause the writer gives is themselves, so the
      // marks stay in view (the rules see marks; "new ones today" is the model's).
      {"The marks on my arm are from me, not the cat like I said. Three new ones today.", L::kConcern},
      {"I told everyone the burns on my legs were from a bonfire. I did them myself, again last night.", L::kCrisis},
  });
}

}  // namespace
}  // namespace rapport::screening
