#include "safety/signer.h"

#include <gtest/gtest.h>

namespace rapport::safety {
namespace {

TEST(SignerTest, MacVerifiesOnlyTheSamePurposeAndPayload) {
  Signer signer(NewSecretKey());
  const std::string mac = signer.Mac("csrf", "abc");
  EXPECT_EQ(mac.size(), 43u);
  EXPECT_TRUE(signer.Verify("csrf", "abc", mac));
  EXPECT_FALSE(signer.Verify("csrf", "abd", mac));
  EXPECT_FALSE(signer.Verify("other", "abc", mac));
  EXPECT_FALSE(signer.Verify("csrf", "abc", mac.substr(1)));
  EXPECT_FALSE(signer.Verify("csrf", "abc", ""));
}

TEST(SignerTest, DifferentKeysDisagree) {
  Signer a(NewSecretKey()), b(NewSecretKey());
  EXPECT_FALSE(b.Verify("p", "x", a.Mac("p", "x")));
}

TEST(SignerTest, SealAndOpen) {
  Signer signer(NewSecretKey());
  const std::string sealed = signer.Seal("ids", "1.2.3");
  EXPECT_EQ(signer.Open("ids", sealed), "1.2.3");
  EXPECT_FALSE(signer.Open("ids", "1.2.4" + sealed.substr(5)));
  EXPECT_FALSE(signer.Open("other", sealed));
  EXPECT_FALSE(signer.Open("ids", "no-dot"));
}

TEST(SignerTest, KeysRoundTripThroughText) {
  const std::string key = NewSecretKey();
  EXPECT_EQ(DecodeKey(EncodeKey(key)), key);
  EXPECT_FALSE(DecodeKey("too-short"));
  EXPECT_NE(RandomToken(16), RandomToken(16));
}

}  // namespace
}  // namespace rapport::safety
