// Care, privacy and hardening over HTTP: the writer who may be in crisis sees
// support at once and only they do; content warnings; a writer changing or
// erasing their words; limits on what a request may be.
#include <boost/asio.hpp>
#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

#include "testing/desk_client.h"
#include "testing/http_client.h"
#include "testing/test_server.h"

namespace rapport::testing {
namespace {

const std::string kPost = "/posts/attachment-to-your-therapist-iv";

HttpResponse PostComment(HttpClient& client, std::map<std::string, std::string> fields) {
  auto page = client.Get(kPost);
  fields["csrf"] = InputValue(page.body, "csrf");
  if (!fields.count("author_name")) fields["author_name"] = "Willow";
  return client.PostForm(kPost + "/comments", fields);
}

TEST(CareHttpTest, AWriterInCrisisSeesHelpAtOnceAndNobodyElseSeesAnything) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient writer(server.port());
  auto posted = PostComment(writer, {{"body", "Thank you for this series. If she retires I'm going to kill myself, "
                                              "I've already decided."}});
  ASSERT_EQ(posted.status, 303);
  const std::string location = posted.Header("location");
  EXPECT_NE(location.find("support=now"), std::string::npos) << location;
  EXPECT_EQ(location.find("crisis"), std::string::npos);  // the address bar says nothing about risk
  auto page = writer.Get(location.substr(0, location.find('#')), {{"Accept-Language", "en-GB,en;q=0.9"}});
  ASSERT_EQ(page.status, 200);
  const std::string text = DecodeHtml(page.body);
  EXPECT_NE(text.find("You deserve support right now."), std::string::npos);
  EXPECT_NE(text.find("Samaritans"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"tel:116123\""), std::string::npos);
  EXPECT_NE(page.body.find("<strong>999</strong>"), std::string::npos);
  EXPECT_NE(text.find("Nora Lindqvist will read your comment, but can't offer crisis support"), std::string::npos);
  for (const char* word : {"flagged", "detected", "violation", "screened"}) {
    EXPECT_EQ(text.find(word), std::string::npos) << word;
  }
  // Another country's lines, chosen on the page, and remembered.
  auto us = writer.Get(kPost + "?support=now&country=US");
  EXPECT_NE(us.body.find("href=\"tel:988\""), std::string::npos);
  EXPECT_NE(us.Header("set-cookie").find("rapport_country=US"), std::string::npos);
  // Held for the author, whatever the policy; nobody else sees it or any panel.
  HttpClient other(server.port());
  auto theirs = other.Get(kPost);
  EXPECT_EQ(theirs.body.find("If she retires"), std::string::npos);
  EXPECT_EQ(theirs.body.find("id=\"support\""), std::string::npos);
  EXPECT_NE(writer.Get(kPost).body.find("If she retires"), std::string::npos);  // the writer sees it, waiting
}

// The link a writer's own copy of the page gives them to follow their comment.
std::string FollowLink(const std::string& page) {
  const std::size_t at = page.find("/my/comments/");
  if (at == std::string::npos) return {};
  return DecodeHtml(page.substr(at, page.find('"', at) - at));
}

TEST(CareHttpTest, AWriterAlwaysLearnsWhatBecameOfTheirComment) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  MakeStaff(server, "mod", Role::kModerator);
  HttpClient writer(server.port());
  // Held for care: said gently, with help at hand.
  ASSERT_EQ(PostComment(writer, {{"body", "Some days I wish I could just not wake up. Thank you for the series."}}).status,
            303);
  auto own = writer.Get(kPost);
  const std::string text = DecodeHtml(own.body);
  EXPECT_NE(text.find("The author reads comments like this one personally"), std::string::npos);
  EXPECT_NE(own.body.find("href=\"?support=talk#support\""), std::string::npos);
  const std::string held_link = FollowLink(own.body);
  ASSERT_FALSE(held_link.empty());
  auto held_page = DecodeHtml(HttpClient(server.port()).Get(held_link).body);
  EXPECT_NE(held_page.find("Your comment is with the author"), std::string::npos);
  EXPECT_NE(held_page.find("?support=talk#support"), std::string::npos);

