#include "service/reading_service.h"

#include <gtest/gtest.h>

#include "service/change_bus.h"
#include "testing/fake_clock.h"
#include "testing/test_store.h"

namespace rapport::service {
namespace {

class ReadingServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(db_.ok());
    site_ = testing::PlantSampleSite(db_.store(), clock_.Now());
  }
  store::Store& s() { return db_.store(); }
  ReadingService reading() { return ReadingService(s(), clock_, options_); }

  Comment Add(std::int64_t post, std::optional<std::int64_t> parent, CommentStatus status, UnixSeconds at) {
    Comment c;
    c.post_id = post;
    c.parent_id = parent;
    if (parent) {
      auto found = s().FindComment(*parent);
      EXPECT_TRUE(found.ok() && found->has_value());
      if (found.ok() && found->has_value()) {
        c.depth = (*found)->depth + 1;
        c.root_id = (*found)->root_id;
      }
    }
    c.author_name = "Reader";
    c.body_markdown = "text";
    c.status = status;
    c.created_at = at;
    return *s().InsertComment(c);
  }

  testing::TestStore db_{testing::DefaultBackend()};
  testing::FakeClock clock_;
  SiteOptions options_;
  testing::SampleSite site_;
};

TEST_F(ReadingServiceTest, HomeListsVisiblePostsNewestFirstWithTheirDependencies) {
  auto home = reading().Home(1);
  ASSERT_TRUE(home.ok());
  ASSERT_EQ(home->posts.size(), 3u);
  EXPECT_EQ(home->posts[0].post.slug, "holding-on-ii");
  ASSERT_TRUE(home->posts[0].series);
  EXPECT_EQ(home->posts[0].series->position, 2);
  EXPECT_EQ(home->posts[0].series->total, 2);
  EXPECT_EQ(home->posts[0].author.display_name, "Jo Stern");
  EXPECT_NE(std::find(home->tags.begin(), home->tags.end(), tags::Comments(site_.part_two.id)), home->tags.end());
  EXPECT_NE(std::find(home->tags.begin(), home->tags.end(), tags::kPosts), home->tags.end());
  EXPECT_EQ(reading().Home(2).error().code, ErrorCode::kNotFound);
  options_.posts_per_page = 2;
  EXPECT_EQ(reading().Home(2)->posts.size(), 1u);
}

TEST_F(ReadingServiceTest, PostKnowsItsPlaceInTheSeries) {
  auto page = reading().PostBySlug("holding-on-i", {});
  ASSERT_TRUE(page.ok());
  const SeriesPlace& place = *page->summary.series;
  EXPECT_EQ(place.position, 1);
  EXPECT_EQ(place.total, 2);
  EXPECT_FALSE(place.previous);
  ASSERT_TRUE(place.next);
  EXPECT_EQ(place.next->slug, "holding-on-ii");
  EXPECT_EQ(page->terms.size(), 2u);
  auto second = reading().PostBySlug("holding-on-ii", {});
  EXPECT_EQ(second->summary.series->previous->slug, "holding-on-i");
}

TEST_F(ReadingServiceTest, UnpublishedPartsAreNotCountedOrLinked) {
  Post third = site_.part_two;
  third.id = 0;
  third.slug = "holding-on-iii";
  third.series_position = 3;
  third.status = PostStatus::kScheduled;
  third.published_at = clock_.Now() + 86400;
  ASSERT_TRUE(s().CreatePost(third).ok());
  auto page = reading().PostBySlug("holding-on-ii", {});
  EXPECT_EQ(page->summary.series->total, 2);
  EXPECT_FALSE(page->summary.series->next);
  EXPECT_EQ(reading().PostBySlug("holding-on-iii", {}).error().code, ErrorCode::kNotFound);
  clock_.Advance(86400);
  EXPECT_TRUE(reading().PostBySlug("holding-on-iii", {}).ok());  // it appears on its own
  EXPECT_EQ(reading().PostBySlug("holding-on-ii", {})->summary.series->next->slug, "holding-on-iii");
}

TEST_F(ReadingServiceTest, PendingCommentsAreShownOnlyToTheirWriter) {
  const std::int64_t post = site_.part_two.id;
  Comment visible = Add(post, std::nullopt, CommentStatus::kApproved, clock_.Now() + 1);
  Comment mine = Add(post, visible.id, CommentStatus::kPending, clock_.Now() + 2);
  Comment theirs = Add(post, std::nullopt, CommentStatus::kPending, clock_.Now() + 3);

  auto stranger = reading().PostBySlug("holding-on-ii", {});
  ASSERT_EQ(stranger->thread.tree.size(), 1u);
  EXPECT_TRUE(stranger->thread.tree[0].replies.empty());
  EXPECT_TRUE(stranger->thread.own_pending.empty());

  auto writer = reading().PostBySlug("holding-on-ii", {1, std::nullopt, {mine.id}});
  ASSERT_EQ(writer->thread.tree[0].replies.size(), 1u);
  EXPECT_EQ(writer->thread.own_pending, (std::set<std::int64_t>{mine.id}));
  EXPECT_EQ(writer->thread.tree.size(), 1u);  // someone else's pending comment stays hidden
  (void)theirs;
  EXPECT_EQ(writer->thread.approved_count, 1);
}

