#include "http/reader_session.h"

#include "safety/reader_tokens.h"

namespace rapport::http {
namespace {

constexpr int kOwnCommentsMaxAge = 60 * 60 * 24 * 90;  // a writer may wait weeks for moderation

}  // namespace

ReaderSession ReaderSession::From(const Request& request, const safety::Signer& signer, UnixSeconds now) {
  ReaderSession session;
  session.now = now;
  const auto browser = request.Cookie(safety::kBrowserCookie);
  if (browser && safety::IsBrowserId(*browser)) {
    session.browser_id = *browser;
  } else {
    session.browser_id = safety::NewBrowserId();
    session.is_new = true;
  }
  if (const auto own = request.Cookie(safety::kOwnCommentsCookie)) {
    session.own_comment_ids = safety::OpenOwnComments(signer, *own);
  }
  return session;
}

std::string ReaderSession::CsrfToken(const safety::Signer& signer) const {
  return safety::CsrfToken(signer, browser_id, now);
}

std::optional<UnixSeconds> ReaderSession::CheckCsrf(const safety::Signer& signer, std::string_view token) const {
  if (is_new) return std::nullopt;
  return safety::CheckCsrfToken(signer, browser_id, token, now);
}

void ReaderSession::AttachCookies(Response& response, bool secure_cookies) const {
  if (!is_new) return;
  Cookie cookie{std::string(safety::kBrowserCookie), browser_id};
  cookie.secure = secure_cookies;
  response.cookies.push_back(std::move(cookie));
}

void ReaderSession::RememberComment(Response& response, const safety::Signer& signer, std::int64_t comment_id,
                                    bool secure_cookies) const {
  Cookie cookie{std::string(safety::kOwnCommentsCookie),
                safety::SealOwnComments(signer, safety::WithOwnComment(own_comment_ids, comment_id))};
  cookie.max_age_seconds = kOwnCommentsMaxAge;
  cookie.secure = secure_cookies;
  response.cookies.push_back(std::move(cookie));
}

}  // namespace rapport::http
