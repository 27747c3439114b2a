// Fuzz target: bytes as they arrive on a socket. They go through Beast's
// request parser with the server's header and body limits, then through
// Request::From (target, query, cookies) and the form parser, as every
// handler's input does. Checks that whatever is accepted is valid UTF-8 and
// within the limits the server promises its handlers.
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/utf8.h"
#include "http/form.h"
#include "http/request.h"

namespace {

namespace beast_http = boost::beast::http;

void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_http_request: %s\n", what);
  std::abort();
}

void CheckForm(std::string_view body) {
  const rapport::http::FormLimits limits{.max_fields = 8, .max_value_bytes = 512};
  auto form = rapport::http::ParseForm(body, limits);
  if (!form) return;
  Require(form->fields().size() <= limits.max_fields, "more form fields than the limit");
  for (const auto& [name, value] : form->fields()) {
    Require(rapport::utf8::IsValid(name) && rapport::utf8::IsValid(value), "form field is not UTF-8");
    Require(value.size() <= limits.max_value_bytes, "form value over the limit");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckForm(bytes);

  beast_http::request_parser<beast_http::string_body> parser;
  parser.header_limit(8 * 1024);
  parser.body_limit(64 * 1024);
  parser.eager(true);
  boost::beast::error_code ec;
  std::size_t used = 0;
  while (used < bytes.size() && !parser.is_done()) {
    const std::size_t n = parser.put(boost::asio::buffer(bytes.data() + used, bytes.size() - used), ec);
    if (ec == beast_http::error::need_more) break;
    if (ec) return 0;
    if (n == 0) break;
    used += n;
  }
  if (!parser.is_done()) return 0;

  auto request = rapport::http::Request::From(parser.release(), "192.0.2.1");
  if (!request) return 0;
  Require(rapport::utf8::IsValid(request->path()) && !request->path().empty(), "path is not UTF-8");
  for (const char* name : {"page", "q", "support", "country", "k"}) {
    if (auto value = request->Query(name)) Require(rapport::utf8::IsValid(*value), "query value is not UTF-8");
  }
  if (auto page = request->PageParam()) Require(*page >= 1, "page number below 1");
  (void)request->Cookie("rapport_browser");
  (void)request->AcceptsGzip();
  (void)request->ContentType();
  CheckForm(request->body());
  return 0;
}
