// The desk over HTTP: sign-in, sessions, CSRF and permissions on every
// change, and the author's main paths (approve, answer, write).
#include <gtest/gtest.h>

#include "core/time_format.h"
#include "testing/desk_client.h"

namespace rapport::testing {
namespace {

const std::string kPost = "/posts/attachment-to-your-therapist-iv";

class DeskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    author_ = MakeStaff(server_, "writer", Role::kAuthor);
    admin_ = MakeStaff(server_, "boss", Role::kAdmin);
    moderator_ = MakeStaff(server_, "mod", Role::kModerator);
  }
  std::int64_t PendingCommentId() {
    store::CommentQuery q;
    q.status = CommentStatus::kPending;
    auto pending = server_.store().ListComments(q);
    EXPECT_TRUE(pending.ok() && !pending->empty());
    return pending->front().id;
  }
  // The demo post's author is the demo account; give the test author its posts.
  void TakeOverDemoPosts() {
    auto posts = *server_.store().ListAllPosts({0, 100});
    for (Post p : posts) {
      p.author_id = author_.id;
      ASSERT_TRUE(server_.store().UpdatePost(p).ok());
    }
  }
  TestServer server_;
  User author_, admin_, moderator_;
};

TEST_F(DeskTest, TheDeskIsClosedWithoutASession) {
  HttpClient anonymous(server_.port());
  auto res = anonymous.Get("/desk/queue?status=pending");
  EXPECT_EQ(res.status, 303);
  EXPECT_EQ(res.Header("location"), "/desk/login?next=%2Fdesk%2Fqueue%3Fstatus%3Dpending");
  auto login = anonymous.Get("/desk/login");
  EXPECT_EQ(login.status, 200);
  EXPECT_NE(login.body.find("Sign in to the desk"), std::string::npos);
  EXPECT_EQ(login.Header("cache-control"), "no-store");
}

