// Tests for the spam classifier: tokens, the naive Bayes filter and its
// serialisation, and each rule of SpamChecker, with comments in this site's
// register (long, personal, sometimes with a helpline link) that must pass.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "spam/features.h"
#include "spam/naive_bayes.h"
#include "spam/spam_check.h"

namespace rapport::spam {
namespace {

using W = std::vector<std::string>;

bool HasToken(const W& tokens, const std::string& token) {
  return std::find(tokens.begin(), tokens.end(), token) != tokens.end();
}

const SpamReason* FindReason(const SpamVerdict& verdict, std::string_view code) {
  for (const SpamReason& reason : verdict.reasons) {
    if (reason.code == code) return &reason;
  }
  return nullptr;
}

SpamSignals Signals(std::string name, std::string body, std::string email = {}) {
  SpamSignals s;
  s.author_name = std::move(name);
  s.author_email = std::move(email);
  s.body = std::move(body);
  return s;
}

// Genuine comments in this site's register, written for these tests.
const std::string kHelplineComment =
    "I have been reading this column since my brother died last spring and I never thought I would write anything "
    "here. Tonight is the first night I have let myself admit how bad it has got. I keep thinking everyone would be "
    "lighter without me, and I know that is the grief talking but it is loud. My therapist is away for two weeks and "
    "I did not realise how much I leaned on Thursdays until there were none. I called the line at "
    "https://988lifeline.org after reading your piece on therapy breaks, and the woman I spoke to let me cry for "
    "twenty minutes without hurrying me. I am still here. Thank you for writing about this as if it is normal, "
    "because I needed someone to.";

const std::string kArticleComment =
    "My therapist and I have been working on my fear of being too much for people, and your answer about rupture "
    "and repair made me cry on the bus. I used to think that if I got angry in a session it would be over, that she "
    "would end things the way my mum used to go silent for days. Last week I told her I felt abandoned when she "
    "moved our time, and she thanked me. I found this article that says the same thing in more clinical words: "
    "https://www.psychologytoday.com/us/blog/some-therapist/202301/rupture-and-repair and I printed it out. I am "
    "slowly learning that being honest does not make people leave.";

const std::string kQuotedUrlComment =
    "Someone in the last thread wrote \"just google it, it's all at www.selfhelpforums.net\" and I want to gently "
    "say that forums were where I learned to hurt myself better when I was fifteen. I'm not saying that place is "
    "bad, I don't know it. I'm saying that when I was at my lowest I needed a person, not a page. My school "
    "counsellor noticed my sleeves and I hated her for a month, and then I didn't. If you are reading this at 3am "
    "with the same sleeves, please tell one person tomorrow.";

const std::string kResourcesComment =
    "For anyone reading this tonight who feels like I did last winter, these are the places that kept me going. "
    "In the UK the Samaritans are at https://www.samaritans.org and you can text SHOUT to 85258 "
    "(https://giveusashout.org). In the US you can call or text 988 (https://988lifeline.org). Mind has a page on "
    "what to do in a crisis: https://www.mind.org.uk/need-urgent-help/ and the NHS lists urgent help at "
    "https://www.nhs.uk/nhs-services/mental-health-services/. I'm writing this because I wish someone had given me "
    "the list when I needed it, and I am glad I am still here to share it.";

// ---------------------------------------------------------------------------
// Tokens

TEST(SpamTokensTest, LowerCasesAsciiAndSplitsOnPunctuation) {
  EXPECT_EQ(Tokens("Hello, World! It's 3.5 hours; 1,000 times."),
            (W{"hello", "world", "it's", "3.5", "hours", "1,000", "times"}));
  EXPECT_EQ(Tokens("self-harm/grief"), (W{"self", "harm", "grief"}));
  EXPECT_EQ(Tokens("don’t"), (W{"don't"}));
  EXPECT_TRUE(Tokens("").empty());
  EXPECT_TRUE(Tokens("  ... ,, ").empty());
}

TEST(SpamTokensTest, DecodesHtmlEntities) {
  EXPECT_EQ(Tokens("Tom &amp; Jerry &quot;hi&quot; don&#39;t &lt;3 &gt; x&#x41;"),
            (W{"tom", "jerry", "hi", "don't", "3", "xa"}));
  EXPECT_EQ(NormalizeText("a &amp;amp; b &bogus; &#0; &#xD800;"), "a &amp; b &bogus; &#0; &#xD800;");
}

TEST(SpamTokensTest, StripsZeroWidthCharactersInsideAndAfterWords) {
  EXPECT_EQ(Tokens("hel\u200Blo wor\u200Dld\uFEFF"), (W{"hello", "world"}));
  EXPECT_EQ(Tokens("Subscribe to my channel \uFEFF"), (W{"subscribe", "to", "my", "channel"}));
  EXPECT_EQ(NormalizeText("a\uFEFF"), "a");
}

TEST(SpamTokensTest, KeepsLettersOfOtherScriptsAsBytesOfTheWord) {
  EXPECT_EQ(Tokens("Café, Привет! 안녕하세요"), (W{"café", "Привет", "안녕하세요"}));
}

TEST(SpamTokensTest, ReplacesLinksWithUrlAndDomainTokens) {
  const W tokens = Tokens("see https://www.Example.com:8080/path?x=1, and www.foo.org. Then http://bar.net");
  EXPECT_EQ(tokens, (W{"see", "__url__", "__domain:example.com__", "and", "__url__", "__domain:foo.org__", "then",
                       "__url__", "__domain:bar.net__"}));
  EXPECT_EQ(Tokens("[the helpline](https://988lifeline.org)"),
            (W{"the", "helpline", "__url__", "__domain:988lifeline.org__"}));
  EXPECT_EQ(CountLinks("see https://www.Example.com/path and www.foo.org"), 2);
  EXPECT_EQ(CountLinks("awww.so cute, http:// nothing, example.com"), 0);
  const std::vector<Link> links = FindLinks("go to https://user@Shop.Example.net/a?b). Now");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].url, "https://user@Shop.Example.net/a?b");
  EXPECT_EQ(links[0].host, "shop.example.net");
}

