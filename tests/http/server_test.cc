// The real server on a free port, spoken to over HTTP.
#include <gtest/gtest.h>

#include <boost/asio.hpp>

#include <thread>

#include "testing/http_client.h"
#include "testing/test_server.h"

namespace rapport::testing {
namespace {

TEST(ServerTest, ServesTheDemoSite) {
  TestServer server;
  HttpClient client(server.port());
  auto home = client.Get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_EQ(home.Header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(home.body.find("Attachment to Your Therapist IV"), std::string::npos);
  EXPECT_NE(home.body.find("Part 4 of Attachment to Your Therapist"), std::string::npos);

  auto post = client.Get("/posts/attachment-to-your-therapist-iv");
  EXPECT_EQ(post.status, 200);
  EXPECT_NE(post.body.find("Part 4 of Attachment to Your Therapist"), std::string::npos);
  EXPECT_NE(post.body.find("badge--author"), std::string::npos);
  EXPECT_NE(post.body.find("rel=\"prev\""), std::string::npos);  // previous part in the series
  EXPECT_NE(post.body.find("class=\"site-notice\""), std::string::npos);
  EXPECT_NE(post.body.find("name=\"csrf\""), std::string::npos);
  EXPECT_EQ(post.body.find("Awaiting moderation"), std::string::npos);  // the demo's pending comments stay hidden
  EXPECT_EQ(client.Get("/series/attachment-to-your-therapist").status, 200);
  EXPECT_EQ(client.Get("/categories/the-therapy-relationship").status, 200);
  EXPECT_EQ(client.Get("/tags/attachment").status, 200);
  EXPECT_EQ(client.Get("/healthz").body, "ok\n");
}

TEST(ServerTest, SendsSecurityHeaders) {
  TestServer server;
  auto res = HttpClient(server.port()).Get("/");
  const std::string csp = res.Header("content-security-policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(res.Header("x-content-type-options"), "nosniff");
  EXPECT_EQ(res.Header("referrer-policy"), "same-origin");
  const std::string cookie = res.Header("set-cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
}

TEST(ServerTest, NotFoundPageHelps) {
  TestServer server;
  HttpClient client(server.port());
  auto res = client.Get("/posts/no-such-post");
  EXPECT_EQ(res.status, 404);
  EXPECT_NE(DecodeHtml(res.body).find("We couldn't find that post"), std::string::npos);
  EXPECT_NE(res.body.find("href=\"/\""), std::string::npos);
  EXPECT_NE(res.body.find("href=\"/series/attachment-to-your-therapist\""), std::string::npos);
  EXPECT_NE(res.body.find("href=\"/categories/letters\""), std::string::npos);
  EXPECT_EQ(client.Get("/nothing/here/at/all").status, 404);
  EXPECT_EQ(client.Get("/?page=99").status, 404);
  EXPECT_EQ(client.Get("/?page=abc").status, 404);
}

TEST(ServerTest, TrailingSlashRedirects) {
  TestServer server;
  auto res = HttpClient(server.port()).Get("/posts/attachment-to-your-therapist-iv/?page=1");
  EXPECT_EQ(res.status, 301);
  EXPECT_EQ(res.Header("location"), "/posts/attachment-to-your-therapist-iv?page=1");
}

TEST(ServerTest, WrongMethodIs405) {
  TestServer server;
  HttpClient client(server.port());
  auto res = client.Post("/", "text/plain", "x");
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(res.Header("allow"), "GET");
}

TEST(ServerTest, ConditionalGetAnswers304) {
  TestServer server;
  HttpClient client(server.port());
  auto first = client.Get("/posts/attachment-to-your-therapist-iii");
  const std::string etag = first.Header("etag");
  ASSERT_FALSE(etag.empty());
  auto again = client.Get("/posts/attachment-to-your-therapist-iii", {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  auto other = HttpClient(server.port()).Get("/posts/attachment-to-your-therapist-iii", {{"If-None-Match", etag}});
  EXPECT_EQ(other.status, 200);  // another browser has another token, so another page
}

TEST(ServerTest, CompressesForClientsThatAcceptGzip) {
  TestServer server;
  HttpClient client(server.port());
  auto plain = client.Get("/posts/attachment-to-your-therapist-iv");
  auto gz = client.Get("/posts/attachment-to-your-therapist-iv", {{"Accept-Encoding", "gzip"}});
  EXPECT_FALSE(plain.was_gzip);
  EXPECT_TRUE(gz.was_gzip);
  EXPECT_EQ(gz.body, plain.body);  // the same page, the same browser token
  EXPECT_EQ(gz.Header("vary"), "Accept-Encoding");
}

TEST(ServerTest, StaticFilesAreCachedForAYearWhenVersioned) {
  TestServer server;
  HttpClient client(server.port());
  auto home = client.Get("/");
  const std::size_t at = home.body.find("/static/style.css?v=");
  ASSERT_NE(at, std::string::npos);
  const std::string url = home.body.substr(at, home.body.find('"', at) - at);
  auto css = client.Get(url, {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.Header("content-type"), "text/css; charset=utf-8");
  EXPECT_NE(css.Header("cache-control").find("immutable"), std::string::npos);
  EXPECT_TRUE(css.was_gzip);
  EXPECT_EQ(client.Get("/static/style.css", {{"If-None-Match", css.Header("etag")}}).status, 304);
  EXPECT_EQ(client.Get("/static/nope.js").status, 404);
}

TEST(ServerTest, HeadHasHeadersButNoBody) {
  TestServer server;
  auto res = HttpClient(server.port()).Head("/");
  EXPECT_EQ(res.status, 200);
  EXPECT_TRUE(res.body.empty());
  EXPECT_NE(res.Header("content-length"), "0");
}

TEST(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  TestServer server;
  const std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  const std::string last = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  const std::string answer = HttpClient(server.port()).RawExchange(request + request + last);
  std::size_t count = 0;
  for (std::size_t at = 0; (at = answer.find("HTTP/1.1 200", at)) != std::string::npos; ++at) ++count;
  EXPECT_EQ(count, 3u);
}

TEST(ServerTest, ASlowClientIsCutOff) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.server.header_timeout = std::chrono::seconds(1); }});
  const auto started = std::chrono::steady_clock::now();
  // Half a request line, then silence: the server must not wait forever.
  const std::string answer = HttpClient(server.port()).RawExchange("GET / HTTP/1.1\r\nHost: x\r\n", 10000);
  const auto waited = std::chrono::steady_clock::now() - started;
  EXPECT_LT(waited, std::chrono::seconds(5));
  EXPECT_EQ(answer.find("200"), std::string::npos);
}

TEST(ServerTest, GracefulStopFinishesARequestInFlight) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.server.body_timeout = std::chrono::seconds(10); }});
  namespace asio = boost::asio;
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), server.port()});
  // Send the headers of a POST, then stop the server, then the body.
  const std::string body = "{\"author_name\":\"Late\",\"body\":\"Sent while the server stops.\"}";
  const std::string head = "POST /api/posts/attachment-to-your-therapist-iv/comments HTTP/1.1\r\nHost: x\r\n"
                           "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  asio::write(socket, asio::buffer(head));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::thread stopper([&] { server.Stop(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  asio::write(socket, asio::buffer(body));
  std::string answer;
  char buf[4096];
  boost::system::error_code ec;
  for (;;) {
    const std::size_t n = socket.read_some(asio::buffer(buf), ec);
    answer.append(buf, n);
    if (ec) break;
  }
  stopper.join();
  EXPECT_EQ(answer.rfind("HTTP/1.1 201", 0), 0u) << answer;
  EXPECT_NE(answer.find("Connection: close"), std::string::npos);
}

TEST(ServerTest, TheSameSiteRunsOnPostgresql) {
  if (PostgresTestUrl().empty()) GTEST_SKIP() << "RAPPORT_TEST_PG_URL is not set";
  TestServer server({Backend::kPostgres, true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient client(server.port());
  const std::string post = "/posts/attachment-to-your-therapist-iv";
  auto page = client.Get(post);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Part 4 of Attachment to Your Therapist"), std::string::npos);
  auto posted = client.PostForm(post + "/comments",
                                {{"csrf", InputValue(page.body, "csrf")}, {"author_name", "Elm"}, {"body", "From PostgreSQL."}});
  ASSERT_EQ(posted.status, 303);
  EXPECT_NE(HttpClient(server.port()).Get(post).body.find("From PostgreSQL."), std::string::npos);
}

}  // namespace
}  // namespace rapport::testing
