// Rules 2025.95 to 2025.131: phrasings of the short comments readers type in
// the moment (the training rounds next/train40 to next/train50) that the
// release before read as nothing or wrongly: "want to unalive" before a time,
// a wish for an accident, suicidal feelings remembered, an end to being
// everyone's problem, self-harm seen at work, and more. Next to each, a
// harmless sentence of the same shape that must stay ordinary. The rules are
// checked alone (the model is tested in learned_test.cc). Every sentence was
// written for these tests.
// Content note: the strings describe suicide and self-harm, without method detail.
#include <gtest/gtest.h>

#include "screening_cases.h"

namespace rapport::screening {
namespace {

using L = RiskLevel;
using namespace testkit;  // NOLINT(google-build-using-namespace): the shared screening test helpers

// Rules 2025.95: "want to unalive" before a time; an age or a winter not meant
// to be seen; "done living" said plainly; no reason to stay, and a refusal.
TEST(ScreenerTest, UnaliveBeforeATimeAndDoneLiving) {
  ExpectRulesLevels({
      {"wanna unalive so bad today. like actually", L::kCrisis},
      {"gonna unalive on my 18th, at least then it's my choice", L::kCrisis},
      {"gonna unalive this essay before it unalives me", L::kNone},
      {"my brain keeps sayin unalive urself", L::kCrisis},
      {"I do not intend to see another winter.", L::kCrisis},
      {"I don't plan on being 30 and still renting.", L::kNone},
      {"I don't plan on being 40 lol, staying 39 forever", L::kNone},
      {"I'm done living.", L::kCrisis},
      {"I'm done living like this, so I've booked the GP.", L::kNone},
      {"I'm done living in London, we're moving to Bristol.", L::kNone},
      {"once the dog passes I've got no reason to stay and I won't", L::kCrisis},
      {"no reason to stay at the party and I won't, early start", L::kNone},
  });
}

// Rules 2025.96: a wish for an accident in the forms readers use ("hopes the
// plane goes down", "wouldn't mind if the plane didn't land"), and notice
// handed in on life.
TEST(ScreenerTest, AnAccidentHopedForAndNoticeOnLife) {
  ExpectRulesLevels({
      {"Part of me hopes the plane goes down on the way to the wedding.", L::kConcern},
      {"some days i hope the plane just doesnt land.", L::kConcern},
      {"Sometimes when I cross the road I half hope the car doesn't stop.", L::kConcern},
      {"I hope the bus doesn't stop at every village, it takes forever.", L::kNone},
      {"I hope the plane lands on time, my sister is meeting me.", L::kNone},
      {"If a car mounted the pavement and took me out I wouldn't be sad.", L::kConcern},
      {"i wouldn't mind if the plane didn't land", L::kConcern},
      {"Honestly if I got hit by a car tomorrow I think I'd mostly feel relief.", L::kConcern},
      {"I'd be relieved to get hit by a bus on the way to this meeting", L::kConcern},
      {"if the printer crashed again I would not mind, we need a new one", L::kNone},
      {"I'm handing in my notice on life.", L::kCrisis},
      {"I'm handing in my notice on Friday.", L::kNone},
  });
}

// Rules 2025.97: ideation remembered ("haven't felt suicidal in years"), a
// relative giving their tools away, sleep wished "for a year. Or forever.",
// and being a weight on everyone.
TEST(ScreenerTest, IdeationRememberedAndSleepWishedForever) {
  ExpectRulesLevels({
      {"Haven't felt suicidal in years, but grief has made me feel very small.", L::kConcern},
      {"I have never been suicidal, but this post moved me.", L::kNone},
      {"He's giving his tools away. I'm worried.", L::kConcern},
      {"my dad's giving his tools away to the grandkids so he can see them enjoy them", L::kNone},
      {"wish i could go to sleep for a year. or forever. either's fine tbh", L::kConcern},
      {"wish i could sleep for a year after this week. hibernation goals.", L::kNone},
      {"I could sleep for a year. Or at least till Sunday.", L::kNone},
      {"I'm such a weight on everyone.", L::kConcern},
      {"The backpack is such a weight on my shoulders.", L::kNone},
  });
}

// Rules 2025.98: an end to being everyone's problem; "am" without its "I" is
// the writer; a voice that says "just do it".
TEST(ScreenerTest, NoLongerEveryonesProblemAndAmWithoutI) {
  ExpectRulesLevels({
      {"planning to stop being everyone's problem by the end of the month", L::kCrisis},
      {"I'm going to stop being everyone's problem-solver at work.", L::kNone},
      {"i'm not gonna be a problem for much longer", L::kCrisis},
      {"the world will be lighter when i take myself out of it next week", L::kCrisis},
      {"if she goes, am no stickin aroond on this earth either.", L::kCrisis},
      {"She's moving away. Am I the only one who hates goodbyes?", L::kNone},
      {"the voice saying just do it got louder this week", L::kCrisis},
      {"my head keeps saying just do it, apply for the job", L::kNone},
      {"I'm the burden in every room I walk into.", L::kConcern},
  });
}

// Rules 2025.99: self-harm seen, treated or worked with is someone's work.
TEST(ScreenerTest, SelfHarmSeenAtWorkIsNotTheWritersOwn) {
  ExpectRulesLevels({
      {"As an A&E nurse I see self-harm every shift. Your point about shame matters.", L::kNone},
      {"I still self-harm every night.", L::kCrisis},
      {"As a nurse I see self-harm every shift, and I still self-harm every night myself.", L::kCrisis},
  });
}

// Rules 2025.100: the means a nurse knows and brings home; disappointment at
// waking up.
TEST(ScreenerTest, MeansBroughtHomeAndDisappointedToWake) {
  ExpectRulesLevels({
      {"I know what I'd need and I've been bringing it home bit by bit.", L::kCrisis},
      {"I know exactly what I'd take to a desert island: my ward mug and a novel", L::kNone},
      {"Some mornings I'm disappointed I woke up. Then I make coffee.", L::kConcern},
      {"I was disappointed I woke up late and missed the sunrise.", L::kNone},
      {"So annoyed I woke up at 5am again on my day off.", L::kNone},
  });
}

// Rules 2025.101: "ending myself", "topping myself every day", a head banged
// off the wall, a night named for no longer being a burden, "the week I end
// it", and not waking up as the plan.
TEST(ScreenerTest, TheWeekIEndItAndAHeadBangedOffTheWall) {
  ExpectRulesLevels({
      {"been thinking about ending myself again", L::kCrisis},
      {"I think about topping myself every single day.", L::kCrisis},
      {"topping myself up with coffee every hour", L::kNone},
      {"banged my head off the wall again during the row tonight.", L::kCrisis},
      {"banged my head off the door frame again, this flat is tiny", L::kNone},
      {"headbanging the wall again till i see stars.", L::kCrisis},
      {"my toddler headbutts the floor in a tantrum", L::kNone},
      {"Tonight's the night I stop being a burden to everyone.", L::kCrisis},
      {"I think this is the week I end it.", L::kCrisis},
      {"this is the week I end it with him, for real", L::kNone},
      {"Not waking up tomorrow is the plan.", L::kCrisis},
  });
}

// Rules 2025.102: someone else's "what's the point", and who said it when
// "and said" follows far from its subject; leaving a group chat.
TEST(ScreenerTest, AndSaidSharesItsSubjectAndAGroupChatLeft) {
  ExpectRulesLevels({
      {"My brother hasn't left his room in 3 weeks and said 'what's the point of me' last night.",
       L::kConcern},
      {"I went to the cinema and said 'I could die of boredom' to my friend.", L::kNone},
      {"i'm deleting myself from the group lol, one more minion meme and that's it", L::kNone},
      {"I'm going to delete myself tonight.", L::kCrisis},
  });
}

// Rules 2025.103: things sorted through "after"; life insurance asked about
// for a death on purpose.
TEST(ScreenerTest, ThingsSortedAfterAndInsuranceOnPurpose) {
  ExpectRulesLevels({
      {"better she has them now than sorting through my things after", L::kCrisis},
      {"mum will be sorting through my stuff after I move out, god help her", L::kNone},
      {"does life insurance still pay out if it's on purpose. asking for my kids", L::kCrisis},
      {"My mum's life insurance didn't pay out because it was suicide, and we lost the house.",
       L::kNone},
      {"Does travel insurance cover you if you cancel on purpose?", L::kNone},
  });
}

// Rules 2025.104: a bad result hoped for; a roof that might fall in; someone
// else who has had enough of living.
TEST(ScreenerTest, ABadResultHopedForAndSomeoneElsesEnough) {
  ExpectRulesLevels({
      {"hoping the biopsy comes back bad tbh. is that awful", L::kConcern},
      {"hoping the scan shows something so we finally know what the pain is.", L::kNone},
      {"I hope the test results are positive, we've been trying for a baby for two years!", L::kNone},
      {"I lie in bed thinking I wouldn't mind if the roof fell in", L::kConcern},
      {"Dad told me on the phone he's 'had enough of living'. He's 80 and on his own.", L::kConcern},
  });
}

// Rules 2025.105: a voice that "keeps going 'just kill yourself'"; a burden to
// be fixed; every intention of not being alive for a birthday.
TEST(ScreenerTest, ABurdenToBeFixedAndAVoiceThatKeepsGoing) {
  ExpectRulesLevels({
      {"my brain keeps going 'just kill yourself' like an advert jingle", L::kCrisis},
      {"im a burden and im fixing that soon. they'll all get their lives back", L::kCrisis},
      {"the leaky tap is a problem but I'm fixing it tomorrow", L::kNone},
      {"I have every intention of not being alive for my 40th.", L::kCrisis},
      {"I have every intention of not being here for the office party.", L::kNone},
      {"I have every intention of not seeing my in-laws at Christmas.", L::kNone},
  });
}

// Rules 2025.106: sleep wished "for a very long time ... but forever"; the
// point of keeping going; the Lord asked to take someone; an illness wished
// for; a leaflet's warning.
TEST(ScreenerTest, ALongSleepTheLordAndALeafletsWarning) {
  ExpectRulesLevels({
      {"Honestly wish I could go to sleep for a very long time. Like a bear, but forever.", L::kConcern},
      {"I could sleep for a very long time after this shift.", L::kNone},
      {"What's even the point of keeping going? Genuinely asking.", L::kConcern},
      {"I confess I should not mind very much if the Lord took me tonight.", L::kConcern},
      {"Mam keeps saying she's ready to go and wishes God would take her. She's 84.", L::kConcern},
      {"I wish I had something terminal so I'd have a reason to stop.", L::kConcern},
      {"New tablets come with a leaflet warning about suicidal thoughts and my partner panicked.",
       L::kNone},
      {"I've been having suicidal thoughts since the new tablets.", L::kCrisis},
      {"nobody would notice if i just vanished. not even my group chat", L::kConcern},
  });
}

// Rules 2025.107: an end "resolved" on; a cut after years without.
TEST(ScreenerTest, AnEndResolvedOnAndACutAfterYears) {
  ExpectRulesLevels({
      {"I have resolved to end it before the winter.", L::kCrisis},
      {"I have resolved to end it with him, he knows why.", L::kNone},
      {"I cut last weekend for the first time in five years.", L::kCrisis},
      {"cut my hair on monday for the first time in 6 years.", L::kNone},
  });
}

// Rules 2025.109: "when the last one ends, so do I"; the policy that pays
// "after a suicide" or "covers it"; goodbye letters that "are written"; making
// sure of not waking up.
TEST(ScreenerTest, SoDoIAPolicyCheckedAndGoodbyesWritten) {
  ExpectRulesLevels({
      {"Four sessions left on the voucher. When the last one ends, so do I.", L::kCrisis},
      {"When the match ends, so does my patience with this pub.", L::kNone},
      {"When she finishes her shift, so do I, and we get chips.", L::kNone},
      {"Looked up whether the policy pays out after a suicide. It does.", L::kCrisis},
      {"I'd be worth more to them dead. I've checked that the policy pays out.", L::kCrisis},
      {"Phone cracked again, I've checked the policy covers it.", L::kNone},
      {"My goodbye letters are written and in the drawer.", L::kCrisis},
      {"im going to sleep and making sure i don't wake up this time", L::kCrisis},
      {"Making sure I don't wake up the baby is my whole evening.", L::kNone},
  });
}

// Rules 2025.110: "offing myself" said to be constant; "when u read this i'll
// be long gone".
TEST(ScreenerTest, OffingMyselfConstantlyAndLongGone) {
  ExpectRulesLevels({
      {"honestly thinking about offing myself like every day lately", L::kCrisis},
      {"been thinking about offing myself constantly since the funeral", L::kCrisis},
      {"when you read this i'll be long gone. thank you for the posts x", L::kCrisis},
      {"When you read this I'll be long gone on my travels, back in May!", L::kNone},
  });
}

// Rules 2025.111: an age not to be seen, said without "I"; clothes to be
// found in; scratching till one bleeds.
TEST(ScreenerTest, AnAgeNotToBeSeenClothesAndScratching) {
  ExpectRulesLevels({
      {"Not planning on seeing 40. The date's picked.", L::kCrisis},
      {"Not planning on being 40 and still single, ha.", L::kNone},
      {"Chose the hoodie I want to be found in. Strange thing to do on a Tuesday.", L::kCrisis},
      {"Chose the dress I want to be buried in, at 91 one plans ahead.", L::kNone},
      {"still scratching till i bleed most nights", L::kCrisis},
      {"my eczema is so bad I keep scratching until it bleeds", L::kNone},
  });
}

// Rules 2025.112: a child named by age is someone else; "is cutting" said
// plainly; a tantrum reported as over.
TEST(ScreenerTest, AChildNamedByAgeAndATantrumOver) {
  ExpectRulesLevels({
      {"My 14-year-old is cutting. The school rang me this morning.", L::kConcern},
      {"my 13 yo said she wants to die and then locked her door", L::kConcern},
      {"My daughter is cutting the cake, the candles are lit.", L::kNone},
      {"I'm a 16 year old and I'm cutting again.", L::kCrisis},
      {"I am cutting again, three nights running.", L::kCrisis},
      {"My 9 year old screamed 'I wish I was dead' because I took the tablet away. Tantrum over in two "
       "minutes.",
       L::kNone},
      {"My 9 year old said 'I wish I was dead' at bedtime and meant it. It wasn't a tantrum.", L::kConcern},
      // Rules 2025.118: a younger self is the writer; "are cutting" is not read.
      {"My 15-year-old self wanted to die every single day.", L::kConcern},
      {"my child self-harms and I only found out this week", L::kConcern},
      {"The council are cutting again, three libraries this time.", L::kNone},
      // Rules 2025.114: the age in one word.
      {"my 15yo is cutting again, found the plasters in the bin", L::kConcern},
      {"I'm 15yo and cutting again", L::kCrisis},
  });
}

// Rules 2025.113: a story posted on social media is not fiction.
TEST(ScreenerTest, AStoryOnSocialMediaIsNotFiction) {
  ExpectRulesLevels({
      {"my mate keeps posting about wanting to die on his insta story. what do i do", L::kConcern},
      {"She put on her story last night that she wants to die.", L::kConcern},
      {"my best mate posts about wanting to die on her private story", L::kConcern},
      {"In the story, a detective who wants to die solves one last case.", L::kNone},
  });
}

// Rules 2025.115: a search for sleeping forever, or the painless way.
TEST(ScreenerTest, ASearchForSleepingForever) {
  ExpectRulesLevels({
      {"Googled how long it takes to fall asleep forever. Twice tonight.", L::kCrisis},
      {"been scrolling for the painless way since midnight", L::kCrisis},
      {"Scrolled through recipes for hours, then fell asleep on the sofa.", L::kNone},
  });
}

// Rules 2025.116: an ending that opens the sentence, "so do I"; a dog that
// goes; a note written today; "gunna".
TEST(ScreenerTest, AnEndingSoDoIAndANoteWrittenToday) {
  ExpectRulesLevels({
      {"lease ends, so do i. not renewing anything", L::kCrisis},
      {"Lease ends in May and we're moving to Hull.", L::kNone},
      {"when the cat goes, i go. she's nineteen", L::kCrisis},
      {"when she leaves so do I, we share a lift home", L::kNone},
      {"I wrote my note last night. Shorter than I expected.", L::kCrisis},
      {"I wrote my note to the school this morning about the trip.", L::kNone},
      {"gunna end it tonight, sorry everyone", L::kCrisis},
      // Rules 2025.117: "talk me out of it", a weak cue.
      {"Pills lined up on the desk. Talk me out of it or don't.", L::kCrisis},
      {"Thinking of getting a fringe. Talk me out of it.", L::kNone},
  });
}

// Rules 2025.112, 2025.114 and 2025.118: who a child named by age is.
TEST(ScreenerTest, AChildNamedByAgeIsSomeoneElseButAYoungerSelfIsTheWriter) {
  for (const char* text : {"My 14-year-old is cutting. The school rang me this morning.",
                           "my 15yo is cutting again, found the plasters in the bin",
                           "my child self-harms and I only found out this week"}) {
    EXPECT_TRUE(ScreenRulesOnly(text).third_party) << text;
  }
  for (const char* text : {"My 15-year-old self wanted to die every single day.", "my child self wanted to die"}) {
    EXPECT_FALSE(ScreenRulesOnly(text).third_party) << text;
  }
}

// Rules 2025.121: an attempt that "was last month" or "was a fortnight ago" is
// recent (LABELLING: days or weeks), one of last year is past; an attempt at
// something is not one.
TEST(ScreenerTest, AnAttemptThatWasWeeksAgoIsRecent) {
  ExpectRulesLevels({
      {"My second attempt was last month, and my mum still calls it an accident.", L::kCrisis},
      {"My second attempt was two weeks ago.", L::kCrisis},
      {"my first attempt was last year. a lot has changed since.", L::kConcern},
      {"My first attempt at the driving test was last month, I failed on the roundabout.", L::kNone},
  });
}

// Rules 2025.122: "telling everyone" after a comma names who is told, not who
// spoke; "alot" is "a lot", not a slip of "plot" (a fiction cue).
TEST(ScreenerTest, WhatTheWriterTellsEveryoneAndWordsRunTogether) {
  ExpectRulesLevels({
      {"Not eating properly, self-harming daily, telling everyone I'm fine.", L::kCrisis},
      {"Cutting my own fringe daily, telling everyone it's a new look.", L::kNone},
      {"been thinking of suicide alot lately", L::kCrisis},
      {"been thinking about the plot alot, the ending is so sad", L::kNone},
  });
}

// Rules 2025.123: a past reading that the next sentence says still goes on;
// "offing myself"; no intention of being alive at an age; not meant to be
// alive past a day; ways looked up that hurt least, or instead of sleeping; a
// plan said plainly beside a wish to be gone.
TEST(ScreenerTest, ItStillGoesOnAndPlansSaidSideways) {
  ExpectRulesLevels({
      {"I used to want to kill myself. I still do.", L::kCrisis},
      {"When I was 15 I cut myself. Still do, most nights.", L::kCrisis},
      {"When I was 15 I cut myself. I still have the scars.", L::kConcern},
      {"When I was 15 I cut myself. My mum still does.", L::kConcern},
      {"the thoughts about offing myself come every night now", L::kCrisis},
      {"I have no intention of being alive at 40, and that's three weeks away.", L::kCrisis},
      {"I have no intention of being 40 and still renting", L::kNone},
      {"lol i keep forgetting i'm not meant to be alive past sunday", L::kCrisis},
      {"I've been reading up on which ways hurt least. Is that normal at 2am?", L::kCrisis},
      {"googling which way hurts least to remove a plaster lol", L::kNone},
      {"ngl been scrolling for ways instead of sleeping", L::kCrisis},
      {"been searching for ways to sleep better all night", L::kNone},
      {"i dont wanna be here anymore and for the first time i actually have a plan", L::kCrisis},
      {"I hate my job so much. I finally have a plan now.", L::kNone},
  });
}

// Rules 2025.124: preparations said in passing, weak cues that make a wish to be
// gone or a burden a crisis, and ordinary alone; a future one is not planning
// to be in.
TEST(ScreenerTest, PreparationsSaidInPassingBesideAWishToBeGone) {
  ExpectRulesLevels({
      {"who would even miss me. notes are written. just waiting for the flat to be empty", L::kCrisis},
      {"the lecture notes are written, now I just need to revise", L::kNone},
      {"hoping I just don't wake up tomorrow, and if I do I've got a back-up plan sorted", L::kCrisis},
      {"I picture my own funeral and feel relieved. I've started working out the details.", L::kCrisis},
      {"I've started working out the details of the wedding. So excited!", L::kNone},
      {"i'm such a burden so i'm fixing it. they'll be lighter without me by the end of the month", L::kCrisis},
      {"the tap broke so I'm fixing it tonight", L::kNone},
      {"slept fourteen hours hoping i wouldn't wake up, and tonight i'm going to make sure of it", L::kCrisis},
      {"I'm going to pass this exam, I'll make sure of it", L::kNone},
      {"no point paying for a future i'm not planning to be in", L::kCrisis},
      {"it's a future we are not going to be part of, the planet is cooked", L::kNone},
  });
}

// Rules 2025.125: a date kept where the writer sees it, a note addressed to
// everyone, a list of who gets what, the note's words rehearsed.
TEST(ScreenerTest, ADateCircledANoteToEveryoneAndWhoGetsWhat) {
  ExpectRulesLevels({
      {"funny reading a post about hope while there's a date circled on my calendar", L::kCrisis},
      {"There's a date circled on my calendar for the wedding!", L::kNone},
      {"I have a date picked: the 3rd! The new meal plan starts then.", L::kNone},
      {"There's a note in my phone drafts addressed to everyone. I add to it on bad nights.", L::kCrisis},
      {"I left a note addressed to everyone in the office about the fridge", L::kNone},
      {"Made a list of who gets what. My friends think I'm joking.", L::kCrisis},
      {"made a list of who gets what for Christmas", L::kNone},
      {"been practising what to say in the note. got the first line now", L::kCrisis},
      {"practising what to say in the note to my landlord", L::kNone},
  });
}

// Rules 2025.127: things ended "for real", not the ones who find me, researching
// how, not coming home again, the last things one will ever read, when one is
// not here any more, a goodbye "I guess", sat in the car with what one needs,
// going out meaning to do it.
TEST(ScreenerTest, EndingsSaidSidewaysInShortComments) {
  ExpectRulesLevels({
      {"after next week i have no one and that's when i end things for real", L::kCrisis},
      {"I end things for real with him tonight, wish me luck", L::kNone},
      {"working out the kindest way so my kids aren't the ones who find me", L::kCrisis},
      {"the dog walkers aren't the ones who find me funny", L::kNone},
      {"I've been researching how. Not in a curious way.", L::kCrisis},
      {"whoever sees this pls feed the cat, i won't be coming home again", L::kCrisis},
      {"I won't be coming home again until Christmas", L::kNone},
      {"I'd like you to know it's one of the last things I'll ever read.", L::kCrisis},
      {"the last thing I'll ever read is the terms and conditions lol", L::kNone},
      {"She'll get the card when I'm not here anymore.", L::kCrisis},
      {"Told the group chat I love them all and muted it. That's my goodbye I guess.", L::kCrisis},
      {"I'm sat in the car with everything I need.", L::kCrisis},
      {"I'm sat in the car with everything I need for the camping trip", L::kNone},
      {"I went out last week meaning to do it.", L::kCrisis},
      {"I drove there meaning to do it but the shop was shut", L::kNone},
  });
}

// Rules 2025.129: suicidal feelings remembered from university, from a year
// long past or from a few months last year are past risk (concern); said of
// now, or of last night, they are a crisis.
TEST(ScreenerTest, SuicidalAtUniOrForMostOfAYearLongPastIsPast) {
  ExpectRulesLevels({
      {"I was suicidal at university and this post is what I needed to hear back then.", L::kConcern},
      {"Was suicidal for most of 2019. Doing much better now.", L::kConcern},
      {"I was suicidal at uni, 2009-ish. Haven't been since.", L::kConcern},
      {"Had a really dark few months last year where I thought about suicide a lot. Quieter now.", L::kConcern},
      {"I'm suicidal at uni and I can't cope", L::kCrisis},
      {"I was suicidal at uni last night, couldn't stop crying", L::kCrisis},
  });
}

// Rules 2025.130: "been stockpiling" with nothing after it (someone else's is a
// concern about them); losing the will to live in a queue is an idiom.
TEST(ScreenerTest, StockpilingSaidBareAndAWillLostInAQueue) {
  ExpectRulesLevels({
      {"I've been stockpiling.", L::kCrisis},
      {"I've been stockpiling toilet roll lol", L::kNone},
      {"We've been stockpiling for the storm", L::kNone},
      {"Lost the will to live in the self-checkout queue. Back to the post now.", L::kNone},
      {"I've lost the will to live in the last few months", L::kConcern},
  });
  EXPECT_TRUE(ScreenRulesOnly("A lad in my group said he's been stockpiling. I told the facilitator.").third_party);
}

// Rules 2025.131: a countdown, things given away and nobody suspecting count
// together; alone each is ordinary. Goodbyes said without saying them.
TEST(ScreenerTest, ACountdownThingsGivenAwayAndNobodySuspecting) {
  ExpectRulesLevels({
      {"twelve days left. most of my stuff's given away already and nobody at work suspects a thing", L::kCrisis},
      {"Ten days left. So excited for Japan!", L::kNone},
      {"most of my stuff's given away, moving to Japan next month!", L::kNone},
      {"nobody at work suspects a thing, the surprise party is on Friday", L::kNone},
      {"Dog sorted, rent paid, goodbyes said without saying them.", L::kCrisis},
  });
}

}  // namespace
}  // namespace rapport::screening