TEST(SpamTokensTest, FoldsFullWidthLinks) {
  EXPECT_EQ(Tokens("ｈｔｔｐ://ｗｗｗ.ｅｂａｙ.ｃｏｍ/ｕｓｒ"), (W{"__url__", "__domain:ebay.com__"}));
}

TEST(SpamTokensTest, MarksEmailAddresses) {
  EXPECT_EQ(Tokens("write to anna.b+col@example.co.uk please"), (W{"write", "to", "__email__", "please"}));
  EXPECT_EQ(Tokens("@someone hi"), (W{"someone", "hi"}));
}

TEST(SpamTokensTest, MarksMoneyShoutingRepeatsAndEmoji) {
  EXPECT_TRUE(HasToken(Tokens("earn $500 a day"), "__money__"));
  EXPECT_TRUE(HasToken(Tokens("only 50 € now"), "__money__"));
  EXPECT_TRUE(HasToken(Tokens("£5"), "__money__"));
  EXPECT_FALSE(HasToken(Tokens("the $ sign and £ symbol"), "__money__"));

  EXPECT_EQ(Tokens("FREE money"), (W{"free", "__shout__", "money"}));
  EXPECT_FALSE(HasToken(Tokens("the NHS said OK"), "__shout__"));  // three letters or fewer
  EXPECT_FALSE(HasToken(Tokens("Help"), "__shout__"));

  EXPECT_EQ(Tokens("sooooo good!!!!"), (W{"sooooo", "__repeat__", "good", "__repeat__"}));
  EXPECT_FALSE(HasToken(Tokens("1000000 sooo"), "__repeat__"));

  EXPECT_EQ(Tokens("love it 😂😂"), (W{"love", "it", "__emoji__", "__emoji__"}));
  EXPECT_EQ(Tokens("👍🏽"), (W{"__emoji__"}));  // the skin tone is not a second emoji
}

TEST(SpamTokensTest, RecognisesDomainShapedNames) {
  EXPECT_TRUE(LooksLikeDomain("cheap-pills.com"));
  EXPECT_TRUE(LooksLikeDomain(" shop.example.net/offers "));
  EXPECT_FALSE(LooksLikeDomain("Anna B."));
  EXPECT_FALSE(LooksLikeDomain("J.R.R. Tolkien"));
  EXPECT_FALSE(LooksLikeDomain("hello.world"));
  EXPECT_FALSE(LooksLikeDomain("-bad-.com"));
  EXPECT_FALSE(LooksLikeDomain(""));
}

