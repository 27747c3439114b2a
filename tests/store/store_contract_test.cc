// The Store contract: every backend passes the same tests. PostgreSQL runs
// when RAPPORT_TEST_PG_URL is set (scripts/test.sh always sets it, and then
// a PostgreSQL that cannot be reached is a failure, not a skip).
#include <gtest/gtest.h>

#include <thread>

#include "testing/backend_test.h"

namespace rapport::testing {
namespace {

constexpr UnixSeconds kNow = 1'780'000'000;

class StoreContractTest : public BackendTest {
 protected:
  Comment NewComment(std::int64_t post, std::optional<std::int64_t> parent, int depth, std::int64_t root,
                     UnixSeconds at, CommentStatus status = CommentStatus::kApproved) {
    Comment c;
    c.post_id = post;
    c.parent_id = parent;
    c.depth = depth;
    c.root_id = root;
    c.author_name = "Reader " + std::to_string(at);
    c.author_email = "reader@example.org";
    c.body_markdown = "Body at " + std::to_string(at);
    c.status = status;
    c.created_at = at;
    auto stored = s().InsertComment(c);
    EXPECT_TRUE(stored.ok()) << stored.error().message;
    return stored.ok() ? *stored : c;
  }
};

TEST_P(StoreContractTest, MigratesToTheLatestVersionAndIsIdempotent) {
  EXPECT_EQ(*s().SchemaVersion(), s().LatestSchemaVersion());
  EXPECT_TRUE(s().Migrate().ok());
  EXPECT_EQ(*s().SchemaVersion(), s().LatestSchemaVersion());
  EXPECT_TRUE(*s().IsEmpty());
}

TEST_P(StoreContractTest, AFreshDatabaseIsAtVersionZero) {
  TestStore fresh(GetParam(), /*migrate=*/false);
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(*fresh.store().SchemaVersion(), 0);
}

TEST_P(StoreContractTest, Settings) {
  EXPECT_FALSE(*s().GetSetting("site.title"));
  ASSERT_TRUE(s().PutSetting("site.title", "The Second Chair").ok());
  ASSERT_TRUE(s().PutSetting("site.title", "Renamed").ok());
  EXPECT_EQ(**s().GetSetting("site.title"), "Renamed");
  EXPECT_EQ(*s().InitSetting("key", "first"), "first");
  EXPECT_EQ(*s().InitSetting("key", "second"), "first");
}

TEST_P(StoreContractTest, UsersHaveUniqueLogins) {
  auto created = s().CreateUser({0, "nora", "Nora L", "NL", "bio", Role::kAuthor, kNow, "nora@example.org"}, "hash");
  ASSERT_TRUE(created.ok());
  EXPECT_GT(created->id, 0);
  auto again = s().CreateUser({0, "nora", "Other", "", "", Role::kModerator, kNow, ""}, "");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  auto found = s().FindUserByLogin("nora");
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->display_name, "Nora L");
  EXPECT_EQ((*found)->signature, "NL");
  EXPECT_EQ((*found)->role, Role::kAuthor);
  EXPECT_EQ((**s().FindUserById(created->id)).login, "nora");
  EXPECT_FALSE(*s().FindUserById(9999));
  EXPECT_FALSE(*s().IsEmpty());
  EXPECT_EQ(s().ListUsers()->size(), 1u);
}

TEST_P(StoreContractTest, PostsSlugsAndVisibility) {
  SampleSite site = PlantSampleSite(s(), kNow);
  auto duplicate = site.part_one;
  duplicate.id = 0;
  auto clash = s().CreatePost(duplicate);
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().code, ErrorCode::kConflict);
  EXPECT_EQ(clash.error().field, "slug");

  Post draft = site.part_one;
  draft.id = 0;
  draft.slug = "a-draft";
  draft.status = PostStatus::kDraft;
  ASSERT_TRUE(s().CreatePost(draft).ok());
  Post later = draft;
  later.slug = "scheduled";
  later.status = PostStatus::kScheduled;
  later.published_at = kNow + 3600;
  ASSERT_TRUE(s().CreatePost(later).ok());

