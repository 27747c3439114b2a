#include "http/app.h"

#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <spdlog/spdlog.h>

#include "core/hash.h"
#include "core/log_line.h"
#include "http/desk/desk.h"
#include "http/gzip.h"
#include "http/status_mapping.h"

namespace rapport::http {
namespace {

using beast_http::verb;

// No inline scripts or styles, nothing from other origins, no framing.
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

bool Compressible(std::string_view content_type) {
  return content_type.rfind("text/", 0) == 0 || content_type.rfind("application/json", 0) == 0 ||
         content_type.rfind("image/svg", 0) == 0 || content_type.rfind("application/xml", 0) == 0 ||
         content_type.rfind("application/atom", 0) == 0 || content_type.rfind("application/rss", 0) == 0;
}

bool EtagMatches(std::string_view if_none_match, std::string_view etag) {
  if (if_none_match.empty() || etag.empty()) return false;
  if (if_none_match == "*") return true;
  // A list of (possibly weak) validators; compare weakly, as RFC 9110 asks for If-None-Match.
  const auto strip = [](std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    if (v.rfind("W/", 0) == 0) v.remove_prefix(2);
    return v;
  };
  const std::string_view want = strip(etag);
  while (!if_none_match.empty()) {
    const std::size_t comma = if_none_match.find(',');
    if (strip(if_none_match.substr(0, comma)) == want) return true;
    if (comma == std::string_view::npos) break;
    if_none_match.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace

App::App(AppServices services, std::shared_ptr<const render::Theme> theme,
         std::shared_ptr<const safety::Signer> signer, PageCache& cache, AppOptions options, Desk* desk)
    : services_(services), theme_(std::move(theme)), signer_(std::move(signer)), cache_(cache), options_(options) {
  AddRoutes();
  if (desk) desk->AddRoutes(router_);
}

std::string App::PrivacyLink(const safety::Signer& signer, const std::string& email, service::PrivacyRequest request,
                             UnixSeconds until) {
  const std::string what(service::PrivacyRequestName(request));
  const std::string until_text = std::to_string(until);
  return "/privacy/confirm?email=" + boost::urls::encode(email, boost::urls::unreserved_chars) + "&action=" + what +
         "&until=" + until_text + "&k=" + signer.Mac("privacy", email + "|" + what + "|" + until_text);
}

std::string App::WriterLink(const safety::Signer& signer, std::int64_t comment_id) {
  const std::string id = std::to_string(comment_id);
  return "/my/comments/" + id + "?k=" + signer.Mac("writer-link", id);
}

void App::AddRoutes() {
  const auto param = [](const PathParams& p, const char* name) { return p.at(name); };
  router_.Add(verb::get, "/", [this](const Request& r, const PathParams&) { return Home(r); });
  router_.Add(verb::get, "/posts/{slug}",
              [this, param](const Request& r, const PathParams& p) { return ShowPost(r, param(p, "slug")); });
  router_.Add(verb::post, "/posts/{slug}/comments",
              [this, param](const Request& r, const PathParams& p) { return PostComment(r, param(p, "slug")); });
  router_.Add(verb::get, "/posts/{slug}/comments/{id}", [this, param](const Request& r, const PathParams& p) {
    return ShowBranch(r, param(p, "slug"), param(p, "id"));
  });
  router_.Add(verb::get, "/my/comments/{id}",
              [this, param](const Request& r, const PathParams& p) { return ShowOwnComment(r, param(p, "id")); });
  router_.Add(verb::get, "/posts/{slug}/comments/{id}/edit", [this, param](const Request& r, const PathParams& p) {
    return EditOwnComment(r, param(p, "slug"), param(p, "id"));
  });
  router_.Add(verb::post, "/posts/{slug}/comments/{id}/edit", [this, param](const Request& r, const PathParams& p) {
    return EditOwnComment(r, param(p, "slug"), param(p, "id"));
  });
  router_.Add(verb::post, "/posts/{slug}/comments/{id}/delete", [this, param](const Request& r, const PathParams& p) {
    return DeleteOwnComment(r, param(p, "slug"), param(p, "id"));
  });
  router_.Add(verb::get, "/privacy", [this](const Request& r, const PathParams&) { return PrivacyPage(r); });
  router_.Add(verb::post, "/privacy/request", [this](const Request& r, const PathParams&) { return PrivacyRequest(r); });
  router_.Add(verb::get, "/privacy/confirm", [this](const Request& r, const PathParams&) { return PrivacyConfirm(r); });
  router_.Add(verb::post, "/privacy/erase", [this](const Request& r, const PathParams&) { return PrivacyErase(r); });
  router_.Add(verb::get, "/series/{slug}",
              [this, param](const Request& r, const PathParams& p) { return ShowSeries(r, param(p, "slug")); });
  router_.Add(verb::get, "/contents", [this](const Request& r, const PathParams&) { return ShowContents(r); });
  router_.Add(verb::get, "/categories/{slug}", [this, param](const Request& r, const PathParams& p) {
    return ShowTerm(r, TermKind::kCategory, param(p, "slug"));
  });
  router_.Add(verb::get, "/tags/{slug}", [this, param](const Request& r, const PathParams& p) {
    return ShowTerm(r, TermKind::kTag, param(p, "slug"));
  });
  router_.Add(verb::get, "/static/{file}",
              [this, param](const Request& r, const PathParams& p) { return StaticFile(r, param(p, "file")); });
  router_.Add(verb::get, "/healthz", [this](const Request&, const PathParams&) {
    Response r = ready_ ? Response::Text("ok\n") : Response::Text("starting\n", beast_http::status::service_unavailable);
    r.SetHeader("Cache-Control", "no-store");
    return r;
  });
  router_.Add(verb::get, "/api/posts", [this](const Request& r, const PathParams&) { return ApiListPosts(r); });
  router_.Add(verb::get, "/api/posts/{slug}",
              [this, param](const Request& r, const PathParams& p) { return ApiGetPost(r, param(p, "slug")); });
  router_.Add(verb::get, "/api/posts/{slug}/comments",
              [this, param](const Request& r, const PathParams& p) { return ApiListComments(r, param(p, "slug")); });
  router_.Add(verb::post, "/api/posts/{slug}/comments",
              [this, param](const Request& r, const PathParams& p) { return ApiPostComment(r, param(p, "slug")); });
}

Response App::Handle(const Request& request) const {
  Response response;
  try {
    response = Dispatch(request);
  } catch (const std::exception& e) {
    spdlog::error("{}", LogLine("handler_failed").Add("path", request.path()).Add("error", e.what()).Fields());
    response = ErrorPage(request, Error::Internal("Something went wrong on our side. Please try again in a moment."));
  }
  return Finish(request, std::move(response));
}

Response App::Dispatch(const Request& request) const {
  Router::Found found = router_.Find(request.method(), request.path());
  switch (found.match) {
    case Router::Match::kFound:
      return (*found.handler)(request, found.params);
    case Router::Match::kWrongMethod: {
      Error e = Error::InvalidArgument("This address doesn't accept that kind of request.");
      Response r = ErrorPage(request, e);
      r.status = beast_http::status::method_not_allowed;
      r.SetHeader("Allow", found.allow);
      return r;
    }
    case Router::Match::kNoPath:
      break;
  }
  // "/posts/slug/" and similar: the same page without the trailing slash.
  if (request.path().size() > 1 && request.path().back() == '/' && request.method() == verb::get) {
    std::string target = request.path();
    while (target.size() > 1 && target.back() == '/') target.pop_back();
    if (router_.Find(verb::get, target).match == Router::Match::kFound) {
      const std::string_view raw = request.target();
      const std::size_t query = raw.find('?');
      std::string location(raw.substr(0, query));
      while (location.size() > 1 && location.back() == '/') location.pop_back();
      if (query != std::string_view::npos) location += raw.substr(query);
      return Response::MovedPermanently(location);
    }
  }
  return ErrorPage(request, Error::NotFound("There's nothing at this address. The page may have moved, or the link "
                                            "may have a typo in it."));
}

Response App::ErrorPage(const Request& req, const Error& error) const {
  const beast_http::status status = StatusFor(error);
  if (error.code == ErrorCode::kInternal) {
    spdlog::error("{}", LogLine("internal_error").Add("path", req.path()).Add("error", error.message).Fields());
  }
  const bool internal = error.code == ErrorCode::kInternal || error.code == ErrorCode::kUnavailable;
  const Error shown = internal ? Error::Make(error.code, "Something went wrong on our side. Please try again in a moment.")
                               : error;
  if (req.path().rfind("/api/", 0) == 0) return Response::Json(ErrorJson(shown), status);
  views::ViewContext ctx;
  if (auto built = Context(req, "")) ctx = std::move(*built);
  std::shared_ptr<const service::Directory> directory;
  if (error.code == ErrorCode::kNotFound) directory = NotFoundDirectory();
  Response r = Response::Html(
      views::ErrorHtml(ctx, static_cast<int>(status), ErrorTitle(shown), shown.message, directory.get()), status);
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

std::shared_ptr<const service::Directory> App::NotFoundDirectory() const {
  constexpr UnixSeconds kFreshFor = 60;
  const UnixSeconds now = services_.clock->Now();
  std::lock_guard lock(directory_mutex_);
  if (!directory_ || now - directory_read_at_ >= kFreshFor || now < directory_read_at_) {
    auto found = services_.reading->SiteDirectory();
    if (!found) return directory_;  // keep the last one (or none) if the store cannot answer now
    directory_ = std::make_shared<const service::Directory>(std::move(*found));
    directory_read_at_ = now;
  }
  return directory_;
}

Result<views::ViewContext> App::Context(const Request& req, std::string csrf_token) const {
  views::ViewContext ctx;
  ctx.theme = theme_.get();
  auto site = services_.settings->Site();
  if (!site) return site.error();
  ctx.site = std::move(*site);
  ctx.csrf_token = std::move(csrf_token);
  ctx.request_path = req.path();
  return ctx;
}

Response App::CachedHtml(const Request& req, const ReaderSession& reader, const std::string& key,
                         const std::function<Result<std::pair<std::string, std::vector<std::string>>>(
                             const views::ViewContext&)>& build) const {
  std::shared_ptr<const CachedPage> page = cache_.Get(key);
  if (!page) {
    const PageCache::Ticket ticket = cache_.Begin();
    auto ctx = Context(req, std::string(views::kCsrfHole));
    if (!ctx) return ErrorPage(req, ctx.error());
    auto built = build(*ctx);
    if (!built) return ErrorPage(req, built.error());
    auto fresh = std::make_shared<CachedPage>(CachedPage{HoledText(built->first, views::kCsrfHole),
                                                         HexU64(Fnv1a64(built->first)), 200});
    cache_.Put(key, fresh, built->second, ticket);
    page = std::move(fresh);
  }
  const std::string token = reader.CsrfToken(*signer_);
  Response r;
  // Only the form the client will take is made.
  if (req.AcceptsGzip()) {
    r.gzip_body = page->html.FillGzip(token);
  } else {
    r.body = page->html.Fill(token);
  }
  // The page differs per browser only by its token: both go into the validator.
  // Weak: the gzip and plain forms share it, and so do pages whose form
  // tokens differ only in when they were issued (an older token still works).
  r.SetHeader("ETag", "W/\"" + page->etag.substr(0, 12) + HexU64(Fnv1a64(reader.browser_id)).substr(0, 8) + "\"");
  r.SetHeader("Cache-Control", "private, no-cache");
  reader.AttachCookies(r, options_.secure_cookies);
  return r;
}

Response App::StaticFile(const Request& req, const std::string& path) const {
  const render::StaticFile* file = theme_->FindStatic(path);
  if (!file) return ErrorPage(req, Error::NotFound("There's no such file."));
  Response r;
  r.content_type = file->content_type;
  r.body = file->content;
  r.SetHeader("ETag", "W/" + file->etag);
  // Versioned URLs (?v=hash) never change; others are revalidated.
  r.SetHeader("Cache-Control", req.Query("v") ? "public, max-age=31536000, immutable" : "public, max-age=300");
  return r;
}

Response App::Finish(const Request& request, Response response) const {
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  if (response.content_type.rfind("text/html", 0) == 0) {
    response.SetHeader("Content-Security-Policy", std::string(kContentSecurityPolicy));
  }
  if (!response.FindHeader("Cache-Control")) response.SetHeader("Cache-Control", "no-store");

  const std::string* etag = response.FindHeader("ETag");
  if (etag && response.status == beast_http::status::ok &&
      EtagMatches(request.Header(beast_http::field::if_none_match), *etag)) {
    Response not_modified = Response::NotModified(*etag);
    not_modified.headers = response.headers;
    not_modified.cookies = response.cookies;
    return not_modified;
  }

  if (Compressible(response.content_type)) response.SetHeader("Vary", "Accept-Encoding");
  if (request.AcceptsGzip() && Compressible(response.content_type)) {
    if (!response.gzip_body && response.body.size() >= 1024) {
      response.gzip_body = Gzip(response.body);
    }
    if (response.gzip_body) {
      response.body = std::move(*response.gzip_body);
      response.SetHeader("Content-Encoding", "gzip");
    }
  }
  response.gzip_body.reset();
  return response;
}

}  // namespace rapport::http