TEST(SpamTokensTest, CountsCharacterMix) {
  const CharacterMix art = CountCharacters("╔══╗ ║▓▓║ ╚══╝ ok");
  EXPECT_EQ(art.letters, 2);
  EXPECT_EQ(art.other, 12);
  const CharacterMix words = CountCharacters("Hi 2 you 😊 see https://example.com");
  EXPECT_EQ(words.letters, 8);
  EXPECT_EQ(words.digits, 1);
  EXPECT_EQ(words.emoji, 1);
  EXPECT_EQ(words.other, 0);  // the link is not counted
}

// ---------------------------------------------------------------------------
// NaiveBayes

W SpamDoc(int i) {
  return Tokens("Buy cheap pills online now, best price " + std::to_string(i) + " https://pills" + std::to_string(i) +
                ".example.ru FREE delivery");
}

W HamDoc(int i) {
  return Tokens("My therapist said grief comes in waves and today was wave number " + std::to_string(i) +
                ", I cried in the car but I went to the session anyway");
}

NaiveBayes TrainedFilter(int spam_docs, int ham_docs) {
  NaiveBayes filter;
  for (int i = 0; i < spam_docs; ++i) filter.Train(SpamDoc(i), true);
  for (int i = 0; i < ham_docs; ++i) filter.Train(HamDoc(i), false);
  return filter;
}

TEST(SpamNaiveBayesTest, HasNoOpinionWithoutEnoughDocumentsOfEachClass) {
  NaiveBayes filter = TrainedFilter(NaiveBayes::kMinDocumentsPerClass - 1, 40);
  EXPECT_FALSE(filter.HasEnoughData());
  EXPECT_EQ(filter.SpamProbability(SpamDoc(1000)), 0.5);
  EXPECT_TRUE(filter.StrongestTokens(SpamDoc(1000), 3).empty());
  filter.Train(SpamDoc(99), true);
  EXPECT_TRUE(filter.HasEnoughData());
  EXPECT_GT(filter.SpamProbability(SpamDoc(1000)), 0.9);
  EXPECT_EQ(NaiveBayes().SpamProbability(SpamDoc(1)), 0.5);
}

TEST(SpamNaiveBayesTest, SeparatesWhatItWasTrainedOn) {
  const NaiveBayes filter = TrainedFilter(25, 25);
  EXPECT_EQ(filter.spam_documents(), 25);
  EXPECT_EQ(filter.ham_documents(), 25);
  EXPECT_GT(filter.SpamProbability(Tokens("cheap pills, best price, free delivery")), 0.99);
  EXPECT_LT(filter.SpamProbability(Tokens("I cried after the session with my therapist")), 0.01);
  EXPECT_EQ(filter.SpamProbability(Tokens("zebra quantum")), 0.5);  // unknown words are ignored; equal priors
  const auto strongest = filter.StrongestTokens(Tokens("I want cheap pills today"), 2);
  ASSERT_EQ(strongest.size(), 2u);
  EXPECT_TRUE((strongest[0].first == "cheap" || strongest[0].first == "pills"));
  EXPECT_GT(strongest[0].second, 0);
  EXPECT_GE(strongest[0].second, strongest[1].second);
}

TEST(SpamNaiveBayesTest, UntrainUndoesTrain) {
  NaiveBayes filter = TrainedFilter(25, 25);
  const std::string before = filter.Serialize();
  const W comment = Tokens("a brand new comment about cheap pills and my therapist");
  filter.Train(comment, true);
  EXPECT_NE(filter.Serialize(), before);
  EXPECT_EQ(filter.TokenCounts("brand"), (std::pair<std::int64_t, std::int64_t>{1, 0}));
  filter.Untrain(comment, true);
  EXPECT_EQ(filter.Serialize(), before);
  EXPECT_EQ(filter.TokenCounts("brand"), (std::pair<std::int64_t, std::int64_t>{0, 0}));

  // A moderator restores a comment the filter had learnt as spam.
  filter.Train(comment, true);
  filter.Untrain(comment, true);
  filter.Train(comment, false);
  EXPECT_EQ(filter.TokenCounts("brand"), (std::pair<std::int64_t, std::int64_t>{0, 1}));
  EXPECT_EQ(filter.spam_documents(), 25);
  EXPECT_EQ(filter.ham_documents(), 26);
}

