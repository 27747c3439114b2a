// Desk: the dashboard — counts, and the figures as charts with tables.
#include <cmath>
#include <cstdio>

#include "care/helplines.h"
#include "core/time_format.h"
#include "http/desk/desk.h"
#include "http/desk/desk_charts.h"
#include "http/desk/desk_text.h"
#include "http/views/view_context.h"

namespace rapport::http {
namespace {

// The screener against staff's judgement: a table and two plain sentences,
// and how each sensitivity does on the comments staff judged.
render::TemplateData ScreenerData(const service::Figures& figures) {
  const service::ScreenerFigures& f = figures.screener;
  if (f.held == 0 && f.judged == 0) return render::TemplateData(false);
  render::TemplateData d;
  d.set("held", desk_text::Count(f.held, "comment", "comments"));
  d.set("held_judged", std::to_string(f.held_judged));
  d.set("held_needless", std::to_string(f.held_needless));
  d.set("missed", desk_text::Count(f.missed, "comment", "comments"));
  d.set("judged", std::to_string(f.judged));
  render::TemplateList rows;
  const char* found[] = {"Nothing worrying", "Possible distress", "A possible crisis"};
  for (int row = 0; row < 3; ++row) {
    render::TemplateData r;
    r.set("found", std::string(found[row]));
    render::TemplateList cells;
    for (std::int64_t n : f.grid[row]) cells.push_back(render::TemplateData(std::to_string(n)));
    r.set("cells", cells);
    rows.push_back(r);
  }
  d.set("rows", rows);
  render::TemplateList sensitivities;
  for (const service::JudgedFigures& s : figures.sensitivities) {
    render::TemplateData r;
    r.set("name", s.sensitivity);
    r.set("in_use", s.sensitivity == figures.sensitivity_in_use);
    const auto of = [](std::int64_t part, std::int64_t whole) {
      return std::to_string(part) + " of " + std::to_string(whole);
    };
    r.set("crisis_found", of(s.crisis_found, s.crisis));
    r.set("at_risk_held", of(s.at_risk_flagged, s.at_risk));
    r.set("needless", of(s.needless, s.not_at_risk));
    sensitivities.push_back(r);
  }
  d.set("has_sensitivities", !sensitivities.empty());
  d.set("sensitivities", sensitivities);
  return d;
}

}  // namespace

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
  d.set("screener", ScreenerData(*figures));
  // Crisis lines change; an admin is reminded of the ones nobody has checked lately.
  render::TemplateList unchecked;
  if (staff.user.role == Role::kAdmin && services_.helplines) {
    const std::string today = FormatRfc3339(services_.clock->Now()).substr(0, 10);
    for (const care::Helpline& h : services_.helplines->Unverified(today)) {
      render::TemplateData line;
      line.set("name", h.name);
      line.set("country", care::CountryName(h.country));
      line.set("web", h.web);
      line.set("last_verified", h.last_verified.empty() ? render::TemplateData(false) : render::TemplateData(h.last_verified));
      unchecked.push_back(line);
    }
  }
  d.set("has_unchecked_lines", !unchecked.empty());
  d.set("unchecked_lines", unchecked);
  return Render(req, &staff, "desk/dashboard", d, "Dashboard");
}

}  // namespace rapport::http
