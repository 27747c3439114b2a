#include "http/views/page_views.h"

#include "core/time_format.h"
#include "render/html.h"
#include "render/markdown.h"

namespace rapport::http::views {

Result<std::string> HomeHtml(const ViewContext& ctx, const service::HomePage& page) {
  TemplateData d;
  TemplateList posts;
  for (const service::PostSummary& s : page.posts) posts.push_back(PostCard(s));
  d.set("posts", posts);
  d.set("has_posts", !page.posts.empty());
  d.set("pagination", PaginationData(page.pagination, "/"));
  d.set("first_page", page.pagination.page == 1);
  auto content = ctx.theme->Render("home", d);
  if (!content) return content.error();
  const std::string title = page.pagination.page > 1 ? "Page " + std::to_string(page.pagination.page) : "";
  return RenderInLayout(ctx, title, ctx.site.tagline, *content);
}

Result<std::string> PostHtml(const ViewContext& ctx, const service::PostPage& page, const PostViewOptions& options) {
  const Post& post = page.summary.post;
  TemplateData d = PostCard(page.summary);
  d.set("body_html", render::RenderMarkdown(post.body_markdown, render::PostMarkdown()));
  d.set("author_bio_html", render::RenderMarkdown(page.summary.author.bio, render::PostMarkdown()));
  d.set("has_author_bio", !page.summary.author.bio.empty());
  TemplateList categories, tags;
  for (const Term& t : page.terms) {
    TemplateData term;
    term.set("name", t.name);
    term.set("url", TermUrl(t));
    (t.kind == TermKind::kTag ? tags : categories).push_back(term);
  }
  d.set("categories", categories);
  d.set("has_categories", !categories.empty());
  d.set("tags", tags);
  d.set("has_tags", !tags.empty());
  if (!ctx.site.notice_markdown.empty()) {
    d.set("notice_html", render::RenderMarkdown(ctx.site.notice_markdown, render::PostMarkdown()));
  }
  d.set("thread", ThreadData(page.thread, options.thread, options.form));
  d.set("is_branch", page.thread.focus_id.has_value());
  if (!options.flash.empty()) d.set("flash", options.flash);
  d.set("support", options.support ? *options.support : TemplateData(false));
  auto content = ctx.theme->Render(page.thread.focus_id ? "branch" : "post", d);
  if (!content) return content.error();
  std::string description = post.excerpt.empty() ? render::MarkdownToPlainText(post.body_markdown, 160) : post.excerpt;
  return RenderInLayout(ctx, post.title, description, *content);
}

Result<std::string> WriterHtml(const ViewContext& ctx, const service::WriterView& view, const std::string& link) {
  const Comment& c = view.comment;
  TemplateData d;
  d.set("author_name", c.author_name);
  d.set("created_human", FormatLongDate(c.created_at));
  d.set("body_html", render::RenderMarkdown(c.body_markdown, render::CommentMarkdown()));
  d.set("post_title", view.post.title);
  d.set("post_url", view.post_visible ? TemplateData(PostUrl(view.post.slug)) : TemplateData(false));
  d.set("public_url", view.post_visible && c.status == CommentStatus::kApproved && !c.is_private
                          ? TemplateData(PostUrl(view.post.slug) + "#comment-" + std::to_string(c.id))
                          : TemplateData(false));
  d.set("is_private", c.is_private);
  // Held as possible spam still reads as waiting: a person will look at it.
  const bool pending = c.status == CommentStatus::kPending || c.status == CommentStatus::kSpam;
  d.set("is_pending", pending);
  d.set("held_for_care", pending && c.risk != RiskLevel::kNone && !c.is_private);
  d.set("support_url", view.post_visible ? TemplateData(PostUrl(view.post.slug) + "?support=" +
                                                        (c.risk == RiskLevel::kCrisis ? "now" : "talk") + "#support")
                                         : TemplateData(false));
  d.set("is_published", c.status == CommentStatus::kApproved && !c.is_private);
  d.set("not_published", c.status == CommentStatus::kTrash);
  d.set("link", link);
  TemplateList replies;
  for (const Comment& r : view.staff_replies) {
    TemplateData item;
    item.set("author_name", r.author_name);
    item.set("is_private", r.is_private);
    item.set("created_human", FormatLongDate(r.created_at));
    item.set("body_html", render::RenderMarkdown(r.body_markdown, render::CommentMarkdown()));
    replies.push_back(item);
  }
  d.set("replies", replies);
  d.set("has_replies", !replies.empty());
  auto content = ctx.theme->Render("my_comment", d);
  if (!content) return content.error();
  return RenderInLayout(ctx, "Your comment", "", *content);
}

Result<std::string> SeriesHtml(const ViewContext& ctx, const service::SeriesPage& page) {
  TemplateData d;
  d.set("title", page.series.title);
  d.set("description_html", render::RenderMarkdown(page.series.description_markdown, render::PostMarkdown()));
  TemplateList posts;
  for (const service::PostSummary& s : page.posts) posts.push_back(PostCard(s));
  d.set("posts", posts);
  d.set("has_posts", !page.posts.empty());
  d.set("count", std::to_string(page.posts.size()));
  auto content = ctx.theme->Render("series", d);
  if (!content) return content.error();
  return RenderInLayout(ctx, page.series.title, render::MarkdownToPlainText(page.series.description_markdown, 160),
                        *content);
}

Result<std::string> TermHtml(const ViewContext& ctx, const service::TermPage& page) {
  TemplateData d;
  d.set("name", page.term.name);
  if (page.term.description.empty()) {
    d.set("description", false);
  } else {
    d.set("description", page.term.description);
  }
  d.set("is_tag", page.term.kind == TermKind::kTag);
  TemplateList posts;
  for (const service::PostSummary& s : page.posts) posts.push_back(PostCard(s));
  d.set("posts", posts);
  d.set("has_posts", !page.posts.empty());
  d.set("pagination", PaginationData(page.pagination, TermUrl(page.term)));
  auto content = ctx.theme->Render("term", d);
  if (!content) return content.error();
  return RenderInLayout(ctx, page.term.name, page.term.description, *content);
}

namespace {

// A directory's series as template items: name, url, count ("4 parts"), parts.
TemplateList DirectorySeries(const service::Directory& directory) {
  TemplateList list;
  for (const service::Directory::SeriesEntry& entry : directory.series) {
    TemplateData item;
    item.set("name", entry.series.title);
    item.set("url", SeriesUrl(entry.series.slug));
    const std::size_t n = entry.parts.size();
    item.set("count", n == 1 ? std::string("1 part") : std::to_string(n) + " parts");
    TemplateList parts;
    for (const service::PostLink& part : entry.parts) {
      TemplateData p;
      p.set("title", part.title);
      p.set("url", PostUrl(part.slug));
      parts.push_back(p);
    }
    item.set("parts", parts);
    list.push_back(item);
  }
  return list;
}

// A directory's categories as template items: name, url, count.
TemplateList DirectoryCategories(const service::Directory& directory) {
  TemplateList list;
  for (const service::Directory::CategoryEntry& entry : directory.categories) {
    TemplateData item;
    item.set("name", entry.category.name);
    item.set("url", TermUrl(entry.category));
    item.set("count", entry.posts == 1 ? std::string("1 post") : std::to_string(entry.posts) + " posts");
    list.push_back(item);
  }
  return list;
}

}  // namespace

Result<std::string> ContentsHtml(const ViewContext& ctx, const service::Directory& directory) {
  TemplateData d;
  const TemplateList series = DirectorySeries(directory);
  const TemplateList categories = DirectoryCategories(directory);
  d.set("series", series);
  d.set("has_series", !series.empty());
  d.set("categories", categories);
  d.set("has_categories", !categories.empty());
  // A site with many categories (an imported blog has dozens) lists them in columns.
  d.set("many_categories", categories.size() > 8);
  d.set("is_empty", series.empty() && categories.empty());
  auto content = ctx.theme->Render("contents", d);
  if (!content) return content.error();
  return RenderInLayout(ctx, "Contents", "Every series and category of " + ctx.site.title + ".", *content);
}

std::string ErrorHtml(const ViewContext& ctx, int status, const std::string& title, const std::string& message,
                      const service::Directory* directory) {
  if (ctx.theme) {
    TemplateData d;
    d.set("status", std::to_string(status));
    d.set("title", title);
    d.set("message", message);
    d.set("is_not_found", status == 404);
    TemplateList series, categories;
    if (directory) {
      series = DirectorySeries(*directory);
      categories = DirectoryCategories(*directory);
    }
    d.set("series", series);
    d.set("has_series", !series.empty());
    d.set("categories", categories);
    d.set("has_categories", !categories.empty());
    if (auto content = ctx.theme->Render("error", d)) {
      if (auto page = RenderInLayout(ctx, title, message, *content)) return *page;
    }
  }
  return "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>" + render::EscapeHtml(title) +
         "</title><main><h1>" + render::EscapeHtml(title) + "</h1><p>" + render::EscapeHtml(message) +
         "</p><p><a href=\"/\">Go to the home page</a></p></main></html>";
}

}  // namespace rapport::http::views
