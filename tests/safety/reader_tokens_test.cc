#include "safety/reader_tokens.h"

#include <gtest/gtest.h>

namespace rapport::safety {
namespace {

TEST(ReaderTokensTest, CsrfTokenIsBoundToTheBrowser) {
  Signer signer(NewSecretKey());
  const std::string browser = NewBrowserId();
  EXPECT_TRUE(IsBrowserId(browser));
  const std::string token = CsrfToken(signer, browser);
  EXPECT_TRUE(CheckCsrfToken(signer, browser, token));
  EXPECT_FALSE(CheckCsrfToken(signer, NewBrowserId(), token));
  EXPECT_FALSE(CheckCsrfToken(signer, browser, ""));
  EXPECT_FALSE(CheckCsrfToken(signer, "short", CsrfToken(signer, "short")));
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
