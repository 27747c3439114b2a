#include "core/time_format.h"

#include <gtest/gtest.h>

#include "core/post.h"

namespace rapport {
namespace {

TEST(TimeFormatTest, FormatsInUtc) {
  const UnixSeconds t = 1795642425;  // 2026-11-25T21:33:45Z
  EXPECT_EQ(FormatRfc3339(t), "2026-11-25T21:33:45Z");
  EXPECT_EQ(FormatLongDate(t), "25 November 2026");
  EXPECT_EQ(FormatHttpDate(t), "Wed, 25 Nov 2026 21:33:45 GMT");
  EXPECT_EQ(FormatRfc3339(0), "1970-01-01T00:00:00Z");
}

TEST(TimeFormatTest, ParsesWhatItFormatsAndCommonVariants) {
  EXPECT_EQ(ParseRfc3339("2026-11-25T21:33:45Z"), 1795642425);
  EXPECT_EQ(ParseRfc3339("2026-11-25 21:33:45"), 1795642425);
  EXPECT_EQ(ParseRfc3339("2026-11-25T23:33:45+02:00"), 1795642425);
  EXPECT_EQ(ParseRfc3339("2026-11-25T21:33:45.123Z"), 1795642425);
  EXPECT_EQ(ParseRfc3339("2026-11-25T21:33Z"), 1795642380);
  EXPECT_EQ(ParseRfc3339("2026-11-25"), 1795564800);
}

TEST(TimeFormatTest, RejectsImpossibleOrMalformedDates) {
  for (const char* bad : {"", "2026-02-30", "2026-13-01", "2026-11-25T25:00:00Z", "yesterday", "2026-11-25T21:33:45Q",
                          "2026-1-5"}) {
    EXPECT_FALSE(ParseRfc3339(bad)) << bad;
  }
}

TEST(RomanNumeralTest, Examples) {
  EXPECT_EQ(RomanNumeral(1), "I");
  EXPECT_EQ(RomanNumeral(4), "IV");
  EXPECT_EQ(RomanNumeral(14), "XIV");
  EXPECT_EQ(RomanNumeral(1994), "MCMXCIV");
  EXPECT_EQ(RomanNumeral(0), "0");
}

}  // namespace
}  // namespace rapport
