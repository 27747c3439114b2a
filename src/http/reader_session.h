// ReaderSession: what we know about the browser behind a request, without an
// account — its random id (a session cookie that forms' CSRF tokens are
// bound to) and the comments it wrote (a signed cookie). Both cookies are
// HttpOnly and SameSite=Lax, and say nothing about who the reader is.
//
// Thread safety: plain value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "http/request.h"
#include "http/response.h"
#include "safety/signer.h"

namespace rapport::http {

struct ReaderSession {
  std::string browser_id;
  bool is_new = false;  // the id was made for this response; it must be sent as a cookie
  std::vector<std::int64_t> own_comment_ids;
  UnixSeconds now = 0;  // when the request came

  static ReaderSession From(const Request& request, const safety::Signer& signer, UnixSeconds now);

  std::string CsrfToken(const safety::Signer& signer) const;
  // When the form was shown, if `token` is this browser's and still fresh.
  std::optional<UnixSeconds> CheckCsrf(const safety::Signer& signer, std::string_view token) const;

  // Sets the browser cookie when it is new.
  void AttachCookies(Response& response, bool secure_cookies) const;
  // Adds `comment_id` to the signed list of this browser's comments.
  void RememberComment(Response& response, const safety::Signer& signer, std::int64_t comment_id,
                       bool secure_cookies) const;
};

}  // namespace rapport::http