TEST(SpamNaiveBayesTest, UntrainingSomethingNeverTrainedIsHarmless) {
  NaiveBayes filter;
  filter.Untrain(Tokens("never seen"), true);
  EXPECT_EQ(filter.spam_documents(), 0);
  EXPECT_EQ(filter.vocabulary_size(), 0u);
  filter.Train(Tokens("pills"), false);
  filter.Untrain(Tokens("pills pills"), true);  // wrong class: ham count untouched
  EXPECT_EQ(filter.TokenCounts("pills"), (std::pair<std::int64_t, std::int64_t>{0, 1}));
}

TEST(SpamNaiveBayesTest, SerializationRoundTrips) {
  NaiveBayes filter = TrainedFilter(30, 22);
  filter.Train({"with space", "100%", "tab\there", "caf\xC3\xA9"}, true);
  const std::string text = filter.Serialize();
  EXPECT_TRUE(text.starts_with("rapport-naive-bayes 1 31 22 "));
  EXPECT_TRUE(text.ends_with("\nend\n"));
  EXPECT_NE(text.find("with%20space 1 0\n"), std::string::npos);
  EXPECT_NE(text.find("100%25 1 0\n"), std::string::npos);

  const Result<NaiveBayes> copy = NaiveBayes::Deserialize(text);
  ASSERT_TRUE(copy.ok()) << copy.error().message;
  EXPECT_EQ(copy->Serialize(), text);
  EXPECT_EQ(copy->spam_documents(), 31);
  EXPECT_EQ(copy->ham_documents(), 22);
  EXPECT_EQ(copy->vocabulary_size(), filter.vocabulary_size());
  EXPECT_EQ(copy->TokenCounts("tab\there"), (std::pair<std::int64_t, std::int64_t>{1, 0}));
  const W probe = Tokens("cheap pills for my therapist");
  EXPECT_DOUBLE_EQ(copy->SpamProbability(probe), filter.SpamProbability(probe));

  const Result<NaiveBayes> empty = NaiveBayes::Deserialize(NaiveBayes().Serialize());
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->vocabulary_size(), 0u);
}

TEST(SpamNaiveBayesTest, RejectsDamagedOrForeignData) {
  const std::vector<std::string> bad = {
      "",
      "hello world\n",
      "rapport-naive-bayes 2 0 0 0\nend\n",              // a future version
      "rapport-naive-bayes 1 3 4\nend\n",                // header too short
      "rapport-naive-bayes 1 -3 4 0\nend\n",             // negative count
      "rapport-naive-bayes 1 3 4 1\nend\n",              // fewer tokens than announced
      "rapport-naive-bayes 1 3 4 1\npills 2 0\n",        // no end
      "rapport-naive-bayes 1 3 4 1\npills 2\nend\n",     // missing count
      "rapport-naive-bayes 1 3 4 1\npills two 0\nend\n",  // not a number
      "rapport-naive-bayes 1 3 4 1\npills 0 0\nend\n",   // a token with no counts
      "rapport-naive-bayes 1 3 4 1\n%G1 1 0\nend\n",     // bad escape
      "rapport-naive-bayes 1 3 4 1\nab% 1 0\nend\n",     // cut escape
      "rapport-naive-bayes 1 3 4 2\npills 1 0\npills 0 1\nend\n",  // listed twice
      "rapport-naive-bayes 1 3 4 1\npills 1 0\nend\nmore 1 1\n",   // text after end
      "rapport-naive-bayes 1 3 4 1\npills 99999999999999999999 0\nend\n",  // overflow
  };
  for (const std::string& text : bad) {
    const Result<NaiveBayes> filter = NaiveBayes::Deserialize(text);
    ASSERT_FALSE(filter.ok()) << text;
    EXPECT_EQ(filter.error().code, ErrorCode::kInvalidArgument) << text;
    EXPECT_FALSE(filter.error().message.empty());
  }
  EXPECT_TRUE(NaiveBayes::Deserialize("rapport-naive-bayes 1 3 4 1\npills 1 0\nend").ok());  // no final newline
}

