// Desk: the dashboard — counts, and the figures as charts with tables.
#include <cmath>
#include <cstdio>

#include "core/time_format.h"
#include "http/desk/desk.h"
#include "http/desk/desk_charts.h"
#include "http/views/view_context.h"

namespace rapport::http {

Response Desk::DashboardPage(const Request& req, const Staff& staff) const {
  render::TemplateData d;
  auto counts = services_.moderation->Counts(staff.user);
  if (!counts) return Failure(req, &staff, counts.error());
  d.set("pending", std::to_string(counts->pending));
  d.set("waiting", std::to_string(counts->waiting));
  d.set("urgent", std::to_string(counts->urgent));
  d.set("has_urgent", counts->urgent > 0);
  auto figures = services_.figures->Compute();
  if (!figures) return Failure(req, &staff, figures.error());
  d.set("answered_90", std::to_string(figures->answered));
  d.set("waiting_90", std::to_string(figures->waiting));
  d.set("charts", desk_charts::DashboardCharts(*figures));
  render::TemplateList top;
  for (const auto& [post, n] : figures->most_discussed) {
    render::TemplateData item;
    item.set("title", post.title);
    item.set("url", views::PostUrl(post.slug));
    item.set("count", std::to_string(n));
    top.push_back(item);
  }
  d.set("most_discussed", top);
  d.set("has_most_discussed", !top.empty());
  return Render(req, &staff, "desk/dashboard", d, "Dashboard");
}

}  // namespace rapport::http