  store::PostFilter now{kNow, std::nullopt, std::nullopt};
  auto visible = s().ListVisiblePosts(now, {0, 10});
  ASSERT_TRUE(visible.ok());
  ASSERT_EQ(visible->size(), 3u);
  EXPECT_EQ((*visible)[0].slug, "holding-on-ii");  // newest first
  EXPECT_EQ((*visible)[2].slug, "a-letter");
  EXPECT_EQ(*s().CountVisiblePosts(now), 3);
  store::PostFilter an_hour_later{kNow + 3600, std::nullopt, std::nullopt};
  EXPECT_EQ(*s().CountVisiblePosts(an_hour_later), 4);  // the scheduled post has gone live

  auto page_two = s().ListVisiblePosts(now, {2, 2});
  ASSERT_EQ(page_two->size(), 1u);
  EXPECT_EQ((*page_two)[0].slug, "a-letter");

  auto found = s().FindPostBySlug("holding-on-i");
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->series_id, site.series.id);
  EXPECT_EQ((*found)->series_position, 1);
  EXPECT_EQ((*found)->body_markdown, site.part_one.body_markdown);
  EXPECT_FALSE(*s().FindPostBySlug("nope"));
}

TEST_P(StoreContractTest, UpdatePost) {
  SampleSite site = PlantSampleSite(s(), kNow);
  Post p = site.standalone;
  p.title = "A Letter, revised";
  p.body_markdown = "New body — with “quotes” and é.";
  ASSERT_TRUE(s().UpdatePost(p).ok());
  EXPECT_EQ((**s().FindPostById(p.id)).body_markdown, p.body_markdown);
  p.slug = site.part_one.slug;
  EXPECT_EQ(s().UpdatePost(p).error().code, ErrorCode::kConflict);
  p.id = 424242;
  p.slug = "fresh";
  EXPECT_EQ(s().UpdatePost(p).error().code, ErrorCode::kNotFound);
}

TEST_P(StoreContractTest, SeriesAndTerms) {
  SampleSite site = PlantSampleSite(s(), kNow);
  auto parts = s().ListSeriesPosts(site.series.id);
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].series_position, 1);
  EXPECT_EQ((*s().FindSeriesBySlug("holding-on"))->title, "Holding On");
  EXPECT_EQ(s().ListSeries()->size(), 1u);

  auto terms = s().ListPostTerms(site.part_one.id);
  ASSERT_EQ(terms->size(), 2u);
  EXPECT_EQ((*terms)[0].kind, TermKind::kCategory);
  EXPECT_EQ((*terms)[1].kind, TermKind::kTag);
  store::PostFilter by_tag{kNow, site.tag.id, std::nullopt};
  EXPECT_EQ(*s().CountVisiblePosts(by_tag), 1);
  store::PostFilter by_series{kNow, std::nullopt, site.series.id};
  EXPECT_EQ(*s().CountVisiblePosts(by_series), 2);
  ASSERT_TRUE(s().SetPostTerms(site.part_one.id, {site.tag.id}).ok());
  EXPECT_EQ(s().ListPostTerms(site.part_one.id)->size(), 1u);
  EXPECT_EQ(s().CreateTerm({0, TermKind::kTag, "breaks", "dup", ""}).error().code, ErrorCode::kConflict);
  EXPECT_TRUE(s().CreateTerm({0, TermKind::kCategory, "breaks", "Breaks", ""}).ok());  // other kind, same slug
  EXPECT_EQ(s().ListTerms(TermKind::kCategory)->size(), 2u);
}