TEST(SpamNaiveBayesTest, PrunesTokensSeenOnceWhenTheVocabularyIsFull) {
  NaiveBayes filter(100);
  for (int i = 0; i < 5; ++i) filter.Train({"often", "again"}, i % 2 == 0);
  for (int i = 0; i < 150; ++i) filter.Train({"once" + std::to_string(i)}, true);
  EXPECT_LE(filter.vocabulary_size(), 100u);
  EXPECT_EQ(filter.TokenCounts("often"), (std::pair<std::int64_t, std::int64_t>{3, 2}));
  EXPECT_EQ(filter.TokenCounts("once0"), (std::pair<std::int64_t, std::int64_t>{0, 0}));
  EXPECT_EQ(filter.spam_documents(), 153);  // documents are still counted
}

TEST(SpamNaiveBayesTest, StaysSmallForTenThousandComments) {
  NaiveBayes filter;
  std::uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int doc = 0; doc < 10000; ++doc) {
    W tokens;
    for (int k = 0; k < 120; ++k) {
      // Mostly words from a common vocabulary, and some rare ones (names, typos).
      const std::uint32_t r = next();
      tokens.push_back(r % 4 == 0 ? "rare" + std::to_string(next() % 1000000) : "word" + std::to_string(r % 5000));
    }
    filter.Train(tokens, doc % 10 == 0);
  }
  EXPECT_LE(filter.vocabulary_size(), NaiveBayes::kDefaultMaxVocabulary);
  EXPECT_LT(filter.Serialize().size(), 2u * 1024 * 1024);
  EXPECT_GT(filter.TokenCounts("word1").second, 0);
}

// ---------------------------------------------------------------------------
// SpamChecker: each rule, with examples that must fire and must not

TEST(SpamCheckTest, TooManyLinks) {
  const SpamChecker checker;
  const SpamVerdict many = checker.Check(
      Signals("Jo", "Great list of sites for everyone: http://a.example.com http://b.example.com http://c.example.com "
                    "http://d.example.com http://e.example.com enjoy them all"),
      nullptr);
  const SpamReason* links = FindReason(many, "links");
  ASSERT_NE(links, nullptr);
  EXPECT_EQ(links->explanation, "5 links (more than 3 is unusual in a comment)");
  EXPECT_DOUBLE_EQ(links->weight, 2.0);

  const SpamVerdict three = checker.Check(
      Signals("Jo", "Three places that helped me: http://a.example.com http://b.example.com http://c.example.com"),
      nullptr);
  EXPECT_EQ(FindReason(three, "links"), nullptr);

  // Help services are not counted, nor the site's own pages once trusted.
  EXPECT_EQ(FindReason(checker.Check(Signals("Sam", kResourcesComment), nullptr), "links"), nullptr);
  SpamOptions options;
  options.trusted_hosts = {"www.Rapport.example"};
  const SpamChecker site(options);
  const SpamSignals own = Signals("Jo", "Your posts https://rapport.example/a https://rapport.example/b "
                                        "https://www.rapport.example/c https://blog.rapport.example/d helped");
  EXPECT_EQ(FindReason(site.Check(own, nullptr), "links"), nullptr);
  EXPECT_NE(FindReason(checker.Check(own, nullptr), "links"), nullptr);
}

TEST(SpamCheckTest, LittleBesidesALink) {
  const SpamChecker checker;
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "Great post! http://example.com/x"), nullptr), "link_only"),
            nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "Great post!"), nullptr), "link_only"), nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", kArticleComment), nullptr), "link_only"), nullptr);
  // A short reply pointing at a helpline is not "only a link".
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "Please call https://988lifeline.org"), nullptr), "link_only"),
            nullptr);
}

TEST(SpamCheckTest, UrlShorteners) {
  const SpamChecker checker;
  const SpamVerdict linked = checker.Check(Signals("Jo", "wow https://bit.ly/3xYz"), nullptr);
  ASSERT_NE(FindReason(linked, "shortener"), nullptr);
  EXPECT_TRUE(linked.is_spam);  // a shortener and nothing else: 2.5 + 1.5
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "Earn money now: bit.ly/14gKvDo today"), nullptr), "shortener"),
            nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "see adf.ly /KlD3Y"), nullptr), "shortener"), nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "a bit.lyrical today, and https://example.org/bit.ly/x"), nullptr),
                       "shortener"),
            nullptr);
}