TEST_F(ReadingServiceTest, ThreadsPaginateByTopLevelComment) {
  options_.threads_per_page = 2;
  const std::int64_t post = site_.part_two.id;
  std::vector<Comment> tops;
  for (int i = 0; i < 5; ++i) tops.push_back(Add(post, std::nullopt, CommentStatus::kApproved, clock_.Now() + i * 10));
  Comment reply = Add(post, tops[0].id, CommentStatus::kApproved, clock_.Now() + 100);
  auto first = reading().PostBySlug("holding-on-ii", {1, std::nullopt, {}});
  EXPECT_EQ(first->thread.pagination.total_pages, 3);
  ASSERT_EQ(first->thread.tree.size(), 2u);
  EXPECT_EQ(first->thread.tree[0].replies.size(), 1u);  // the reply stays with its parent
  auto last = reading().PostBySlug("holding-on-ii", {3, std::nullopt, {}});
  ASSERT_EQ(last->thread.tree.size(), 1u);
  EXPECT_EQ(last->thread.tree[0].comment->id, tops[4].id);
  EXPECT_EQ(*reading().PageOfComment(reply, {}), 1);
  EXPECT_EQ(*reading().PageOfComment(tops[4], {}), 3);
  auto newest = reading().PostBySlug("holding-on-ii", {1, ThreadOrder::kNewestFirst, {}});
  EXPECT_EQ(newest->thread.tree[0].comment->id, tops[4].id);
}

TEST_F(ReadingServiceTest, BranchShowsOneConversationFromItsStart) {
  const std::int64_t post = site_.part_two.id;
  Comment top = Add(post, std::nullopt, CommentStatus::kApproved, clock_.Now());
  Comment mid = Add(post, top.id, CommentStatus::kApproved, clock_.Now() + 1);
  Add(post, mid.id, CommentStatus::kApproved, clock_.Now() + 2);
  auto branch = reading().Branch("holding-on-ii", mid.id, {});
  ASSERT_TRUE(branch.ok());
  ASSERT_EQ(branch->thread.tree.size(), 1u);
  EXPECT_EQ(branch->thread.tree[0].comment->id, mid.id);
  EXPECT_EQ(branch->thread.tree[0].depth, 1);
  EXPECT_EQ(branch->thread.tree[0].replies[0].depth, 2);
  EXPECT_EQ(reading().Branch("holding-on-i", mid.id, {}).error().code, ErrorCode::kNotFound);
  Comment hidden = Add(post, std::nullopt, CommentStatus::kPending, clock_.Now());
  EXPECT_EQ(reading().Branch("holding-on-ii", hidden.id, {}).error().code, ErrorCode::kNotFound);
}

TEST_F(ReadingServiceTest, SeriesAndTermPages) {
  auto series = reading().SeriesBySlug("holding-on");
  ASSERT_TRUE(series.ok());
  ASSERT_EQ(series->posts.size(), 2u);
  EXPECT_EQ(series->posts[0].post.slug, "holding-on-i");
  EXPECT_EQ(reading().SeriesBySlug("nope").error().code, ErrorCode::kNotFound);
  auto tag = reading().TermBySlug(TermKind::kTag, "breaks", 1);
  ASSERT_TRUE(tag.ok());
  EXPECT_EQ(tag->posts.size(), 1u);
  EXPECT_EQ(reading().TermBySlug(TermKind::kCategory, "breaks", 1).error().code, ErrorCode::kNotFound);
}

TEST_F(ReadingServiceTest, TheDirectoryListsOnlyWhatAReaderCanOpen) {
  // A series whose only part is a draft, and a category with only a scheduled post.
  Series next = *s().CreateSeries({0, "coming-soon", "Coming Soon", "Not yet."});
  Term empty = *s().CreateTerm({0, TermKind::kCategory, "later", "Later", ""});
  Post draft = site_.part_one;
  draft.id = 0;
  draft.slug = "coming-soon-i";
  draft.series_id = next.id;
  draft.series_position = 1;
  draft.status = PostStatus::kDraft;
  ASSERT_TRUE(s().CreatePost(draft).ok());
  Post scheduled = site_.standalone;
  scheduled.id = 0;
  scheduled.slug = "later-letter";
  scheduled.status = PostStatus::kScheduled;
  scheduled.published_at = clock_.Now() + 3600;
  scheduled = *s().CreatePost(scheduled);
  ASSERT_TRUE(s().SetPostTerms(scheduled.id, {empty.id}).ok());

  auto directory = reading().SiteDirectory();
  ASSERT_TRUE(directory.ok());
  ASSERT_EQ(directory->series.size(), 1u);
  EXPECT_EQ(directory->series[0].series.slug, "holding-on");
  ASSERT_EQ(directory->series[0].parts.size(), 2u);
  EXPECT_EQ(directory->series[0].parts[0].slug, "holding-on-i");
  EXPECT_EQ(directory->series[0].parts[1].series_position, 2);
  ASSERT_EQ(directory->categories.size(), 1u);
  EXPECT_EQ(directory->categories[0].category.slug, "letters");
  EXPECT_EQ(directory->categories[0].posts, 1);
  EXPECT_NE(std::find(directory->tags.begin(), directory->tags.end(), tags::kPosts), directory->tags.end());
  // The unannounced series has no page either.
  EXPECT_EQ(reading().SeriesBySlug("coming-soon").error().code, ErrorCode::kNotFound);

  clock_.Advance(3601);
  directory = reading().SiteDirectory();
  ASSERT_EQ(directory->categories.size(), 2u);
  EXPECT_EQ(directory->categories[0].category.slug, "later");
}

}  // namespace
}  // namespace rapport::service