  // Not published: still there for its writer, marked, never simply gone.
  HttpClient second(server.port());
  ASSERT_EQ(PostComment(second, {{"body", "A note about my allotment the moderator trashes."},
                                 {"author_name", "Hazel"}}).status, 303);
  store::CommentQuery q;
  q.status = CommentStatus::kApproved;
  q.oldest_first = false;
  const std::int64_t id = server.store().ListComments(q)->front().id;
  DeskClient mod(server, "mod");
  ASSERT_TRUE(mod.SignIn());
  ASSERT_EQ(mod.Post("/desk/comments/" + std::to_string(id) + "/moderate", {{"action", "trash"}}).status, 303);
  EXPECT_EQ(HttpClient(server.port()).Get(kPost).body.find("my allotment the moderator trashes"), std::string::npos);
  auto mine = second.Get(kPost);
  EXPECT_NE(mine.body.find("my allotment the moderator trashes"), std::string::npos);
  EXPECT_NE(DecodeHtml(mine.body).find("It wasn't published, and it hasn't been deleted"), std::string::npos);
  const std::string gone_link = FollowLink(mine.body);
  ASSERT_FALSE(gone_link.empty());
  EXPECT_NE(DecodeHtml(HttpClient(server.port()).Get(gone_link).body).find("Your comment hasn't been published"),
            std::string::npos);
}

TEST(CareHttpTest, DistressGetsAGentlerWordAndIdiomsNone) {
  TestServer server;
  HttpClient writer(server.port());
  auto passive = PostComment(writer, {{"body", "Honestly some nights I wish I just wouldn't wake up."}});
  EXPECT_NE(passive.Header("location").find("support=talk"), std::string::npos);
  HttpClient idiom_writer(server.port());
  auto idiom = PostComment(idiom_writer, {{"body", "The suspense is killing me, I'm dying to read part five!"}});
  EXPECT_EQ(idiom.Header("location").find("support="), std::string::npos);
  auto talk = writer.Get(kPost + "?support=talk");
  EXPECT_NE(DecodeHtml(talk.body).find("Thank you for sharing this."), std::string::npos);
}

TEST(CareHttpTest, AnyReaderCanOpenTheLinesFromTheCommentForm) {
  TestServer server;
  HttpClient reader(server.port());
  auto page = reader.Get(kPost);
  EXPECT_NE(page.body.find("href=\"?support=help#support\""), std::string::npos);
  EXPECT_EQ(page.body.find("id=\"support\""), std::string::npos);
  auto help = reader.Get(kPost + "?support=help", {{"Accept-Language", "en-US,en;q=0.8"}});
  ASSERT_EQ(help.status, 200);
  const std::string text = DecodeHtml(help.body);
  EXPECT_NE(text.find("If you need someone to talk to"), std::string::npos);
  EXPECT_NE(help.body.find("href=\"tel:988\""), std::string::npos);
  EXPECT_NE(text.find("can't offer crisis support"), std::string::npos);
  EXPECT_EQ(text.find("will read your comment"), std::string::npos);  // they may not have written one
}

TEST(CareHttpTest, TheApiAnswersWithSupportToo) {
  TestServer server;
  HttpClient client(server.port());
  auto res = client.Post("/api/posts/attachment-to-your-therapist-iv/comments", "application/json",
                         R"({"author_name": "Ash", "body": "I have saved up my tablets and picked the night."})",
                         {{"Accept-Language", "en-AU"}});
  ASSERT_EQ(res.status, 201) << res.body;
  const auto body = boost::json::parse(res.body).as_object();
  EXPECT_EQ(body.at("status").as_string(), "pending");
  ASSERT_TRUE(body.contains("support"));
  EXPECT_EQ(body.at("support").at("country").as_string(), "AU");
  EXPECT_EQ(body.at("support").at("emergency").as_string(), "000");
  EXPECT_FALSE(body.at("support").at("lines").as_array().empty());
}

