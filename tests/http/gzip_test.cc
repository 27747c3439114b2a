#include "http/gzip.h"

#include <gtest/gtest.h>

#include "testing/http_client.h"

namespace rapport::http {
namespace {

TEST(GzipTest, RoundTrips) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i) + " of a long page\n";
  const std::string packed = Gzip(text);
  EXPECT_LT(packed.size(), text.size() / 3);
  EXPECT_EQ(testing::Gunzip(packed), text);
  EXPECT_EQ(testing::Gunzip(Gzip("")), "");
}

TEST(HoledTextTest, FillsEveryHoleInPlainAndGzipForms) {
  const std::string marker = "\x01hole\x01";
  std::string page = "<html>" + std::string(5000, 'a') + marker + "middle" + marker + "</html>";
  HoledText holed(page, marker);
  const std::string expected = "<html>" + std::string(5000, 'a') + "TOKEN" + "middle" + "TOKEN" + "</html>";
  EXPECT_EQ(holed.Fill("TOKEN"), expected);
  EXPECT_EQ(testing::Gunzip(holed.FillGzip("TOKEN")), expected);
  EXPECT_EQ(testing::Gunzip(holed.FillGzip("another-value")), holed.Fill("another-value"));
}

TEST(HoledTextTest, TextWithoutHoles) {
  HoledText holed("no holes here", "\x01hole\x01");
  EXPECT_EQ(holed.Fill("x"), "no holes here");
  EXPECT_EQ(testing::Gunzip(holed.FillGzip("x")), "no holes here");
  HoledText edges("\x01hole\x01", "\x01hole\x01");
  EXPECT_EQ(testing::Gunzip(edges.FillGzip("v")), "v");
}

}  // namespace
}  // namespace rapport::http