TEST(SpamCheckTest, ForumLinkCodeAndHtmlLinks) {
  const SpamChecker checker;
  const SpamVerdict bbcode = checker.Check(Signals("Jo", "[url=http://pills.example.ru]cheap[/url]"), nullptr);
  ASSERT_NE(FindReason(bbcode, "link_markup"), nullptr);
  EXPECT_TRUE(bbcode.is_spam);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "nice <a  href=\"http://x.example\">site</a> and more words "
                                                   "here to be long enough"),
                                     nullptr),
                       "link_markup"),
            nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "&lt;a href=&quot;http://x.example&quot;&gt;x&lt;/a&gt;"), nullptr),
                       "link_markup"),
            nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "I wrote [urgent] in my diary and <a> tags confuse me"), nullptr),
                       "link_markup"),
            nullptr);
}

TEST(SpamCheckTest, SpamWordingNeedsAPhraseNotAWord) {
  const SpamChecker checker;
  const SpamVerdict casino = checker.Check(Signals("Jo", "Best online casino, free spins every day"), nullptr);
  const SpamReason* gambling = FindReason(casino, "wording:gambling");
  ASSERT_NE(gambling, nullptr);
  EXPECT_DOUBLE_EQ(gambling->weight, 2.75);
  EXPECT_NE(gambling->explanation.find("\"online casino\""), std::string::npos);
  EXPECT_FALSE(casino.is_spam);  // wording alone is one sign

  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "Need payday loans? Fast cash!"), nullptr), "wording:loans"),
            nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "Buy Viagra online"), nullptr), "wording:pharma"), nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "We sell backlinks"), nullptr), "wording:seo"), nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "Invest in Bitcoin with us"), nullptr), "wording:crypto"), nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "Check out my videos!!"), nullptr), "wording:promotion"), nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "Subscribe to my channel"), nullptr), "wording:promotion"),
            nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Best Payday Loans", "hello"), nullptr), "wording:loans"), nullptr);

  const std::string own_life =
      "I lost our savings at the casino last year and took out a loan to hide it. My psychiatrist put me on "
      "sertraline and now I can't check my phone without panicking about crypto prices I no longer even own.";
  const SpamVerdict verdict = checker.Check(Signals("Jo", own_life), nullptr);
  for (const SpamReason& reason : verdict.reasons) EXPECT_FALSE(reason.code.starts_with("wording")) << reason.code;
  EXPECT_FALSE(verdict.is_spam);
}

TEST(SpamCheckTest, PromotionalWordingWithALink) {
  const SpamChecker checker;
  const SpamVerdict spam = checker.Check(
      Signals("Jo", "Buy cheap viagra online without prescription at http://pills.example.ru today"), nullptr);
  EXPECT_NE(FindReason(spam, "promo_link"), nullptr);
  EXPECT_TRUE(spam.is_spam);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "Buy cheap viagra online"), nullptr), "promo_link"), nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", kArticleComment), nullptr), "promo_link"), nullptr);
}

TEST(SpamCheckTest, NameThatIsOrContainsAWebAddress) {
  const SpamChecker checker;
  const SpamVerdict url_name = checker.Check(Signals("cheap-meds.com", "Nice post, thanks"), nullptr);
  ASSERT_NE(FindReason(url_name, "name_url"), nullptr);
  EXPECT_TRUE(url_name.is_spam);
  EXPECT_NE(FindReason(checker.Check(Signals("https://seo.example.net", "Nice post"), nullptr), "name_url"), nullptr);

  const SpamVerdict link_name = checker.Check(Signals("Anna from www.annawrites.example.com", "Nice post"), nullptr);
  EXPECT_NE(FindReason(link_name, "name_link"), nullptr);
  EXPECT_FALSE(link_name.is_spam);
  EXPECT_NE(FindReason(checker.Check(Signals("Anna http stuff", "Nice post"), nullptr), "name_link"), nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Rank First seo-pro.net", "Nice post"), nullptr), "name_link"), nullptr);

  for (const char* name : {"Anna B.", "J.R.R. T", "M", "Sam (she/her)", "dr. kay", "Nadia 🌻"}) {
    const SpamVerdict verdict = checker.Check(Signals(name, "Thank you for this."), nullptr);
    EXPECT_EQ(FindReason(verdict, "name_url"), nullptr) << name;
    EXPECT_EQ(FindReason(verdict, "name_link"), nullptr) << name;
  }
  // A long message keeps the name rule below the threshold.
  EXPECT_FALSE(checker.Check(Signals("annawrites.com", kArticleComment), nullptr).is_spam);
}

TEST(SpamCheckTest, SpamWordsInTheEmailAddress) {
  const SpamChecker checker;
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "hi", "casino.king@example.com"), nullptr), "email_words"),
            nullptr);
  EXPECT_NE(FindReason(checker.Check(Signals("Jo", "hi", "best-seo@example.com"), nullptr), "email_words"), nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "hi", "seoyeon.kim@example.com"), nullptr), "email_words"),
            nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "hi", ""), nullptr), "email_words"), nullptr);
}