TEST(CareHttpTest, AReaderWhoseCountryHasNoLinesIsNeverGivenAnotherCountrysNumbers) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient writer(server.port());
  ASSERT_EQ(PostComment(writer, {{"body", "Ich will mir das Leben nehmen. Sorry, in English: I want to take my life."}})
                .status,
            303);
  // A browser in Germany: the directory has Germany's emergency number, no lines.
  auto page = writer.Get(kPost + "?support=now", {{"Accept-Language", "de-DE,de;q=0.9,en;q=0.5"}});
  ASSERT_EQ(page.status, 200);
  const std::string text = DecodeHtml(page.body);
  EXPECT_NE(page.body.find("<strong>112</strong>"), std::string::npos);
  EXPECT_NE(text.find("We don't have numbers for Germany yet."), std::string::npos);
  EXPECT_NE(text.find("please reach out to someone now."), std::string::npos);
  EXPECT_EQ(text.find("one of these people"), std::string::npos);
  EXPECT_EQ(text.find("these numbers"), std::string::npos);
  EXPECT_EQ(text.find("Samaritans"), std::string::npos);
  EXPECT_EQ(page.body.find("<strong>999</strong>"), std::string::npos);
  EXPECT_NE(page.body.find("<option value=\"DE\" selected>Germany</option>"), std::string::npos);
  // Choosing the United Kingdom on the panel gives its lines.
  auto gb = writer.Get(kPost + "?support=now&country=GB", {{"Accept-Language", "de-DE"}});
  EXPECT_NE(DecodeHtml(gb.body).find("Samaritans"), std::string::npos);
  // A region the directory knows nothing of falls back to its default country,
  // and a chosen country that is no country is neither used nor remembered.
  auto elsewhere = writer.Get(kPost + "?support=now", {{"Accept-Language", "xx-ZZ"}});
  EXPECT_NE(DecodeHtml(elsewhere.body).find("Samaritans"), std::string::npos);
  auto junk = writer.Get(kPost + "?support=now&country=%3Cscript%3E", {{"Accept-Language", "xx-ZZ"}});
  EXPECT_EQ(junk.status, 200);
  EXPECT_NE(DecodeHtml(junk.body).find("Samaritans"), std::string::npos);
  EXPECT_EQ(junk.body.find("<script>"), std::string::npos);
  EXPECT_EQ(junk.Header("set-cookie").find("rapport_country"), std::string::npos);
  // The API says the same.
  HttpClient client(server.port());
  auto res = client.Post("/api/posts/attachment-to-your-therapist-iv/comments", "application/json",
                         R"({"author_name": "Jonas", "body": "Ich ritze mich wieder, jeden Abend."})",
                         {{"Accept-Language", "de-DE"}});
  ASSERT_EQ(res.status, 201) << res.body;
  const auto support = boost::json::parse(res.body).at("support").as_object();
  EXPECT_EQ(support.at("country").as_string(), "DE");
  EXPECT_EQ(support.at("emergency").as_string(), "112");
  EXPECT_TRUE(support.at("lines").as_array().empty());
  EXPECT_FALSE(support.at("more").as_string().empty());
}

TEST(CareHttpTest, TheApiTakesContentWarningsAndNeverSaysSpam) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient client(server.port());
  const std::string api = "/api/posts/attachment-to-your-therapist-iv/comments";
  auto warned = client.Post(api, "application/json",
                            R"({"author_name": "Ash", "body": "My father died in May.", "content_warning": "loss"})");
  ASSERT_EQ(warned.status, 201) << warned.body;
  EXPECT_EQ(boost::json::parse(warned.body).at("status").as_string(), "approved");
  EXPECT_NE(HttpClient(server.port()).Get(kPost).body.find("Content warning: loss."), std::string::npos);
  auto spam = client.Post(api, "application/json",
                          R"({"author_name": "https://casino.example", "body": "win big http://bit.ly/x"})");
  ASSERT_EQ(spam.status, 201) << spam.body;
  const auto body = boost::json::parse(spam.body).as_object();
  EXPECT_EQ(body.at("status").as_string(), "pending");
  EXPECT_EQ(body.at("comment").at("status").as_string(), "pending");
  store::CommentQuery q;
  q.status = CommentStatus::kSpam;
  EXPECT_EQ(server.store().ListComments(q)->size(), 1u);
}

TEST(CareHttpTest, ContentWarningsComeFirst) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient writer(server.port());
  auto posted = PostComment(writer, {{"body", "My mother died in the spring and this post brought it all back."},
                                     {"content_warning", "loss"}});
  ASSERT_EQ(posted.status, 303);
  auto page = HttpClient(server.port()).Get(kPost);
  EXPECT_NE(page.body.find("Content warning: loss."), std::string::npos);
  const std::size_t warning = page.body.find("Content warning: loss.");
  EXPECT_LT(warning, page.body.find("My mother died in the spring"));
  EXPECT_NE(page.body.rfind("<details class=\"content-warning\"", warning), std::string::npos);
  auto long_warning = PostComment(writer, {{"body", "x y z"}, {"content_warning", std::string(200, 'w')}});
  EXPECT_EQ(long_warning.status, 400);
}

