#include "http/router.h"

namespace rapport::http {
namespace {

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> out;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    const std::size_t slash = path.find('/');
    out.emplace_back(path.substr(0, slash));
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  return out;
}

bool IsPlaceholder(const std::string& s) { return s.size() > 2 && s.front() == '{' && s.back() == '}'; }

}  // namespace

void Router::Add(beast_http::verb method, std::string_view pattern, Handler handler) {
  routes_.push_back({method, Split(pattern), std::move(handler)});
}

Router::Found Router::Find(beast_http::verb method, std::string_view path) const {
  Found found;
  // "/posts/x/" is not "/posts/x": the app redirects it to the one address.
  if (path.size() > 1 && path.back() == '/') return found;
  const std::vector<std::string> segments = Split(path);
  for (const Route& route : routes_) {
    if (route.segments.size() != segments.size()) continue;
    PathParams params;
    bool ok = true;
    for (std::size_t i = 0; i < segments.size() && ok; ++i) {
      if (IsPlaceholder(route.segments[i])) {
        params[route.segments[i].substr(1, route.segments[i].size() - 2)] = segments[i];
      } else {
        ok = route.segments[i] == segments[i];
      }
    }
    if (!ok) continue;
    // HEAD is answered by GET handlers.
    const bool method_ok = route.method == method || (method == beast_http::verb::head && route.method == beast_http::verb::get);
    if (method_ok) {
      found.match = Match::kFound;
      found.handler = &route.handler;
      found.params = std::move(params);
      return found;
    }
    found.match = Match::kWrongMethod;
    const std::string name(beast_http::to_string(route.method));
    if (found.allow.find(name) == std::string::npos) found.allow += (found.allow.empty() ? "" : ", ") + name;
  }
  return found;
}

}  // namespace rapport::http
