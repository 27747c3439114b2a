// What every rendered page shares (site title, notice, the reader's CSRF
// token or the hole a cached page leaves for it) and the template data
// builders for pieces several pages use: post cards, series badges,
// pagination.
//
// Views turn service pages into template data; the theme's mustache
// templates decide how it looks. Everything a template prints with {{...}}
// is escaped by mustache; the few {{{...}}} values are HTML that Rapport
// produced itself (rendered Markdown), never raw input.
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "render/theme.h"
#include "service/pages.h"
#include "service/settings_service.h"

namespace rapport::http::views {

using render::TemplateData;
using render::TemplateList;

// Marks where a cached page holds the reader's CSRF token. Control
// characters never survive input cleaning (utf8::CleanText), so no comment
// can contain it.
inline constexpr std::string_view kCsrfHole = "\x01rapport-csrf\x01";

struct ViewContext {
  const render::Theme* theme = nullptr;
  service::SiteText site;
  std::string csrf_token;    // kCsrfHole for pages that will be cached
  std::string request_path;  // for the canonical link and "return to"
};

// Wraps `content` (a rendered page body) in the layout.
Result<std::string> RenderInLayout(const ViewContext& ctx, const std::string& page_title,
                                   const std::string& description, const std::string& content,
                                   TemplateData extra = TemplateData());

TemplateData PostCard(const service::PostSummary& summary);
TemplateData SeriesBadge(const service::SeriesPlace& place);
// Previous/next links for a list; `base_path` gets "?page=N" (or "&page=N" when it has a query).
TemplateData PaginationData(const service::Pagination& pagination, const std::string& base_path);

std::string PostUrl(const std::string& slug);
std::string SeriesUrl(const std::string& slug);
std::string TermUrl(const Term& term);

}  // namespace rapport::http::views
