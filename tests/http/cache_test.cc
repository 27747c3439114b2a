// The page cache in the running site: pages are reused, and a change drops
// exactly the pages that showed it.
#include <gtest/gtest.h>

#include "testing/http_client.h"
#include "testing/test_server.h"

namespace rapport::testing {
namespace {

// A new post for the store, copied from one of the sample site's (its author,
// body and series), with its own address, title, status and publication time.
Post PostLike(Post from, std::string slug, std::string title, PostStatus status, UnixSeconds published_at) {
  from.id = 0;
  from.slug = std::move(slug);
  from.title = std::move(title);
  from.status = status;
  from.published_at = published_at;
  return from;
}

TEST(SiteCacheTest, ANewApprovedCommentRefreshesItsPostAndListingsOnly) {
  TestServer server;
  HttpClient reader(server.port());
  const std::string part_four = "/posts/attachment-to-your-therapist-iv";
  const std::string part_one = "/posts/attachment-to-your-therapist-i";
  reader.Get("/");
  reader.Get(part_four);
  reader.Get(part_one);
  reader.Get("/series/attachment-to-your-therapist");
  http::PageCache& cache = server.site().cache();
  ASSERT_EQ(cache.entries(), 4u);

  // A comment on part one is approved (by the moderator, later; here directly).
  auto posted = server.site().comments().Submit("attachment-to-your-therapist-i",
                                                {"Sage", "", "Approved later.", std::nullopt}, {});
  ASSERT_TRUE(posted.ok());
  EXPECT_EQ(cache.entries(), 4u);  // pending: nothing public changed
  ASSERT_TRUE(server.store().SetCommentStatus(posted->id, CommentStatus::kApproved).ok());
  server.site().bus().Publish({service::tags::Comments(posted->post_id)});

  EXPECT_EQ(cache.entries(), 1u);  // part four's page survives
  EXPECT_NE(cache.Get("post:attachment-to-your-therapist-iv?page=1"), nullptr);
  EXPECT_NE(reader.Get(part_one).body.find("Approved later."), std::string::npos);
}

TEST(SiteCacheTest, ChangingTheNoticeRefreshesEveryPage) {
  TestServer server;
  HttpClient reader(server.port());
  reader.Get("/posts/attachment-to-your-therapist-iv");
  auto site = *server.site().settings().Site();
  site.notice_markdown = "The e-book is out **today**.";
  ASSERT_TRUE(server.site().settings().UpdateSite(site).ok());
  EXPECT_EQ(server.site().cache().entries(), 0u);
  EXPECT_NE(reader.Get("/posts/attachment-to-your-therapist-iv").body.find("<strong>today</strong>"), std::string::npos);
}

TEST(SiteCacheTest, ReadersWithTheirOwnPendingCommentsGetAFreshPage) {
  TestServer server;
  HttpClient writer(server.port());
  const std::string post = "/posts/attachment-to-your-therapist-iv";
  const std::string token = InputValue(writer.Get(post).body, "csrf");
  auto posted = writer.PostForm(post + "/comments", {{"csrf", token}, {"author_name", "Oak"}, {"body", "Mine."}});
  ASSERT_EQ(posted.status, 303);
  EXPECT_NE(writer.Get(post).body.find("Mine."), std::string::npos);
  EXPECT_EQ(HttpClient(server.port()).Get(post).body.find("Mine."), std::string::npos);
}

TEST(SiteCacheTest, AScheduledPostAppearsOnItsOwn) {
  TestServer server({DefaultBackend(), /*demo=*/false, {}});
  const Post later = PostLike(server.sample().part_two, "holding-on-iii", "Holding On III", PostStatus::kScheduled,
                              server.clock().Now() + 3600);
  ASSERT_TRUE(server.store().CreatePost(later).ok());
  HttpClient reader(server.port());
  EXPECT_EQ(reader.Get("/").body.find("Holding On III"), std::string::npos);
  EXPECT_EQ(reader.Get("/posts/holding-on-iii").status, 404);
  server.clock().Advance(3601);
  ASSERT_EQ(*server.site().publication_watch().Tick(), 1);
  EXPECT_NE(reader.Get("/").body.find("Holding On III"), std::string::npos);
  EXPECT_EQ(reader.Get("/posts/holding-on-iii").status, 200);
}

TEST(SiteCacheTest, TheContentsPageFollowsWhatIsPublished) {
  TestServer server({DefaultBackend(), /*demo=*/false, {}});
  HttpClient reader(server.port());
  const auto contents = reader.Get("/contents");
  ASSERT_EQ(contents.status, 200);
  EXPECT_NE(contents.body.find(R"(<a class="contents-name" href="/series/holding-on">Holding On</a>)"), std::string::npos);
  EXPECT_NE(contents.body.find(R"(<a href="/posts/holding-on-ii">Holding On II</a>)"), std::string::npos);
  EXPECT_NE(contents.body.find("2 parts"), std::string::npos);
  EXPECT_NE(contents.body.find(R"(href="/categories/letters">Letters</a>)"), std::string::npos);
  EXPECT_EQ(contents.body.find("contents-list--columns"), std::string::npos) << "a few categories, one list";
  EXPECT_NE(contents.body.find(R"(<a href="/contents" aria-current="page">Contents</a>)"), std::string::npos);
  EXPECT_NE(reader.Get("/").body.find(R"(<a href="/" aria-current="page">Latest posts</a>)"), std::string::npos);

  // A new series is announced when its first part goes live, not before.
  Series next = *server.store().CreateSeries({0, "letting-go", "Letting Go", "Three parts."});
  Post first = PostLike(server.sample().part_one, "letting-go-i", "Letting Go I", PostStatus::kScheduled,
                        server.clock().Now() + 3600);
  first.series_id = next.id;
  first.series_position = 1;
  ASSERT_TRUE(server.store().CreatePost(first).ok());
  EXPECT_EQ(reader.Get("/contents").body.find("Letting Go"), std::string::npos);
  EXPECT_EQ(reader.Get("/series/letting-go").status, 404);
  server.clock().Advance(3601);
  ASSERT_EQ(*server.site().publication_watch().Tick(), 1);
  EXPECT_NE(reader.Get("/contents").body.find(R"(<a href="/posts/letting-go-i">Letting Go I</a>)"), std::string::npos);
  EXPECT_EQ(reader.Get("/series/letting-go").status, 200);
}

TEST(SiteCacheTest, ManyCategoriesAreListedInColumns) {
  TestServer server({DefaultBackend(), /*demo=*/false, {}});
  const auto existing = server.store().ListPostTerms(server.sample().part_one.id);
  ASSERT_TRUE(existing.ok());
  std::vector<std::int64_t> terms;
  for (const Term& t : *existing) terms.push_back(t.id);
  for (int i = 1; i <= 9; ++i) {
    const std::string n = std::to_string(i);
    terms.push_back(server.store().CreateTerm({0, TermKind::kCategory, "topic-" + n, "Topic " + n, ""})->id);
  }
  ASSERT_TRUE(server.store().SetPostTerms(server.sample().part_one.id, terms).ok());
  const auto contents = HttpClient(server.port()).Get("/contents");
  ASSERT_EQ(contents.status, 200);
  EXPECT_NE(contents.body.find(R"(<ul class="contents-list contents-list--columns">)"), std::string::npos);
  EXPECT_NE(contents.body.find(R"(href="/categories/topic-9">Topic 9</a>)"), std::string::npos);
}

TEST(SiteCacheTest, ThePageNotFoundListsWhatCanBeOpenedReadOnceAMinute) {
  TestServer server({DefaultBackend(), /*demo=*/false, {}});
  HttpClient reader(server.port());
  const auto lost = reader.Get("/no-such-page");
  ASSERT_EQ(lost.status, 404);
  EXPECT_NE(lost.body.find(R"(<a href="/series/holding-on">Holding On</a>)"), std::string::npos);

  // A draft-only series is never listed; a published one appears within the minute.
  Series drafts = *server.store().CreateSeries({0, "in-the-drawer", "In the Drawer", ""});
  Series next = *server.store().CreateSeries({0, "letting-go", "Letting Go", ""});
  const UnixSeconds now = server.clock().Now();
  Post draft = PostLike(server.sample().part_one, "in-the-drawer-i", "In the Drawer I", PostStatus::kDraft, now);
  draft.series_id = drafts.id;
  ASSERT_TRUE(server.store().CreatePost(draft).ok());
  Post published = PostLike(server.sample().part_one, "letting-go-i", "Letting Go I", PostStatus::kPublished, now);
  published.series_id = next.id;
  ASSERT_TRUE(server.store().CreatePost(published).ok());
  EXPECT_EQ(reader.Get("/no-such-page").body.find("Letting Go"), std::string::npos);  // read a moment ago
  server.clock().Advance(60);
  const auto later = reader.Get("/no-such-page");
  EXPECT_NE(later.body.find(R"(<a href="/series/letting-go">Letting Go</a>)"), std::string::npos);
  EXPECT_EQ(later.body.find("In the Drawer"), std::string::npos);
}

}  // namespace
}  // namespace rapport::testing