TEST(SpamCheckTest, MostlyNonLetters) {
  const SpamChecker checker;
  const SpamVerdict art = checker.Check(Signals("Jo", "╔════════╗\n║▓▓▓▓▓▓▓▓║\n╚════════╝ like"), nullptr);
  const SpamReason* reason = FindReason(art, "non_letters");
  ASSERT_NE(reason, nullptr);
  EXPECT_NE(reason->explanation.find("% letters"), std::string::npos);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭 today"), nullptr),
                       "non_letters"),
            nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "Samaritans: 116 123. Shout: 85258. 988 in the US."), nullptr),
                       "non_letters"),
            nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "?!"), nullptr), "non_letters"), nullptr);  // too short to say
}

TEST(SpamCheckTest, PersonalMessagesCountAgainstSpam) {
  const SpamChecker checker;
  const SpamReason* personal = FindReason(checker.Check(Signals("Jo", kHelplineComment), nullptr), "personal");
  ASSERT_NE(personal, nullptr);
  EXPECT_DOUBLE_EQ(personal->weight, -2.0);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "Thank you, I needed this today."), nullptr), "personal"),
            nullptr);
}

TEST(SpamCheckTest, FilterOpinionIsExplainedAndNeedsASecondSign) {
  const SpamChecker checker;
  const NaiveBayes filter = TrainedFilter(30, 30);
  const SpamVerdict only_filter = checker.Check(Signals("Jo", "cheap pills best price free delivery"), &filter);
  const SpamReason* reason = FindReason(only_filter, "filter");
  ASSERT_NE(reason, nullptr);
  EXPECT_TRUE(reason->explanation.starts_with(
      "the filter, trained on this site's own decisions, thinks this looks like spam (1.00); weighing most: "))
      << reason->explanation;
  EXPECT_GT(reason->weight, 2.9);
  EXPECT_FALSE(only_filter.is_spam);

  const SpamVerdict with_link = checker.Check(Signals("Jo", "cheap pills http://pills.example.ru"), &filter);
  EXPECT_TRUE(with_link.is_spam);
  EXPECT_NE(FindReason(with_link, "link_only"), nullptr);

  const SpamReason* ham = FindReason(checker.Check(Signals("Jo", "my therapist and I cried"), &filter), "filter");
  ASSERT_NE(ham, nullptr);
  EXPECT_LT(ham->weight, 0);

  // Not enough data, or no filter: the rules decide alone, and say nothing of it.
  const NaiveBayes young = TrainedFilter(5, 5);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "cheap pills"), &young), "filter"), nullptr);
  EXPECT_EQ(FindReason(checker.Check(Signals("Jo", "cheap pills"), nullptr), "filter"), nullptr);

  SpamOptions off;
  off.filter_weight = 0;
  EXPECT_EQ(FindReason(SpamChecker(off).Check(Signals("Jo", "cheap pills"), &filter), "filter"), nullptr);
}

TEST(SpamCheckTest, ScoreIsTheSumOfReasonsLargestFirst) {
  const SpamChecker checker;
  const SpamVerdict verdict = checker.Check(
      Signals("cheap-meds.com", "[url=http://bit.ly/x]Buy viagra online[/url] http://a.example http://b.example "
                                "http://c.example"),
      nullptr);
  ASSERT_GE(verdict.reasons.size(), 4u);
  double sum = 0;
  for (std::size_t i = 0; i < verdict.reasons.size(); ++i) {
    sum += verdict.reasons[i].weight;
    if (i > 0) {
      EXPECT_GE(verdict.reasons[i - 1].weight, verdict.reasons[i].weight);
    }
  }
  EXPECT_DOUBLE_EQ(verdict.score, sum);
  EXPECT_TRUE(verdict.is_spam);
  const SpamVerdict plain = checker.Check(Signals("Jo", "Thank you."), nullptr);
  EXPECT_TRUE(plain.reasons.empty());
  EXPECT_EQ(plain.score, 0);
  EXPECT_FALSE(plain.is_spam);
}

