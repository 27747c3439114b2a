// Desk: signing in and out.
#include "http/desk/desk.h"
#include "http/form.h"
#include "http/reader_session.h"
#include "http/status_mapping.h"
#include "safety/reader_tokens.h"

namespace rapport::http {
namespace {

// Where to go after signing in: only a desk address.
std::string SafeNext(const std::string& next) {
  if (next.rfind("/desk", 0) == 0 && next.find("//") == std::string::npos && next.find('\\') == std::string::npos &&
      next.rfind("/desk/login", 0) != 0) {
    return next;
  }
  return "/desk";
}

}  // namespace

Response Desk::LoginPage(const Request& req, const std::string& error, const std::string& login,
                         beast_http::status status) const {
  // Signing in has no session yet: the form is bound to the browser's cookie instead.
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  render::TemplateData d;
  d.set("login_csrf", reader.CsrfToken(*signer_));
  d.set("next", SafeNext(req.Query("next").value_or("/desk")));
  d.set("login", login);
  d.set("error", error.empty() ? render::TemplateData(false) : render::TemplateData(error));
  Response r = Render(req, nullptr, "desk/login", d, "Sign in", status);
  reader.AttachCookies(r, options_.secure_cookies);
  return r;
}

Response Desk::Login(const Request& req) const {
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  if (req.ContentType() != "application/x-www-form-urlencoded") {
    return LoginPage(req, "Please sign in with the form below.", "", beast_http::status::unsupported_media_type);
  }
  auto form = ParseForm(req.body(), {16, 4096});
  if (!form) return LoginPage(req, form.error().message, "", StatusFor(form.error()));
  const std::string login = form->GetOr("login");
  if (!reader.CheckCsrf(*signer_, form->GetOr("csrf")).has_value()) {
    return LoginPage(req, "This sign-in form had expired. Please try again.", login, beast_http::status::forbidden);
  }
  const std::string address_key = safety::AddressHash(*signer_, req.remote_address(), services_.clock->Now());
  auto signed_in = services_.auth->SignIn(login, form->GetOr("password"), address_key);
  if (!signed_in) return LoginPage(req, signed_in.error().message, login, StatusFor(signed_in.error()));
  Response r = Response::SeeOther(SafeNext(form->GetOr("next")));
  Cookie cookie{std::string(kSessionCookie), signed_in->token};
  cookie.path = "/desk";
  cookie.secure = options_.secure_cookies;
  r.cookies.push_back(std::move(cookie));
  return r;
}

Response Desk::Logout(const Request&, const Staff& staff) const {
  (void)services_.auth->SignOut(staff.token);
  Response r = Response::SeeOther("/desk/login?done=signed_out");
  Cookie cookie{std::string(kSessionCookie), ""};
  cookie.path = "/desk";
  cookie.max_age_seconds = 0;
  cookie.secure = options_.secure_cookies;
  r.cookies.push_back(std::move(cookie));
  return r;
}

}  // namespace rapport::http
