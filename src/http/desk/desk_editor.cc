// Desk: posts, the editor and its preview, series and categories.
#include <algorithm>
#include <charconv>

#include "core/time_format.h"
#include "http/desk/desk.h"
#include "http/form.h"
#include "http/status_mapping.h"
#include "http/views/view_context.h"
#include "render/markdown.h"

namespace rapport::http {
namespace {

int ParseInt(std::string_view text, int fallback) {
  int v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  return ec == std::errc() && end == text.data() + text.size() ? v : fallback;
}

// "2026-12-01T09:30" for a datetime-local input.
std::string LocalInput(UnixSeconds t) { return FormatRfc3339(t).substr(0, 16); }

service::PostDraft DraftFromForm(const Form& form) {
  service::PostDraft d;
  d.title = form.GetOr("title");
  d.slug = form.GetOr("slug");
  d.body_markdown = form.GetOr("body");
  d.excerpt = form.GetOr("excerpt");
  d.status = form.GetOr("status", "draft");
  d.publish_at = form.GetOr("publish_at");
  d.utc_offset_minutes = ParseInt(form.GetOr("utc_offset"), 0);
  if (d.utc_offset_minutes < -14 * 60 || d.utc_offset_minutes > 14 * 60) d.utc_offset_minutes = 0;
  d.series_id = ParseId(form.GetOr("series_id"));
  d.series_position = std::max(0, ParseInt(form.GetOr("series_position"), 0));
  d.tags = form.GetOr("tags");
  for (const auto& [key, value] : form.fields()) {
    if (key == "categories") {
      if (auto id = ParseId(value)) d.category_ids.push_back(*id);
    }
  }
  return d;
}

// A series part's state for the desk: "published", "draft", or "scheduled for 3 December 2026".
std::string PartState(const Post& post, UnixSeconds now) {
  if (IsVisibleAt(post, now)) return "published";
  if (post.status == PostStatus::kScheduled) return "scheduled for " + FormatLongDate(post.published_at);
  return std::string(PostStatusName(post.status));
}

}  // namespace

Response Desk::PostsPage(const Request& req, const Staff& staff) const {
  auto posts = services_.editor->Posts(staff.user);
  if (!posts) return Failure(req, &staff, posts.error());
  render::TemplateData d;
  render::TemplateList list;
  const UnixSeconds now = services_.clock->Now();
  for (const Post& p : *posts) {
    render::TemplateData item;
    item.set("id", std::to_string(p.id));
    item.set("title", p.title);
    item.set("edit_url", "/desk/posts/" + std::to_string(p.id));
    item.set("view_url", views::PostUrl(p.slug));
    item.set("visible", IsVisibleAt(p, now));
    item.set("status", std::string(PostStatusName(p.status)));
    item.set("is_scheduled", p.status == PostStatus::kScheduled && p.published_at > now);
    item.set("is_draft", p.status == PostStatus::kDraft);
    item.set("date", FormatLongDate(p.status == PostStatus::kDraft ? p.updated_at : p.published_at));
    list.push_back(item);
  }
  d.set("posts", list);
  d.set("has_posts", !list.empty());
  return Render(req, &staff, "desk/posts", d, "Posts");
}

Response Desk::EditorPage(const Request& req, const Staff& staff, std::optional<std::int64_t> id,
                          const service::PostDraft* draft, const Error* problem) const {
  auto data = services_.editor->Load(staff.user, id);
  if (!data) return Failure(req, &staff, data.error());
  render::TemplateData d;
  service::PostDraft shown;
  std::vector<std::int64_t> chosen_categories;
  std::string tags;
  if (draft) {
    shown = *draft;
  } else if (data->post) {
    const Post& p = *data->post;
    shown.title = p.title;
    shown.slug = p.slug;
    shown.body_markdown = p.body_markdown;
    shown.excerpt = p.excerpt;
    shown.status = std::string(PostStatusName(p.status));
    shown.publish_at = LocalInput(p.published_at);
    shown.series_id = p.series_id;
    shown.series_position = p.series_position;
    for (const Term& t : data->post_terms) {
      if (t.kind == TermKind::kCategory) {
        shown.category_ids.push_back(t.id);
      } else {
        shown.tags += (shown.tags.empty() ? "" : ", ") + t.name;
      }
    }
  }
  d.set("is_new", !id.has_value());
  d.set("action", id ? "/desk/posts/" + std::to_string(*id) : std::string("/desk/posts"));
  d.set("draft_key", id ? "post-" + std::to_string(*id) : std::string("post-new"));
  d.set("title", shown.title);
  d.set("slug", shown.slug);
  d.set("body", shown.body_markdown);
  d.set("excerpt", shown.excerpt);
  d.set("tags", shown.tags);
  d.set("publish_at", shown.publish_at);
  d.set("series_position", shown.series_position > 0 ? std::to_string(shown.series_position) : std::string());
  for (const char* s : {"draft", "published", "scheduled"}) d.set(std::string("status_") + s, shown.status == s);
  if (data->post) {
    d.set("view_url", views::PostUrl(data->post->slug));
    d.set("is_visible", IsVisibleAt(*data->post, services_.clock->Now()));
  }
  render::TemplateList series;
  for (const Series& s : data->series) {
    render::TemplateData item;
    item.set("id", std::to_string(s.id));
    item.set("title", s.title);
    item.set("selected", shown.series_id == s.id);
    series.push_back(item);
  }
  d.set("series", series);
  render::TemplateList categories;
  for (const Term& t : data->categories) {
    render::TemplateData item;
    item.set("id", std::to_string(t.id));
    item.set("name", t.name);
    item.set("checked",
             std::find(shown.category_ids.begin(), shown.category_ids.end(), t.id) != shown.category_ids.end());
    categories.push_back(item);
  }
  d.set("categories", categories);
  d.set("has_categories", !categories.empty());
  d.set("preview_html", render::RenderMarkdown(shown.body_markdown, render::PostMarkdown()));
  render::TemplateList errors;
  const auto add_error = [&errors](const Error& e) {
    render::TemplateData item;
    item.set("message", e.message);
    item.set("field", e.field.empty() ? std::string("title") : e.field);
    errors.push_back(item);
  };
  if (problem) {
    add_error(*problem);
    for (const Error& more : problem->details) add_error(more);
  }
  d.set("errors", errors);
  d.set("has_errors", !errors.empty());
  return Render(req, &staff, "desk/editor", d, id ? "Edit: " + shown.title : "A new post",
                problem ? StatusFor(*problem) : beast_http::status::ok);
}

Response Desk::SavePost(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const {
  if (req.ContentType() != "application/x-www-form-urlencoded") {
    return Failure(req, &staff, Error::InvalidArgument("Please use the editor's form."));
  }
  auto form = ParseForm(req.body(), {512, options_.max_form_value_bytes});
  if (!form) return Failure(req, &staff, form.error());
  service::PostDraft draft = DraftFromForm(*form);
  draft.id = id;
  auto saved = services_.editor->Save(staff.user, draft);
  if (!saved) {
    const ErrorCode code = saved.error().code;
    if (code == ErrorCode::kInvalidArgument || code == ErrorCode::kConflict || code == ErrorCode::kTooLarge) {
      return EditorPage(req, staff, id, &draft, &saved.error());  // everything typed comes back
    }
    return Failure(req, &staff, saved.error());
  }
  return Response::SeeOther("/desk/posts/" + std::to_string(saved->id) + "?done=saved");
}

Response Desk::Preview(const Request& req, const Staff& staff) const {
  (void)staff;
  std::string markdown;
  if (req.ContentType() == "application/x-www-form-urlencoded") {
    auto form = ParseForm(req.body(), {16, options_.max_form_value_bytes});
    if (!form) return Failure(req, &staff, form.error());
    markdown = form->GetOr("body");
  } else {
    return Failure(req, &staff, Error::InvalidArgument("Send the text as a form."));
  }
  Response r = Response::Html(render::RenderMarkdown(markdown, render::PostMarkdown()));
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

Response Desk::StructurePage(const Request& req, const Staff& staff, const Error* problem,
                             const Typed& typed) const {
  auto data = services_.editor->Load(staff.user, std::nullopt);
  if (!data) return Failure(req, &staff, data.error());
  auto posts = services_.editor->Posts(staff.user);
  if (!posts) return Failure(req, &staff, posts.error());
  auto announced = services_.editor->AnnouncedSeries(staff.user);
  if (!announced) return Failure(req, &staff, announced.error());
  const UnixSeconds now = services_.clock->Now();
  render::TemplateData d;
  render::TemplateList series;
  for (const Series& s : data->series) {
    render::TemplateData item;
    item.set("id", std::to_string(s.id));
    item.set("title", s.title);
    const std::string form = "series-" + std::to_string(s.id);
    item.set("typed_title", typed.Or(form, "title", s.title));
    item.set("slug", typed.Or(form, "slug", s.slug));
    item.set("description", typed.Or(form, "description", s.description_markdown));
    item.set("open", typed.Is(form));
    item.set("url", views::SeriesUrl(s.slug));
    render::TemplateList parts;
    std::vector<const Post*> in_series;
    for (const Post& p : *posts) {
      if (p.series_id == s.id) in_series.push_back(&p);
    }
    std::sort(in_series.begin(), in_series.end(),
              [](const Post* a, const Post* b) { return a->series_position < b->series_position; });
    for (const Post* p : in_series) {
      render::TemplateData part;
      part.set("id", std::to_string(p->id));
      part.set("title", p->title);
      part.set("position", std::to_string(p->series_position));
      part.set("state", PartState(*p, now));
      parts.push_back(part);
    }
    item.set("parts", parts);
    item.set("has_parts", !parts.empty());
    item.set("announced", std::find(announced->begin(), announced->end(), s.id) != announced->end());
    series.push_back(item);
  }
  d.set("series", series);
  d.set("new_series_title", typed.Or("series-new", "title", ""));
  d.set("new_series_description", typed.Or("series-new", "description", ""));
  d.set("new_category_name", typed.Or("category-new", "name", ""));
  render::TemplateList categories;
  for (const Term& t : data->categories) {
    render::TemplateData item;
    item.set("id", std::to_string(t.id));
    item.set("name", t.name);
    const std::string form = "category-" + std::to_string(t.id);
    item.set("typed_name", typed.Or(form, "name", t.name));
    item.set("slug", typed.Or(form, "slug", t.slug));
    item.set("description", typed.Or(form, "description", t.description));
    item.set("url", views::TermUrl(t));
    categories.push_back(item);
  }
  d.set("categories", categories);
  d.set("problem", problem ? render::TemplateData(problem->message) : render::TemplateData(false));
  return Render(req, &staff, "desk/structure", d, "Series and categories",
                problem ? StatusFor(*problem) : beast_http::status::ok);
}

Response Desk::SaveSeries(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const {
  auto form = ParseForm(req.body(), {64, options_.max_form_value_bytes});
  if (!form) return Failure(req, &staff, form.error());
  Result<void> done = Ok();
  if (id) {
    done = services_.editor->UpdateSeries(staff.user, {*id, form->GetOr("slug"), form->GetOr("title"), form->GetOr("description")});
  } else {
    auto created = services_.editor->CreateSeries(staff.user, form->GetOr("title"), form->GetOr("slug"), form->GetOr("description"));
    if (!created) done = created.error();
  }
  if (!done) {
    if (done.error().code == ErrorCode::kForbidden) return Failure(req, &staff, done.error());
    return StructurePage(req, staff, &done.error(), {"series-" + (id ? std::to_string(*id) : "new"), &*form});
  }
  return Response::SeeOther(std::string("/desk/series?done=") + (id ? "saved" : "created"));
}

Response Desk::OrderSeries(const Request& req, const Staff& staff, std::int64_t id) const {
  auto form = ParseForm(req.body(), {256, 4096});
  if (!form) return Failure(req, &staff, form.error());
  // Each part has a position field "position_<post id>"; the new order sorts by it.
  std::vector<std::pair<int, std::int64_t>> order;
  for (const auto& [key, value] : form->fields()) {
    if (key.rfind("position_", 0) != 0) continue;
    if (auto post_id = ParseId(std::string_view(key).substr(9))) order.emplace_back(ParseInt(value, 1000), *post_id);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::int64_t> ids;
  for (const auto& [position, post_id] : order) ids.push_back(post_id);
  if (auto done = services_.editor->ReorderSeries(staff.user, id, ids); !done) {
    if (done.error().code == ErrorCode::kForbidden) return Failure(req, &staff, done.error());
    return StructurePage(req, staff, &done.error());
  }
  return Response::SeeOther("/desk/series?done=ordered");
}

Response Desk::SaveTerm(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const {
  auto form = ParseForm(req.body(), {64, 64 * 1024});
  if (!form) return Failure(req, &staff, form.error());
  Result<void> done = Ok();
  if (id) {
    done = services_.editor->UpdateTerm(staff.user, {*id, TermKind::kCategory, form->GetOr("slug"), form->GetOr("name"),
                                                     form->GetOr("description")});
  } else {
    auto created = services_.editor->CreateTerm(staff.user, TermKind::kCategory, form->GetOr("name"),
                                                form->GetOr("slug"), form->GetOr("description"));
    if (!created) done = created.error();
  }
  if (!done) {
    if (done.error().code == ErrorCode::kForbidden) return Failure(req, &staff, done.error());
    return StructurePage(req, staff, &done.error(), {"category-" + (id ? std::to_string(*id) : "new"), &*form});
  }
  return Response::SeeOther(std::string("/desk/series?done=") + (id ? "saved" : "created"));
}

}  // namespace rapport::http
