#include "core/slug.h"

#include <gtest/gtest.h>

namespace rapport {
namespace {

TEST(SlugifyTest, LowerCasesAndHyphenates) {
  EXPECT_EQ(Slugify("Attachment to Your Therapist I"), "attachment-to-your-therapist-i");
  EXPECT_EQ(Slugify("  Breaks,  Holidays & Endings!  "), "breaks-holidays-endings");
  EXPECT_EQ(Slugify("Part 4: What now?"), "part-4-what-now");
}

TEST(SlugifyTest, ApostrophesJoinWords) {
  EXPECT_EQ(Slugify("The therapist's holiday"), "the-therapists-holiday");
  EXPECT_EQ(Slugify("I don’t know"), "i-dont-know");
}

TEST(SlugifyTest, FoldsAccentedLatinLetters) {
  EXPECT_EQ(Slugify("Café Ørsted Straße"), "cafe-orsted-strasse");
  EXPECT_EQ(Slugify("Łódź ÉCOLE"), "lodz-ecole");
}

TEST(SlugifyTest, KeepsLettersOfOtherScripts) {
  EXPECT_EQ(Slugify("Καλημέρα κόσμε"), "Καλημέρα-κόσμε");
  EXPECT_EQ(Slugify("شكرا جزيلا"), "شكرا-جزيلا");
}

TEST(SlugifyTest, DropsEmojiInvisibleAndBidiCharacters) {
  EXPECT_EQ(Slugify("Hello \xF0\x9F\x98\x80 world"), "hello-world");
  EXPECT_EQ(Slugify("a\xE2\x80\x8B" "b"), "a-b");            // zero-width space
  EXPECT_EQ(Slugify("\xE2\x80\xAE" "evil\xE2\x80\xAC"), "evil");  // bidi override
  EXPECT_EQ(Slugify("\xEF\xBB\xBFtitle"), "title");             // byte-order mark
}

TEST(SlugifyTest, CanBeEmptyAndIsBounded) {
  EXPECT_EQ(Slugify("!!! ???"), "");
  const std::string longer = Slugify(std::string(200, 'a'));
  EXPECT_LE(longer.size(), 80u);
  const std::string greek = Slugify(std::string(100, ' ') + std::string(60, 'x') + " " + "λλλλλλλλλλλλλλλλλλλλ");
  EXPECT_LE(greek.size(), 80u);
  EXPECT_TRUE(IsValidSlug(greek));
}

TEST(IsValidSlugTest, AcceptsWhatSlugifyMakes) {
  for (const char* title : {"Hello world", "Καλημέρα", "Part 4: Endings", "Café"}) {
    EXPECT_TRUE(IsValidSlug(Slugify(title))) << title;
  }
}

TEST(IsValidSlugTest, RejectsUnsafeOrUntidySlugs) {
  for (const char* slug : {"", "Upper", "a b", "a/b", "-a", "a-", "a--b", "a?b", "café", "a%20b", "\xff"}) {
    EXPECT_FALSE(IsValidSlug(slug)) << slug;
  }
}

}  // namespace
}  // namespace rapport
