// HttpClient: a small synchronous HTTP/1.1 client for tests (Boost.Beast),
// with a cookie jar, so a test can be one browser; and RawExchange for
// requests no well-behaved client would send.
//
// Thread safety: one thread per client.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace rapport::testing {

struct HttpResponse {
  int status = 0;
  std::string body;  // decompressed when the server sent gzip
  std::multimap<std::string, std::string> headers;  // lower-case names
  bool was_gzip = false;

  std::string Header(const std::string& name) const;  // first value or ""
};

class HttpClient {
 public:
  explicit HttpClient(std::uint16_t port) : port_(port) {}

  HttpResponse Get(const std::string& target, const std::map<std::string, std::string>& headers = {});
  HttpResponse Head(const std::string& target);
  HttpResponse Post(const std::string& target, const std::string& content_type, const std::string& body,
                    const std::map<std::string, std::string>& headers = {});
  HttpResponse PostForm(const std::string& target, const std::map<std::string, std::string>& fields);

  // Sends bytes as they are on a new connection and returns what came back
  // (until the server closes or `timeout_ms` passes).
  std::string RawExchange(const std::string& bytes, int timeout_ms = 5000);

  std::map<std::string, std::string>& cookies() { return cookies_; }

 private:
  HttpResponse Send(const std::string& method, const std::string& target, const std::string& body,
                    std::map<std::string, std::string> headers);

  std::uint16_t port_;
  std::map<std::string, std::string> cookies_;
};

// Percent-encodes a form value.
std::string FormEncode(const std::string& value);
// The value of <input name="NAME" value="..."> in an HTML page ("" if absent).
std::string InputValue(const std::string& html, const std::string& name);
// HTML text with the entities our templates write decoded (&amp; &lt; &gt;
// &quot; &apos; &#39;), to search for a sentence as a reader sees it.
std::string DecodeHtml(const std::string& html);
// Decompresses a gzip stream (throws on corrupt data).
std::string Gunzip(const std::string& data);

}  // namespace rapport::testing
