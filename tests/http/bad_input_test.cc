// Bad input of every kind gets a clear 4xx and leaves the database unchanged.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "testing/http_client.h"
#include "testing/test_server.h"

namespace rapport::testing {
namespace {

const std::string kPost = "/posts/attachment-to-your-therapist-iv";
const std::string kApi = "/api/posts/attachment-to-your-therapist-iv/comments";

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    before_ = CountAllComments(server_.store());
    ASSERT_GT(before_, 0);
  }
  void TearDown() override { EXPECT_EQ(CountAllComments(server_.store()), before_) << "the database changed"; }

  // A browser that has the page open, with its token.
  std::pair<HttpClient, std::string> Browser() {
    HttpClient client(server_.port());
    const std::string token = InputValue(client.Get(kPost).body, "csrf");
    return {client, token};
  }
  static std::string ErrorCode(const HttpResponse& res) {
    return std::string(boost::json::parse(res.body).at("error").at("code").as_string());
  }
  static std::int64_t OtherPostsComment(HttpClient& client) {
    auto res = client.Get("/api/posts/attachment-to-your-therapist-i/comments");
    return boost::json::parse(res.body).at("comments").as_array().at(0).at("id").as_int64();
  }

  TestServer server_{TestServerOptions{DefaultBackend(), true, [](cli::Config& c) {
                                         c.server.max_body_bytes = 200 * 1024;
                                         c.server.max_header_bytes = 8 * 1024;
                                       }}};
  std::int64_t before_ = 0;
};

TEST_F(BadInputTest, OversizedBodies) {
  auto [client, token] = Browser();
  auto form = client.PostForm(kPost + "/comments",
                              {{"csrf", token}, {"author_name", "x"}, {"body", std::string(300 * 1024, 'a')}});
  EXPECT_EQ(form.status, 413);
  auto api = client.Post(kApi, "application/json",
                         "{\"author_name\":\"x\",\"body\":\"" + std::string(300 * 1024, 'a') + "\"}");
  EXPECT_EQ(api.status, 413);
  // Within the request limit but over the comment limit (64 KiB): the form comes back, text kept.
  const std::string long_comment(70 * 1024, 'b');
  auto too_long = client.PostForm(kPost + "/comments", {{"csrf", token}, {"author_name", "x"}, {"body", long_comment}});
  EXPECT_EQ(too_long.status, 413);
  EXPECT_NE(too_long.body.find(long_comment), std::string::npos);
  EXPECT_NE(too_long.body.find("longer than"), std::string::npos);
  auto api_long = client.Post(kApi, "application/json", "{\"author_name\":\"x\",\"body\":\"" + long_comment + "\"}");
  EXPECT_EQ(api_long.status, 413);
  EXPECT_EQ(ErrorCode(api_long), "too_large");
}

TEST_F(BadInputTest, InvalidUtf8) {
  auto [client, token] = Browser();
  auto form = client.Post(kPost + "/comments", "application/x-www-form-urlencoded",
                          "csrf=" + token + "&author_name=x&body=%C3%28broken");
  EXPECT_EQ(form.status, 400);
  EXPECT_NE(DecodeHtml(form.body).find("isn't valid text"), std::string::npos);
  auto api = client.Post(kApi, "application/json", "{\"author_name\":\"x\",\"body\":\"\xC3\x28\"}");
  EXPECT_EQ(api.status, 400);
  EXPECT_EQ(client.Get("/posts/%FF%FE").status, 400);
}

TEST_F(BadInputTest, UnknownParent) {
  auto [client, token] = Browser();
  auto form = client.PostForm(kPost + "/comments",
                              {{"csrf", token}, {"author_name", "x"}, {"body", "Reply text kept."}, {"parent_id", "987654"}});
  EXPECT_EQ(form.status, 400);
  EXPECT_NE(form.body.find("Reply text kept."), std::string::npos);
  EXPECT_NE(DecodeHtml(form.body).find("doesn't exist"), std::string::npos);
  auto garbage = client.PostForm(kPost + "/comments",
                                 {{"csrf", token}, {"author_name", "x"}, {"body", "y"}, {"parent_id", "12abc"}});
  EXPECT_EQ(garbage.status, 400);
  auto api = client.Post(kApi, "application/json", R"({"author_name":"x","body":"y","parent_id":987654})");
  EXPECT_EQ(api.status, 400);
  EXPECT_EQ(ErrorCode(api), "invalid_argument");
  EXPECT_EQ(client.Post(kApi, "application/json", R"({"author_name":"x","body":"y","parent_id":"7"})").status, 400);
  EXPECT_EQ(client.Post(kApi, "application/json", R"({"author_name":"x","body":"y","parent_id":-3})").status, 400);
}

