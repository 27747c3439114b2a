#include "testing/http_client.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <zlib.h>

#include <cstring>
#include <stdexcept>

namespace rapport::testing {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string HttpResponse::Header(const std::string& name) const {
  const auto it = headers.find(Lower(name));
  return it == headers.end() ? "" : it->second;
}

std::string Gunzip(const std::string& data) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) throw std::runtime_error("inflateInit2");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buf[16384];
  int rc;
  do {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&zs);
      throw std::runtime_error("corrupt gzip data");
    }
    out.append(buf, sizeof buf - zs.avail_out);
  } while (rc != Z_STREAM_END);
  inflateEnd(&zs);
  return out;
}

std::string DecodeHtml(const std::string& html) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"}, {"&amp;", "&"}};
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    bool replaced = false;
    if (html[i] == '&') {
      for (const auto& [entity, text] : kEntities) {
        if (html.compare(i, std::strlen(entity), entity) == 0) {
          out += text;
          i += std::strlen(entity);
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

std::string FormEncode(const std::string& value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else if (c == ' ') {
      out += '+';
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string InputValue(const std::string& html, const std::string& name) {
  const std::string marker = "name=\"" + name + "\"";
  const std::size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  const std::size_t tag_start = html.rfind('<', at);
  const std::size_t tag_end = html.find('>', at);
  const std::string tag = html.substr(tag_start, tag_end - tag_start);
  const std::size_t v = tag.find("value=\"");
  if (v == std::string::npos) return "";
  return tag.substr(v + 7, tag.find('"', v + 7) - v - 7);
}

HttpResponse HttpClient::Send(const std::string& method, const std::string& target, const std::string& body,
                              std::map<std::string, std::string> headers) {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  http::request<http::string_body> req{http::string_to_verb(method), target, 11};
  req.set(http::field::host, "127.0.0.1");
  std::string cookie;
  for (const auto& [k, v] : cookies_) cookie += (cookie.empty() ? "" : "; ") + k + "=" + v;
  if (!cookie.empty()) req.set(http::field::cookie, cookie);
  for (const auto& [k, v] : headers) req.set(k, v);
  req.body() = body;
  req.prepare_payload();
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  parser.skip(method == "HEAD");
  http::read(stream, buffer, parser);
  auto res = parser.release();
  HttpResponse out;
  out.status = res.result_int();
  for (const auto& field : res) {
    out.headers.emplace(Lower(std::string(field.name_string())), std::string(field.value()));
  }
  out.body = res.body();
  if (out.Header("content-encoding") == "gzip") {
    out.was_gzip = true;
    out.body = Gunzip(out.body);
  }
  for (auto [it, end] = out.headers.equal_range("set-cookie"); it != end; ++it) {
    const std::string& sc = it->second;
    const std::size_t eq = sc.find('=');
    const std::size_t semi = sc.find(';');
    const std::string name = sc.substr(0, eq);
    const std::string value = sc.substr(eq + 1, semi - eq - 1);
    if (sc.find("Max-Age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  beast::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  return out;
}

HttpResponse HttpClient::Get(const std::string& target, const std::map<std::string, std::string>& headers) {
  return Send("GET", target, "", headers);
}

HttpResponse HttpClient::Head(const std::string& target) { return Send("HEAD", target, "", {}); }

HttpResponse HttpClient::Post(const std::string& target, const std::string& content_type, const std::string& body,
                              const std::map<std::string, std::string>& headers) {
  auto all = headers;
  all["Content-Type"] = content_type;
  return Send("POST", target, body, all);
}

HttpResponse HttpClient::PostForm(const std::string& target, const std::map<std::string, std::string>& fields) {
  std::string body;
  for (const auto& [k, v] : fields) body += (body.empty() ? "" : "&") + FormEncode(k) + "=" + FormEncode(v);
  return Post(target, "application/x-www-form-urlencoded", body);
}

std::string HttpClient::RawExchange(const std::string& bytes, int timeout_ms) {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  stream.expires_after(std::chrono::milliseconds(timeout_ms));
  beast::error_code ec;
  asio::write(stream.socket(), asio::buffer(bytes), ec);
  std::string out;
  char buf[8192];
  for (;;) {
    stream.expires_after(std::chrono::milliseconds(timeout_ms));
    const std::size_t n = stream.read_some(asio::buffer(buf), ec);
    out.append(buf, n);
    if (ec) break;
  }
  return out;
}

}  // namespace rapport::testing
