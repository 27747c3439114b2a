#include "http/router.h"

#include <gtest/gtest.h>

namespace rapport::http {
namespace {

Handler Named(std::string name) {
  return [name](const Request&, const PathParams&) { return Response::Text(name); };
}

TEST(RouterTest, MatchesLiteralAndPlaceholderSegments) {
  Router router;
  router.Add(beast_http::verb::get, "/", Named("home"));
  router.Add(beast_http::verb::get, "/posts/{slug}", Named("post"));
  router.Add(beast_http::verb::post, "/posts/{slug}/comments", Named("comment"));
  auto found = router.Find(beast_http::verb::get, "/posts/hello");
  ASSERT_EQ(found.match, Router::Match::kFound);
  EXPECT_EQ(found.params.at("slug"), "hello");
  EXPECT_EQ(router.Find(beast_http::verb::get, "/").match, Router::Match::kFound);
  EXPECT_EQ(router.Find(beast_http::verb::get, "/posts").match, Router::Match::kNoPath);
  EXPECT_EQ(router.Find(beast_http::verb::get, "/posts/a/b").match, Router::Match::kNoPath);
}

TEST(RouterTest, WrongMethodListsTheAllowedOnes) {
  Router router;
  router.Add(beast_http::verb::post, "/posts/{slug}/comments", Named("comment"));
  auto found = router.Find(beast_http::verb::get, "/posts/x/comments");
  EXPECT_EQ(found.match, Router::Match::kWrongMethod);
  EXPECT_EQ(found.allow, "POST");
}

TEST(RouterTest, HeadIsAnsweredByGet) {
  Router router;
  router.Add(beast_http::verb::get, "/x", Named("x"));
  EXPECT_EQ(router.Find(beast_http::verb::head, "/x").match, Router::Match::kFound);
}

}  // namespace
}  // namespace rapport::http
