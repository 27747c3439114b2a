// The one place a protocol-neutral Error becomes an HTTP status, and the
// JSON error body the API answers with:
//   {"error": {"code": "invalid_argument", "message": "...", "field": "...",
//              "details": [{"field": "...", "message": "..."}]}}
//
// Thread safety: pure functions.
#pragma once

#include <boost/beast/http/status.hpp>

#include <string>

#include "core/error.h"

namespace rapport::http {

boost::beast::http::status StatusFor(const Error& error);
std::string ErrorJson(const Error& error);
// A calm title for an error page ("We couldn't find that page").
std::string ErrorTitle(const Error& error);

}  // namespace rapport::http
