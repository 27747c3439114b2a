// Router: maps a method and a path pattern ("/posts/{slug}/comments") to a
// handler. A pattern is literal segments and {name} placeholders, each
// matching exactly one non-empty segment; the first registered match wins.
// A path that matches with another method answers 405 with an Allow header.
//
// Thread safety: register routes before serving; Dispatch is then const and
// thread-safe.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.h"
#include "http/response.h"

namespace rapport::http {

using PathParams = std::map<std::string, std::string, std::less<>>;
using Handler = std::function<Response(const Request&, const PathParams&)>;

class Router {
 public:
  void Add(beast_http::verb method, std::string_view pattern, Handler handler);

  enum class Match { kFound, kNoPath, kWrongMethod };
  struct Found {
    Match match = Match::kNoPath;
    const Handler* handler = nullptr;
    PathParams params;
    std::string allow;  // for kWrongMethod: the methods that would match
  };
  Found Find(beast_http::verb method, std::string_view path) const;

 private:
  struct Route {
    beast_http::verb method;
    std::vector<std::string> segments;
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace rapport::http