TEST(SpamCheckTest, FilterTokensDropTrustedLinksAndMarkTheName) {
  const SpamChecker checker;
  const W tokens = checker.FilterTokens(Signals("Anna K", "call https://988lifeline.org or http://x.example"));
  EXPECT_EQ(tokens, (W{"call", "__domain:988lifeline.org__", "or", "__url__", "__domain:x.example__", "name:anna",
                       "name:k"}));
}

// ---------------------------------------------------------------------------
// This site's register: must never be spam, even with a filter that has
// learnt to distrust their words.

NaiveBayes HostileFilter() {
  // A filter trained where self-promotion says "I", "my", "please", "thank you"
  // and links, and ham is about something else entirely.
  NaiveBayes filter;
  for (int i = 0; i < 40; ++i) {
    filter.Train(Tokens("Please I need you to check my channel and my music, thank you so much, I am still here "
                        "trying, it would mean a lot to me https://www.channel" + std::to_string(i) + ".example.com"),
                 true);
    filter.Train(Tokens("The football match " + std::to_string(i) + " was great, the goal in the second half was "
                        "amazing and the referee was fair"),
                 false);
  }
  return filter;
}

TEST(SpamCheckTest, HeartfeltCommentsWithLinksAreNeverSpam) {
  const SpamChecker checker;
  const NaiveBayes hostile = HostileFilter();
  for (const std::string& body : {kHelplineComment, kArticleComment, kQuotedUrlComment, kResourcesComment}) {
    for (const NaiveBayes* filter : {static_cast<const NaiveBayes*>(nullptr), &hostile}) {
      const SpamVerdict verdict = checker.Check(Signals("Reader", body), filter);
      EXPECT_FALSE(verdict.is_spam) << body.substr(0, 60) << " score " << verdict.score;
      EXPECT_LT(verdict.score, checker.options().threshold - 1.0) << body.substr(0, 60);
    }
  }
  // The hostile filter does dislike them: the margin comes from the rules.
  EXPECT_GT(hostile.SpamProbability(checker.FilterTokens(Signals("Reader", kArticleComment))), 0.9);
}

TEST(SpamCheckTest, ShortRealRepliesAreNotSpam) {
  const SpamChecker checker;
  const NaiveBayes hostile = HostileFilter();
  for (const char* body : {"Please call https://988lifeline.org tonight, you matter.",
                           "This helped me: https://www.mind.org.uk/information-support/",
                           "I am still here. Thank you.", "HELP. I CAN'T DO THIS ANYMORE!!!!",
                           "❤️❤️❤️ thank you so much 😭",
                           "My mum keeps telling me to check out the church group. I don't want to."}) {
    const SpamVerdict verdict = checker.Check(Signals("Reader", body), &hostile);
    EXPECT_FALSE(verdict.is_spam) << body << " score " << verdict.score;
  }
}

TEST(SpamCheckTest, TypicalSpamIsCaughtWithoutAFilter) {
  const SpamChecker checker;
  for (const SpamSignals& s : {
           Signals("Jo", "Buy cheap viagra online without prescription http://pills.example.ru"),
           Signals("Best SEO Services", "Great article! Check out my website http://rank.example.com for backlinks"),
           Signals("www.cheap-loans.example.com", "Thanks for sharing"),
           Signals("Jo", "[url=http://casino.example]online casino[/url] free spins"),
           Signals("Jo", "Nice https://bit.ly/2abc"),
           Signals("Jo", "Check out my channel! https://youtube.example.com/c/me"),
       }) {
    const SpamVerdict verdict = checker.Check(s, nullptr);
    EXPECT_TRUE(verdict.is_spam) << s.author_name << ": " << s.body << " score " << verdict.score;
    EXPECT_FALSE(verdict.reasons.empty());
  }
}

}  // namespace
}  // namespace rapport::spam
