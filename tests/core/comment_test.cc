#include "core/comment.h"

#include <gtest/gtest.h>

namespace rapport {
namespace {

std::vector<std::string> Fields(const std::vector<Error>& errors) {
  std::vector<std::string> out;
  for (const Error& e : errors) out.push_back(e.field);
  return out;
}

TEST(CommentCheckTest, AcceptsAPseudonymAndNoEmail) {
  CommentInput input{"  still_here_42 ", "", "Thank you.\n\n", std::nullopt};
  EXPECT_TRUE(CleanAndCheckComment(input, {}).empty());
  EXPECT_EQ(input.author_name, "still_here_42");
  EXPECT_EQ(input.body_markdown, "Thank you.");
}

TEST(CommentCheckTest, ReportsEveryProblemWithItsField) {
  CommentInput input{"   ", "not an email", "  \n ", std::nullopt};
  const auto errors = CleanAndCheckComment(input, {});
  EXPECT_EQ(Fields(errors), (std::vector<std::string>{"author_name", "author_email", "body"}));
  for (const Error& e : errors) EXPECT_FALSE(e.message.empty());
}

TEST(CommentCheckTest, EnforcesLengthLimits) {
  CommentLimits limits;
  limits.max_body_bytes = 10;
  limits.max_name_chars = 3;
  CommentInput input{"Wren", "", "0123456789A", std::nullopt};
  const auto errors = CleanAndCheckComment(input, limits);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[1].code, ErrorCode::kTooLarge);
  CommentInput fits{"Wrè", "", "0123456789", std::nullopt};
  EXPECT_TRUE(CleanAndCheckComment(fits, limits).empty());
}

TEST(CommentCheckTest, KeepsIndentedCodeAndInnerBlankLines) {
  CommentInput input{"M.", "", "\n\n    code line\n\nsecond paragraph\n", std::nullopt};
  EXPECT_TRUE(CleanAndCheckComment(input, {}).empty());
  EXPECT_EQ(input.body_markdown, "    code line\n\nsecond paragraph");
}

TEST(LooksLikeEmailTest, Examples) {
  EXPECT_TRUE(LooksLikeEmail("wren@example.org"));
  EXPECT_TRUE(LooksLikeEmail("a.b+c@mail.example.co.uk"));
  for (const char* bad : {"", "wren", "@example.org", "wren@", "wren@example", "a@b@c.d", "a b@c.de", "a@b.", "<a@b.c>"}) {
    EXPECT_FALSE(LooksLikeEmail(bad)) << bad;
  }
}

TEST(CommentStatusTest, NamesRoundTrip) {
  for (auto s : {CommentStatus::kPending, CommentStatus::kApproved, CommentStatus::kSpam, CommentStatus::kTrash}) {
    EXPECT_EQ(ParseCommentStatus(CommentStatusName(s)), s);
  }
  EXPECT_FALSE(ParseCommentStatus("deleted"));
}

}  // namespace
}  // namespace rapport
