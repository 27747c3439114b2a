#include "http/desk/desk.h"

#include <charconv>

#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include "http/form.h"

namespace rapport::http {
namespace {

using beast_http::verb;

std::optional<std::int64_t> Id(const PathParams& p) { return ParseId(p.at("id")); }

}  // namespace

Desk::Desk(DeskServices services, std::shared_ptr<const render::Theme> theme,
           std::shared_ptr<const safety::Signer> signer, DeskOptions options)
    : services_(services), theme_(std::move(theme)), signer_(std::move(signer)), options_(options) {}

std::string Desk::CsrfFor(const std::string& session_token) const { return signer_->Mac("desk-csrf", session_token); }

std::optional<Staff> Desk::CurrentStaff(const Request& req) const {
  const auto token = req.Cookie(kSessionCookie);
  if (!token) return std::nullopt;
  auto signed_in = services_.auth->Authenticate(*token);
  if (!signed_in) return std::nullopt;
  return Staff{std::move(signed_in->user), *token, CsrfFor(*token)};
}

Handler Desk::Page(StaffHandler handler) const {
  return [this, handler](const Request& req, const PathParams& params) {
    const auto staff = CurrentStaff(req);
    if (!staff) {
      std::string next(req.target());
      return Response::SeeOther("/desk/login?next=" + boost::urls::encode(next, boost::urls::unreserved_chars));
    }
    return handler(req, params, *staff);
  };
}

Handler Desk::Change(StaffHandler handler) const {
  return [this, handler](const Request& req, const PathParams& params) {
    const auto staff = CurrentStaff(req);
    if (!staff) {
      return Failure(req, nullptr, Error::Unauthorized("Your session has ended, so nothing was changed. Please sign in "
                                                       "again: you will come back to the page you were on."));
    }
    // The token comes in a form field or, from scripts, a header.
    std::string token(req.Header("X-CSRF-Token"));
    if (token.empty() && req.ContentType() == "application/x-www-form-urlencoded") {
      if (auto form = ParseForm(req.body(), {256, options_.max_form_value_bytes})) token = form->GetOr("csrf");
    }
    if (!signer_->Verify("desk-csrf", staff->token, token)) {
      return Failure(req, &*staff,
                     Error::Forbidden("This form had expired or did not come from the desk, so nothing was changed. "
                                      "Please go back, reload the page and try again."));
    }
    return handler(req, params, *staff);
  };
}

void Desk::AddRoutes(Router& r) {
  using IdHandler = std::function<Response(const Request&, const Staff&, std::int64_t)>;
  // A handler of /desk/.../{id}: a malformed id is a page that does not exist.
  const auto by_id = [this](IdHandler handler) -> StaffHandler {
    return [this, handler](const Request& req, const PathParams& p, const Staff& staff) {
      const auto id = Id(p);
      if (!id) return Failure(req, &staff, Error::NotFound("There is nothing at this address."));
      return handler(req, staff, *id);
    };
  };
  const auto plain = [](std::function<Response(const Request&, const Staff&)> handler) -> StaffHandler {
    return [handler](const Request& req, const PathParams&, const Staff& staff) { return handler(req, staff); };
  };

  r.Add(verb::get, "/desk/login", [this](const Request& req, const PathParams&) {
    if (CurrentStaff(req)) return Response::SeeOther("/desk");
    return LoginPage(req);
  });
  r.Add(verb::post, "/desk/login", [this](const Request& req, const PathParams&) { return Login(req); });
  r.Add(verb::post, "/desk/logout", Change(plain([this](auto& q, auto& s) { return Logout(q, s); })));

  r.Add(verb::get, "/desk", Page(plain([this](auto& q, auto& s) { return DashboardPage(q, s); })));
  r.Add(verb::get, "/desk/queue", Page(plain([this](auto& q, auto& s) { return QueuePage(q, s); })));
  r.Add(verb::post, "/desk/comments/bulk", Change(plain([this](auto& q, auto& s) { return ModerateMany(q, s); })));
  r.Add(verb::get, "/desk/comments/{id}", Page(by_id([this](auto& q, auto& s, std::int64_t id) { return CommentPage(q, s, id); })));
  r.Add(verb::post, "/desk/comments/{id}/moderate",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return Moderate(q, s, id); })));
  r.Add(verb::post, "/desk/comments/{id}/edit",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return EditComment(q, s, id); })));
  r.Add(verb::post, "/desk/comments/{id}/reply",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return ReplyToComment(q, s, id); })));
  r.Add(verb::post, "/desk/comments/{id}/message",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return MessageWriter(q, s, id); })));
  r.Add(verb::post, "/desk/comments/{id}/risk",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return JudgeRisk(q, s, id); })));
  r.Add(verb::get, "/desk/inbox", Page(plain([this](auto& q, auto& s) { return InboxPage(q, s); })));
  r.Add(verb::post, "/desk/inbox/{id}/dismiss",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return DismissQuestion(q, s, id); })));

  r.Add(verb::get, "/desk/posts", Page(plain([this](auto& q, auto& s) { return PostsPage(q, s); })));
  r.Add(verb::get, "/desk/posts/new", Page(plain([this](auto& q, auto& s) { return EditorPage(q, s, std::nullopt); })));
  r.Add(verb::post, "/desk/posts", Change(plain([this](auto& q, auto& s) { return SavePost(q, s, std::nullopt); })));
  r.Add(verb::get, "/desk/posts/{id}", Page(by_id([this](auto& q, auto& s, std::int64_t id) { return EditorPage(q, s, id); })));
  r.Add(verb::post, "/desk/posts/{id}", Change(by_id([this](auto& q, auto& s, std::int64_t id) { return SavePost(q, s, id); })));
  r.Add(verb::post, "/desk/preview", Change(plain([this](auto& q, auto& s) { return Preview(q, s); })));

  r.Add(verb::get, "/desk/series", Page(plain([this](auto& q, auto& s) { return StructurePage(q, s); })));
  r.Add(verb::post, "/desk/series", Change(plain([this](auto& q, auto& s) { return SaveSeries(q, s, std::nullopt); })));
  r.Add(verb::post, "/desk/series/{id}", Change(by_id([this](auto& q, auto& s, std::int64_t id) { return SaveSeries(q, s, id); })));
  r.Add(verb::post, "/desk/series/{id}/order",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return OrderSeries(q, s, id); })));
  r.Add(verb::post, "/desk/categories", Change(plain([this](auto& q, auto& s) { return SaveTerm(q, s, std::nullopt); })));
  r.Add(verb::post, "/desk/categories/{id}",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return SaveTerm(q, s, id); })));

  r.Add(verb::get, "/desk/settings", Page(plain([this](auto& q, auto& s) { return SettingsPage(q, s); })));
  r.Add(verb::post, "/desk/settings", Change(plain([this](auto& q, auto& s) { return SaveSettings(q, s); })));
  r.Add(verb::get, "/desk/templates", Page(plain([this](auto& q, auto& s) { return TemplatesPage(q, s); })));
  r.Add(verb::post, "/desk/templates", Change(plain([this](auto& q, auto& s) { return SaveTemplate(q, s, std::nullopt); })));
  r.Add(verb::post, "/desk/templates/{id}",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return SaveTemplate(q, s, id); })));
  r.Add(verb::post, "/desk/templates/{id}/delete",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return DeleteTemplate(q, s, id); })));
  r.Add(verb::get, "/desk/outbox", Page(plain([this](auto& q, auto& s) { return OutboxPage(q, s); })));
  r.Add(verb::post, "/desk/outbox/{id}/retry",
        Change(by_id([this](auto& q, auto& s, std::int64_t id) { return RetryMail(q, s, id); })));
  r.Add(verb::get, "/desk/users", Page(plain([this](auto& q, auto& s) { return UsersPage(q, s); })));
  r.Add(verb::post, "/desk/users", Change(plain([this](auto& q, auto& s) { return SaveUser(q, s, std::nullopt); })));
  r.Add(verb::post, "/desk/users/{id}", Change(by_id([this](auto& q, auto& s, std::int64_t id) { return SaveUser(q, s, id); })));
}

}  // namespace rapport::http
