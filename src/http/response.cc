#include "http/response.h"

#include <boost/beast/core/string.hpp>

namespace rapport::http {

std::string Cookie::ToHeader() const {
  std::string out = name + "=" + value + "; Path=" + path;
  if (max_age_seconds >= 0) out += "; Max-Age=" + std::to_string(max_age_seconds);
  if (http_only) out += "; HttpOnly";
  if (secure) out += "; Secure";
  if (!same_site.empty()) out += "; SameSite=" + same_site;
  return out;
}

void Response::SetHeader(std::string name, std::string value) {
  for (auto& [n, v] : headers) {
    if (boost::beast::iequals(n, name)) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

const std::string* Response::FindHeader(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (boost::beast::iequals(n, name)) return &v;
  }
  return nullptr;
}

Response Response::Html(std::string body, beast_http::status status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response Response::Json(std::string body, beast_http::status status) {
  Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = std::move(body);
  return r;
}

Response Response::Text(std::string body, beast_http::status status) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::move(body);
  return r;
}

Response Response::SeeOther(std::string location) {
  Response r;
  r.status = beast_http::status::see_other;
  r.content_type = "text/plain; charset=utf-8";
  r.SetHeader("Location", std::move(location));
  return r;
}

Response Response::MovedPermanently(std::string location) {
  Response r = SeeOther(std::move(location));
  r.status = beast_http::status::moved_permanently;
  return r;
}

Response Response::NotModified(std::string etag) {
  Response r;
  r.status = beast_http::status::not_modified;
  r.content_type.clear();
  r.SetHeader("ETag", std::move(etag));
  return r;
}

}  // namespace rapport::http
