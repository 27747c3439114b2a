// Desk: the author's workspace at /desk — sign-in, the moderation queue, the
// "waiting for an answer" inbox, the editor, series and categories, settings,
// message templates, the outbox and (for admins) accounts.
//
// Every page requires a session (else: to the sign-in page); every request
// that changes something also requires the desk CSRF token, bound to the
// session (a form field, or the X-CSRF-Token header for scripts). Refusals
// change nothing. Pages are never cached. Handlers call services only.
//
// Thread safety: handlers may run on many threads at once.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "care/helplines.h"
#include "http/form.h"
#include "http/router.h"
#include "render/theme.h"
#include "safety/signer.h"
#include "service/admin_service.h"
#include "service/auth_service.h"
#include "service/editor_service.h"
#include "service/figures_service.h"
#include "service/moderation_service.h"
#include "service/settings_service.h"

namespace rapport::http {

struct DeskServices {
  service::AuthService* auth = nullptr;
  service::ModerationService* moderation = nullptr;
  service::EditorService* editor = nullptr;
  service::SettingsService* settings = nullptr;
  service::FiguresService* figures = nullptr;
  service::AdminService* admin = nullptr;
  const service::SiteOptions* site = nullptr;
  const Clock* clock = nullptr;
  const care::HelplineDirectory* helplines = nullptr;  // may be null: no reminder to check them
};

// What was typed into one form of a desk page that could not be saved, so
// that the page comes back with the problem and every field as it was typed
// (never a password). `form` names the form: "profile", "template-new",
// "template-7", "series-3", ...; empty when nothing was typed.
struct Typed {
  std::string form;
  const Form* fields = nullptr;

  bool Is(std::string_view name) const { return fields != nullptr && form == name; }
  // `field` as typed when `name` is the form that was sent and had it, else `stored`.
  std::string Or(std::string_view name, std::string_view field, std::string stored) const {
    return Is(name) ? fields->GetOr(field, std::move(stored)) : std::move(stored);
  }
};

struct DeskOptions {
  bool secure_cookies = false;
  std::size_t max_form_value_bytes = 2 * 1024 * 1024;
};

// The signed-in staff member behind a request.
struct Staff {
  User user;
  std::string token;       // the session cookie
  std::string csrf_token;  // what forms must send back
};

class Desk {
 public:
  Desk(DeskServices services, std::shared_ptr<const render::Theme> theme,
       std::shared_ptr<const safety::Signer> signer, DeskOptions options);

  void AddRoutes(Router& router);

  static constexpr std::string_view kSessionCookie = "rapport_session";

 private:
  using StaffHandler = std::function<Response(const Request&, const PathParams&, const Staff&)>;
  // A page for signed-in staff.
  Handler Page(StaffHandler handler) const;
  // A change: signed-in staff and a valid CSRF token.
  Handler Change(StaffHandler handler) const;
  std::optional<Staff> CurrentStaff(const Request& req) const;
  std::string CsrfFor(const std::string& session_token) const;

  // Rendering (desk_views.cc).
  Response Render(const Request& req, const Staff* staff, const std::string& name, render::TemplateData data,
                  const std::string& title, beast_http::status status = beast_http::status::ok) const;
  Response Failure(const Request& req, const Staff* staff, const Error& error) const;
  Response Back(const Request& req, const std::string& fallback, const std::string& notice = {}) const;

  // Sign-in (desk_auth.cc).
  Response LoginPage(const Request& req, const std::string& error = {}, const std::string& login = {},
                     beast_http::status status = beast_http::status::ok) const;
  Response Login(const Request& req) const;
  Response Logout(const Request& req, const Staff& staff) const;

  // Moderation and answering (desk_moderation.cc).
  Response QueuePage(const Request& req, const Staff& staff) const;
  // `typed`: the reply ("reply"), the message to the writer ("message") or the
  // edit ("edit") that could not be saved.
  Response CommentPage(const Request& req, const Staff& staff, std::int64_t id, const Error* problem = nullptr,
                       const Typed& typed = {}) const;
  Response Moderate(const Request& req, const Staff& staff, std::int64_t id) const;
  Response ModerateMany(const Request& req, const Staff& staff) const;
  Response EditComment(const Request& req, const Staff& staff, std::int64_t id) const;
  Response ReplyToComment(const Request& req, const Staff& staff, std::int64_t id) const;
  Response MessageWriter(const Request& req, const Staff& staff, std::int64_t id) const;
  Response JudgeRisk(const Request& req, const Staff& staff, std::int64_t id) const;
  Response InboxPage(const Request& req, const Staff& staff) const;
  Response DismissQuestion(const Request& req, const Staff& staff, std::int64_t id) const;

  // Writing (desk_editor.cc).
  Response PostsPage(const Request& req, const Staff& staff) const;
  Response EditorPage(const Request& req, const Staff& staff, std::optional<std::int64_t> id,
                      const service::PostDraft* draft = nullptr, const Error* problem = nullptr) const;
  Response SavePost(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const;
  Response Preview(const Request& req, const Staff& staff) const;
  Response StructurePage(const Request& req, const Staff& staff, const Error* problem = nullptr,
                         const Typed& typed = {}) const;
  Response SaveSeries(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const;
  Response OrderSeries(const Request& req, const Staff& staff, std::int64_t id) const;
  Response SaveTerm(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const;

  // Settings, templates, outbox, accounts (desk_admin.cc).
  Response SettingsPage(const Request& req, const Staff& staff, const Error* problem = nullptr,
                        const Typed& typed = {}) const;
  Response SaveSettings(const Request& req, const Staff& staff) const;
  Response TemplatesPage(const Request& req, const Staff& staff, const Error* problem = nullptr,
                         const Typed& typed = {}) const;
  Response SaveTemplate(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const;
  Response DeleteTemplate(const Request& req, const Staff& staff, std::int64_t id) const;
  Response OutboxPage(const Request& req, const Staff& staff) const;
  Response RetryMail(const Request& req, const Staff& staff, std::int64_t id) const;
  Response UsersPage(const Request& req, const Staff& staff, const Error* problem = nullptr,
                     const Typed& typed = {}) const;
  Response SaveUser(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const;

  // The dashboard (desk_dashboard.cc).
  Response DashboardPage(const Request& req, const Staff& staff) const;

  DeskServices services_;
  std::shared_ptr<const render::Theme> theme_;
  std::shared_ptr<const safety::Signer> signer_;
  DeskOptions options_;
};

}  // namespace rapport::http
