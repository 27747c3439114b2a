// Response: what a handler returns — status, headers, body — plus the
// helpers that build the usual kinds (HTML page, JSON, redirect, error).
// The server adds the security headers, compression and the Date header.
//
// Thread safety: plain value.
#pragma once

#include <boost/beast/http.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::http {

namespace beast_http = boost::beast::http;

struct Cookie {
  std::string name;
  std::string value;
  int max_age_seconds = -1;  // -1: ends with the browser session; 0: delete now
  bool http_only = true;
  bool secure = false;
  std::string same_site = "Lax";
  std::string path = "/";

  std::string ToHeader() const;
};

struct Response {
  beast_http::status status = beast_http::status::ok;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  // The body gzip-compressed, when the handler prepared it (cached pages make
  // only the form the client accepts). Finish() sends it when the client
  // accepts gzip.
  std::optional<std::string> gzip_body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  std::vector<Cookie> cookies;
  bool close = false;  // close the connection after this response

  void SetHeader(std::string name, std::string value);
  const std::string* FindHeader(std::string_view name) const;

  static Response Html(std::string body, beast_http::status status = beast_http::status::ok);
  static Response Json(std::string body, beast_http::status status = beast_http::status::ok);
  static Response Text(std::string body, beast_http::status status = beast_http::status::ok);
  // 303 See Other: the Post/Redirect/Get answer to a form.
  static Response SeeOther(std::string location);
  static Response MovedPermanently(std::string location);
  static Response NotModified(std::string etag);
};

}  // namespace rapport::http