TEST_F(DeskTest, SignInWithRightAndWrongPasswords) {
  DeskClient wrong(server_, "writer");
  EXPECT_FALSE(wrong.SignIn("not the password"));
  EXPECT_EQ(wrong.last().status, 401);
  EXPECT_NE(DecodeHtml(wrong.last().body).find("don't match an account"), std::string::npos);
  EXPECT_NE(wrong.last().body.find("value=\"writer\""), std::string::npos);  // the name is kept
  DeskClient nobody(server_, "nobody");
  EXPECT_FALSE(nobody.SignIn());
  EXPECT_EQ(DecodeHtml(nobody.last().body).find("don't match an account") != std::string::npos, true);
  DeskClient right(server_, "writer");
  ASSERT_TRUE(right.SignIn());
  const std::string cookie = right.last().Header("set-cookie");
  EXPECT_NE(cookie.find("rapport_session="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/desk"), std::string::npos);
}

TEST_F(DeskTest, SignInNeedsItsCsrfToken) {
  HttpClient client(server_.port());
  client.Get("/desk/login");
  auto res = client.PostForm("/desk/login", {{"login", "writer"}, {"password", kStaffPassword}});
  EXPECT_EQ(res.status, 403);
  EXPECT_EQ(res.Header("set-cookie").find("rapport_session"), std::string::npos);
}

TEST_F(DeskTest, RepeatedFailuresAreThrottled) {
  DeskClient client(server_, "writer");
  for (int i = 0; i < 5; ++i) EXPECT_FALSE(client.SignIn("wrong"));
  EXPECT_FALSE(client.SignIn());
  EXPECT_EQ(client.last().status, 429);
  EXPECT_NE(DecodeHtml(client.last().body).find("too many attempts"), std::string::npos);
}

TEST_F(DeskTest, EveryChangeNeedsASessionAndItsCsrfToken) {
  TakeOverDemoPosts();
  const std::int64_t id = PendingCommentId();
  const std::string c = std::to_string(id);
  const std::vector<std::pair<std::string, std::map<std::string, std::string>>> changes = {
      {"/desk/comments/" + c + "/moderate", {{"action", "approve"}}},
      {"/desk/comments/bulk", {{"action", "approve"}, {"ids", c}}},
      {"/desk/comments/" + c + "/edit", {{"author_name", "X"}, {"body", "changed"}}},
      {"/desk/comments/" + c + "/reply", {{"body", "a reply"}}},
      {"/desk/comments/" + c + "/message", {{"subject", "s"}, {"body", "b"}}},
      {"/desk/comments/" + c + "/risk", {{"level", "crisis"}}},
      {"/desk/inbox/" + c + "/dismiss", {}},
      {"/desk/posts", {{"title", "Forged"}, {"body", "x"}, {"status", "published"}}},
      {"/desk/posts/1", {{"title", "Forged"}, {"body", "x"}, {"status", "published"}}},
      {"/desk/series", {{"title", "Forged series"}}},
      {"/desk/series/1", {{"title", "Forged"}, {"slug", "forged"}}},
      {"/desk/series/1/order", {{"position_1", "9"}}},
      {"/desk/categories", {{"name", "Forged"}}},
      {"/desk/categories/1", {{"name", "Forged"}, {"slug", "forged"}}},
      {"/desk/settings", {{"section", "site"}, {"notice", "Forged notice"}}},
      {"/desk/templates", {{"title", "Forged"}, {"body", "x"}}},
      {"/desk/templates/1/delete", {}},
      {"/desk/outbox/1/retry", {}},
      {"/desk/users", {{"login", "intruder"}, {"password", "long enough password"}, {"role", "admin"}}},
      {"/desk/users/1", {{"role", "moderator"}}},
      {"/desk/logout", {}},
      {"/desk/preview", {{"body", "x"}}},
  };
  const std::int64_t comments_before = CountAllComments(server_.store());
  const std::int64_t posts_before = *server_.store().CountAllPosts();
  const std::size_t users_before = server_.store().ListUsers()->size();

  HttpClient anonymous(server_.port());
  DeskClient wrong_token(server_, "boss");
  ASSERT_TRUE(wrong_token.SignIn());
  for (const auto& [target, fields] : changes) {
    auto no_session = anonymous.PostForm(target, fields);
    EXPECT_EQ(no_session.status, 401) << target;
    auto forged = fields;
    forged["csrf"] = "not-the-token";
    EXPECT_EQ(wrong_token.http().PostForm(target, forged).status, 403) << target;
    EXPECT_EQ(wrong_token.http().PostForm(target, fields).status, 403) << target;  // no token at all
  }
  EXPECT_EQ(CountAllComments(server_.store()), comments_before);
  EXPECT_EQ((*server_.store().FindComment(id))->status, CommentStatus::kPending);
  EXPECT_FALSE((*server_.store().FindComment(id))->risk_judged_at);
  EXPECT_EQ(*server_.store().CountAllPosts(), posts_before);
  EXPECT_EQ(server_.store().ListUsers()->size(), users_before);
  EXPECT_TRUE(server_.store().ListSeries()->front().title == "Attachment to Your Therapist");
  EXPECT_EQ(server_.site().settings().Site()->notice_markdown.find("Forged"), std::string::npos);
  EXPECT_EQ(wrong_token.Get("/desk").status, 200);  // still signed in: the forged logout did nothing
}

TEST_F(DeskTest, AModeratorCannotWriteAndAnAuthorCannotManageAccounts) {
  DeskClient mod(server_, "mod");
  ASSERT_TRUE(mod.SignIn());
  EXPECT_EQ(mod.Get("/desk/posts/new").status, 403);
  EXPECT_EQ(mod.Post("/desk/posts", {{"title", "By a moderator"}, {"body", "x"}, {"status", "published"}}).status, 403);
  EXPECT_EQ(mod.Get("/desk/inbox").status, 403);
  EXPECT_EQ(mod.Get("/desk/queue").status, 200);
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  EXPECT_EQ(author.Get("/desk/users").status, 403);
  EXPECT_EQ(author.Post("/desk/users", {{"login", "x"}, {"password", "long enough password"}, {"role", "admin"}}).status, 403);
  EXPECT_EQ(server_.store().ListUsers()->size(), 4u);  // the demo author and the three made here
  DeskClient admin(server_, "boss");
  ASSERT_TRUE(admin.SignIn());
  EXPECT_EQ(admin.Get("/desk/users").status, 200);
  EXPECT_EQ(admin.Post("/desk/users", {{"login", "newmod"}, {"password", "long enough password"}, {"role", "moderator"}}).status, 303);
  EXPECT_EQ(server_.store().ListUsers()->size(), 5u);
}

TEST_F(DeskTest, AnAuthorOnlySeesCommentsOnTheirOwnPosts) {
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  const std::int64_t id = PendingCommentId();
  EXPECT_EQ(author.Get("/desk/comments/" + std::to_string(id)).status, 403);
  EXPECT_EQ(author.Post("/desk/comments/" + std::to_string(id) + "/moderate", {{"action", "approve"}}).status, 403);
  EXPECT_EQ((*server_.store().FindComment(id))->status, CommentStatus::kPending);
}

TEST_F(DeskTest, AnExpiredSessionIsRefused) {
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  server_.clock().Advance(server_.site().auth().options().idle_seconds + 1);
  EXPECT_EQ(author.Get("/desk").status, 303);
  EXPECT_EQ(author.Post("/desk/series", {{"title", "Too late"}}).status, 401);
  EXPECT_EQ(server_.store().ListSeries()->size(), 1u);
  // Signing in again leads back to the page the form was sent from.
  auto answer = author.Post("/desk/comments/" + std::to_string(PendingCommentId()) + "/reply",
                            {{"body", "A long answer."}, {"return_to", "/desk/inbox"}});
  EXPECT_EQ(answer.status, 401);
  EXPECT_NE(answer.body.find("href=\"/desk/login?next=%2Fdesk%2Finbox\""), std::string::npos);
  EXPECT_NE(DecodeHtml(answer.body).find("you will come back to the page you were on"), std::string::npos);
  auto elsewhere = author.Post("/desk/series", {{"title", "x"}, {"return_to", "https://elsewhere.example/desk"}});
  EXPECT_NE(elsewhere.body.find("href=\"/desk/login\""), std::string::npos);
}

TEST_F(DeskTest, SigningOutClosesTheDesk) {
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  const std::string token = author.http().cookies()["rapport_session"];
  auto out = author.Post("/desk/logout", {});
  EXPECT_EQ(out.status, 303);
  EXPECT_NE(out.Header("set-cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(author.Get("/desk").status, 303);
  HttpClient replay(server_.port());
  replay.cookies()["rapport_session"] = token;
  EXPECT_EQ(replay.Get("/desk").status, 303);
}

TEST_F(DeskTest, AdminsAreRemindedToCheckTheCrisisLines) {
  DeskClient admin(server_, "boss");
  ASSERT_TRUE(admin.SignIn());
  const std::string text = DecodeHtml(admin.Get("/desk").body);
  EXPECT_NE(text.find("Crisis lines to check"), std::string::npos);
  EXPECT_NE(text.find("Samaritans (United Kingdom)"), std::string::npos);
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  EXPECT_EQ(author.Get("/desk").body.find("Crisis lines to check"), std::string::npos);
}

TEST_F(DeskTest, ApprovingFromTheQueuePublishesAtOnce) {
  TakeOverDemoPosts();
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  const std::int64_t id = PendingCommentId();
  const std::string text = (*server_.store().FindComment(id))->body_markdown.substr(0, 30);
  HttpClient reader(server_.port());
  EXPECT_EQ(reader.Get(kPost).body.find("id=\"comment-" + std::to_string(id) + "\""), std::string::npos);
  auto queue = author.Get("/desk/queue");
  EXPECT_NE(queue.body.find("id=\"item-" + std::to_string(id) + "\""), std::string::npos);
  auto done = author.Post("/desk/comments/" + std::to_string(id) + "/moderate",
                          {{"action", "approve"}, {"return_to", "/desk/queue"}});
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.Header("location"), "/desk/queue?done=approve");
  EXPECT_NE(reader.Get(kPost).body.find("id=\"comment-" + std::to_string(id) + "\""), std::string::npos);
  auto detail = author.Get("/desk/comments/" + std::to_string(id));
  EXPECT_NE(detail.body.find("writer approved"), std::string::npos);
  (void)text;
}

TEST_F(DeskTest, StaffJudgeWhetherAWriterIsAtRiskAndTheDashboardCountsIt) {
  TakeOverDemoPosts();
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  const std::int64_t id = PendingCommentId();
  const std::string page = "/desk/comments/" + std::to_string(id);
  auto before = author.Get(page);
  EXPECT_NE(before.body.find("Is the writer at risk?"), std::string::npos);
  EXPECT_NE(before.body.find("the screener found nothing worrying"), std::string::npos);
  auto refused = author.Post(page + "/risk", {{"level", "dreadful"}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_FALSE((*server_.store().FindComment(id))->risk_judged_at);  // nothing recorded
  EXPECT_EQ(author.Post("/desk/comments/999999/risk", {{"level", "none"}}).status, 404);
  auto done = author.Post(page + "/risk", {{"level", "concern"}, {"return_to", page}});
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.Header("location"), page + "?done=judged");
  auto after = author.Get(page);
  EXPECT_NE(after.body.find("staff judged the writer in distress"), std::string::npos);
  EXPECT_NE(after.body.find("aria-pressed=\"true\">In distress"), std::string::npos);
  EXPECT_NE(after.body.find("writer judged the writer in distress"), std::string::npos);  // the history
  EXPECT_EQ((*server_.store().FindComment(id))->risk, RiskLevel::kConcern);
  auto dashboard = author.Get("/desk");
  EXPECT_NE(dashboard.body.find("The screener on this site"), std::string::npos);
  EXPECT_NE(dashboard.body.find("Staff judged 1 comment at risk that the screener had let through"),
            std::string::npos);
  // Each sensitivity, screening that comment again; the one in use is marked.
  EXPECT_NE(dashboard.body.find("Every comment your staff judged, screened again at each sensitivity"),
            std::string::npos);
  EXPECT_NE(dashboard.body.find("<code>standard</code> (in use)"), std::string::npos);
  EXPECT_NE(dashboard.body.find("<code>high</code></th>"), std::string::npos);
}

TEST_F(DeskTest, AnsweringTheOldestQuestionPutsTheReplyOnThePost) {
  TakeOverDemoPosts();
  auto waiting = server_.store().ListWaitingQuestions({});
  ASSERT_TRUE(waiting.ok() && !waiting->empty());
  const Comment oldest = waiting->front();
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  auto inbox = author.Get("/desk/inbox");
  ASSERT_EQ(inbox.status, 200);
  EXPECT_NE(inbox.body.find("id=\"question-" + std::to_string(oldest.id) + "\""), std::string::npos);
  // The demo's answers came within a day: the dashboard tells the waits in hours.
  EXPECT_NE(author.Get("/desk").body.find("Hours from a question to the author&#39;s first reply"), std::string::npos);
  ASSERT_GT(server_.clock().Now() - oldest.created_at, 72 * 3600);
  auto replied = author.Post("/desk/comments/" + std::to_string(oldest.id) + "/reply",
                             {{"body", "Thank you for waiting so patiently."}, {"return_to", "/desk/inbox"}});
  EXPECT_EQ(replied.status, 303);
  EXPECT_EQ(author.Get("/desk/inbox").body.find("id=\"question-" + std::to_string(oldest.id) + "\""), std::string::npos);
  auto post = *server_.store().FindPostById(oldest.post_id);
  auto page = HttpClient(server_.port()).Get("/posts/" + post->slug + "?page=1");
  EXPECT_NE(page.body.find("Thank you for waiting so patiently."), std::string::npos);
  EXPECT_NE(page.body.find("— NL"), std::string::npos);
  // An answer after months: the waits are told in days, not thousands of hours.
  const std::string dashboard = author.Get("/desk").body;
  EXPECT_NE(dashboard.find("Days from a question to the author&#39;s first reply"), std::string::npos);
  EXPECT_EQ(dashboard.find("Hours from a question"), std::string::npos);
}

TEST_F(DeskTest, WritingAPostInASeriesPublishesIt) {
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  const Series series = server_.store().ListSeries()->front();
  auto saved = author.Post("/desk/posts", {{"title", "Attachment to Your Therapist V: Afterwards"},
                                           {"body", "What stays when therapy ends."},
                                           {"series_id", std::to_string(series.id)},
                                           {"status", "published"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto page = HttpClient(server_.port()).Get("/posts/attachment-to-your-therapist-v-afterwards");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Part 5 of Attachment to Your Therapist"), std::string::npos);
  EXPECT_NE(page.body.find("Previous: part 4"), std::string::npos);
  EXPECT_NE(HttpClient(server_.port()).Get("/posts/attachment-to-your-therapist-iv").body.find("Next: part 5"),
            std::string::npos);
}

TEST_F(DeskTest, ASeriesIsLinkedFromTheDeskOnceReadersCanSeeIt) {
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  ASSERT_EQ(author.Post("/desk/series", {{"title", "Endings, Slowly"}}).status, 303);
  Series created;
  const auto all_series = server_.store().ListSeries();
  ASSERT_TRUE(all_series.ok());
  for (const Series& s : *all_series) {
    if (s.title == "Endings, Slowly") created = s;
  }
  ASSERT_NE(created.id, 0);
  const std::string link = "href=\"/series/" + created.slug + "\"";
  const std::string hint = "Readers will see this series, and its page, once its first part is published.";

  std::string desk = author.Get("/desk/series").body;
  EXPECT_EQ(desk.find(link), std::string::npos) << "no public page to link to yet";
  EXPECT_NE(desk.find(hint), std::string::npos);
  EXPECT_NE(desk.find("href=\"/series/attachment-to-your-therapist\""), std::string::npos);

  const std::map<std::string, std::string> part = {
      {"title", "Endings, Slowly I"}, {"body", "The first of them."}, {"series_id", std::to_string(created.id)}};
  auto draft = part;
  draft["status"] = "draft";
  ASSERT_EQ(author.Post("/desk/posts", draft).status, 303);
  desk = author.Get("/desk/series").body;
  EXPECT_NE(desk.find("<td>Endings, Slowly I</td><td>draft</td>"), std::string::npos) << desk;
  EXPECT_EQ(desk.find(link), std::string::npos);
  EXPECT_EQ(HttpClient(server_.port()).Get("/series/" + created.slug).status, 404);

  std::int64_t post_id = 0;
  const auto posts = server_.store().ListAllPosts({0, 100});
  ASSERT_TRUE(posts.ok());
  for (const Post& p : *posts) {
    if (p.title == "Endings, Slowly I") post_id = p.id;
  }
  // Scheduled for a week from now: still unannounced, and said so with its date.
  const UnixSeconds next_week = server_.clock().Now() + 7 * 24 * 3600;
  auto scheduled = part;
  scheduled["status"] = "scheduled";
  scheduled["publish_at"] = FormatRfc3339(next_week).substr(0, 16);
  ASSERT_EQ(author.Post("/desk/posts/" + std::to_string(post_id), scheduled).status, 303);
  desk = author.Get("/desk/series").body;
  EXPECT_NE(desk.find("<td>Endings, Slowly I</td><td>scheduled for " + FormatLongDate(next_week) + "</td>"),
            std::string::npos);
  EXPECT_EQ(desk.find(link), std::string::npos);

  auto published = part;
  published["status"] = "published";
  ASSERT_EQ(author.Post("/desk/posts/" + std::to_string(post_id), published).status, 303);
  desk = author.Get("/desk/series").body;
  EXPECT_NE(desk.find(link), std::string::npos);
  EXPECT_EQ(desk.find(hint), std::string::npos);
  EXPECT_NE(desk.find("<td>Endings, Slowly I</td><td>published</td>"), std::string::npos);
  EXPECT_EQ(HttpClient(server_.port()).Get("/series/" + created.slug).status, 200);
}

TEST_F(DeskTest, TheSeriesPageKeepsWhatWasTypedWhenItCannotBeSaved) {
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  const std::string description = "Notes <for> the \"second\" round & more, typed at length.";
  // A new series whose address is taken.
  auto taken = author.Post("/desk/series", {{"title", "Attachment to Your Therapist"}, {"description", description}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_NE(DecodeHtml(taken.body).find("There is already a series with the address"), std::string::npos);
  EXPECT_NE(taken.body.find("id=\"new-series-title\" name=\"title\" type=\"text\" value=\"Attachment to Your Therapist\""),
            std::string::npos);
  EXPECT_NE(taken.body.find("Notes &lt;for&gt; the &quot;second&quot; round &amp; more, typed at length.</textarea>"),
            std::string::npos);
  EXPECT_EQ(server_.store().ListSeries()->size(), 1u);

  // Renaming the series with an address that cannot be one: its form opens again as typed.
  const Series series = server_.store().ListSeries()->front();
  const std::string id = std::to_string(series.id);
  auto bad = author.Post("/desk/series/" + id, {{"title", "Attachment, Again"}, {"slug", "Not an address!"},
                                                {"description", description}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("<details open>"), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"Attachment, Again\""), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"Not an address!\""), std::string::npos);
  EXPECT_EQ(server_.store().ListSeries()->front().title, series.title) << "nothing stored";

  // A new category whose address is taken.
  const Term category = server_.store().ListTerms(TermKind::kCategory)->front();
  auto again = author.Post("/desk/categories", {{"name", category.name}});
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("id=\"new-category\" name=\"name\" type=\"text\" value=\"" + category.name + "\""),
            std::string::npos);
}

TEST_F(DeskTest, SettingsMessagesAndAccountsKeepWhatWasTypedWhenTheyCannotBeSaved) {
  DeskClient admin(server_, "boss");
  ASSERT_TRUE(admin.SignIn());
  // A message template without a subject: the message typed at length stays.
  const std::string message = "Dear reader,\nI read what you wrote <twice>, and I wanted to say \"thank you\" & more.";
  auto tpl = admin.Post("/desk/templates", {{"title", " "}, {"body", message}});
  EXPECT_EQ(tpl.status, 400);
  EXPECT_NE(tpl.body.find("I read what you wrote &lt;twice&gt;, and I wanted to say &quot;thank you&quot; &amp; more.</textarea>"),
            std::string::npos);

  // A new account with a sign-in name that cannot be one: everything but the password comes back.
  auto user = admin.Post("/desk/users", {{"login", "two words"}, {"display_name", "Sam <Carer>"}, {"signature", "SC"},
                                         {"email", "sam@example.org"}, {"role", "moderator"},
                                         {"password", "a long enough password"}});
  EXPECT_EQ(user.status, 400);
  EXPECT_NE(user.body.find("id=\"new-login\" name=\"login\" type=\"text\" value=\"two words\""), std::string::npos);
  EXPECT_NE(user.body.find("value=\"Sam &lt;Carer&gt;\""), std::string::npos);
  EXPECT_NE(user.body.find("value=\"sam@example.org\""), std::string::npos);
  EXPECT_NE(user.body.find("<option value=\"moderator\" selected>"), std::string::npos);
  EXPECT_EQ(user.body.find("a long enough password"), std::string::npos) << "a password is never sent back";

  // One's own profile with an email that cannot be one.
  auto profile = admin.Post("/desk/settings", {{"section", "profile"}, {"display_name", "Boss Person"},
                                               {"signature", "BP"}, {"email", "not an address"},
                                               {"bio", "Twenty years <in> practice."}});
  EXPECT_EQ(profile.status, 400);
  EXPECT_NE(profile.body.find("value=\"not an address\""), std::string::npos);
  EXPECT_NE(profile.body.find("Twenty years &lt;in&gt; practice.</textarea>"), std::string::npos);
  EXPECT_NE(profile.body.find("value=\"Boss Person\""), std::string::npos);
}

TEST_F(DeskTest, AnAnswerAMessageOrAnEditThatCannotBeSavedComesBackAsTyped) {
  DeskClient admin(server_, "boss");
  ASSERT_TRUE(admin.SignIn());
  store::CommentQuery q;
  q.status = CommentStatus::kPending;
  const auto pending = server_.store().ListComments(q);
  ASSERT_TRUE(pending.ok());
  std::int64_t with_email = 0;  // a message needs the writer's address
  for (const auto& c : *pending) {
    if (!c.author_email.empty()) with_email = c.id;
  }
  ASSERT_NE(with_email, 0);
  const std::string path = "/desk/comments/" + std::to_string(with_email);

  // A message to the writer without a subject.
  auto message = admin.Post(path + "/message", {{"subject", ""}, {"body", "I read your comment <twice> & wanted to write."}});
  EXPECT_EQ(message.status, 400);
  EXPECT_NE(message.body.find("I read your comment &lt;twice&gt; &amp; wanted to write.</textarea>"), std::string::npos);

  // An edit that leaves no name.
  auto edit = admin.Post(path + "/edit", {{"author_name", ""}, {"body", "The text as the moderator <mended> it."},
                                          {"return_to", path}});
  EXPECT_EQ(edit.status, 400);
  EXPECT_NE(edit.body.find("The text as the moderator &lt;mended&gt; it.</textarea>"), std::string::npos);
  EXPECT_NE(edit.body.find("<details open>"), std::string::npos) << "the edit is shown, not folded away";

  // An answer typed in the inbox to a question someone else put in the trash meanwhile.
  ASSERT_EQ(admin.Post(path + "/moderate", {{"action", "trash"}, {"return_to", path}}).status, 303);
  auto answer = admin.Post(path + "/reply", {{"body", "My answer, written <slowly> over an evening."},
                                             {"return_to", "/desk/inbox"}});
  EXPECT_EQ(answer.status, 400);
  EXPECT_NE(DecodeHtml(answer.body).find("Restore this comment before replying to it."), std::string::npos);
  EXPECT_NE(answer.body.find("My answer, written &lt;slowly&gt; over an evening.</textarea>"), std::string::npos);
}

TEST_F(DeskTest, TheEditorKeepsEverythingTypedWhenSomethingIsWrong) {
  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  const std::string body = "A long draft <with> \"quotes\" & more.";
  auto res = author.Post("/desk/posts", {{"title", ""}, {"body", body}, {"status", "scheduled"}, {"publish_at", "soon"}});
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("A long draft &lt;with&gt; &quot;quotes&quot; &amp; more."), std::string::npos);
  EXPECT_NE(res.body.find("Please give the post a title."), std::string::npos);
  EXPECT_NE(res.body.find("id=\"status-scheduled\" name=\"status\" value=\"scheduled\" checked"), std::string::npos);
}

TEST_F(DeskTest, APrivateQuestionStaysPrivateAndItsAnswerReachesTheWriter) {
  TakeOverDemoPosts();
  HttpClient writer(server_.port());
  auto page = writer.Get(kPost);
  auto posted = writer.PostForm(kPost + "/comments", {{"csrf", InputValue(page.body, "csrf")},
                                                      {"author_name", "Hidden"},
                                                      {"author_email", "hidden@example.org"},
                                                      {"body", "Something only for you to read."},
                                                      {"private", "1"}});
  ASSERT_EQ(posted.status, 303);
  const std::string location = posted.Header("location");
  const std::int64_t id = std::stoll(location.substr(location.find("#comment-") + 9));
  EXPECT_EQ(HttpClient(server_.port()).Get(kPost).body.find("Something only for you"), std::string::npos);
  auto mine = writer.Get(kPost);
  EXPECT_NE(mine.body.find("Something only for you to read."), std::string::npos);
  EXPECT_NE(mine.body.find("Private: only you and the author"), std::string::npos);

  DeskClient author(server_, "writer");
  ASSERT_TRUE(author.SignIn());
  EXPECT_EQ(author.Post("/desk/comments/" + std::to_string(id) + "/reply", {{"body", "A private answer."}}).status, 303);
  EXPECT_EQ(HttpClient(server_.port()).Get(kPost).body.find("A private answer."), std::string::npos);
  auto mails = *server_.store().ListMail(std::nullopt, {0, 20});
  const auto answer = std::find_if(mails.begin(), mails.end(), [](const OutgoingMail& m) { return m.kind == "private_answer"; });
  ASSERT_NE(answer, mails.end());
  const std::size_t at = answer->body.find("/my/comments/");
  ASSERT_NE(at, std::string::npos);
  const std::string link = answer->body.substr(at, answer->body.find('\n', at) - at);
  auto own_page = HttpClient(server_.port()).Get(link);  // from the email, in any browser
  EXPECT_EQ(own_page.status, 200);
  EXPECT_NE(own_page.body.find("A private answer."), std::string::npos);
  EXPECT_EQ(HttpClient(server_.port()).Get(link.substr(0, link.find("?k=")) + "?k=forged").status, 404);
}

}  // namespace
}  // namespace rapport::testing
