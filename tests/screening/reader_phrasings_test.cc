// Sentences readers write, each read wrongly by an earlier release of the
// built-in rules, with harmless twins of the same shape. The rules are
// checked alone, except where the model's reading of a twin is the point
// (the model itself is tested in learned_test.cc). Every sentence was
// written for these tests.
// Content note: the strings describe suicide and self-harm, without method detail.
#include <gtest/gtest.h>

#include <vector>

#include "screening_cases.h"

namespace rapport::screening {
namespace {

using L = RiskLevel;
using namespace testkit;  // NOLINT(google-build-using-namespace): the shared screening test helpers

TEST(ScreenerTest, ACoverStoryTakenBackIsACrisis) {
  const std::vector<Case> cases = {
      {"I told everyone I burnt myself cooking but I did it on purpose.", L::kCrisis},
      {"I told the nurse I burnt it on the oven, but I did it myself.", L::kCrisis},
      {"I said I fell off my bike. The truth is I did it to myself.", L::kCrisis},
      {"I keep telling people the cat scratched me. It wasn't the cat.", L::kCrisis},
      // A story that was true, a haircut, or a story about something else.
      {"I burned myself cooking last night, ouch.", L::kNone},
      {"I told everyone the cat scratched me and it really was the cat, she hates the vet.", L::kNone},
      {"I said I fell off my bike and I really did, three stitches.", L::kNone},
      {"I told my sister I cut my hair myself and she laughed, I did it myself though!", L::kNone},
      {"She said I fell asleep in the session. I did not!", L::kNone},
      {"I told the kids the dog did it. It was not the dog, it was me with the red wine.", L::kNone},
      {"My son told the teacher he fell over. It wasn't an accident, another boy pushed him.", L::kNone},
      {"The cat scratched me and it was not an accident, she meant it!", L::kNone},
      // The taking back alone, beside another weak cue such as a gift, is not enough.
      {"I gave my old sofa to my sister. I did it myself, no removal van.", L::kNone},
  };
  ExpectRulesLevels(cases);
  // The story stands whatever the model makes of the words, so the crises stay crises.
  for (const Case& c : cases) {
    if (c.level == L::kCrisis) {
      EXPECT_EQ(Screen(c.text).level, L::kCrisis) << c.text;
    }
  }
}

TEST(ScreenerTest, WishingAnAttemptHadWorkedIsACrisis) {
  ExpectRulesLevels({
      {"Part of me wishes the overdose had worked.", L::kCrisis},
      {"I wish what I took had been enough.", L::kCrisis},
      {"I took too many of my tablets in March. I still wish it had worked.", L::kCrisis},
      // Someone else's wish is their crisis, passed on; a past wish is past risk.
      {"My sister wishes the overdose had worked, she told me at the hospital.", L::kConcern},
      {"I used to wish the overdose had worked. I don't any more.", L::kConcern},
      // "It" with no attempt near it is anything that did not work.
      {"I wish the diet had worked, I'd be in my old jeans.", L::kNone},
      {"I wish it had worked, the new meds were meant to help with sleep.", L::kNone},
      {"I gave my bike to my nephew. I wish it had worked out with the cycling club.", L::kNone},
  });
  EXPECT_TRUE(ScreenRulesOnly("My sister wishes the overdose had worked.").third_party);
}

TEST(ScreenerTest, APlanLeftUnsaidIsStillAPlan) {
  ExpectRulesLevels({
      {"I have a plan and a date.", L::kCrisis},
      {"I looked up how many it would take.", L::kCrisis},
      {"I've already worked out how many of my tablets it would take.", L::kCrisis},
      {"Back in 2015 I looked up how many it would take.", L::kConcern},
      // Said of "we", or of anything named, they are ordinary.
      {"We have a plan and a date!", L::kNone},
      {"I have a plan and a date for my last session.", L::kNone},
      {"I looked up how many tiles it would take for the bathroom.", L::kNone},
      {"I worked out how much it would take to pay off the loan.", L::kNone},
      {"I sat down and worked out how much it would take. We can afford the trip.", L::kNone},
  });
}

TEST(ScreenerTest, DeeperCloseToEndingItAndAWayNamedAreCrises) {
  ExpectRulesLevels({
      {"I've cut deeper than ever before.", L::kCrisis},
      {"I'm so close to ending it.", L::kCrisis},
      {"I'm going to drive into a wall.", L::kCrisis},
      {"I've cut deeper into my savings than I meant to.", L::kNone},
      {"The comment cut deeper than she knew.", L::kNone},
      {"I'm so close to ending it with him, he never listens.", L::kNone},
      {"I'm so close to doing it, 5k in under 30 minutes!", L::kNone},
      {"I will use this to finish it, the thesis is nearly done.", L::kNone},
      {"I'm going to drive into the city for the march.", L::kNone},
      {"I'm going to crash into the sofa and sleep for a week.", L::kNone},
      {"I swear I'm going to drive into a wall if I hear that song again 😂", L::kNone},
  });
}

TEST(ScreenerTest, InThePastIsPastButInThePastWeekIsNow) {
  ExpectRulesLevels({
      {"I have thought about suicide in the past but I'm in a much better place now.", L::kConcern},
      {"I have thought about suicide in the past week more than ever.", L::kCrisis},
  });
}

TEST(ScreenerTest, WhereTheWriterIsNowCanBeTheCrisis) {
  ExpectRulesLevels({
      {"I'm sitting on the edge of the roof.", L::kCrisis},
      {"Last night I sat in the car in the garage for a long time with the engine running.", L::kCrisis},
      {"I've been sitting in the bath with the razor for an hour.", L::kCrisis},
      {"I ordered something online that I'm going to use to end it.", L::kCrisis},
      {"I'm sitting on the edge of the bed writing this.", L::kNone},
      {"I'm sitting on the edge of the cliff with a picnic, the view is amazing.", L::kNone},
      {"We had the engine running in the garage to fix the exhaust, door wide open.", L::kNone},
      {"I'm lying in the bath with a book and a glass of wine.", L::kNone},
      {"I'm going to use the last session to end it properly with a card.", L::kNone},
  });
}

TEST(ScreenerTest, HurtOnTheWeekendOrOnTheWayHomeIsNotAnAccident) {
  ExpectRulesLevels({
      {"I cut myself on my birthday again.", L::kCrisis},
      {"i burned myself on the weekend and again on monday", L::kCrisis},
      {"I hurt myself on the walk home from my session.", L::kCrisis},
      {"Cut myself on the arm last night, first time in ages.", L::kCrisis},
      // An accident says what hurt and how.
      {"Cut my thumb on a jar lid making tea for everyone.", L::kNone},
      {"Hurt myself slipping on the ice outside the surgery, nothing broken.", L::kNone},
      {"Hurt myself at netball on Saturday, my ankle is the size of a grapefruit.", L::kNone},
      {"Burnt myself on the last tray of scones, my own fault for rushing.", L::kNone},
      {"Slipped and hurt myself on the way to the bus stop.", L::kNone},
  });
}

TEST(ScreenerTest, AMilestoneBrokenIsARelapseAndAMilestoneKeptIsRecovery) {
  ExpectRulesLevels({
      {"Ten months without hurting myself and I broke it on Friday after the session.", L::kCrisis},
      {"Two years of not cutting, and then the letter came and I was back at it.", L::kCrisis},
      {"A year clean from self harm until last night.", L::kCrisis},
      // The milestone stands, or the relapse is behind it.
      {"Ten months without hurting myself today, and I bought myself flowers.", L::kConcern},
      {"I relapsed in spring, and it's been ninety days now without hurting myself.", L::kConcern},
      {"It's been three years since I last relapsed and I'm proud of that.", L::kConcern},
  });
}

TEST(ScreenerTest, AskedAndAnsweredYesDependsOnTheQuestion) {
  ExpectRulesLevels({
      {"She asked whether I'd been thinking of suicide and I said yes.", L::kCrisis},
      {"My therapist asked if I could keep myself safe until Thursday and I said yes. I don't think I can.",
       L::kCrisis},
      // An ordinary question answered yes is ordinary.
      {"She asked if I wanted to keep our Thursday slot after the break, and I said yes.", L::kNone},
      {"The receptionist asked if I was okay with a later time and I said yes, of course.", L::kNone},
  });
}

TEST(ScreenerTest, AReportedQuestionIsAnsweredByWhatTheWriterSaid) {
  ExpectRulesLevels({
      // Asked, with words between, and answered no: a question, not a disclosure.
      {"The nurse asked me, very gently, whether I had ever tried to end my life, and I said no.", L::kNone},
      {"I've been asked four times this month whether I'm suicidal. I'm not, I'm grieving.", L::kNone},
      // Answered yes: the writer's, at the time the answer gives.
      {"The GP asked me, quite calmly, whether I'd ever taken an overdose. I said yes, when I was nineteen.",
       L::kConcern},
      {"My therapist asked me on Tuesday whether I'd been thinking of suicide. Yes. Every night this week.",
       L::kCrisis},
      // A question put to someone else stays about them: a worry for them.
      {"Please ask him, straight out, whether he's thinking about suicide.", L::kConcern},
      // Saying one lied answers yes, after the question or before it.
      {"My therapist asked if I was suicidal and I lied.", L::kCrisis},
      {"I lied when she asked if I was suicidal.", L::kCrisis},
      {"She asked if I had thoughts of killing myself. I lied and said no.", L::kCrisis},
      {"She asked if I was okay and I lied.", L::kNone},
      {"She asked if I was suicidal and I said no, which was true.", L::kNone},
  });
  const Screening yes = ScreenRulesOnly(
      "The GP asked me, quite calmly, whether I'd ever taken an overdose. I said yes, when I was nineteen.");
  EXPECT_TRUE(HasReason(yes, "answered-yes")) << Explain(yes);
}

// Rules 2025.34.
TEST(ScreenerTest, AGoodbyeTheyDoNotKnowIsAFarewell) {
  ExpectRulesLevels({
      {"I've started to say goodbye to people without them realising.", L::kCrisis},
      {"I've said goodbye to my nan without her knowing.", L::kCrisis},
      {"Been saying goodbye all week without anyone noticing.", L::kCrisis},
      {"She doesn't know it's goodbye.", L::kCrisis},
      // Someone else's goodbye, a goodbye with its own reason, a goodbye to a place.
      {"I said goodbye to my therapist for the summer without her noticing I was upset.", L::kNone},
      {"I said my goodbyes at the leaving do without anyone noticing I'd been crying in the loo.", L::kNone},
      {"We said goodbye to the old house without the kids realising we weren't coming back.", L::kNone},
      {"My son doesn't know how to say goodbye to his nan.", L::kNone},
      {"Mum doesn't know this is a goodbye party, it's a surprise for Dad's retirement.", L::kNone},
  });
}

TEST(ScreenerTest, WishingAnIllnessOrAnAccidentWouldTakeMeIsAPassiveWish) {
  ExpectRulesLevels({
      {"I keep hoping the cancer comes back.", L::kConcern},
      {"I wish the cancer had taken me instead of her.", L::kConcern},
      {"I sometimes hope I'll get hit crossing the road.", L::kConcern},
      {"I keep driving too fast hoping I'll crash.", L::kConcern},
      {"I can't keep fighting this. I've lost the will to live.", L::kConcern},
      {"I'm tired of pretending I want to be here.", L::kConcern},
      {"It would be so easy to just let go of the steering wheel on the motorway.", L::kConcern},
      {"i just want everything to go dark and stay dark", L::kConcern},
      {"Sometimes I stand on the balcony and think about leaning too far.", L::kConcern},
      {"There's no one left to stay for.", L::kConcern},
      // Hoping it does not come back, time it took, a crash on a friend's sofa, a long meeting.
      {"I'm hoping the cancer doesn't come back.", L::kNone},
      {"I wish it had taken me less time to ask for help.", L::kNone},
      {"I'm hoping I'll crash at my sister's on Friday after the concert.", L::kNone},
      {"After three hours on hold to the council I'd lost the will to live 😂", L::kNone},
      {"That meeting, honestly, I lost the will to live somewhere around slide forty.", L::kNone},
      {"I'm so tired of pretending I like living in the countryside.", L::kNone},
      {"It would be so easy to step off the treadmill of overtime and I still don't.", L::kNone},
      {"I want everything to go dark for the film screening.", L::kNone},
      {"I think about leaning too far into people-pleasing.", L::kNone},
      {"There's no one left to stay for at the office after six, so I go home.", L::kNone},
  });
}

TEST(ScreenerTest, AMeansOrAPlaceSaidPlainlyIsACrisis) {
  ExpectRulesLevels({
      {"I keep googling painless ways.", L::kCrisis},
      {"My plan is to walk into the sea on Sunday.", L::kCrisis},
      {"I've had the noose in my wardrobe for months.", L::kCrisis},
      {"I've been skipping insulin doses on purpose.", L::kCrisis},
      {"I took a handful of my mum's pills last night but I woke up.", L::kCrisis},
      {"I've been standing at the top of the multi-storey car park most evenings.", L::kCrisis},
      {"My head keeps telling me to jump.", L::kCrisis},
      // Someone else skipping insulin is a worry for them.
      {"My son skips his insulin on purpose when he's angry with me and I'm frightened.", L::kConcern},
      {"I keep googling painless ways to remove a splinter.", L::kNone},
      {"My plan is to walk into the sea at dawn for the New Year's Day dip.", L::kNone},
      {"We made a noose out of bunting for the Halloween display.", L::kNone},
      {"I skipped my insulin dose by accident and felt awful.", L::kNone},
      {"I took a handful of my mum's vitamins by mistake.", L::kNone},
      {"I've been going to the top of the car park most evenings to watch the sunset.", L::kNone},
      {"My head keeps telling me to do it, to just send the email to my therapist.", L::kNone},
      {"My brain keeps telling me to jump into the cold pool but I'm scared.", L::kNone},
      // Rules 2025.60: slicing is cutting; how many pills it takes; a car off the road.
      {"I sliced my arm open last night.", L::kCrisis},
      {"I've been researching how many pills it takes.", L::kCrisis},
      {"I'm going to drive my car off the road.", L::kCrisis},
      {"I want to drive off a bridge tonight.", L::kCrisis},
      {"I sliced my finger open chopping onions.", L::kNone},
      {"I looked up how many pills it takes before the new antidepressant works.", L::kNone},
      {"I'm going to drive off the road and park in the field for the festival.", L::kNone},
      // Jumping in to a conversation is an idiom; jumping in front of a train is not.
      {"I keep thinking about jumping in front of a train.", L::kCrisis},
      {"Just jumping in to say thank you for this post.", L::kNone},
      {"Sorry to jump in, but I felt the same about the summer break.", L::kNone},
      {"Jumping in here late, but this post made me cry.", L::kNone},
  });
}

TEST(ScreenerTest, WeakCuesTogetherMakeAPlanOrAFarewell) {
  ExpectRulesLevels({
      {"I dont want to be alive anymore and i have a way to do it", L::kCrisis},
      {"Part of me is hoping the cancer comes back so I don't have to do it myself.", L::kCrisis},
      {"I've stopped taking my heart medication on purpose. I'm hoping it just happens.", L::kCrisis},
      {"Honestly I think everyone would be relieved if I was gone. I've been thinking about how.", L::kCrisis},
      {"Im sorry mum. I love you. Its not your fault.", L::kCrisis},
      {"Please tell my therapist I'm sorry, she did everything she could.", L::kCrisis},
      {"Even my therapist can't help me now. I've made up my mind.", L::kCrisis},
      // Each alone, or beside nothing risky, is ordinary.
      {"Took me three tries but I found a way to do it.", L::kNone},
      {"I'm hoping the plumber comes back so I don't have to do it myself.", L::kNone},
      {"I'm 41 weeks pregnant and just hoping it happens soon.", L::kNone},
      {"I've been thinking about how. How she said it, I mean, not what she said.", L::kNone},
      {"It's not your fault. Grief does that to people.", L::kNone},
      {"Please tell my therapist I'm sorry I missed Tuesday.", L::kNone},
      {"My mum did everything she could for him, the nurses said.", L::kNone},
      {"Nobody can help me now, the shop's shut, so the curtains will have to wait.", L::kNone},
  });
}

TEST(ScreenerTest, AnAgeAtTheStartOfASentenceIsThePast) {
  ExpectRulesLevels({
      {"At 16 I took a handful of my mum's tablets. I'm telling my therapist next week.", L::kConcern},
      {"At seventeen I took an overdose and spent a week in hospital.", L::kConcern},
      {"Aged 15 I cut myself for the first time.", L::kConcern},
      // An hour is not an age, and "still" is now.
      {"At 2 I swallowed too many of my tablets.", L::kCrisis},
      {"At 34 I still cut myself most nights.", L::kCrisis},
  });
}

// Rules 2025.35.
TEST(ScreenerTest, AFarewellAWishAndAMeansSaidInOneSentence) {
  ExpectRulesLevels({
      {"This is the last time you'll hear from me.", L::kCrisis},
      {"I'm going to drink until I don't wake up.", L::kCrisis},
      {"i'm in the bath and i have a blade and i don't know why i'm typing this", L::kCrisis},
      {"Today I stood on the chair with the belt and then I got down. I'm scared of tomorrow.", L::kCrisis},
      {"I hope I die in my sleep tonight.", L::kConcern},
      {"My therapist doesn't know I've stopped eating. I want to fade away.", L::kConcern},
      {"me and my mind are not friends anymore. it tells me i should not exist.", L::kConcern},
      {"My whole life is a mistake. I wish my mother had never had me.", L::kConcern},
      {"I've been reckless on purpose lately, hoping something happens.", L::kConcern},
      {"Nobody would come to my funeral anyway.", L::kConcern},
      {"I'm drowning and nobody can see it.", L::kConcern},
      {"When the car skidded on the ice, part of me was disappointed we didn't crash.", L::kConcern},
      // The same words about a grumble, old age, a party, a prize, a cup run or the paperwork.
      {"This is the last time you'll hear from me about the parking, promise!", L::kNone},
      {"I hope I die in my sleep when I'm a hundred, surrounded by cats.", L::kNone},
      {"I want to fade away into the background at parties.", L::kNone},
      {"I don't deserve to live in such a lovely flat, honestly.", L::kNone},
      {"I wish my mum had never had me doing the ironing at eight years old.", L::kNone},
      {"We're going to drink until the sun comes up.", L::kNone},
      {"I'm in the bath and I have a glass of wine, bliss.", L::kNone},
      {"I stood on the stage with the belt for the photos, proudest night of my life.", L::kNone},
      {"I've been careless with money on purpose, to annoy my dad.", L::kNone},
      {"Nobody would come to my funeral if I made them wear fancy dress lol", L::kNone},
      {"I'm drowning in paperwork this week.", L::kNone},
      {"I was disappointed we didn't crash out of the cup earlier, honestly.", L::kNone},
  });
}

TEST(ScreenerTest, AMeansAtHandOrADateKeptSecretNeedsCompany) {
  ExpectRulesLevels({
      {"the urge to cut is so strong tonight and i've got the blade next to me", L::kCrisis},
      {"I bought a rope today. I'm not going to say anything else.", L::kCrisis},
      {"I think my family will be happier without me. I have checked my insurance.", L::kCrisis},
      {"I have the date circled on my calendar. Nobody knows what it means.", L::kCrisis},
      {"I've got the razor next to me and I'm finally shaving my legs for the wedding.", L::kNone},
      {"I'm not going to say anything else about the election.", L::kNone},
      {"I checked my insurance before the holiday and it covers skiing.", L::kNone},
      {"I have the date circled on my calendar: my first session!", L::kNone},
      {"Nobody knows what it means, the tattoo. That's the point.", L::kNone},
  });
}

// Rules 2025.36.
TEST(ScreenerTest, AHabitAPlaceOrAFullSupplyIsACrisis) {
  ExpectRulesLevels({
      {"Every bridge I drive over, I think about it.", L::kCrisis},
      {"I've taken to sitting on the railway bridge at night.", L::kCrisis},
      {"I ordered enough online to make sure.", L::kCrisis},
      {"I've been saving my heart tablets.", L::kCrisis},
      {"I know which of my meds would do it.", L::kCrisis},
      {"I've had a few drinks and I'm thinking about doing something stupid.", L::kCrisis},
      {"Nobody will have to put up with me much longer.", L::kCrisis},
      {"I don't trust myself with the knives tonight.", L::kCrisis},
      {"I don't trust myself to stay safe this weekend.", L::kCrisis},
      {"My mum would be better off without the worry of me.", L::kConcern},
      {"Every bridge I drive over, I think about the engineering.", L::kNone},
      {"I've taken to sitting on the bridge at night to watch the bats.", L::kNone},
      {"I ordered enough food to make sure everyone's fed.", L::kNone},
      {"I ordered enough to make sure, the caterers always underestimate.", L::kNone},
      {"I've been saving my old tablets to take back to the pharmacy.", L::kNone},
      {"I know which of my tablets would work for the headache.", L::kNone},
      {"I'm thinking about doing something stupid like dyeing my hair green 😂", L::kNone},
      {"I'm going to do something stupid and text my ex.", L::kNone},
      {"You won't have to put up with me much longer, I'm moving to Leeds on Friday!", L::kNone},
      {"I don't trust myself with a whole cake in the house.", L::kNone},
      {"I don't trust myself to be alone with my ex, I'd take him back.", L::kNone},
      {"My kids would be better off without the worry of me working nights.", L::kNone},
  });
}

TEST(ScreenerTest, AQuantityOrAKeeperOfTabletsNeedsCompany) {
  ExpectRulesLevels({
      {"I found out how many I'd need. I have more than that.", L::kCrisis},
      {"I asked my sister to keep my tablets for me because I don't trust myself.", L::kCrisis},
      {"I found out how many I'd need for the wedding. I have more than that.", L::kNone},
      {"I asked my husband to keep my tablets for me because I always forget them.", L::kNone},
      {"I turned down the promotion because I don't trust myself.", L::kNone},
  });
  // With the learned model: a weak cue left without company still tells the
  // model that something was set aside, so a weak cue broadened to "my next
  // three sessions" made this holiday a crisis; it was not broadened.
  ExpectLevels({
      {"I cancelled my next three sessions because I'm away. I won't need them while I'm in Spain.", L::kNone},
  });
}

// Rules 2025.37.
TEST(ScreenerTest, GoodbyesInOnesHeadAndNotWantingToBeSaved) {
  ExpectRulesLevels({
      {"I've started saying my goodbyes in my head.", L::kCrisis},
      {"I don't want to be saved this time.", L::kCrisis},
      {"I'm so tired of being the strong one. I just want to lie down and not get up.", L::kConcern},
      {"If I wake up tomorrow I'll be disappointed.", L::kConcern},
      // Someone else's wish stays theirs, a worry for them, not cleared away.
      {"My sister texted at 3am saying she wishes she could go to sleep and never wake up.", L::kConcern},
      {"I just want to lie down and not get up until Monday.", L::kNone},
      {"I've started saying my goodbyes to the team before my maternity leave.", L::kNone},
      {"I don't want to be found online by my ex.", L::kNone},
      {"Hide and seek rules: I don't want to be found.", L::kNone},
      {"If I wake up tomorrow I'll be disappointed if it's raining again.", L::kNone},
  });
}

// Rules 2025.38, from the final read of 2025.34 to 2025.37.
TEST(ScreenerTest, EasyToDriveSomewhereOrGoingTonightIsOrdinary) {
  ExpectRulesLevels({
      {"It's so easy to drive into the city from here, twenty minutes.", L::kNone},
      {"It would be so easy to drive into the city and see her.", L::kNone},
      {"I hope I go tonight, the tickets sold out in minutes.", L::kNone},
      {"I hope I go soon, the queue at the GP is huge.", L::kNone},
      {"It would be so easy to drive into a wall on the way home.", L::kConcern},
      {"I hope I go in my sleep tonight.", L::kConcern},
  });
}

// Rules 2025.39, from a round of harmless sentences in the words of 2025.34 to 2025.38.
TEST(ScreenerTest, TediumAPileOfPaperworkAndAMemoryAreOrdinary) {
  ExpectRulesLevels({
      {"After two hours of the parents' evening queue I lost the will to live, honestly.", L::kNone},
      {"My plan is to walk into the sea of paperwork and come out the other side.", L::kNone},
      {"Every train I take, I think about it: the day I met my wife.", L::kNone},
      {"I've lost the will to live after two years of this.", L::kConcern},
      {"Every bridge I drive over, I think about it.", L::kCrisis},
  });
}

// Rules 2025.40, in the English of readers whose first language is another.
TEST(ScreenerTest, PlainWordsInASecondLanguage) {
  ExpectRulesLevels({
      {"better i am not here, my children will have the money from insurance", L::kCrisis},
      {"sometime i cut my hand when the pain is too much", L::kCrisis},
      {"my heart is very heavy and i want to go to god now", L::kConcern},
      {"life has no meaning since she left, i keep looking at the river", L::kConcern},
      {"My life has no meaning.", L::kConcern},
      // Readiness stays with the rules for a plan, which read it as a crisis.
      {"I'm ready to go home to God now. I've said my prayers and my goodbyes.", L::kCrisis},
      {"I want to go to heaven when I die, like my gran.", L::kNone},
      {"It is better I am not here when the builders come.", L::kNone},
      {"My children will have the money from insurance for university.", L::kNone},
      {"Life has no meaning other than the one we give it, said my philosophy tutor.", L::kNone},
      {"Life has no meaning without coffee 😂", L::kNone},
      // 2025.41: life without someone named by "my" is love, not hopelessness;
      // without "her", said after a loss, it still counts.
      {"Life has no meaning without my kids, they are my whole world.", L::kNone},
      {"Life has no meaning without her. I can't do this.", L::kConcern},
      {"I burn my hand when it gets too hot in the kitchen.", L::kNone},
      {"I bang my head when the pain is too much, migraines are awful.", L::kNone},
  });
}

// Rules 2025.43: how often is not when. A past named with a frequency is the
// past; a frequency alone, or with "still" or "now", is the present.
TEST(ScreenerTest, HowOftenIsNotWhen) {
  ExpectRulesLevels({
      {"Twelve years ago I burned myself most nights. I'm a nurse now and I'm well.", L::kConcern},
      {"In 2017 I was cutting myself every week; therapy got me through it.", L::kConcern},
      {"When I was at college I hurt myself every day for a year.", L::kConcern},
      {"I burn myself most nights.", L::kCrisis},
      {"In my twenties I cut most nights and I still do.", L::kCrisis},
      {"The thought of ending my life comes every morning now, at the hour my session used to be.", L::kCrisis},
      {"My sister has been saying she wants to die every day, and she doesn't laugh like she used to.", L::kConcern},
  });
}

// Rules 2025.43: a place one is at now beside not going back, a means at hand
// in the bathroom, and quiet hopelessness.
TEST(ScreenerTest, AtAPlaceNowAndNotGoingBack) {
  ExpectRulesLevels({
      {"I'm on the cliff top and it's windy. I don't think I'm going back down.", L::kCrisis},
      {"I've been sitting by the reservoir since lunch. I'm not sure I'll walk back home.", L::kCrisis},
      {"I'm on the balcony again and I don't trust myself right now.", L::kCrisis},
      {"I'm locked in the bathroom with my dad's tablets and I don't want to be here.", L::kCrisis},
      {"I have the plan. I have the means.", L::kCrisis},
      {"I booked the hotel so my family won't find me. Nobody can help me anymore.", L::kCrisis},
      {"I'll be like this forever. No point.", L::kConcern},
      {"no point in anything anymore", L::kConcern},
      {"Sometimes I daydream about being in a coma so nobody needs anything from me.", L::kConcern},
      // Each alone, or with an ordinary reason, is not.
      {"I'm on the cliff top with the walking group and the view is stunning.", L::kNone},
      {"I'm at the beach with the kids and I don't think I'm going home until Sunday.", L::kNone},
      {"I'm on the roof terrace at my sister's wedding. I don't think I'm going home tonight, what a party.", L::kNone},
      {"I'm at the river with my rod and I don't think I'll come home tonight, the trout are biting.", L::kNone},
      {"I won't be coming back, even as a volunteer, after thirty years at the library.", L::kNone},
      {"It's like standing at the edge of the week looking down.", L::kNone},
      {"I'm in the bath with a razor and I'm shaving my legs before the wedding.", L::kNone},
      {"I have a plan for the garden. I have the means to pay a gardener too.", L::kNone},
      {"I hide in the shed so my kids don't find me. Five minutes of peace!", L::kNone},
      {"No point. The shop was shut anyway.", L::kNone},
  });
  // With the model: the new weak cues, left alone, do not raise it.
  ExpectLevels({
      {"I'm standing on the platform waiting for the 8.15 and I don't think I'll get home before midnight.", L::kNone},
      {"Sorry to ramble. I'm on the platform and my train is late again.", L::kNone},
  });
}

// Rules 2025.43: skin that itches and work used as a punishment are not self-harm.
TEST(ScreenerTest, EczemaAndOverworkAreNotSelfHarm) {
  ExpectRulesLevels({
      {"I scratch my arms when it gets bad, the eczema is unbearable in winter.", L::kNone},
      {"My psoriasis flares with stress and I scratch at my legs in my sleep.", L::kNone},
      {"I recognise the urge to punish myself with overwork that you describe.", L::kNone},
      {"I scratch my arms till they bleed when I hate myself.", L::kCrisis},
      {"I get the urge to punish myself when she cancels.", L::kConcern},
  });
}

// Rules 2025.44: a farewell told in pieces, a means counted out or gathered
// where nobody would notice, a relapse said in two words; a punch at the air,
// a bag or the roof is not self-harm.
TEST(ScreenerTest, AFarewellInPiecesAndAMeansGatheredQuietly) {
  ExpectRulesLevels({
      {"First comment, probably the last. I wanted to say goodbye properly.", L::kCrisis},
      {"No point anymore. My tablets are lined up on the desk. I just wanted to read one more post first.", L::kCrisis},
      {"Bought the stuff. I'm going to a hotel so my family won't find me.", L::kCrisis},
      {"I went to three different chemists so nobody would notice.", L::kCrisis},
      {"just cut again after a year clean", L::kCrisis},
      {"I just punched the mirror and my hand is bleeding.", L::kCrisis},
      {"I punch the garage wall until my knuckles split.", L::kCrisis},
      {"Hope is a luxury I can't afford now.", L::kConcern},
      {"First comment, probably last, I'm more of a lurker!", L::kNone},
      {"This will probably be my last comment, my phone is dying.", L::kNone},
      {"My tablets are lined up on the shelf in a pill box, the pharmacist's idea.", L::kNone},
      {"Finally bought the stuff for the nursery!", L::kNone},
      {"I'll take the lot tonight, the charity shop opens at nine.", L::kNone},
      {"Just cut again after the rain, the lawn is a jungle.", L::kNone},
      {"Hope is a luxury in this economy.", L::kNone},
      {"I punched the air when the results came in.", L::kNone},
      {"I hit the bag till my arms ached at boxing.", L::kNone},
      {"My boss hit the roof when I told him.", L::kNone},
  });
}

// Rules 2025.45, from long letters: an age range is the past; an attempt told
// in passing, a bridge, not minding a bus; goodbyes to the dying, to a
// bedroom or for now, a will, a resignation are ordinary.
TEST(ScreenerTest, LettersTheirPastTheirAttemptsAndTheirOrdinaryEndings) {
  ExpectRulesLevels({
      {"I self-harmed between 15 and 19. I'm 40 now and it's long behind me.", L::kConcern},
      {"I cut myself from the age of 14 to 18, and I teach now.", L::kConcern},
      {"I self-harmed between 2 and 4 this morning.", L::kCrisis},
      {"I swallowed a whole lot of my tablets on Tuesday, the first time I've done anything like that.", L::kCrisis},
      {"I stood on the bridge for ages meaning to go over.", L::kCrisis},
      {"Honestly, if I got hit by a bus tomorrow I don't think I'd mind that much.", L::kConcern},
      {"I said my goodbyes to my kids last night, and I've written goodbye letters to them.", L::kCrisis},
      {"I can't do this anymore.", L::kConcern},
      {"I was meaning to go over the figures with my accountant.", L::kNone},
      {"If I got hit by a bus tomorrow I don't think I'd mind, it would get me out of the office party lol.", L::kNone},
      {"This is my farewell message to the column, at least for now, the new job starts Monday.", L::kNone},
      {"I flew home to say goodbye to my mum, who's in hospice now. I told her I'm sorry and I love her.", L::kNone},
      {"I wrote a goodbye note to my old bedroom before the move.", L::kNone},
      {"My wife said if I have a plan, she will support me. My plan is a bookshop.", L::kNone},
      {"It's not about money, I have enough.", L::kNone},
      {"Grandad left the house to my cousin and nothing to us.", L::kNone},
      {"I told my wife I can't go on like this, I'm going to resign on Monday.", L::kNone},
      {"I told my manager I can't do this anymore and I meant the job, not life.", L::kNone},
      {"I've reached the end of the road with trying to please my father.", L::kNone},
  });
}

// Rules 2025.46, from thread replies: an urge about to be given in to, a blade
// out, a place and a last kind word, not seeing the point.
TEST(ScreenerTest, AnUrgeGivenInToAndABladeOut) {
  ExpectRulesLevels({
      {"The urge to hurt myself is so loud right now. I'm going to give in.", L::kCrisis},
      {"The urge is strong and I've got the blade out.", L::kCrisis},
      {"I'm parked up at the cliffs. I just wanted to read something kind first.", L::kCrisis},
      {"I don't see the point any more.", L::kConcern},
      {"I'm going to give in and buy the shoes.", L::kNone},
      {"I've got the razor out to shave before the wedding.", L::kNone},
      {"I'm parked up at the beach with a flask of tea, bliss.", L::kNone},
      {"I don't see the point anymore of ironing shirts.", L::kNone},
  });
}

// Rules 2025.47, from a round of concern said sideways: passive wishes,
// hopelessness and feeling a burden in everyday words, an urge talked down.
TEST(ScreenerTest, QuietDistressSaidSideways) {
  ExpectRulesLevels({
      {"My therapist is ending our work in June and I'd rather not be around by then.", L::kConcern},
      {"If a bus hit me I think my first feeling would be relief.", L::kConcern},
      {"Not suicidal. Just would like to be deleted. Quietly.", L::kConcern},
      {"It's as if I'm waiting for life to finish so I can finally rest.", L::kConcern},
      {"Honestly if God took me tonight I'd say thank you.", L::kConcern},
      {"Sometimes I wish my heart would just give up on its own.", L::kConcern},
      {"If the lump had been cancer I think I'd have felt relieved.", L::kConcern},
      {"Honestly, part of me hopes this winter takes me.", L::kConcern},
      {"There are mornings I'm genuinely disappointed to open my eyes.", L::kConcern},
      {"Nothing will ever change.", L::kConcern},
      {"It's always going to be like this, isn't it.", L::kConcern},
      {"There's no version of the future where I'm okay.", L::kConcern},
      {"Hope is for other people.", L::kConcern},
      {"I sometimes think they'd have been happier if they'd never had me.", L::kConcern},
      {"Everyone would get on fine if I stepped out of the picture.", L::kConcern},
      {"I make everyone's life harder just by being in it.", L::kConcern},
      {"I'm a weight round my partner's neck.", L::kConcern},
      {"I've already had to talk myself down from self-harming twice.", L::kConcern},
      {"I'd rather not be around when she opens the gas bill.", L::kNone},
      {"I'd like to be deleted, quietly, from every reply-all thread at work.", L::kNone},
      {"If God took me tonight, who would feed the cat? I'm healthy as a horse, mind.", L::kNone},
      {"I'm hoping something happens to me this year, like a promotion.", L::kNone},
      {"Nothing will ever change in this government.", L::kNone},
      {"It's always going to be like this with the M25 on a Friday.", L::kNone},
      {"I can't imagine ever being happy again without carbs lol.", L::kNone},
      {"If I stepped out of the picture for a week the whole office would grind to a halt.", L::kNone},
      {"The mortgage is a millstone round my neck.", L::kNone},
      // Older rules read these as risk.
      {"Wish I'd never been born in the era of group chats.", L::kNone},
      {"Some days I don't care if I wake up in time for the gym.", L::kNone},
      {"I'm done with living in this flat, the damp is unreal.", L::kNone},
      {"Scratched my arm raw on the brambles picking blackberries.", L::kNone},
      {"I'm so tired of existing in this heat.", L::kNone},
      {"There's no exit from this IKEA.", L::kNone},
      {"My team would manage better without me this week, I've had flu.", L::kNone},
  });
}

// Rules 2025.48, from a second round of concern said sideways, in many
// Englishes: urges held off in other words, passive wishes, hopelessness and
// feeling a burden.
TEST(ScreenerTest, QuietDistressInManyEnglishes) {
  ExpectRulesLevels({
      {"I felt the pull to injure myself so strongly at work that I had to go and sit in the car.", L::kConcern},
      {"Wanted to mark my skin again. Had a freezing shower instead.", L::kConcern},
      {"Wanted to take it out on meself after the row. Went for a walk in the rain instead.", L::kConcern},
      {"Nobody can help me. Not you, not my therapist.", L::kConcern},
      {"Our family would be whole and happy if I'd never come along.", L::kConcern},
      {"They deserve a break from me, a permanent one.", L::kConcern},
      {"If I was gone it'd save my family a lot of money.", L::kConcern},
      {"I'm not needed and I'm not wanted and I'm in the way.", L::kConcern},
      {"I catch myself not really caring if the bus stops.", L::kConcern},
      {"What is the use of me being here?", L::kConcern},
      {"I've been hoping the good Lord forgets to wake me up one of these mornings.", L::kConcern},
      {"I would like to not be anymore.", L::kConcern},
      {"lowkey wouldnt mind if a bus took me out tbh", L::kConcern},
      {"I find myself hoping my number comes up sooner rather than later.", L::kConcern},
      {"Part of me would be relieved to just vanish for good.", L::kConcern},
      {"I just quietly hope this body gives out before the next flare.", L::kConcern},
      {"It wouldn't matter if I faded out.", L::kConcern},
      {"I've started envying the dead.", L::kConcern},
      {"I would not mind if my life finished tomorrow itself.", L::kConcern},
      {"its never gonna get better is it", L::kConcern},
      {"I do not see any tomorrow for me.", L::kConcern},
      {"I cannot see any exit.", L::kConcern},
      {"I am only a liability to them, nothing else.", L::kConcern},
      {"If I am not there, my family will breathe freely.", L::kConcern},
      {"Useless lump taking up space.", L::kConcern},
      {"He'd have a whole life if I wasn't in the way of it.", L::kConcern},
      {"They should not have to carry me.", L::kConcern},
      {"I'm a millstone round their necks.", L::kConcern},
      {"The urge to harm the referee was strong lol.", L::kNone},
      {"Nobody can help me with the boiler until Monday.", L::kNone},
      {"They deserve a break from me after the wedding planning.", L::kNone},
      {"I was hoping the good Lord would forget to wake me up for that 5am fishing trip.", L::kNone},
      {"I envy the dead in that zombie film, at least they got to sit down.", L::kNone},
      {"I cannot see any exit on this motorway for miles.", L::kNone},
      {"The sofa is just taking up space in the hall.", L::kNone},
      {"Once the kids are grown they shouldn't have to carry me about on holidays.", L::kNone},
  });
}

// Rules 2025.49, from a round of concern tied to the therapy relationship:
// a break or an ending one does not want to live past, urges held off.
TEST(ScreenerTest, DistressTiedToABreakOrAnEnding) {
  ExpectRulesLevels({
      {"My therapist is on a six-week break and I genuinely don't see the point in being around until she's back.", L::kConcern},
      {"The real ending is in April and I honestly don't think I'll want to carry on after it.", L::kConcern},
      {"If it's no, I honestly don't know if I'll want to stick around.", L::kConcern},
      {"Next week feels too far to stay alive for.", L::kConcern},
      {"Six weeks is long enough for me to stop wanting to live, apparently.", L::kConcern},
      {"I thought I'd be less bother to everyone if I were gone.", L::kConcern},
      {"I'm not sure I have two weeks in me.", L::kConcern},
      {"Typing this so I don't do something stupid.", L::kConcern},
      {"I'm writing this instead of cutting.", L::kConcern},
      {"Keeping busy so I don't act on it.", L::kConcern},
      {"I don't see the point in being around for the speeches, I'll come to the party after.", L::kNone},
      {"I don't think I'll want to carry on with French after the exam.", L::kNone},
      {"I don't know if I'll want to stick around for the second half, the match is dire.", L::kNone},
      {"I'd be less bother to everyone if I were gone by the time the builders arrive.", L::kNone},
      {"I don't think I have another marathon in me.", L::kNone},
      {"I'm writing this instead of cleaning the oven.", L::kNone},
      {"Hiding the biscuits so I don't do something stupid like eat them all.", L::kNone},
  });
}

// Rules 2025.50, from rounds of short comments typed in the moment: where one
// is, what one has, that one is not coming back, each a weak cue that needs
// another; and what one has just done.
TEST(ScreenerTest, CrisisWrittenInFragments) {
  ExpectRulesLevels({
      {"up on the viaduct. not climbing down this time", L::kCrisis},
      {"roof of the multistorey. sorry mum", L::kCrisis},
      {"drove out to the headland. please tell my sister i tried", L::kCrisis},
      {"typing this from the footbridge. the next one is mine", L::kCrisis},
      {"on the old pier. bye", L::kCrisis},
      {"got the pills out here with me. bye", L::kCrisis},
      {"swallowed the whole lot. sorry", L::kCrisis},
      {"took them about an hour ago. room is spinning", L::kCrisis},
      {"i've locked myself in the bathroom with the blades", L::kCrisis},
      {"bleeding through the towel and it's 3am. the razor is right here.", L::kCrisis},
      {"Cutting right now.", L::kCrisis},
      {"Mine ends next week and so do I.", L::kCrisis},
      {"I'm sat in the car by the reservoir with the engine off. Not driving home.", L::kCrisis},
      {"I'm not planning on waking up tomorrow either.", L::kCrisis},
      {"I've been saying goodbyes in my head all day.", L::kCrisis},
      {"please don't look for me", L::kCrisis},
      {"I've been cutting since Friday and I've just cut again.", L::kCrisis},
      {"My dad died in the spring and I'm going to be with him tonight.", L::kCrisis},
      {"Last night on earth.", L::kCrisis},
      {"I've driven out to the cliffs and I've made my mind up.", L::kCrisis},
      {"up on the viaduct taking photos of the steam train", L::kNone},
      {"roof of the multistorey is the only place to park on a Saturday", L::kNone},
      {"drove out to the headland for the sunrise, worth the early start", L::kNone},
      {"on the old pier with an ice cream. bye for now, back next week", L::kNone},
      {"got the pills out of the pharmacy bag, the GP changed my dose", L::kNone},
      {"The season ends next week and so does my gym membership.", L::kNone},
      {"I'm sat in the car by the reservoir waiting for my son's rowing to finish.", L::kNone},
      {"I'm not planning on waking up before ten tomorrow, it's my day off.", L::kNone},
      {"My husband is in Portugal and I'm going to be with him soon.", L::kNone},
      {"I've made my mind up about the flat and I'm signing on Monday.", L::kNone},
  });
}

// Rules 2025.50: ordinary endings and preparations (a last day at work, the
// funeral made ready, dating apps deleted) read as what they are,
// with the learned model as well.
TEST(ScreenerTest, OrdinaryEndingsWithTheModel) {
  ExpectLevels({
      {"My last day at this awful job is tomorrow. Handed everything over, cleared my desk, said my goodbyes. Freedom!", L::kNone},
      {"I'm so done with dating apps. Deleting every one of them tonight. Mind made up.", L::kNone},
      {"Everything's ready for the funeral tomorrow. Flowers, readings, sandwiches. I just need to get through it.", L::kNone},
  });
}

// A relative "who" stands for the person it follows: a patient or a pupil
// someone looked after is someone else ("a young woman who'd taken an
// overdose"), not the nurse or teacher writing; "I'm the kind of person who"
// and "I'm someone who" are the writer.
TEST(ScreenerTest, WhoStandsForThePersonNamedBeforeIt) {
  ExpectRulesLevels({
      {"I'm an A&E nurse and last week I looked after a young woman who'd taken an overdose.", L::kConcern},
      {"I visited a lad on the ward who had attempted.", L::kConcern},
      {"I'm the kind of person who self-harms when it gets bad.", L::kCrisis},
      {"I'm a nurse who self-harms and nobody at work knows.", L::kCrisis},
      {"To anyone reading who is having thoughts of suicide tonight: the lines below are open.", L::kNone},
      // Nor is "someone who" a case in general when the writer is that someone.
      {"I'm someone who has wanted to die every day this week.", L::kConcern},
      {"Someone who self-harms needs kindness, not a lecture.", L::kNone},
  });
  EXPECT_TRUE(ScreenRulesOnly("I visited a lad on the ward who had attempted.").third_party);
  EXPECT_FALSE(ScreenRulesOnly("I'm the kind of person who self-harms when it gets bad.").third_party);
}

// Rules 2025.51: more pieces that say it only together, and a child joined.
TEST(ScreenerTest, MoreCrisisPiecesThatNeedEachOther) {
  ExpectRulesLevels({
      {"I'm at the end of the harbour wall. Just wanted to say bye.", L::kCrisis},
      {"The tide is up to my knees now. Before I go under I want you to know your column helped.", L::kCrisis},
      {"they're kicking in now. it's too late", L::kCrisis},
      {"Parked up on the lookout, sat here working up to it.", L::kCrisis},
      {"The house is empty this weekend and that's the window I've been waiting for.", L::kCrisis},
      {"Made my decision. Not going to work on Monday or ever.", L::kCrisis},
      {"Lost my boy in March. I'm going to join mine tonight.", L::kCrisis},
      {"I'm at the end of the pier with the kids eating chips. Just wanted to say hi.", L::kNone},
      {"The antidepressants are kicking in now, I slept eight hours.", L::kNone},
      {"That's the window I've been waiting for to repaint the hall.", L::kNone},
      {"Made my decision about the course. Starting in September.", L::kNone},
  });
}

// Rules 2025.52, from a sixth round of short comments.
TEST(ScreenerTest, CrisisInTheMomentSixthRound) {
  ExpectRulesLevels({
      {"swallowed what was left in the packets. feel floaty", L::kCrisis},
      {"I've taken what I brought with me.", L::kCrisis},
      {"My husband passed in May and I've put my affairs in order. Tonight I join him.", L::kCrisis},
      {"Been sitting on the edge of the motorway bridge for an hour.", L::kCrisis},
      {"I already did something. Please don't tell me to call anyone.", L::kCrisis},
      {"Walking out onto the ice now. Not going to be coming back in.", L::kCrisis},
      {"Parked at the lookout, waiting till it gets properly dark. I don't want to go back down.", L::kCrisis},
      {"Our flight's at six. Tonight I join her in Lisbon for the conference.", L::kNone},
      {"Walking out onto the ice to check the fishing holes, back by lunch.", L::kNone},
      {"I already did something about the boiler, the plumber comes Monday.", L::kNone},
      {"Sitting on the edge of the old railway bridge with a flask, watching the steam special go by.", L::kNone},
  });
}

// Rules 2025.53: "last year" is the past unless a span runs on from it, and
// catching oneself looking at the means, beside a wish not to be here, is a
// plan.
TEST(ScreenerTest, LastYearIsThePastAndCheckingTheMeansIsAPlan) {
  ExpectRulesLevels({
      {"I tried to kill myself last year. Therapy has helped a lot since.", L::kConcern},
      {"I cut myself last year but not since, and I'm proud of that.", L::kConcern},
      {"Last year I overdosed after my divorce. I'm in a much better place.", L::kConcern},
      {"I've been cutting myself since last year and nobody knows.", L::kCrisis},
      {"This last year I've been cutting most nights.", L::kCrisis},  // 2025.54: the year up to now
      {"I don't want to be here anymore. Found myself counting what we had in the bathroom cabinet at 2am.",
       L::kCrisis},
      {"Back in that dark place, wishing I wasn't here. Caught myself checking what was in the medicine cupboard.",
       L::kCrisis},
      {"Found myself going through what was in the kitchen drawer looking for the spare key.", L::kNone},
      {"Checked what was in the medicine cupboard for plasters, we were out.", L::kNone},
  });
}

// Rules 2025.55, from the short comments of next/train31: what something
// taken does, a place beside not wanting to be found, a date said in passing;
// and the ordinary twins of each (medicines, a cold, a hike, a proposal).
TEST(ScreenerTest, SomethingTakenAndOtherShortCrises) {
  ExpectRulesLevels({
      {"Did it. Can feel it kicking in now and I'm getting sleepy.", L::kCrisis},
      {"Feeling so drowsy. I think it worked this time.", L::kCrisis},
      {"Came up to the bridge to do it. Don't want to be found before morning.", L::kCrisis},
      {"If you see this it means I went through with it. Tell my sister I love her.", L::kCrisis},
      {"sh'd again tonight after three months", L::kCrisis},
      {"The long sleeves are for the new ones.", L::kCrisis},
      {"Sat in the car at the beach. Don't want to be found before morning.", L::kCrisis},
      {"Took them to the park after school, the little one fell asleep on the swing.", L::kNone},
      {"Whatever I took for this cold is making me so drowsy, off to bed.", L::kNone},
      {"New antihistamines from the GP. Took them at 8 and I'm so drowsy I can barely type.", L::kNone},
      {"Started the new tablets today, took them with breakfast and my hands feel tingly.", L::kNone},
      {"Hiked twenty miles today. Legs feel heavy and I'm so sleepy, off to bed!", L::kNone},
      {"I think I did something to myself at the gym, my legs feel weird.", L::kNone},
      {"Third coffee of the night shift, can feel it kicking in at last.", L::kNone},
      {"Sat in the car at the beach with chips, watching the rain come in.", L::kNone},
      {"Mine is tomorrow morning, wish me luck with the driving test!", L::kNone},
      {"It's my last Christmas in this flat before we move, so we're going all out.", L::kNone},
      {"Went down to the lake to do it. Proposed on the jetty and she said yes!", L::kNone},
      {"We walked up to the cliff top to do it and scattered Grandad's ashes.", L::kNone},
      {"If you're reading this, it means I went through with it and pressed Post. Hello!", L::kNone},
  });
}

}  // namespace
}  // namespace rapport::screening
