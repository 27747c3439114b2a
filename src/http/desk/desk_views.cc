// Desk: rendering in the desk layout, errors, and redirects back.
#include <spdlog/spdlog.h>

#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include "core/log_line.h"
#include "core/permissions.h"
#include "http/desk/desk.h"
#include "http/desk/desk_text.h"
#include "http/form.h"
#include "http/status_mapping.h"

namespace rapport::http {

Response Desk::Render(const Request& req, const Staff* staff, const std::string& name, render::TemplateData data,
                      const std::string& title, beast_http::status status) const {
  auto site = services_.settings->Site();
  data.set("csrf", staff ? staff->csrf_token : std::string());
  auto content = theme_->Render(name, data);
  if (!content) return Response::Text("The desk's templates are missing: " + content.error().message,
                                      beast_http::status::internal_server_error);
  render::TemplateData layout;
  layout.set("content", *content);
  layout.set("title", title);
  layout.set("site_title", site ? site->title : std::string("Rapport"));
  layout.set("base_stylesheet_url", theme_->StaticUrl("style.css"));
  layout.set("stylesheet_url", theme_->StaticUrl("desk.css"));
  layout.set("script_url", theme_->StaticUrl("desk.js"));
  layout.set("signed_in", staff != nullptr);
  if (const auto done = req.Query("done"); done && !desk_text::Notice(*done).empty()) {
    layout.set("notice", std::string(desk_text::Notice(*done)));
  } else {
    layout.set("notice", false);
  }
  if (staff) {
    const User& u = staff->user;
    layout.set("csrf", staff->csrf_token);
    layout.set("user_name", u.display_name);
    layout.set("role", std::string(RoleName(u.role)));
    layout.set("can_write", Can(u, Permission::kWritePosts));
    layout.set("can_moderate", Can(u, Permission::kModerate));
    layout.set("can_answer", Can(u, Permission::kAnswerReaders));
    layout.set("can_structure", Can(u, Permission::kManageStructure));
    layout.set("can_templates", Can(u, Permission::kManageTemplates));
    layout.set("is_admin", Can(u, Permission::kManageUsers));
    layout.set("can_settings", Can(u, Permission::kEditNotice));
    if (auto counts = services_.moderation->Counts(u)) {
      layout.set("pending_count", std::to_string(counts->pending));
      layout.set("waiting_count", std::to_string(counts->waiting));
      layout.set("has_pending", counts->pending > 0);
      layout.set("has_waiting", counts->waiting > 0);
      layout.set("urgent", counts->urgent > 0);
      layout.set("urgent_count", std::to_string(counts->urgent));
    }
    const std::string& path = req.path();
    for (const auto& [key, prefix] : std::initializer_list<std::pair<const char*, const char*>>{
             {"at_dashboard", "/desk"}, {"at_queue", "/desk/queue"}, {"at_inbox", "/desk/inbox"},
             {"at_posts", "/desk/posts"}, {"at_series", "/desk/series"}, {"at_settings", "/desk/settings"},
             {"at_templates", "/desk/templates"}, {"at_outbox", "/desk/outbox"}, {"at_users", "/desk/users"}}) {
      const bool here = std::string_view(key) == "at_dashboard" ? path == prefix : path.rfind(prefix, 0) == 0;
      layout.set(key, here);
    }
  }
  auto page = theme_->Render("desk/layout", layout);
  if (!page) return Response::Text(page.error().message, beast_http::status::internal_server_error);
  Response r = Response::Html(std::move(*page), status);
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

namespace {

// Where to come back to after signing in again: the desk page a form was sent
// from (its return_to field, else the Referer's path); the dashboard otherwise.
std::string SignInAgainUrl(const Request& req, std::size_t max_form_value_bytes) {
  std::string from;
  if (req.ContentType() == "application/x-www-form-urlencoded") {
    if (auto form = ParseForm(req.body(), {256, max_form_value_bytes})) from = form->GetOr("return_to");
  }
  if (from.empty()) {
    if (auto referer = boost::urls::parse_uri(req.Header(beast_http::field::referer))) from = referer->path();
  }
  if (from.rfind("/desk", 0) != 0 || from.rfind("/desk/login", 0) == 0) return "/desk/login";
  return "/desk/login?next=" + boost::urls::encode(from, boost::urls::unreserved_chars);
}

}  // namespace

Response Desk::Failure(const Request& req, const Staff* staff, const Error& error) const {
  const beast_http::status status = StatusFor(error);
  if (error.code == ErrorCode::kInternal || error.code == ErrorCode::kUnavailable) {
    spdlog::error("{}", LogLine("desk_error").Add("path", req.path()).Add("error", error.message).Fields());
  }
  const bool internal = error.code == ErrorCode::kInternal || error.code == ErrorCode::kUnavailable;
  const std::string message = internal ? "Something went wrong on our side. Nothing you wrote is lost: go back and try again." : error.message;
  if (req.Header("X-CSRF-Token").size() > 0 || req.ContentType() == "application/json") {
    Response r = Response::Json(ErrorJson(Error::Make(error.code, message, error.field)), status);
    return r;
  }
  render::TemplateData d;
  d.set("message", message);
  d.set("title", ErrorTitle(error));
  d.set("sign_in", error.code == ErrorCode::kUnauthorized);
  if (error.code == ErrorCode::kUnauthorized) d.set("sign_in_url", SignInAgainUrl(req, options_.max_form_value_bytes));
  return Render(req, staff, "desk/error", d, ErrorTitle(error), status);
}

Response Desk::Back(const Request& req, const std::string& fallback, const std::string& notice) const {
  std::string to = fallback;
  if (req.ContentType() == "application/x-www-form-urlencoded") {
    if (auto form = ParseForm(req.body(), {256, options_.max_form_value_bytes})) {
      const std::string back = form->GetOr("return_to");
      // Only back into the desk: never an address from elsewhere.
      if (back.rfind("/desk", 0) == 0 && back.find("//") == std::string::npos && back.find('\\') == std::string::npos) {
        to = back;
      }
    }
  }
  if (!notice.empty()) {
    const std::size_t hash = to.find('#');
    std::string anchor = hash == std::string::npos ? "" : to.substr(hash);
    if (hash != std::string::npos) to.resize(hash);
    // Drop an earlier notice so they do not pile up.
    if (const std::size_t at = to.find("done="); at != std::string::npos) {
      std::size_t end = to.find('&', at);
      to.erase(at > 0 && (to[at - 1] == '&') ? at - 1 : at, end == std::string::npos ? std::string::npos : end - at + 1);
      while (!to.empty() && (to.back() == '?' || to.back() == '&')) to.pop_back();
    }
    to += (to.find('?') == std::string::npos ? "?" : "&") + std::string("done=") + notice + anchor;
  }
  if (!req.Header("X-CSRF-Token").empty()) return Response::Json("{\"ok\":true}");
  return Response::SeeOther(to);
}

}  // namespace rapport::http
