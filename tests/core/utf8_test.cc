#include "core/utf8.h"

#include <gtest/gtest.h>

namespace rapport::utf8 {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValid(""));
  EXPECT_TRUE(IsValid("plain ascii"));
  EXPECT_TRUE(IsValid("Grüße, Καλημέρα, 日本語, \xF0\x9F\x98\x80"));
  EXPECT_TRUE(IsValid("\xEF\xBF\xBD"));  // U+FFFD written out
}

TEST(Utf8Test, RejectsMalformedText) {
  EXPECT_FALSE(IsValid("\xff"));
  EXPECT_FALSE(IsValid("\xC3"));              // truncated
  EXPECT_FALSE(IsValid("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValid("\xE0\x80\xAF"));      // overlong
  EXPECT_FALSE(IsValid("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValid("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValid("ok\x80"));
}

TEST(Utf8Test, CountsCodePoints) {
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("é\xF0\x9F\x98\x80"), 2u);
}

TEST(Utf8Test, CleanTextNormalisesLineEndingsAndDropsControls) {
  EXPECT_EQ(CleanText("a\r\nb\rc\n"), "a\nb\nc\n");
  EXPECT_EQ(CleanText(std::string("a\0b\x1b[31mc\x7f", 10)), "ab[31mc");
  EXPECT_EQ(CleanText("tab\tkept"), "tab\tkept");
  EXPECT_EQ(CleanText("c1 \xC2\x85 gone"), "c1  gone");
}

TEST(Utf8Test, CleanTextAlwaysGivesValidUtf8) {
  EXPECT_EQ(CleanText("R\xFF"), "R\xEF\xBF\xBD");
  EXPECT_EQ(CleanText("a\xE2\x82"), "a\xEF\xBF\xBD\xEF\xBF\xBD");  // a cut-off euro sign
  EXPECT_EQ(CleanText("kept \xEF\xBF\xBD and \xEF\xBF\xBF"), "kept \xEF\xBF\xBD and \xEF\xBF\xBF");
  EXPECT_TRUE(IsValid(CleanLine("\xC0\xAF \xED\xA0\x80 x")));
}

TEST(Utf8Test, CleanLineCollapsesWhitespace) {
  EXPECT_EQ(CleanLine("  Anonymous\n\tTuesday  "), "Anonymous Tuesday");
}

TEST(Utf8Test, TruncateNeverSplitsACodePoint) {
  const std::string s = "aé";  // a, C3 A9
  EXPECT_EQ(TruncateBytes(s, 2), "a");
  EXPECT_EQ(TruncateBytes(s, 3), "aé");
  EXPECT_EQ(TruncateBytes(s, 10), "aé");
}

}  // namespace
}  // namespace rapport::utf8
