// Request: one HTTP request as handlers see it — method, decoded path,
// query parameters, cookies, headers, body, the client's address — built
// from a Beast message, so handlers can be tested without a socket.
//
// Thread safety: plain value; not shared between threads.
#pragma once

#include <boost/beast/http.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rapport::http {

namespace beast_http = boost::beast::http;
using BeastRequest = beast_http::request<beast_http::string_body>;

class Request {
 public:
  // Fails (InvalidArgument) when the target is not a valid origin-form URL
  // or its path or query is not valid UTF-8 once decoded.
  static Result<Request> From(BeastRequest raw, std::string remote_address);

  beast_http::verb method() const { return raw_.method(); }
  const std::string& path() const { return path_; }              // percent-decoded, e.g. "/posts/café"
  std::string_view target() const { return raw_.target(); }      // as sent
  std::string_view body() const { return raw_.body(); }
  const std::string& remote_address() const { return remote_address_; }

  // The first value of query parameter `name`, if present.
  std::optional<std::string> Query(std::string_view name) const;
  // A positive page number from `?page=`; 1 when absent; nullopt when malformed.
  std::optional<int> PageParam() const;
  std::optional<std::string> Cookie(std::string_view name) const;
  std::string_view Header(beast_http::field field) const;
  std::string_view Header(std::string_view name) const;
  bool keep_alive() const { return raw_.keep_alive(); }
  unsigned version() const { return raw_.version(); }
  // True when the client accepts gzip responses.
  bool AcceptsGzip() const;
  // The media type of the body, lower-cased, without parameters.
  std::string ContentType() const;

  const BeastRequest& raw() const { return raw_; }

 private:
  BeastRequest raw_;
  std::string remote_address_;
  std::string path_;
  std::vector<std::pair<std::string, std::string>> query_;
  std::map<std::string, std::string, std::less<>> cookies_;
};

// A record id as it appears in a path or a form: a positive decimal number
// and nothing else ("12"; not "012x", "-3" or "").
std::optional<std::int64_t> ParseId(std::string_view text);

}  // namespace rapport::http