TEST_P(StoreContractTest, VisibleSeriesPostsComeInOneListBySeriesThenPosition) {
  SampleSite site = PlantSampleSite(s(), kNow);
  const Series later = *s().CreateSeries({0, "after-the-end", "After the End", ""});
  const Series drafts = *s().CreateSeries({0, "unwritten", "Unwritten", ""});
  const auto part = [&](std::string slug, std::int64_t series, int position, PostStatus status, UnixSeconds at) {
    Post p;
    p.slug = std::move(slug);
    p.title = p.slug;
    p.status = status;
    p.published_at = at;
    p.updated_at = at;
    p.author_id = site.author.id;
    p.series_id = series;
    p.series_position = position;
    EXPECT_TRUE(s().CreatePost(p).ok());
  };
  part("after-ii", later.id, 2, PostStatus::kScheduled, kNow + 3600);  // not yet
  part("after-i", later.id, 1, PostStatus::kPublished, kNow - 10);
  part("unwritten-i", drafts.id, 1, PostStatus::kDraft, kNow - 10);

  auto visible = s().ListVisibleSeriesPosts(kNow);
  ASSERT_TRUE(visible.ok()) << visible.error().message;
  std::vector<std::string> slugs;
  for (const Post& p : *visible) slugs.push_back(p.slug);
  ASSERT_LT(site.series.id, later.id);
  // No standalone post, no draft, nothing scheduled ahead.
  EXPECT_EQ(slugs, (std::vector<std::string>{"holding-on-i", "holding-on-ii", "after-i"}));
  EXPECT_EQ(s().ListVisibleSeriesPosts(kNow + 3600)->size(), 4u);  // the scheduled part has gone live
}

TEST_P(StoreContractTest, CommentsKeepTheirPlaceInTheThread) {
  SampleSite site = PlantSampleSite(s(), kNow);
  const std::int64_t post = site.part_two.id;
  Comment top = NewComment(post, std::nullopt, 1, 0, kNow + 1);
  EXPECT_EQ(top.root_id, top.id);  // a top-level comment is its own root
  Comment reply = NewComment(post, top.id, 2, top.root_id, kNow + 2);
  Comment deeper = NewComment(post, reply.id, 3, top.root_id, kNow + 3);
  auto chain = s().CommentChain(deeper.id, 10);
  ASSERT_EQ(chain->size(), 3u);
  EXPECT_EQ((*chain)[0].id, deeper.id);
  EXPECT_EQ((*chain)[2].id, top.id);
  EXPECT_EQ(s().CommentChain(deeper.id, 2)->size(), 2u);
  EXPECT_TRUE(s().CommentChain(999999, 5)->empty());

  auto found = s().FindComment(reply.id);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->parent_id, top.id);
  EXPECT_EQ((*found)->depth, 2);
  EXPECT_EQ((*found)->author_email, "reader@example.org");
  EXPECT_EQ((*found)->status, CommentStatus::kApproved);
}

TEST_P(StoreContractTest, ACommentNeedsAnExistingPost) {
  Comment c;
  c.post_id = 12345;
  c.author_name = "x";
  c.body_markdown = "y";
  c.created_at = kNow;
  auto stored = s().InsertComment(c);
  ASSERT_FALSE(stored.ok());
  EXPECT_EQ(stored.error().code, ErrorCode::kInvalidArgument);
}

TEST_P(StoreContractTest, ThreadPagesAndVisibility) {
  SampleSite site = PlantSampleSite(s(), kNow);
  const std::int64_t post = site.part_two.id;
  Comment a = NewComment(post, std::nullopt, 1, 0, kNow + 10);
  Comment b = NewComment(post, std::nullopt, 1, 0, kNow + 20, CommentStatus::kPending);
  Comment c = NewComment(post, std::nullopt, 1, 0, kNow + 30, CommentStatus::kSpam);
  NewComment(post, c.id, 2, c.root_id, kNow + 40);  // an approved reply under a spam comment
  Comment d = NewComment(post, std::nullopt, 1, 0, kNow + 50);
  NewComment(post, a.id, 2, a.root_id, kNow + 60, CommentStatus::kTrash);

  store::ThreadQuery q;
  q.post_id = post;
  EXPECT_EQ(*s().ListThreadRoots(q), (std::vector<std::int64_t>{a.id, c.id, d.id}));
  EXPECT_EQ(*s().CountThreadRoots(q), 3);
  q.also_visible_ids = {b.id};
  EXPECT_EQ(*s().ListThreadRoots(q), (std::vector<std::int64_t>{a.id, b.id, c.id, d.id}));
  EXPECT_EQ(*s().CountThreadRootsBefore(q, c.id), 2);
  q.order = ThreadOrder::kNewestFirst;
  q.page = {1, 2};
  EXPECT_EQ(*s().ListThreadRoots(q), (std::vector<std::int64_t>{c.id, b.id}));
  EXPECT_EQ(*s().CountThreadRootsBefore(q, c.id), 1);

  auto all = s().ListThreadComments(post, {a.id, c.id});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 4u);  // every status, for the thread builder to decide
  EXPECT_TRUE(s().ListThreadComments(post, {})->empty());

  auto counts = s().CountApprovedComments({post, site.part_one.id});
  EXPECT_EQ((*counts)[post], 3);
  EXPECT_EQ(counts->count(site.part_one.id), 0u);
  auto by_status = s().CountCommentsByStatus();
  EXPECT_EQ((*by_status)[CommentStatus::kApproved], 3);
  EXPECT_EQ((*by_status)[CommentStatus::kPending], 1);
  EXPECT_EQ((*by_status)[CommentStatus::kSpam], 1);
  EXPECT_EQ((*by_status)[CommentStatus::kTrash], 1);
}

