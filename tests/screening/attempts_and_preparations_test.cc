// Rules 2025.61 to 2025.94: sentences readers write (short ones above all,
// and long letters with one sentence at risk) about an attempt that was
// interrupted, preparations made, self-harm done in secret, someone else at
// risk, and wishes and hopelessness said in few words; each read as nothing,
// or wrongly, by the release before. Next to each, a harmless sentence of the
// same shape that must stay ordinary. The rules are checked alone, except
// where what the model makes of a harmless phrase is the point (the model
// itself is tested in learned_test.cc). Every sentence was written for these
// tests.
// Content note: the strings describe suicide and self-harm, without method detail.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "screening_cases.h"

namespace rapport::screening {
namespace {

using L = RiskLevel;
using namespace testkit;  // NOLINT(google-build-using-namespace): the shared screening test helpers

TEST(ScreenerTest, AnAttemptSomeoneInterruptedIsACrisis) {
  ExpectRulesLevels({
      {"My husband found me before the pills kicked in. I'm angry he did.", L::kCrisis},
      {"My mum found me before I could do it.", L::kCrisis},
      {"She stopped me before I could jump.", L::kCrisis},
      {"I took a few extra of my sleeping pills to see what would happen.", L::kCrisis},
      {"I tied the belt to the door handle last night and just sat there.", L::kCrisis},
      // Long ago it is past risk; a mistake with tablets, a swing or a dog's lead is nothing.
      {"Twenty years ago my sister found me before the tablets kicked in.", L::kConcern},
      {"I took a few extra of my antidepressants by mistake and called the pharmacist.", L::kNone},
      {"I tied the rope to the beam for the kids' swing.", L::kNone},
      {"I tied my dog's lead to the door handle while I put my boots on.", L::kNone},
      {"My mum found me before I could finish the washing up and took over.", L::kNone},
  });
}

TEST(ScreenerTest, PreparationsSaidPlainlyAreAPlan) {
  ExpectRulesLevels({
      {"I looked up how high the car park is.", L::kCrisis},
      {"I bought a hose for the car exhaust.", L::kCrisis},
      {"I've got the pills lined up on the bedside table.", L::kCrisis},
      {"gonna jump tonight", L::kCrisis},
      {"i'm scared i'll actually do it this time", L::kCrisis},
      // Homework, a van under a bridge, a garden, a weekly pill box, a swim, nerves.
      {"I looked up how high the Eiffel Tower is for my daughter's homework.", L::kNone},
      {"I checked how high the bridge is before driving the van under it.", L::kNone},
      {"I bought a hose for the garden finally.", L::kNone},
      {"Dad got a pipe for the exhaust, it was rattling.", L::kNone},
      {"I have my pills lined up on the table for the week.", L::kNone},
      {"gonna jump in the pool with the kids tonight", L::kNone},
      {"The kids are going to jump tonight at the trampoline park.", L::kNone},
      {"I'm scared I'll actually do it wrong.", L::kNone},
  });
}

TEST(ScreenerTest, SelfHarmKeptHiddenOrDeservedIsRead) {
  ExpectRulesLevels({
      {"I carve words into my thighs where nobody looks.", L::kCrisis},
      {"I bang my head on the wall until it hurts.", L::kCrisis},
      {"I deserve to hurt.", L::kConcern},
      {"I deserve to die.", L::kConcern},
      {"Sometimes I stand too close to the platform edge on purpose.", L::kConcern},
      // A tree, a cupboard door, a joke, someone else, a photograph.
      {"I carved our initials into the tree.", L::kNone},
      {"I banged my head on the cupboard door and saw stars.", L::kNone},
      {"I deserve to die for that pun lol", L::kNone},
      {"I deserve to rest after this week.", L::kNone},
      {"He deserves to die for what he did.", L::kNone},
      {"I stood too close to the edge of the cliff for the photo and my mum screamed.", L::kNone},
  });
}

TEST(ScreenerTest, AWishOrHopelessnessInFewWordsIsAConcern) {
  ExpectRulesLevels({
      {"I wish the cancer would just take me faster.", L::kConcern},
      {"Honestly I'd welcome a heart attack at this point.", L::kConcern},
      {"I can't do another day of this. I really can't.", L::kConcern},
      {"cant do this no more", L::kConcern},
      {"i'm so close to giving up completely", L::kConcern},
      {"I can't keep pretending I want to be here.", L::kConcern},
      {"My kids would be better off with a mother who isn't me. Or no mother at all.", L::kConcern},
      {"I texted my sister goodbye and turned my phone off.", L::kConcern},
      {"I'd be lying if I said I wasn't thinking about killing myself.", L::kCrisis},
      // The same shapes about sleep, a bus, the weather, a diet, a car, a job, a flight.
      {"I just want to go to sleep early and not wake up till noon.", L::kNone},
      {"I'd welcome a bus at this point, it's been forty minutes.", L::kNone},
      {"I can't do another day of this heat.", L::kNone},
      {"cant do this homework no more lol", L::kNone},
      {"i'm so close to giving up on this diet", L::kNone},
      {"idk how much longer i can hold on to this old car", L::kNone},
      {"I can't keep pretending to like his cooking.", L::kNone},
      {"My kids would be better off with a teacher who isn't me, honestly, maths was never my thing.", L::kNone},
      {"I said goodbye to my mum and switched my phone off for the flight.", L::kNone},
      {"I'd be lying if I said I wasn't thinking about quitting.", L::kNone},
      {"Why do I keep waking up at 4am?", L::kNone},
  });
}

TEST(ScreenerTest, MeansAtHandAndABurdenSaidOnce) {
  ExpectRulesLevels({
      {"Last night I sat in the garage with the car running for a while.", L::kCrisis},
      {"I pressed the iron to my arm last night. I needed to feel something.", L::kCrisis},
      {"I've stopped taking my insulin. I know what that means.", L::kConcern},
      {"I've started to think my death would be the kindest thing I could do for my family.", L::kConcern},
      // A bike, a car mended, a shirt, a new pump, a spin class.
      {"Last night I sat in the garage with the radio on, fixing the bike.", L::kNone},
      {"In the garage all afternoon and I finally got the car running again.", L::kNone},
      {"I pressed the iron to my shirt collar twice and it's still creased.", L::kNone},
      {"I've stopped taking my insulin injections since the pump was fitted.", L::kNone},
      {"The bruises on my legs are from the new spin class.", L::kNone},
  });
}

// Rules 2025.63: the column's own subject, ending therapy, and a death imagined
// as the way to be understood.
TEST(ScreenerTest, EndingItMeansTherapyWhenTherapyIsWhatIsEnding) {
  ExpectRulesLevels({
      {"This is an essay, I am so sorry. I've been in therapy for four years and the thought of ending it "
       "terrifies me. How do you know when you're ready to end therapy?",
       L::kNone},
      {"I love my therapist and the idea of ending it makes me cry.", L::kNone},
      {"I've been in therapy for years and I keep thinking about ending it all.", L::kCrisis},
      {"The thought of ending it terrifies me but it's all I think about.", L::kCrisis},
      {"I keep thinking that if I died my therapist would finally understand how much she meant to me.",
       L::kConcern},
      {"If I died tomorrow the house would finally get tidied, ha.", L::kNone},
  });
}

// Rules 2025.64: a "no" the writer takes back, letters "just in case", a look
// at the water and wondering, steering into a wall.
TEST(ScreenerTest, ANoTakenBackIsAYes) {
  ExpectRulesLevels({
      {"My therapist asked me if I was suicidal and I said no. That wasn't true.", L::kCrisis},
      {"She asked if I had thoughts of suicide. I said no, which was a lie.", L::kCrisis},
      {"My therapist asked me if I had a plan and I lied.", L::kCrisis},
      {"She asked if I had thoughts of suicide. I said no, and that's not a lie.", L::kNone},
      {"She asked if I was suicidal. I said no. No lie, I'm doing well.", L::kNone},
      {"She asked if I was suicidal. I said no, which is true.", L::kNone},
      {"She asked if I had a plan. I said no and she believed me.", L::kNone},
  });
}

TEST(ScreenerTest, LettersJustInCaseAndAQuietLookAtTheWater) {
  ExpectRulesLevels({
      {"I'm so tired. I've started writing letters to people, just in case.", L::kConcern},
      {"I've been looking at the bridge on my walk home and wondering.", L::kConcern},
      {"Every session ends and I drive home and think about steering into the wall.", L::kConcern},
      // A flight, a flood, a trip to town.
      {"I've written letters to my kids just in case anything happens to me on the flight.", L::kNone},
      {"I was staring at the river and wondering if it would flood again this year.", L::kNone},
      {"I think about driving into the city for the new exhibition.", L::kNone},
  });
}

// Rules 2025.65: signs seen in someone else are a worry for them.
TEST(ScreenerTest, SignsSeenInSomeoneElseAreAWorryForThem) {
  const std::vector<std::string> about_others = {
      "I found cuts on my daughter's arms when she was in the bath.",
      "My flatmate has been giving her things away and saying goodbye to people.",
      "My dad keeps talking about his gun and how nobody would miss him.",
      "My brother keeps saying nobody would miss him if he was gone.",
  };
  for (const std::string& text : about_others) {
    const Screening s = ScreenRulesOnly(text);
    EXPECT_EQ(RiskLevelName(s.level), RiskLevelName(L::kConcern)) << text;
    EXPECT_TRUE(s.third_party) << text;
  }
  ExpectRulesLevels({
      {"I found cuts on the kids' knees after the playground.", L::kNone},
      {"My friend is giving her books away to the library sale.", L::kNone},
      {"My boss says nobody would miss him if he retired, fishing for compliments as usual.", L::kNone},
      {"My sister took an overdose of sunshine on her holiday, she's burnt to a crisp.", L::kNone},
  });
}

// Rules 2025.66: a wish to have died, "I should just disappear", waiting for
// the children to grow up, coming close beside everything ready.
TEST(ScreenerTest, AWishToHaveDiedAndAWaitForTheChildren) {
  ExpectRulesLevels({
      {"I wish I'd died when I had the chance.", L::kConcern},
      {"I'm worthless. I should just disappear.", L::kConcern},
      {"Honestly? I'm just waiting for the kids to be old enough. Then I'm done.", L::kConcern},
      {"I came so close on Friday. I had everything ready.", L::kCrisis},
      {"I just took my whole prescription.", L::kCrisis},
      // A house not bought, a joke, a trip, a confession, an errand.
      {"I wish I'd bought that house when I had the chance.", L::kNone},
      {"I should just disappear lol, that was so embarrassing.", L::kNone},
      {"I'm just waiting for the kids to be old enough. Then I'm travelling the world.", L::kNone},
      {"I came so close on Friday to telling her how I feel. Next week.", L::kNone},
      {"I just took my whole prescription to the pharmacy to be refilled.", L::kNone},
  });
}

// Rules 2025.67: the ironic "not me ...", searching for a painless way, the
// tracks, leaving "this world" in a learner's English; and their twins.
TEST(ScreenerTest, ChatIronyAndALearnersEnglishAreRead) {
  ExpectRulesLevels({
      {"not me writing my goodbye posts in drafts", L::kCrisis},
      {"me when i start researching the most painless way", L::kCrisis},
      {"brb going to go lie down on the train tracks (not a joke)", L::kCrisis},
      {"I am feeling that my life is no more useful for anybody and better I go away from this world.",
       L::kConcern},
      {"I'm not writing my goodbye posts, don't worry.", L::kNone},
      {"Not me wanting to die over a group project lmao", L::kNone},
      {"me when i start researching the most painless way to wax my legs", L::kNone},
      {"I wrote my goodbye letter to my therapist for our last session.", L::kNone},
      {"I want to go from this world of corporate. Opening a small bakery in June!", L::kNone},
  });
  // The model read "unalive" and "cuts" alone; the objects make them harmless.
  ExpectLevels({
      {"i lowkey want to unalive this homework rn ngl", L::kNone},
      {"I make cuts on the fabric when the pattern is too big.", L::kNone},
      {"ngl been thinking about unaliving this week.", L::kCrisis},
  });
}

// Rules 2025.68: the long letters of the column, a crisis in one sentence of
// many; and the same letters with an ordinary decision in it.
TEST(ScreenerTest, AMeansKeptOrWatchedInALongLetterIsACrisis) {
  ExpectRulesLevels({
      {"Long-time reader, first comment. My therapist is going on maternity leave in three weeks. I'm "
       "genuinely happy for her. But I've started collecting my tablets in a jar in the wardrobe, just in case "
       "the gap is too long. I haven't told her.",
       L::kCrisis},
      {"I'm 58 and I have never felt as alone as I do this winter. Some nights I sit with the bottle of my "
       "husband's old morphine on the kitchen table and just look at it.",
       L::kCrisis},
      {"Yesterday I stood on the platform and let two trains go past because I was thinking about stepping "
       "forward. I went to work afterwards like nothing happened.",
       L::kCrisis},
      {"This is an essay, I am so sorry. I have decided that when she finishes in December, I will finish too. "
       "I'm not scared, I'm just tired.",
       L::kCrisis},
      // A pottery class, cards in a jar, a collection from the chemist, a good book.
      {"This is an essay, I am so sorry. I have decided that when she finishes in December I will finally "
       "start the pottery class I keep talking about. I'm not scared, just tired of waiting.",
       L::kNone},
      {"I've started collecting the little cards she gives me in a jar on the windowsill.", L::kNone},
      {"I'm collecting my tablets from the pharmacy tomorrow.", L::kNone},
      {"Yesterday I stood on the platform and let two trains go past because I was so absorbed in Part III.",
       L::kNone},
  });
}

// Rules 2025.69: self-harm in its other forms, and drink or pills taken
// hoping not to wake; with the everyday sentences of the same shape.
TEST(ScreenerTest, SelfHarmInItsOtherFormsIsRead) {
  ExpectRulesLevels({
      {"I drank a whole bottle of vodka on my own last night hoping I wouldn't wake up.", L::kCrisis},
      {"I keep mixing my pills with alcohol to see what happens.", L::kCrisis},
      {"I put my hand on the hob on purpose.", L::kCrisis},
      {"The scars on my wrists are new, from this week.", L::kCrisis},
      {"I'm so close to relapsing, the blade is right here.", L::kCrisis},
      {"I've been punching myself in the stomach where no one can see.", L::kCrisis},
      {"I've been making myself throw up after every meal again.", L::kConcern},
      {"I scrubbed my skin raw in the shower until it bled.", L::kCrisis},
      {"I want to feel pain so badly right now.", L::kConcern},
      {"I haven't taken my lithium for a week and I'm not going to.", L::kConcern},
      {"I've been using again and honestly I don't care if it kills me.", L::kConcern},
      // A run, prosecco, the oven, a shoulder, the sun, a blanket, vitamins, a journal.
      {"I've been making myself go for a run after every meal and I feel great.", L::kNone},
      {"I drank a whole bottle of prosecco at my sister's hen do, never again.", L::kNone},
      {"I scrubbed the oven until my arms ached.", L::kNone},
      {"I put my hand on her shoulder at the funeral and she cried.", L::kNone},
      {"I put my hand on the hob to check it was off.", L::kNone},
      {"I want to feel the sun on my face so badly right now.", L::kNone},
      {"I'm so close to finishing the blanket, the last row is right here.", L::kNone},
      {"I haven't taken my vitamins for a week and I feel the same.", L::kNone},
      {"I made myself sick with worry before the session.", L::kNone},
      {"I could have kicked myself for forgetting her birthday.", L::kNone},
  });
}

// Rules 2025.70: hopelessness in a few plain words.
TEST(ScreenerTest, ExistingNotLivingAndAWorldThatDoesNotNeedMe) {
  ExpectRulesLevels({
      {"I'm just existing, not living.", L::kConcern},
      // A countdown beside it is a plan cue: the wish becomes a crisis.
      {"I'm just existing, not living. Counting down.", L::kCrisis},
      {"Life is a punishment I didn't ask for and I want it over.", L::kConcern},
      {"The world doesn't need me in it.", L::kConcern},
      {"I'm surviving, not living, until payday lol", L::kNone},
      {"I don't want it to end, this life is finally good.", L::kNone},
      {"My life is chaos at work and I just want it to stop for a week.", L::kNone},
  });
}

// Rules 2025.71: fragments typed in the moment, where the risk is in what the
// writer is doing; the harmless fragment of the same shape stays ordinary.
TEST(ScreenerTest, FragmentsTypedInTheMoment) {
  ExpectRulesLevels({
      {"bought paracetamol from 3 different shops today", L::kCrisis},
      {"my mum found the blades and went mental. i have more hidden", L::kCrisis},
      {"wearing a hoodie in july bc of my arms", L::kCrisis},
      {"long sleeves at the wedding so nobody asks", L::kCrisis},
      {"wrote the notes. they're in my desk drawer", L::kCrisis},
      {"my plan is sorted. i feel calm for the first time in ages", L::kCrisis},
      {"bought paracetamol from the garage, this headache is brutal", L::kNone},
      {"wearing a hoodie in july bc the office aircon is arctic", L::kNone},
      {"wrote the notes for tomorrow's meeting. they're in my desk drawer", L::kNone},
      {"my plan is sorted for the half marathon. i feel calm for the first time in ages", L::kNone},
  });
}

// Rules 2025.72: a lethal dose asked about (and "too many" read as a quantity,
// not as people), a cliff the writer nearly stayed at, a wish to be gone said
// once; beside each, the same words about a headache, a view, a holiday.
TEST(ScreenerTest, ADoseAskedAboutAndAQuietWishToBeGone) {
  ExpectRulesLevels({
      {"how many paracetamol would it take. asking for real", L::kCrisis},
      {"How much of my sleeping medication would it take to not wake up?", L::kCrisis},
      {"Took too many pills last night.", L::kCrisis},
      {"Drove to the coast and sat at the edge of the cliff. I almost didn't come back.", L::kCrisis},
      {"school tmrw but i won't be there or anywhere", L::kCrisis},
      {"I haven't eaten in five days and I'm hoping my heart just gives up.", L::kConcern},
      {"I keep eating less and less. If I disappear, that's fine by me.", L::kConcern},
      // A dose for a headache, a view worth staying for, a trip away, nerves.
      {"How much ibuprofen is enough for a migraine?", L::kNone},
      {"How many tablets would it take to get rid of this headache?", L::kNone},
      {"Drove to the coast and sat at the edge of the cliff with a flask of tea. I almost didn't come back, it "
       "was so beautiful.",
       L::kNone},
      {"If I disappear for a week, that's fine by me.", L::kNone},
      {"Hoping my heart stops racing before the interview.", L::kNone},
  });
}

// Rules 2025.73: what God will not do the writer will, the last day of
// everything, the car and the garage said in two sentences; beside each, the
// same shape about a fence, a job, a cold morning.
TEST(ScreenerTest, APrayerAnswerAndALastDayOfEverything) {
  ExpectRulesLevels({
      {"Every night I pray that God takes me in my sleep. If He won't, I will.", L::kCrisis},
      {"last day at work tomorrow. last day at everything.", L::kCrisis},
      {"I'm writing this from the car. The engine is running. The garage door is shut.", L::kCrisis},
      {"Stopped my antidepressants. I want the dark to come back and finish it.", L::kConcern},
      {"Every night I pray that God takes care of my mum.", L::kNone},
      {"I asked him to fix the fence. If he won't, I will.", L::kNone},
      {"last day at work tomorrow. last day at that desk, new job monday!", L::kNone},
      {"I'm writing this from the car. The engine is running. The heater is finally working.", L::kNone},
      {"I want this meeting to finish.", L::kNone},
  });
}

// Rules 2025.74 and 2025.78: an act done hoping it kills, purging, voices that
// say to do it, a eulogy written last night; beside each, worry, cake, a gym, a
// choir, a class.
TEST(ScreenerTest, AnActDoneHopingItKillsAndVoicesThatSayDoIt) {
  ExpectRulesLevels({
      {"making myself sick after every meal and i'm hoping it kills me", L::kCrisis},
      {"The voices are telling me to do it and I'm starting to listen.", L::kCrisis},
      {"wrote my own eulogy last night. it was short.", L::kCrisis},
      {"I purge most days. I know it's bad. I just can't stop.", L::kConcern},
      {"I make myself sick after every meal.", L::kConcern},
      {"I made myself sick with worry before the exam.", L::kNone},
      {"I ate so much cake I made myself sick.", L::kNone},
      {"making myself a big breakfast after every gym session and i'm hoping it bulks me up", L::kNone},
      {"The voices in the choir are telling me to do it again next year.", L::kNone},
      {"Last week I wrote my own obituary. It was for a writing class at the library.", L::kNone},
      {"I purged my inbox today.", L::kNone},
  });
}

// Rules 2025.75: the Englishes of readers far from here, where a wish said
// first becomes a plan in the next words; beside each, a job, a bus, exams.
TEST(ScreenerTest, AWishThatBecomesAPlanInOtherEnglishes) {
  ExpectRulesLevels({
      {"I have decided to take poison tonight. Please pray for my children.", L::kCrisis},
      {"My life is finished. Tomorrow you will hear news about me.", L::kCrisis},
      {"Sometimes I wish to die, now I am planning how.", L::kCrisis},
      {"me i don't see the point to live again. i have bought the tablets already", L::kCrisis},
      {"I am tired of being alive. Today I will finish it.", L::kCrisis},
      {"i just want it to be over. all of it. i'm going to make it over.", L::kCrisis},
      {"I have decided to take the bus tonight. Please pray for my exam.", L::kNone},
      {"I took the rat poison to the shed.", L::kNone},
      {"My exams are finished. Tomorrow you will hear news about my results.", L::kNone},
      {"Sometimes I wish to travel, now I am planning how.", L::kNone},
      {"I don't want to be in this job again. I am tired of everything about it.", L::kNone},
      {"I am tired of being alone. Today I will finish my painting.", L::kNone},
  });
}

// Rules 2025.76: fragments whose risk is in what they point at; beside each,
// dinner, a haircut, packing, a new city.
TEST(ScreenerTest, ANoteOnTheTableAndACrisisLineToldAllIsFine) {
  ExpectRulesLevels({
      {"note's on the kitchen table. sorry mum", L::kCrisis},
      {"day 0 again. the blade's back in my pencil case", L::kCrisis},
      {"been googling what happens to your body when you jump", L::kCrisis},
      {"i told the crisis line i was fine so they'd hang up. i'm not fine.", L::kCrisis},
      {"my last therapy session is monday and after that there's no reason to stay", L::kConcern},
      {"No reason to do anything really. Just flat.", L::kConcern},
      {"note's on the kitchen table. dinner's in the oven mum", L::kNone},
      {"day 0 again. the chocolate's back in my desk drawer", L::kNone},
      {"been googling what happens to your body when you fast for a day", L::kNone},
      {"I have everything I need in my bag.", L::kNone},
      {"i have everything i need in my bag. just waiting for everyone to go to sleep so i can wrap presents",
       L::kNone},
      {"after that there's no reason to stay in this city, moving back home", L::kNone},
      {"There's no reason to do anything about the boiler till Monday.", L::kNone},
  });
}

// Rules 2025.77: means saved, letters that explain, a weapon nearly used; a gun
// locked away and thanks sent through the blog stay ordinary.
TEST(ScreenerTest, MeansSavedAndLettersThatExplainWhy) {
  ExpectRulesLevels({
      {"the pain never stops. saving my oxy instead of taking it", L::kCrisis},
      {"i'm 15 and i've already written letters to my friends explaining why", L::kCrisis},
      {"Twelve years ago I nearly used my service weapon.", L::kConcern},
      {"I'm saving my holiday days instead of taking them.", L::kNone},
      {"i've already written letters to my friends explaining why i'm moving schools", L::kNone},
      {"lost the farm show prize again. the shotgun's in the gun cabinet for the clay shoot. sorry dad",
       L::kNone},
      {"Tell my therapist I said thank you, if she ever reads this. She won't, but still.", L::kNone},
      {"I started knitting and I don't think I'll stop.", L::kNone},
  });
}

// Rules 2025.81: a pronoun in a weak cue that is not its subject ("they're"
// of letters, "them" of tablets) and a possessive before an occasion leave the
// words the writer's; someone else named as the subject still makes them theirs.
TEST(ScreenerTest, WhoseThingsAWeakCueNamesIsNotWhoActs) {
  ExpectRulesLevels({
      {"wrote one for each of the girls. they're under my pillow for afterwards", L::kCrisis},
      {"can't un-take them now. getting hard to type", L::kCrisis},
      {"The receipts are in the kitchen drawer for afterwards, when we do the accounts.", L::kNone},
      {"Sent the email, can't undo it now. My boss will see it first thing.", L::kNone},
  });
  // "their" says whose christening it is, not who will not be there.
  const Screening mine = ScreenRulesOnly("not going to be here for their christening. made a photo book for them");
  EXPECT_FALSE(HasReason(mine, "not-self")) << Explain(mine);
  const Screening hers = ScreenRulesOnly("She's not going to be here for their christening, she's working in Dubai.");
  EXPECT_TRUE(HasReason(hers, "not-self")) << Explain(hers);
}

// Rules 2025.82: what was done and the bleeding are two cues, not one.
TEST(ScreenerTest, WhatWasDoneAndTheBleedingAreTwoCues) {
  ExpectRulesLevels({
      {"did too much this time. it's everywhere and i'm so cold", L::kCrisis},
      {"Already started on the spare room. Paint everywhere, dog is thrilled.", L::kNone},
  });
}

// Rules 2025.83: a wish or a burden with its end decided is a plan; the
// same words of everyday fixes and breaks stay ordinary.
TEST(ScreenerTest, AWishOrABurdenWithItsEndDecided) {
  ExpectRulesLevels({
      {"i don't want to wake up again and i've made sure i won't", L::kCrisis},
      {"the plan is to not be here by my birthday", L::kCrisis},
      {"Such a burden to everyone lately. That stops this weekend.", L::kCrisis},
      {"I'm a drain on everyone and I've decided how to fix that.", L::kCrisis},
      {"want to die. been looking up ways on my phone all lunch", L::kCrisis},
      {"Can't do this. Pills are on the table and the house is quiet.", L::kCrisis},
      {"been working out how to top myself since the funeral", L::kCrisis},
      {"need to top myself up with tea before the next session", L::kNone},
      {"The queue was a nightmare. That ends this weekend, the new tills are in.", L::kNone},
      {"I've made sure I won't miss the 8:10 train tomorrow.", L::kNone},
      {"Years ago I was a burden on everyone. Tonight I hosted six friends.", L::kNone},
  });
  // "..., my therapist thinks it's journalling": a sentence, not a tag.
  EXPECT_EQ(ScreenRulesOnly("my way of coping is hurting myself, my GP thinks it's running").level, L::kCrisis);
  EXPECT_EQ(ScreenRulesOnly("\"I keep hurting myself,\" she said.").level, L::kConcern);
  const Screening tag = ScreenRulesOnly("I keep hurting myself, she said it twice at tea.");
  EXPECT_TRUE(HasReason(tag, "reported")) << Explain(tag);
}

// Rules 2025.84: plain words the rules had no reading for, or an idiom hid.
TEST(ScreenerTest, ThoughtsAtWorkAndMarksOnTheBodySaidPlainly) {
  ExpectRulesLevels({
      {"keep thinking about killing myself at work, between calls", L::kCrisis},
      {"I'm killing myself at work this month, three people off sick.", L::kNone},
      {"read about ways to die on my lunch break again", L::kCrisis},
      {"the ending it thoughts are louder this week", L::kCrisis},
      {"hitting my thighs with my fists until they go numb", L::kCrisis},
      {"Hit my leg on the bed frame in the dark.", L::kNone},
      {"made some new lines on my arm last night", L::kCrisis},
      {"when my sessions run out so do i", L::kCrisis},
      {"took them twenty minutes ago. your posts kept me going for years, thank you", L::kCrisis},
      {"Your posts kept me going through the divorce. Thank you.", L::kNone},
  });
}

// Rules 2025.85: means kept back from what is prescribed, arrangements made,
// a day picked; weak cues among them stand only with company.
TEST(ScreenerTest, MeansKeptBackAndArrangementsMade) {
  ExpectRulesLevels({
      {"been hoarding what my psychiatrist prescribes since the summer", L::kCrisis},
      {"I've made my final arrangements and written to each of my grandchildren.", L::kCrisis},
      {"left a note for my wife on the table. going out. won't be coming back", L::kCrisis},
      {"I've made my arrangements for the wedding and written to everyone I needed to.", L::kNone},
      {"I won't be coming back to this gym, the changing rooms are freezing.", L::kNone},
      {"I picked Friday for the party, it suits everyone.", L::kNone},
  });
}

// Rules 2025.86 and 2025.87: an absence with an end, or from one place, and a
// last comment with its reason are ordinary; one without an end still counts.
TEST(ScreenerTest, AnAbsenceWithAnEndIsOrdinary) {
  ExpectRulesLevels({
      {"won't be around to read replies till sunday, we're off to the lakes", L::kNone},
      {"I won't be here for a fortnight, walking the coast path. Thank you for this.", L::kNone},
      {"nobody would notice if i vanished from the team meeting, so i did", L::kNone},
      {"I won't be around to read the replies. Thank you for everything.", L::kCrisis},
      {"won't be around much longer. sorry everyone", L::kCrisis},
      {"nobody would notice if i disappeared. nobody at all", L::kConcern},
      // Rules 2025.87: a last comment with its end or its reason given.
      {"This is my last comment here for a while, the baby is due on Friday!", L::kNone},
      {"my last comment on here because the blog is closing. thank you for it all", L::kNone},
      {"This is my last comment. Thank you for everything.", L::kCrisis},
  });
}

// Rules 2025.89: a date announced with an exclamation mark is good news; the
// same words told flatly, or with the mark somewhere else, still count.
TEST(ScreenerTest, ADateAnnouncedWithAnExclamationMarkIsGoodNews) {
  ExpectRulesLevels({
      {"Picked the date! Registry office in June, just the two of us.", L::kNone},
      {"I've chosen the day!! mum's seventieth, a surprise in the garden", L::kNone},
      {"I've chosen the day. mum's seventieth, a surprise in the garden", L::kCrisis},
      {"I've picked the date. Sorry to everyone!", L::kCrisis},
      {"I've picked a date.", L::kCrisis},
  });
}

// Rules 2025.90: a hurt "third night running" is no running accident; "the
// cutting's back" keeps its "is"; a pause before "of", "at", "with" or
// "from" goes on with the sentence; a head that says "kill yourself" is the
// writer's own ideation.
TEST(ScreenerTest, RunningNightsContractionsPausesAndAVoiceThatSaysIt) {
  ExpectRulesLevels({
      {"I hurt myself afterwards, third night running now.", L::kCrisis},
      {"I hurt myself out running this morning, ankle's gone.", L::kNone},
      {"The cutting's back. Nothing big.", L::kCrisis},
      {"The cutting back of my hours is stressful.", L::kNone},
      {"honestly just waiting to die... of boredom in this seminar", L::kNone},
      {"I'm ending things... with my therapist, after three years. Ready.", L::kNone},
      {"I'm going to end it... tonight.", L::kCrisis},
      {"took an overdose of netflix this weekend instead of my homework", L::kNone},
      {"my head keeps saying kill yourself and I'm starting to agree", L::kCrisis},
      {"a troll keeps saying kill yourself to everyone in the chat", L::kNone},
  });
}

// Rules 2025.91: hopelessness said with a laugh is hyperbole.
TEST(ScreenerTest, HopelessnessSaidWithALaughIsHyperbole) {
  ExpectRulesLevels({
      {"i cant do this anymore 😂 the toddler has screamed for forty minutes", L::kNone},
      {"cant go on like this without coffee lol, the machine broke", L::kNone},
      {"I can't do this anymore. Everything is too heavy.", L::kConcern},
  });
}

// Rules 2025.92: passive wishes in forms the rules did not know.
TEST(ScreenerTest, PassiveWishesInMoreForms) {
  ExpectRulesLevels({
      {"sometimes i lie in bed wishing my heart would just stop", L::kConcern},
      {"Sometimes I think better I was never born.", L::kConcern},
      {"part of me hopes i just don't come round from the anaesthetic", L::kConcern},
      {"nobody would notice if I disappear. maybe my landlord", L::kConcern},
      {"I hope I never wake up from this dream, best holiday ever", L::kNone},
      {"I hope my heart rate comes down before the race", L::kNone},
  });
}

// Rules 2025.93: "how many" names no one; fresh cuts under clothes; a time
// after "letting go"; an end after "before I".
TEST(ScreenerTest, HowManyNamesNoOneAndAnEndAfterItsTime) {
  ExpectRulesLevels({
      {"looked up how many of my tablets it would take", L::kCrisis},
      {"Many feel suicidal at some point in their lives.", L::kNone},
      {"fresh cuts under my jeans right now and i'm in a meeting", L::kCrisis},
      {"my arms are covered in marks from the brambles", L::kNone},
      {"I'm letting go on Friday.", L::kCrisis},
      {"I'm letting go of the house on Friday.", L::kNone},
      {"one last visit to my mother before I end things.", L::kCrisis},
      {"one more coffee before I end it with him", L::kNone},
      {"Got a new lock for the bathroom door so nobody can stop me this time", L::kCrisis},
  });
}

// Rules 2025.94: a goodbye with its move given is a move; a social-media story
// is no fiction.
TEST(ScreenerTest, AGoodbyeWithAMoveAndAStoryOnSocialMedia) {
  ExpectRulesLevels({
      {"friend posted a goodbye on insta bc shes moving to canada and i cried at my desk", L::kNone},
      {"my brother posted goodbye on his story and isn't answering", L::kConcern},
      {"she posted a goodbye on her insta story and her phone is off", L::kConcern},
      {"In the story the hero says goodbye to everyone.", L::kNone},
  });
}

}  // namespace
}  // namespace rapport::screening
