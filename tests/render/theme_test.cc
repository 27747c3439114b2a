#include "render/theme.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "testing/test_store.h"

namespace rapport::render {
namespace {

void Write(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path) << content;
}

TEST(ThemeTest, BuiltInThemeHasEveryTemplateAndAsset) {
  auto theme = Theme::Load("");
  ASSERT_TRUE(theme.ok()) << theme.error().message;
  for (const char* name : {"layout", "home", "post", "branch", "series", "term", "error", "_comment", "_comment_form"}) {
    TemplateData d;
    EXPECT_TRUE((*theme)->Render(name, d).ok()) << name;
  }
  EXPECT_NE((*theme)->FindStatic("style.css"), nullptr);
  EXPECT_NE((*theme)->FindStatic("rapport.js"), nullptr);
  EXPECT_EQ((*theme)->FindStatic("missing.css"), nullptr);
  EXPECT_FALSE((*theme)->Render("no-such-template", TemplateData()).ok());
}

TEST(ThemeTest, EscapesValuesAndRendersPartials) {
  auto theme = Theme::Load("");
  ASSERT_TRUE(theme.ok());
  TemplateData d;
  d.set("title", "<script>alert('x')</script>");
  d.set("status", "404");
  d.set("message", "a & b");
  d.set("is_not_found", true);
  auto html = (*theme)->Render("error", d);
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->find("<script>"), std::string::npos);
  EXPECT_NE(html->find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html->find("a &amp; b"), std::string::npos);
}

TEST(ThemeTest, AnOverrideFolderReplacesOnlyTheFilesItHas) {
  testing::TempDir dir;
  Write(dir.path() + "/templates/error.mustache", "<p class=\"mine\">{{title}}</p>");
  Write(dir.path() + "/static/style.css", "body { color: red; }");
  auto theme = Theme::Load(dir.path());
  ASSERT_TRUE(theme.ok()) << theme.error().message;
  TemplateData d;
  d.set("title", "Hello");
  EXPECT_EQ(*(*theme)->Render("error", d), "<p class=\"mine\">Hello</p>");
  EXPECT_EQ((*theme)->FindStatic("style.css")->content, "body { color: red; }");
  EXPECT_TRUE((*theme)->Render("home", TemplateData()).ok());  // still built in
}

TEST(ThemeTest, StaticUrlsChangeWithContent) {
  testing::TempDir dir;
  auto built_in = Theme::Load("");
  Write(dir.path() + "/static/style.css", "body { color: blue; }");
  auto custom = Theme::Load(dir.path());
  ASSERT_TRUE(built_in.ok() && custom.ok());
  EXPECT_EQ((*built_in)->StaticUrl("style.css").rfind("/static/style.css?v=", 0), 0u);
  EXPECT_NE((*built_in)->StaticUrl("style.css"), (*custom)->StaticUrl("style.css"));
}

TEST(ThemeTest, ABrokenOverrideIsReportedAtLoad) {
  testing::TempDir dir;
  Write(dir.path() + "/templates/post.mustache", "{{#unclosed}} oops");
  auto theme = Theme::Load(dir.path());
  ASSERT_FALSE(theme.ok());
  EXPECT_NE(theme.error().message.find("post.mustache"), std::string::npos);
  EXPECT_FALSE(Theme::Load(dir.path() + "/does-not-exist").ok());
}

}  // namespace
}  // namespace rapport::render
