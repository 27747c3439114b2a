#include "http/views/view_context.h"

#include <boost/url/encode.hpp>
#include <boost/url/rfc/pchars.hpp>

#include "core/time_format.h"
#include "render/markdown.h"

namespace rapport::http::views {
namespace {

std::string EncodeSegment(const std::string& segment) {
  return boost::urls::encode(segment, boost::urls::pchars);
}

}  // namespace

std::string PostUrl(const std::string& slug) { return "/posts/" + EncodeSegment(slug); }
std::string SeriesUrl(const std::string& slug) { return "/series/" + EncodeSegment(slug); }
std::string TermUrl(const Term& term) {
  return (term.kind == TermKind::kTag ? "/tags/" : "/categories/") + EncodeSegment(term.slug);
}

Result<std::string> RenderInLayout(const ViewContext& ctx, const std::string& page_title,
                                   const std::string& description, const std::string& content, TemplateData extra) {
  TemplateData d = std::move(extra);
  d.set("site_title", ctx.site.title);
  // An empty string would open a {{#section}}: absent text is `false`.
  if (ctx.site.tagline.empty()) {
    d.set("site_tagline", false);
  } else {
    d.set("site_tagline", ctx.site.tagline);
  }
  d.set("page_title", page_title.empty() || page_title == ctx.site.title ? ctx.site.title
                                                                          : page_title + " · " + ctx.site.title);
  d.set("description", description.empty() ? ctx.site.tagline : description);
  d.set("content", content);
  d.set("stylesheet_url", ctx.theme->StaticUrl("style.css"));
  d.set("script_url", ctx.theme->StaticUrl("rapport.js"));
  d.set("request_path", ctx.request_path);
  d.set("nav_home", ctx.request_path == "/");
  d.set("nav_contents", ctx.request_path == "/contents");
  return ctx.theme->Render("layout", d);
}

TemplateData SeriesBadge(const service::SeriesPlace& place) {
  TemplateData d;
  d.set("series_title", place.series.title);
  d.set("series_url", SeriesUrl(place.series.slug));
  d.set("position", std::to_string(place.position));
  d.set("position_roman", RomanNumeral(place.position));
  d.set("total", std::to_string(place.total));
  if (place.previous) {
    TemplateData prev;
    prev.set("title", place.previous->title);
    prev.set("url", PostUrl(place.previous->slug));
    prev.set("position", std::to_string(place.previous->series_position));
    d.set("previous", prev);
  }
  if (place.next) {
    TemplateData next;
    next.set("title", place.next->title);
    next.set("url", PostUrl(place.next->slug));
    next.set("position", std::to_string(place.next->series_position));
    d.set("next", next);
  }
  return d;
}

TemplateData PostCard(const service::PostSummary& s) {
  TemplateData d;
  d.set("title", s.post.title);
  d.set("url", PostUrl(s.post.slug));
  d.set("published_iso", FormatRfc3339(s.post.published_at));
  d.set("published_human", FormatLongDate(s.post.published_at));
  d.set("author_name", s.author.display_name);
  d.set("excerpt", s.post.excerpt.empty() ? render::MarkdownToPlainText(s.post.body_markdown, 280) : s.post.excerpt);
  d.set("comment_count", std::to_string(s.comment_count));
  d.set("has_comments", s.comment_count > 0);
  d.set("one_comment", s.comment_count == 1);
  if (s.series) d.set("series", SeriesBadge(*s.series));
  return d;
}

TemplateData PaginationData(const service::Pagination& p, const std::string& base_path) {
  TemplateData d;
  const char joiner = base_path.find('?') == std::string::npos ? '?' : '&';
  const auto page_url = [&](int n) { return n == 1 ? base_path : base_path + joiner + "page=" + std::to_string(n); };
  d.set("page", std::to_string(p.page));
  d.set("total_pages", std::to_string(p.total_pages));
  d.set("has_pages", p.total_pages > 1);
  if (p.page > 1) d.set("previous_url", page_url(p.page - 1));
  if (p.page < p.total_pages) d.set("next_url", page_url(p.page + 1));
  return d;
}

}  // namespace rapport::http::views