TEST_F(BadInputTest, ParentFromAnotherPost) {
  auto [client, token] = Browser();
  const std::int64_t other = OtherPostsComment(client);
  auto form = client.PostForm(kPost + "/comments", {{"csrf", token}, {"author_name", "x"}, {"body", "y"},
                                                    {"parent_id", std::to_string(other)}});
  EXPECT_EQ(form.status, 400);
  EXPECT_NE(form.body.find("different post"), std::string::npos);
  auto api = client.Post(kApi, "application/json",
                         "{\"author_name\":\"x\",\"body\":\"y\",\"parent_id\":" + std::to_string(other) + "}");
  EXPECT_EQ(api.status, 400);
}

TEST_F(BadInputTest, EmptyNameAndBody) {
  auto [client, token] = Browser();
  auto form = client.PostForm(kPost + "/comments", {{"csrf", token}, {"author_name", ""}, {"body", "Text."}});
  EXPECT_EQ(form.status, 400);
  EXPECT_NE(form.body.find("Please add a name"), std::string::npos);
  auto api = client.Post(kApi, "application/json", R"({"author_name":"  ","body":"  "})");
  EXPECT_EQ(api.status, 400);
  auto missing = client.Post(kApi, "application/json", R"({})");
  EXPECT_EQ(missing.status, 400);
}

TEST_F(BadInputTest, MissingCsrf) {
  auto [client, token] = Browser();
  (void)token;
  EXPECT_EQ(client.PostForm(kPost + "/comments", {{"author_name", "x"}, {"body", "y"}}).status, 403);
}

TEST_F(BadInputTest, MalformedJsonAndWrongTypes) {
  HttpClient client(server_.port());
  for (const char* body : {"{", "not json", "[1,2]", "\"text\"", R"({"author_name": 5, "body": "x"})",
                           R"({"author_name": "x", "body": ["list"]})", "{\"a\":[[[[[[[[[[[1]]]]]]]]]]]}"}) {
    auto res = client.Post(kApi, "application/json", body);
    EXPECT_EQ(res.status, 400) << body;
    EXPECT_FALSE(ErrorCode(res).empty());
  }
}

TEST_F(BadInputTest, WrongContentTypes) {
  auto [client, token] = Browser();
  EXPECT_EQ(client.Post(kApi, "application/x-www-form-urlencoded", "author_name=x&body=y").status, 415);
  EXPECT_EQ(client.Post(kApi, "text/plain", R"({"author_name":"x","body":"y"})").status, 415);
  EXPECT_EQ(client.Post(kPost + "/comments", "application/json", R"({"author_name":"x","body":"y"})").status, 415);
  EXPECT_EQ(client.Post(kPost + "/comments", "multipart/form-data; boundary=x", "--x--").status, 415);
  (void)token;
}

TEST_F(BadInputTest, OversizedHeadersAndBrokenRequests) {
  HttpClient client(server_.port());
  const std::string big = client.RawExchange("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'x') + "\r\n\r\n");
  EXPECT_EQ(big.rfind("HTTP/1.1 431", 0), 0u) << big.substr(0, 80);
  const std::string junk = client.RawExchange("THIS IS NOT HTTP\r\n\r\n");
  EXPECT_EQ(junk.rfind("HTTP/1.1 400", 0), 0u) << junk.substr(0, 80);
}

TEST_F(BadInputTest, TooManyFormFields) {
  auto [client, token] = Browser();
  std::string body = "csrf=" + token + "&author_name=x&body=y";
  for (int i = 0; i < 100; ++i) body += "&f" + std::to_string(i) + "=1";
  EXPECT_EQ(client.Post(kPost + "/comments", "application/x-www-form-urlencoded", body).status, 400);
}

TEST_F(BadInputTest, CommentsOnMissingPosts) {
  auto [client, token] = Browser();
  EXPECT_EQ(client.PostForm("/posts/nope/comments", {{"csrf", token}, {"author_name", "x"}, {"body", "y"}}).status, 404);
  EXPECT_EQ(client.Post("/api/posts/nope/comments", "application/json", R"({"author_name":"x","body":"y"})").status, 404);
}

}  // namespace
}  // namespace rapport::testing