TEST(CareHttpTest, SpamIsHeldWithItsReasonsAndRestoredByAPerson) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  MakeStaff(server, "mod", Role::kModerator);
  HttpClient writer(server.port());
  // A form robot fills the field people never see, and links everywhere.
  auto posted = PostComment(writer, {{"body", "Cheap pills http://a.example http://b.example http://c.example "
                                              "http://d.example"},
                                     {"website", "http://a.example"}});
  ASSERT_EQ(posted.status, 303);
  // Nothing is silently dropped: the writer's page says it waits for a look.
  auto own = writer.Get(kPost);
  EXPECT_NE(own.body.find("Cheap pills"), std::string::npos);
  EXPECT_EQ(HttpClient(server.port()).Get(kPost).body.find("Cheap pills"), std::string::npos);
  DeskClient mod(server, "mod");
  ASSERT_TRUE(mod.SignIn());
  auto queue = DecodeHtml(mod.Get("/desk/queue?status=spam").body);
  EXPECT_NE(queue.find("Held as possible spam because:"), std::string::npos);
  EXPECT_NE(queue.find("Cheap pills"), std::string::npos);
  store::CommentQuery q;
  q.status = CommentStatus::kSpam;
  auto spam = server.store().ListComments(q);
  ASSERT_TRUE(spam.ok());
  ASSERT_EQ(spam->size(), 1u);
  EXPECT_FALSE(spam->front().spam_reasons.empty());
  EXPECT_NE(queue.find(spam->front().spam_reasons.substr(0, spam->front().spam_reasons.find("; "))),
            std::string::npos);
  // A person restores it: it is published.
  auto done = mod.Post("/desk/comments/" + std::to_string(spam->front().id) + "/moderate", {{"action", "approve"}});
  EXPECT_EQ(done.status, 303);
  EXPECT_NE(HttpClient(server.port()).Get(kPost).body.find("Cheap pills"), std::string::npos);
}

TEST(CareHttpTest, AWriterCanChangeOrTakeBackTheirCommentForAWhile) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient writer(server.port());
  auto posted = PostComment(writer, {{"body", "I said too much, I think."}});
  const std::string location = posted.Header("location");
  const std::string id = location.substr(location.find("#comment-") + 9);
  auto page = writer.Get(kPost);
  const std::string edit_url = kPost + "/comments/" + id + "/edit";
  EXPECT_NE(page.body.find("href=\"" + edit_url + "\""), std::string::npos);
  EXPECT_EQ(HttpClient(server.port()).Get(kPost).body.find(edit_url), std::string::npos);
  EXPECT_EQ(HttpClient(server.port()).Get(edit_url).status, 403);  // not from another browser

  auto form = writer.Get(edit_url);
  ASSERT_EQ(form.status, 200);
  auto saved = writer.PostForm(edit_url, {{"csrf", InputValue(form.body, "csrf")}, {"author_name", "Willow"},
                                          {"body", "Thank you for this."}});
  EXPECT_EQ(saved.status, 303);
  EXPECT_NE(HttpClient(server.port()).Get(kPost).body.find("Thank you for this."), std::string::npos);

  auto deleted = writer.PostForm(kPost + "/comments/" + id + "/delete", {{"csrf", InputValue(form.body, "csrf")}});
  EXPECT_EQ(deleted.status, 303);
  EXPECT_EQ(HttpClient(server.port()).Get(kPost).body.find("Thank you for this."), std::string::npos);
  server.clock().Advance(16 * 60);
  auto other = PostComment(writer, {{"body", "A later one."}});
  const std::string later = other.Header("location").substr(other.Header("location").find("#comment-") + 9);
  const std::string later_url = kPost + "/comments/" + later + "/edit";
  auto opened = writer.Get(later_url);
  ASSERT_EQ(opened.status, 200);
  server.clock().Advance(16 * 60);
  EXPECT_EQ(writer.Get(later_url).status, 403);  // the window has closed
  // Closed while they were still writing: the change is not saved, and not lost either.
  auto late = writer.PostForm(later_url, {{"csrf", InputValue(opened.body, "csrf")}, {"author_name", "Willow"},
                                          {"body", "A longer version, <rewritten> with care."}});
  EXPECT_EQ(late.status, 403);
  EXPECT_NE(DecodeHtml(late.body).find("Your new text is below, so that you can keep a copy."), std::string::npos);
  EXPECT_NE(late.body.find("readonly>A longer version, &lt;rewritten&gt; with care.</textarea>"), std::string::npos);
  EXPECT_EQ(late.body.find("Save the change"), std::string::npos);
  EXPECT_NE(HttpClient(server.port()).Get(kPost).body.find("A later one."), std::string::npos);
}

