#include "http/request.h"

#include <boost/url/parse.hpp>

#include <algorithm>
#include <charconv>

#include "core/utf8.h"

namespace rapport::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void ParseCookies(std::string_view header, std::map<std::string, std::string, std::less<>>& out) {
  while (!header.empty()) {
    const std::size_t semi = header.find(';');
    const std::string_view pair = Trim(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view value = Trim(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    out.emplace(std::string(Trim(pair.substr(0, eq))), std::string(value));  // first one wins
  }
}

}  // namespace

Result<Request> Request::From(BeastRequest raw, std::string remote_address) {
  Request req;
  req.remote_address_ = std::move(remote_address);
  auto url = boost::urls::parse_origin_form(raw.target());
  if (!url) return Error::InvalidArgument("The address of this request is not valid.");
  req.path_ = url->path();  // decoded
  if (req.path_.empty()) req.path_ = "/";
  if (!utf8::IsValid(req.path_) || req.path_.find('\0') != std::string::npos) {
    return Error::InvalidArgument("The address of this request is not valid UTF-8.");
  }
  for (const auto& param : url->params()) {
    if (!utf8::IsValid(param.key) || !utf8::IsValid(param.value)) {
      return Error::InvalidArgument("A query parameter of this request is not valid UTF-8.");
    }
    req.query_.emplace_back(param.key, param.value);
  }
  for (const auto& field : raw) {
    if (field.name() == beast_http::field::cookie) ParseCookies(field.value(), req.cookies_);
  }
  req.raw_ = std::move(raw);
  return req;
}

std::optional<std::int64_t> ParseId(std::string_view text) {
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

std::optional<std::string> Request::Query(std::string_view name) const {
  for (const auto& [key, value] : query_) {
    if (key == name) return value;
  }
  return std::nullopt;
}

std::optional<int> Request::PageParam() const {
  const auto text = Query("page");
  if (!text) return 1;
  int page = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), page);
  if (ec != std::errc() || end != text->data() + text->size() || page < 1 || page > 1000000) return std::nullopt;
  return page;
}

std::optional<std::string> Request::Cookie(std::string_view name) const {
  const auto it = cookies_.find(name);
  if (it == cookies_.end()) return std::nullopt;
  return it->second;
}

std::string_view Request::Header(beast_http::field field) const {
  const auto it = raw_.find(field);
  if (it == raw_.end()) return {};
  return std::string_view(it->value().data(), it->value().size());
}

std::string_view Request::Header(std::string_view name) const {
  const auto it = raw_.find(name);
  if (it == raw_.end()) return {};
  return std::string_view(it->value().data(), it->value().size());
}

bool Request::AcceptsGzip() const {
  const std::string accept = Lower(Header(beast_http::field::accept_encoding));
  const std::size_t pos = accept.find("gzip");
  if (pos == std::string::npos) return false;
  // "gzip;q=0" refuses it.
  const std::string_view rest = std::string_view(accept).substr(pos + 4);
  const std::string_view params = rest.substr(0, rest.find(','));
  return params.find("q=0") == std::string_view::npos || params.find("q=0.") != std::string_view::npos;
}

std::string Request::ContentType() const {
  const std::string_view value = Header(beast_http::field::content_type);
  return Lower(Trim(value.substr(0, value.find(';'))));
}

}  // namespace rapport::http
