#include <gtest/gtest.h>

#include "core/time_format.h"
#include "testing/desk_fixture.h"

namespace rapport::testing {
namespace {

class EditorServiceTest : public DeskFixture {
 protected:
  service::PostDraft Draft(std::string title) {
    service::PostDraft d;
    d.title = std::move(title);
    d.body_markdown = "Some *text*.";
    d.status = "published";
    return d;
  }
};

TEST_F(EditorServiceTest, SavesANewPostWithASlugFromItsTitle) {
  auto post = editor_.Save(site_.author, Draft("Holding On: A Postscript"));
  ASSERT_TRUE(post.ok()) << post.error().message;
  EXPECT_EQ(post->slug, "holding-on-a-postscript");
  EXPECT_EQ(post->author_id, site_.author.id);
  EXPECT_EQ(post->published_at, clock_.Now());
  EXPECT_NE(std::find(announced_.begin(), announced_.end(), service::tags::kPosts), announced_.end());
}

TEST_F(EditorServiceTest, ReportsEveryProblemAndSavesNothing) {
  service::PostDraft bad;
  bad.title = "  ";
  bad.slug = "Not A Slug!";
  bad.status = "scheduled";
  bad.publish_at = "tomorrow";
  auto saved = editor_.Save(site_.author, bad);
  ASSERT_FALSE(saved.ok());
  std::vector<std::string> fields = {saved.error().field};
  for (const Error& e : saved.error().details) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"title", "slug", "publish_at"}));
  EXPECT_EQ(*s().CountAllPosts(), 3);
}

TEST_F(EditorServiceTest, SlugsStayUnique) {
  auto clash = editor_.Save(site_.author, Draft("A Letter"));  // "a-letter" exists
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().code, ErrorCode::kConflict);
  EXPECT_EQ(clash.error().field, "slug");
}

TEST_F(EditorServiceTest, SchedulesInTheWritersTimeZone) {
  service::PostDraft d = Draft("Later");
  d.status = "scheduled";
  d.publish_at = FormatRfc3339(clock_.Now() + 86400).substr(0, 16);  // "YYYY-MM-DDTHH:MM", read as local time
  d.utc_offset_minutes = 120;  // two hours east of UTC
  auto post = editor_.Save(site_.author, d);
  ASSERT_TRUE(post.ok()) << post.error().message;
  EXPECT_EQ(post->status, PostStatus::kScheduled);
  EXPECT_EQ(post->published_at, (clock_.Now() + 86400) / 60 * 60 - 7200);
  d.publish_at = FormatRfc3339(clock_.Now() - 3600).substr(0, 16);
  d.utc_offset_minutes = 0;
  d.title = "Too late";
  EXPECT_EQ(editor_.Save(site_.author, d).error().field, "publish_at");
}

TEST_F(EditorServiceTest, SeriesPartsNumberThemselvesAndCanBeReordered) {
  service::PostDraft d = Draft("Holding On III");
  d.series_id = site_.series.id;
  auto third = editor_.Save(site_.author, d);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->series_position, 3);
  ASSERT_TRUE(editor_.ReorderSeries(site_.author, site_.series.id, {third->id, site_.part_one.id, site_.part_two.id}).ok());
  EXPECT_EQ((*s().FindPostById(third->id))->series_position, 1);
  EXPECT_EQ((*s().FindPostById(site_.part_two.id))->series_position, 3);
  EXPECT_FALSE(editor_.ReorderSeries(site_.author, site_.series.id, {third->id}).ok());  // the list must be complete
}

TEST_F(EditorServiceTest, TagsAreCreatedByNameAndCategoriesChecked) {
  service::PostDraft d = Draft("Tagged");
  d.tags = "breaks, Ruptures and repair , breaks";
  d.category_ids = {site_.category.id};
  auto post = editor_.Save(site_.author, d);
  ASSERT_TRUE(post.ok());
  auto terms = *s().ListPostTerms(post->id);
  ASSERT_EQ(terms.size(), 3u);
  EXPECT_EQ(terms[0].slug, "letters");
  EXPECT_TRUE((*s().FindTerm(TermKind::kTag, "ruptures-and-repair")).has_value());
  d.title = "Bad category";
  d.category_ids = {424242};
  EXPECT_EQ(editor_.Save(site_.author, d).error().field, "categories");
}

TEST_F(EditorServiceTest, PermissionsFollowTheRoles) {
  EXPECT_EQ(editor_.Save(moderator_, Draft("Nope")).error().code, ErrorCode::kForbidden);
  service::PostDraft theirs = Draft("Edited by someone else");
  theirs.id = site_.part_one.id;
  EXPECT_EQ(editor_.Save(other_author_, theirs).error().code, ErrorCode::kForbidden);
  EXPECT_EQ((*s().FindPostById(site_.part_one.id))->title, "Holding On I");
  EXPECT_TRUE(editor_.Save(admin_user_, theirs).ok());
  EXPECT_EQ(editor_.Posts(other_author_)->size(), 0u);
  EXPECT_EQ(editor_.Posts(admin_user_)->size(), 3u);
  EXPECT_EQ(editor_.CreateSeries(moderator_, "X", "", "").error().code, ErrorCode::kForbidden);
}

TEST_F(EditorServiceTest, SeriesAndCategoriesCanBeRenamed) {
  Series renamed = site_.series;
  renamed.title = "Holding On, Letting Go";
  ASSERT_TRUE(editor_.UpdateSeries(site_.author, renamed).ok());
  EXPECT_EQ((*s().FindSeriesById(site_.series.id))->title, "Holding On, Letting Go");
  Term term = site_.category;
  term.name = "Reader letters";
  ASSERT_TRUE(editor_.UpdateTerm(site_.author, term).ok());
  term.slug = "Bad Slug";
  EXPECT_FALSE(editor_.UpdateTerm(site_.author, term).ok());
  auto created = editor_.CreateTerm(site_.author, TermKind::kCategory, "Endings", "", "");
  ASSERT_TRUE(created.ok());
  EXPECT_EQ(created->slug, "endings");
}

}  // namespace
}  // namespace rapport::testing
