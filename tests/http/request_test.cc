#include "http/request.h"

#include <gtest/gtest.h>

namespace rapport::http {
namespace {

Result<Request> Make(const std::string& target, std::map<std::string, std::string> headers = {}) {
  BeastRequest raw{beast_http::verb::get, target, 11};
  for (const auto& [k, v] : headers) raw.set(k, v);
  return Request::From(std::move(raw), "127.0.0.1");
}

TEST(RequestTest, DecodesPathAndQuery) {
  auto r = Make("/posts/caf%C3%A9?page=2&replyto=12&q=a+b%26c");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->path(), "/posts/café");
  EXPECT_EQ(r->Query("replyto"), "12");
  EXPECT_EQ(r->Query("q"), "a b&c");
  EXPECT_EQ(r->PageParam(), 2);
  EXPECT_FALSE(r->Query("missing"));
}

TEST(RequestTest, PageParamMustBeAPositiveNumber) {
  EXPECT_EQ(Make("/")->PageParam(), 1);
  for (const char* bad : {"/?page=0", "/?page=-1", "/?page=abc", "/?page=2x", "/?page=99999999999"}) {
    EXPECT_FALSE(Make(bad)->PageParam()) << bad;
  }
}

TEST(RequestTest, RefusesInvalidTargets) {
  EXPECT_FALSE(Make("/posts/%FF").ok());
  EXPECT_FALSE(Make("/?q=%C3").ok());
  EXPECT_FALSE(Make("/a%00b").ok());
  EXPECT_FALSE(Make("http://[bad").ok());
}

TEST(RequestTest, ParsesCookies) {
  auto r = Make("/", {{"Cookie", "a=1; rapport_b=xyz;  spaced = \"quoted\" ; a=2; broken"}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->Cookie("a"), "1");
  EXPECT_EQ(r->Cookie("rapport_b"), "xyz");
  EXPECT_EQ(r->Cookie("spaced"), "quoted");
  EXPECT_FALSE(r->Cookie("broken"));
}

TEST(RequestTest, GzipAcceptance) {
  EXPECT_TRUE(Make("/", {{"Accept-Encoding", "gzip, deflate, br"}})->AcceptsGzip());
  EXPECT_TRUE(Make("/", {{"Accept-Encoding", "br;q=1.0, gzip;q=0.8"}})->AcceptsGzip());
  EXPECT_FALSE(Make("/", {{"Accept-Encoding", "gzip;q=0"}})->AcceptsGzip());
  EXPECT_FALSE(Make("/", {{"Accept-Encoding", "br"}})->AcceptsGzip());
  EXPECT_FALSE(Make("/")->AcceptsGzip());
}

TEST(RequestTest, ContentTypeIgnoresParameters) {
  EXPECT_EQ(Make("/", {{"Content-Type", "Application/JSON; charset=utf-8"}})->ContentType(), "application/json");
}

TEST(ParseIdTest, OnlyAPositiveDecimalNumberIsAnId) {
  EXPECT_EQ(ParseId("12"), 12);
  EXPECT_EQ(ParseId("9223372036854775807"), INT64_MAX);
  for (const char* bad : {"", "0", "-3", "012x", "12 ", " 12", "+12", "1e3", "9223372036854775808", "0x1f"}) {
    EXPECT_EQ(ParseId(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace rapport::http
