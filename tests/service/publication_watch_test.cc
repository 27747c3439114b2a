#include "service/publication_watch.h"

#include <gtest/gtest.h>

#include "testing/fake_clock.h"
#include "testing/test_store.h"

namespace rapport::service {
namespace {

TEST(PublicationWatchTest, AnnouncesScheduledPostsWhenTheirTimeComes) {
  testing::TestStore db(testing::DefaultBackend());
  testing::FakeClock clock;
  testing::SampleSite site = testing::PlantSampleSite(db.store(), clock.Now());
  Post later = site.part_two;
  later.id = 0;
  later.slug = "holding-on-iii";
  later.status = PostStatus::kScheduled;
  later.published_at = clock.Now() + 600;
  auto created = db.store().CreatePost(later);
  ASSERT_TRUE(created.ok());
  ASSERT_TRUE(db.store().SetPostTerms(created->id, {site.tag.id}).ok());

  ChangeBus bus;
  std::vector<std::string> announced;
  bus.Subscribe([&](const std::vector<std::string>& tags) { announced = tags; });
  PublicationWatch watch(db.store(), clock, bus);

  clock.Advance(300);
  EXPECT_EQ(*watch.Tick(), 0);
  EXPECT_TRUE(announced.empty());
  clock.Advance(301);
  EXPECT_EQ(*watch.Tick(), 1);
  for (const std::string& tag : {tags::kPosts, tags::Post(created->id), tags::Series(site.series.id), tags::Term(site.tag.id)}) {
    EXPECT_NE(std::find(announced.begin(), announced.end(), tag), announced.end()) << tag;
  }
  announced.clear();
  clock.Advance(10);
  EXPECT_EQ(*watch.Tick(), 0);  // announced once
  EXPECT_TRUE(announced.empty());
}

}  // namespace
}  // namespace rapport::service
