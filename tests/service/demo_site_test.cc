#include "demo/demo_site.h"

#include <gtest/gtest.h>

#include "service/reading_service.h"
#include "testing/fake_clock.h"
#include "testing/test_store.h"

namespace rapport::demo {
namespace {

int MaxDepth(const std::vector<ThreadNode>& nodes) {
  int deepest = 0;
  for (const ThreadNode& n : nodes) deepest = std::max({deepest, n.depth, MaxDepth(n.replies)});
  return deepest;
}

int CountAuthorReplies(const std::vector<ThreadNode>& nodes) {
  int n = 0;
  for (const ThreadNode& node : nodes) n += (node.comment->is_author_reply ? 1 : 0) + CountAuthorReplies(node.replies);
  return n;
}

TEST(DemoSiteTest, PlantsAColumnWithASeriesAndALivelyThread) {
  testing::TestStore db(testing::DefaultBackend());
  testing::FakeClock clock;
  ASSERT_TRUE(*PlantDemoSiteIfEmpty(db.store(), clock, 5));

  service::SiteOptions options;
  options.threads_per_page = 200;
  service::ReadingService reading(db.store(), clock, options);
  auto home = reading.Home(1);
  ASSERT_TRUE(home.ok());
  ASSERT_GE(home->posts.size(), 5u);
  const service::PostSummary& newest = home->posts[0];
  ASSERT_TRUE(newest.series);
  EXPECT_EQ(newest.series->position, 4);
  EXPECT_EQ(newest.series->total, 4);
  EXPECT_GE(newest.comment_count, 35);

  auto post = reading.PostBySlug(newest.post.slug, {});
  ASSERT_TRUE(post.ok());
  EXPECT_EQ(MaxDepth(post->thread.tree), 5);  // reaches the limit, never beyond
  EXPECT_GE(CountAuthorReplies(post->thread.tree), 5);
  auto categories = db.store().ListTerms(TermKind::kCategory);
  EXPECT_GE(categories->size(), 2u);
}

TEST(DemoSiteTest, NeverTouchesADatabaseWithContent) {
  testing::TestStore db(testing::DefaultBackend());
  testing::FakeClock clock;
  testing::PlantSampleSite(db.store(), clock.Now());
  EXPECT_FALSE(*PlantDemoSiteIfEmpty(db.store(), clock, 5));
  EXPECT_FALSE(*db.store().FindPostBySlug("attachment-to-your-therapist-iv"));
  EXPECT_EQ(db.store().ListUsers()->size(), 1u);
}

}  // namespace
}  // namespace rapport::demo
