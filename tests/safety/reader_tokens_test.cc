#include "safety/reader_tokens.h"

#include <gtest/gtest.h>

namespace rapport::safety {
namespace {

constexpr UnixSeconds kNow = 1'780'000'000;

TEST(ReaderTokensTest, CsrfTokenIsBoundToTheBrowserAndRecordsWhenTheFormWasShown) {
  Signer signer(NewSecretKey());
  const std::string browser = NewBrowserId();
  EXPECT_TRUE(IsBrowserId(browser));
  const std::string token = CsrfToken(signer, browser, kNow);
  EXPECT_EQ(CheckCsrfToken(signer, browser, token, kNow + 30), kNow);
  EXPECT_FALSE(CheckCsrfToken(signer, NewBrowserId(), token, kNow));
  EXPECT_FALSE(CheckCsrfToken(signer, browser, "", kNow));
  EXPECT_FALSE(CheckCsrfToken(signer, "short", CsrfToken(signer, "short", kNow), kNow));
  // The time can't be changed without breaking the MAC, and old tokens expire.
  std::string earlier = token;
  earlier[0] = earlier[0] == '1' ? '2' : '1';
  EXPECT_FALSE(CheckCsrfToken(signer, browser, earlier, kNow));
  EXPECT_FALSE(CheckCsrfToken(signer, browser, token, kNow + 15 * 86400));
  EXPECT_FALSE(CheckCsrfToken(signer, browser, CsrfToken(signer, browser, kNow + 3600), kNow));  // from the future
}

TEST(ReaderTokensTest, AddressHashesChangeEveryDayAndHideTheAddress) {
  Signer signer(NewSecretKey());
  const std::string today = AddressHash(signer, "203.0.113.7", kNow);
  EXPECT_EQ(today, AddressHash(signer, "203.0.113.7", kNow + 60));
  EXPECT_NE(today, AddressHash(signer, "203.0.113.8", kNow));
  EXPECT_NE(today, AddressHash(signer, "203.0.113.7", kNow + 86400));
  EXPECT_EQ(today.find("203"), std::string::npos);
}

TEST(ReaderTokensTest, OwnCommentsRoundTripAndRejectTampering) {
  Signer signer(NewSecretKey());
  const std::string sealed = SealOwnComments(signer, {3, 17, 4000000000});
  EXPECT_EQ(OpenOwnComments(signer, sealed), (std::vector<std::int64_t>{3, 17, 4000000000}));
  std::string tampered = sealed;
  tampered[0] = '4';
  EXPECT_TRUE(OpenOwnComments(signer, tampered).empty());
  EXPECT_TRUE(OpenOwnComments(signer, "garbage").empty());
  EXPECT_TRUE(OpenOwnComments(signer, "").empty());
  EXPECT_TRUE(OpenOwnComments(Signer(NewSecretKey()), sealed).empty());
}

TEST(ReaderTokensTest, OwnCommentsKeepTheNewestUpToTheLimit) {
  std::vector<std::int64_t> ids;
  for (std::int64_t i = 1; i <= 60; ++i) ids = WithOwnComment(ids, i);
  ASSERT_EQ(ids.size(), kMaxOwnComments);
  EXPECT_EQ(ids.front(), 11);
  EXPECT_EQ(ids.back(), 60);
  ids = WithOwnComment(ids, 30);  // no duplicates
  EXPECT_EQ(ids.size(), kMaxOwnComments);
  EXPECT_EQ(ids.back(), 30);
}

}  // namespace
}  // namespace rapport::safety
