#include "http/form.h"

#include <gtest/gtest.h>

namespace rapport::http {
namespace {

TEST(FormTest, DecodesFields) {
  auto form = ParseForm("author_name=Anonymous+Tuesday&body=Caf%C3%A9%0D%0Aline&empty=&flag", {});
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->Get("author_name"), "Anonymous Tuesday");
  EXPECT_EQ(form->Get("body"), "Café\r\nline");
  EXPECT_EQ(form->Get("empty"), "");
  EXPECT_EQ(form->Get("flag"), "");
  EXPECT_FALSE(form->Get("missing"));
  EXPECT_EQ(form->GetOr("missing", "x"), "x");
}

TEST(FormTest, FirstValueWins) {
  auto form = ParseForm("a=1&a=2", {});
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->Get("a"), "1");
}

TEST(FormTest, RefusesBrokenEscapesAndInvalidUtf8) {
  EXPECT_FALSE(ParseForm("a=%zz", {}).ok());
  EXPECT_FALSE(ParseForm("a=%4", {}).ok());
  auto bad = ParseForm("body=%FF%FE", {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(bad.error().field, "body");
}

TEST(FormTest, EnforcesLimits) {
  FormLimits limits;
  limits.max_fields = 2;
  limits.max_value_bytes = 4;
  EXPECT_FALSE(ParseForm("a=1&b=2&c=3", limits).ok());
  auto big = ParseForm("a=12345", limits);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, ErrorCode::kTooLarge);
  EXPECT_TRUE(ParseForm("a=1234&b=", limits).ok());
}

}  // namespace
}  // namespace rapport::http
