// A reader's comment through the HTML form: CSRF, Post/Redirect/Get, the
// writer seeing their own pending comment, replies without JavaScript.
#include <gtest/gtest.h>

#include "testing/http_client.h"
#include "testing/test_server.h"

namespace rapport::testing {
namespace {

const std::string kPost = "/posts/attachment-to-your-therapist-iv";

struct Reader {
  explicit Reader(std::uint16_t port) : client(port) {}
  // Opens the page (getting the browser cookie) and returns the form's token.
  std::string Token(const std::string& target = kPost) {
    auto page = client.Get(target);
    EXPECT_EQ(page.status, 200);
    return InputValue(page.body, "csrf");
  }
  HttpClient client;
};

std::int64_t CommentIdFrom(const std::string& location) {
  const std::size_t at = location.find("#comment-");
  return at == std::string::npos ? 0 : std::stoll(location.substr(at + 9));
}

TEST(CommentFlowTest, PostRedirectGetAndThePendingCommentIsSeenOnlyByItsWriter) {
  TestServer server;
  Reader writer(server.port());
  const std::string token = writer.Token();
  ASSERT_FALSE(token.empty());
  auto posted = writer.client.PostForm(kPost + "/comments", {{"csrf", token},
                                                             {"author_name", "Fern"},
                                                             {"author_email", "fern@example.org"},
                                                             {"body", "This is an essay, I am so sorry...\n\nIt *helped*."},
                                                             {"parent_id", ""}});
  ASSERT_EQ(posted.status, 303) << posted.body;
  const std::string location = posted.Header("location");
  EXPECT_EQ(location.rfind(kPost, 0), 0u);
  const std::int64_t id = CommentIdFrom(location);
  ASSERT_GT(id, 0);

  auto mine = writer.client.Get(location.substr(0, location.find('#')));
  EXPECT_NE(mine.body.find("id=\"comment-" + std::to_string(id) + "\""), std::string::npos);
  EXPECT_NE(mine.body.find("Awaiting moderation"), std::string::npos);
  EXPECT_NE(mine.body.find("<em>helped</em>"), std::string::npos);
  EXPECT_EQ(mine.body.find("fern@example.org"), std::string::npos);  // the email is never in the page

  HttpClient stranger(server.port());
  auto theirs = stranger.Get(kPost);
  EXPECT_EQ(theirs.body.find("id=\"comment-" + std::to_string(id) + "\""), std::string::npos);
  EXPECT_EQ(theirs.body.find("Awaiting moderation"), std::string::npos);

  auto stored = server.store().FindComment(id);
  ASSERT_TRUE(stored.ok() && *stored);
  EXPECT_EQ((*stored)->status, CommentStatus::kPending);
}

TEST(CommentFlowTest, AReplyWithoutJavaScriptLandsUnderItsParent) {
  TestServer server;
  Reader writer(server.port());
  // Find an approved top-level comment of the demo post through the API.
  HttpClient api(server.port());
  auto thread = api.Get("/api/posts/attachment-to-your-therapist-iv/comments");
  const std::size_t at = thread.body.find("\"id\":");
  ASSERT_NE(at, std::string::npos);
  const std::int64_t parent = std::stoll(thread.body.substr(at + 5));

  auto form_page = writer.client.Get(kPost + "?replyto=" + std::to_string(parent));
  ASSERT_EQ(form_page.status, 200);
  EXPECT_EQ(InputValue(form_page.body, "parent_id"), std::to_string(parent));
  EXPECT_NE(form_page.body.find("Reply to "), std::string::npos);
  // The form sits inside the comment it answers.
  const std::size_t comment_at = form_page.body.find("id=\"comment-" + std::to_string(parent) + "\"");
  const std::size_t form_at = form_page.body.find("id=\"comment-form\"");
  EXPECT_LT(comment_at, form_at);

  auto posted = writer.client.PostForm(kPost + "/comments", {{"csrf", InputValue(form_page.body, "csrf")},
                                                             {"author_name", "M."},
                                                             {"body", "Same here."},
                                                             {"parent_id", std::to_string(parent)}});
  ASSERT_EQ(posted.status, 303);
  auto stored = *server.store().FindComment(CommentIdFrom(posted.Header("location")));
  EXPECT_EQ(stored->parent_id, parent);
  EXPECT_EQ(stored->depth, 2);
}

TEST(CommentFlowTest, AnErrorKeepsEverythingTheWriterTyped) {
  TestServer server;
  Reader writer(server.port());
  const std::string token = writer.Token();
  const std::string long_text = "I have been carrying this for weeks <and> \"quoting\" & so on.\nSecond line.";
  const std::int64_t before = CountAllComments(server.store());
  auto res = writer.client.PostForm(kPost + "/comments",
                                    {{"csrf", token}, {"author_name", "   "}, {"author_email", "broken@"}, {"body", long_text}});
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("Please add a name"), std::string::npos);
  EXPECT_NE(DecodeHtml(res.body).find("email address doesn"), std::string::npos);
  EXPECT_NE(res.body.find("I have been carrying this for weeks &lt;and&gt; &quot;quoting&quot; &amp; so on."),
            std::string::npos);
  EXPECT_NE(res.body.find("value=\"broken@\""), std::string::npos);
  EXPECT_NE(res.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_EQ(CountAllComments(server.store()), before);
}

TEST(CommentFlowTest, AMissingOrWrongCsrfTokenIsRefusedButTheTextIsKept) {
  TestServer server;
  Reader writer(server.port());
  writer.Token();
  const std::int64_t before = CountAllComments(server.store());
  auto missing = writer.client.PostForm(kPost + "/comments", {{"author_name", "Ivy"}, {"body", "Please keep this."}});
  EXPECT_EQ(missing.status, 403);
  EXPECT_NE(missing.body.find("Please keep this."), std::string::npos);
  EXPECT_NE(missing.body.find("please send it again"), std::string::npos);
  // The page that comes back carries a valid token: sending again works.
  auto again = writer.client.PostForm(kPost + "/comments", {{"csrf", InputValue(missing.body, "csrf")},
                                                            {"author_name", "Ivy"},
                                                            {"body", "Please keep this."}});
  EXPECT_EQ(again.status, 303);

  HttpClient attacker(server.port());  // another browser's token does not work here
  auto forged = writer.client.PostForm(kPost + "/comments", {{"csrf", InputValue(attacker.Get(kPost).body, "csrf")},
                                                             {"author_name", "x"},
                                                             {"body", "y"}});
  EXPECT_EQ(forged.status, 403);
  HttpClient no_cookie(server.port());
  EXPECT_EQ(no_cookie.PostForm(kPost + "/comments", {{"csrf", "abc"}, {"author_name", "x"}, {"body", "y"}}).status, 403);
  EXPECT_EQ(CountAllComments(server.store()), before + 1);
}

TEST(CommentFlowTest, ApprovedCommentAppearsForEveryoneAtOnce) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient stranger(server.port());
  auto before = stranger.Get(kPost);  // now cached
  Reader writer(server.port());
  auto posted = writer.client.PostForm(kPost + "/comments",
                                       {{"csrf", writer.Token()}, {"author_name", "Juniper"}, {"body", "Seen by all."}});
  ASSERT_EQ(posted.status, 303);
  auto after = stranger.Get(kPost);
  EXPECT_EQ(before.body.find("Seen by all."), std::string::npos);
  EXPECT_NE(after.body.find("Seen by all."), std::string::npos);
}

TEST(CommentFlowTest, ThreadsPaginateAndLinkToTheRightPage) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) {
                       c.site.threads_per_page = 5;
                       c.moderation = "approve-all";
                     }});
  HttpClient client(server.port());
  auto first = client.Get(kPost);
  EXPECT_NE(first.body.find("Page 1 of"), std::string::npos);
  EXPECT_NE(first.body.find("?page=2"), std::string::npos);
  Reader writer(server.port());
  auto posted = writer.client.PostForm(kPost + "/comments",
                                       {{"csrf", writer.Token()}, {"author_name", "Late"}, {"body", "At the end."}});
  const std::string location = posted.Header("location");
  EXPECT_NE(location.find("?page="), std::string::npos) << location;  // a new thread is on the last page
  auto last = client.Get(location.substr(0, location.find('#')));
  EXPECT_NE(last.body.find("At the end."), std::string::npos);
}

TEST(CommentFlowTest, DeepThreadsOfferToContinue) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.site.max_thread_depth = 3; }});
  HttpClient client(server.port());
  auto page = client.Get(kPost);
  // The demo thread reaches depth 5 as stored; shown with a limit of 3, it continues on its own page.
  const std::size_t at = page.body.find("Continue this conversation");
  ASSERT_NE(at, std::string::npos);
  const std::size_t href = page.body.rfind("href=\"", at);
  const std::string url = page.body.substr(href + 6, page.body.find('"', href + 6) - href - 6);
  auto branch = client.Get(url.substr(0, url.find('#')));
  EXPECT_EQ(branch.status, 200);
  EXPECT_NE(branch.body.find("A conversation under"), std::string::npos);
}

}  // namespace
}  // namespace rapport::testing