TEST(CareHttpTest, ExportAndErasureAreConfirmedByEmail) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
  HttpClient writer(server.port());
  ASSERT_EQ(PostComment(writer, {{"body", "Something I now regret writing."}, {"author_email", "me@example.org"}}).status, 303);
  auto privacy = writer.Get("/privacy");
  ASSERT_EQ(privacy.status, 200);
  auto asked = writer.PostForm("/privacy/request",
                               {{"csrf", InputValue(privacy.body, "csrf")}, {"email", "me@example.org"}, {"action", "erase"}});
  EXPECT_EQ(asked.status, 200);
  EXPECT_NE(DecodeHtml(asked.body).find("a message with a link is on its way"), std::string::npos);
  auto mails = *server.store().ListMail(std::nullopt, {0, 20});
  const auto mail = std::find_if(mails.begin(), mails.end(), [](const OutgoingMail& m) { return m.kind == "privacy"; });
  ASSERT_NE(mail, mails.end());
  EXPECT_EQ(mail->recipient, "me@example.org");
  const std::size_t at = mail->body.find("/privacy/confirm?");
  const std::string link = mail->body.substr(at, mail->body.find('\n', at) - at);

  HttpClient holder(server.port());  // the address's owner, in any browser
  auto confirm = holder.Get(link);
  ASSERT_EQ(confirm.status, 200);
  auto erased = holder.PostForm("/privacy/erase", {{"csrf", InputValue(confirm.body, "csrf")},
                                                   {"email", "me@example.org"},
                                                   {"action", "erase"},
                                                   {"until", InputValue(confirm.body, "until")},
                                                   {"k", InputValue(confirm.body, "k")}});
  EXPECT_EQ(erased.status, 200);
  EXPECT_NE(DecodeHtml(erased.body).find("1 comment was erased"), std::string::npos);
  EXPECT_EQ(HttpClient(server.port()).Get(kPost).body.find("Something I now regret"), std::string::npos);

  std::string forged = link;
  forged.replace(forged.find("action=erase"), 12, "action=export");
  EXPECT_EQ(holder.Get(forged).status, 400);  // the signature covers the action
}

TEST(CareHttpTest, TheRequestLogKeepsNoAddressesNoTokensAndNoText) {
  std::ostringstream log;
  auto previous = spdlog::default_logger();
  auto capture = std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
  spdlog::set_default_logger(capture);
  {
    TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.moderation = "approve-all"; }});
    capture->set_level(spdlog::level::info);  // the test server turns logs down to warnings
    HttpClient writer(server.port());
    auto posted = PostComment(writer, {{"body", "Something only my therapist knows about me."},
                                       {"author_email", "willow@example.org"}});
    ASSERT_EQ(posted.status, 303);
    writer.Get(kPost + "?page=1&k=secret-looking-token");
  }
  spdlog::set_default_logger(previous);
  const std::string text = log.str();
  EXPECT_NE(text.find("request"), std::string::npos) << text;
  for (const char* kept : {"127.0.0.1", "secret-looking-token", "willow@example.org", "only my therapist", "csrf"}) {
    EXPECT_EQ(text.find(kept), std::string::npos) << kept << " is in the log:\n" << text;
  }
}

TEST(CareHttpTest, LimitsOnUrlsAndConnections) {
  TestServer server({DefaultBackend(), true, [](cli::Config& c) { c.server.max_connections_per_address = 3; }});
  HttpClient client(server.port());
  const std::string long_url = client.RawExchange("GET /?" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(long_url.rfind("HTTP/1.1 414", 0), 0u) << long_url.substr(0, 60);
  namespace asio = boost::asio;
  asio::io_context ioc;
  std::vector<asio::ip::tcp::socket> held;
  for (int i = 0; i < 3; ++i) {
    held.emplace_back(ioc);
    held.back().connect({asio::ip::make_address("127.0.0.1"), server.port()});
    // One answered request proves the server has taken the connection; keep-alive holds it open.
    const std::string ask = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    asio::write(held.back(), asio::buffer(ask));
    std::string answer(512, '\0');
    answer.resize(held.back().read_some(asio::buffer(answer)));
    ASSERT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
  }
  const std::string refused = client.RawExchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(refused.rfind("HTTP/1.1 429", 0), 0u) << refused.substr(0, 60);
  held.clear();
  // The server notices the closed connections soon; wait for it, however busy the machine is.
  int status = 0;
  for (int tries = 0; tries < 100 && status != 200; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    status = client.Get("/healthz").status;
  }
  EXPECT_EQ(status, 200);
}

}  // namespace
}  // namespace rapport::testing
