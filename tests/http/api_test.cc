#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "testing/http_client.h"
#include "testing/test_server.h"

namespace rapport::testing {
namespace {

namespace json = boost::json;

const std::string kComments = "/api/posts/attachment-to-your-therapist-iv/comments";

void CheckNode(const json::object& node, int depth, std::optional<std::int64_t> parent) {
  for (const char* key : {"id", "parent_id", "author_name", "is_author_reply", "depth", "created_at", "body_html", "replies"}) {
    EXPECT_TRUE(node.contains(key)) << key;
  }
  EXPECT_EQ(node.at("depth").as_int64(), depth);
  if (parent) {
    EXPECT_EQ(node.at("parent_id").as_int64(), *parent);
  } else {
    EXPECT_TRUE(node.at("parent_id").is_null());
  }
  EXPECT_FALSE(node.contains("email"));
  EXPECT_FALSE(node.contains("author_email"));
  for (const auto& reply : node.at("replies").as_array()) CheckNode(reply.as_object(), depth + 1, node.at("id").as_int64());
}

TEST(ApiTest, ListsPostsWithPagination) {
  TestServer server;
  auto res = HttpClient(server.port()).Get("/api/posts");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.Header("content-type"), "application/json");
  const json::object body = json::parse(res.body).as_object();
  EXPECT_EQ(body.at("page").as_int64(), 1);
  const json::array& posts = body.at("posts").as_array();
  ASSERT_GE(posts.size(), 5u);
  EXPECT_EQ(posts[0].at("series").at("position").as_int64(), 4);
  EXPECT_EQ(HttpClient(server.port()).Get("/api/posts?page=0").status, 400);
}

TEST(ApiTest, GetsAPostWithItsSeries) {
  TestServer server;
  auto res = HttpClient(server.port()).Get("/api/posts/attachment-to-your-therapist-ii");
  ASSERT_EQ(res.status, 200);
  const json::object post = json::parse(res.body).as_object();
  EXPECT_EQ(post.at("series").at("title").as_string(), "Attachment to Your Therapist");
  EXPECT_EQ(post.at("series").at("position").as_int64(), 2);
  EXPECT_NE(std::string(post.at("body_html").as_string()).find("<p>"), std::string::npos);
  auto missing = HttpClient(server.port()).Get("/api/posts/nope");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(json::parse(missing.body).at("error").at("code").as_string(), "not_found");
}

TEST(ApiTest, CommentsComeAsATree) {
  TestServer server;
  auto res = HttpClient(server.port()).Get(kComments);
  ASSERT_EQ(res.status, 200);
  const json::object body = json::parse(res.body).as_object();
  const json::array& roots = body.at("comments").as_array();
  ASSERT_FALSE(roots.empty());
  for (const auto& root : roots) CheckNode(root.as_object(), 1, std::nullopt);
  EXPECT_GE(body.at("approved_count").as_int64(), 35);
  EXPECT_EQ(res.body.find("\"status\":\"pending\""), std::string::npos);
}

TEST(ApiTest, PostsACommentAndAnswers201WithItsStatus) {
  TestServer server;
  HttpClient client(server.port());
  auto res = client.Post(kComments, "application/json",
                         R"({"author_name": "Rowan", "email": "rowan@example.org", "body": "Thank you. Just thank you.", "parent_id": null})");
  ASSERT_EQ(res.status, 201) << res.body;
  const json::object body = json::parse(res.body).as_object();
  EXPECT_EQ(body.at("status").as_string(), "pending");
  EXPECT_EQ(body.at("comment").at("author_name").as_string(), "Rowan");
  EXPECT_EQ(body.at("comment").at("depth").as_int64(), 1);
  EXPECT_FALSE(body.at("comment").as_object().contains("email"));
  const std::int64_t id = body.at("comment").at("id").as_int64();
  auto reply = client.Post(kComments, "application/json",
                           "{\"author_name\": \"Rowan\", \"body\": \"And a reply.\", \"parent_id\": " + std::to_string(id) + "}");
  EXPECT_EQ(reply.status, 400);  // a pending comment takes no replies from the API
}

TEST(ApiTest, ValidationErrorsNameEveryField) {
  TestServer server;
  auto res = HttpClient(server.port()).Post(kComments, "application/json", R"({"author_name": "", "email": "x", "body": ""})");
  EXPECT_EQ(res.status, 400);
  const json::object error = json::parse(res.body).at("error").as_object();
  EXPECT_EQ(error.at("code").as_string(), "invalid_argument");
  EXPECT_EQ(error.at("field").as_string(), "author_name");
  EXPECT_EQ(error.at("details").as_array().size(), 2u);
}

TEST(ApiTest, ApprovedCommentsShowUpInTheTree) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient client(server.port());
  auto res = client.Post(kComments, "application/json", R"({"author_name": "Ash", "body": "Visible now."})");
  ASSERT_EQ(res.status, 201);
  EXPECT_EQ(json::parse(res.body).at("status").as_string(), "approved");
  EXPECT_NE(client.Get(kComments).body.find("Visible now."), std::string::npos);
}

}  // namespace
}  // namespace rapport::testing