TEST_P(StoreContractTest, StatusChangesAndKnownWriters) {
  SampleSite site = PlantSampleSite(s(), kNow);
  Comment c = NewComment(site.part_one.id, std::nullopt, 1, 0, kNow, CommentStatus::kPending);
  EXPECT_FALSE(*s().HasApprovedComment(c.author_name, "reader@example.org"));
  ASSERT_TRUE(s().SetCommentStatus(c.id, CommentStatus::kApproved).ok());
  EXPECT_TRUE(*s().HasApprovedComment(c.author_name, "reader@example.org"));
  EXPECT_FALSE(*s().HasApprovedComment("Someone else", "reader@example.org"));
  EXPECT_EQ(s().SetCommentStatus(987654, CommentStatus::kSpam).error().code, ErrorCode::kNotFound);
}

TEST_P(StoreContractTest, TransactionsCommitOrRollBackTogether) {
  auto failed = s().InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(s().PutSetting("a", "1"));
    RAPPORT_RETURN_IF_ERROR(s().InTransaction([&] { return s().PutSetting("b", "2"); }));  // joins
    return Error::Conflict("changed my mind");
  });
  EXPECT_FALSE(failed.ok());
  EXPECT_FALSE(*s().GetSetting("a"));
  EXPECT_FALSE(*s().GetSetting("b"));
  ASSERT_TRUE(s().InTransaction([&] { return s().PutSetting("a", "1"); }).ok());
  EXPECT_EQ(**s().GetSetting("a"), "1");
}

TEST_P(StoreContractTest, AnotherConnectionSeesCommittedWrites) {
  ASSERT_TRUE(s().PutSetting("shared", "yes").ok());
  auto other = db_->OpenAgain();
  EXPECT_EQ(**other->GetSetting("shared"), "yes");
}

TEST_P(StoreContractTest, ConcurrentWritersAllSucceed) {
  SampleSite site = PlantSampleSite(s(), kNow);
  std::vector<std::thread> writers;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        Comment c;
        c.post_id = site.part_one.id;
        c.author_name = "writer " + std::to_string(t);
        c.body_markdown = "comment " + std::to_string(i);
        c.status = CommentStatus::kApproved;
        c.created_at = kNow + i;
        if (!s().InsertComment(c).ok()) ++failures;
      }
    });
  }
  for (auto& w : writers) w.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ((*s().CountApprovedComments({site.part_one.id}))[site.part_one.id], 100);
}

TEST_P(StoreContractTest, TextSurvivesExactly) {
  SampleSite site = PlantSampleSite(s(), kNow);
  const std::string text = "Zalgo: Z̸̢͓a̵l̶g̷o̴ — emoji 😀 — bidi \u202Ertl\u202C — quotes ' \" `;-- DROP TABLE posts;";
  Comment c;
  c.post_id = site.part_one.id;
  c.author_name = "O'Brien \"the\" reader";
  c.body_markdown = text;
  c.created_at = kNow;
  auto stored = s().InsertComment(c);
  ASSERT_TRUE(stored.ok());
  auto found = s().FindComment(stored->id);
  EXPECT_EQ((*found)->body_markdown, text);
  EXPECT_EQ((*found)->author_name, c.author_name);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContractTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace rapport::testing
