// App: the web application behind the server — routes, the reader's pages,
// the JSON API and static files — over the services. It knows nothing of
// sockets (Server calls Handle) and nothing of SQL (services do the work).
//
// Every response leaves through Finish(), which adds the security headers,
// answers conditional requests with 304 and compresses when the client
// accepts gzip.
//
// Thread safety: Handle may be called from many threads at once.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "http/form.h"
#include "http/page_cache.h"
#include "http/reader_session.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "care/helplines.h"
#include "http/views/page_views.h"
#include "render/theme.h"
#include "safety/signer.h"
#include "service/comment_service.h"
#include "service/privacy_service.h"
#include "service/reading_service.h"
#include "service/settings_service.h"

namespace rapport::http {

struct AppOptions {
  bool secure_cookies = false;  // set behind TLS (directly or through a proxy)
  FormLimits form_limits;
  std::size_t max_json_bytes = 256 * 1024;
};

struct AppServices {
  service::ReadingService* reading = nullptr;
  service::CommentService* comments = nullptr;
  service::SettingsService* settings = nullptr;
  const service::SiteOptions* site = nullptr;
  const care::HelplineDirectory* helplines = nullptr;
  const Clock* clock = nullptr;
  service::PrivacyService* privacy = nullptr;
};

class App {
 public:
  // `desk` (may be null) adds the author's desk at /desk.
  App(AppServices services, std::shared_ptr<const render::Theme> theme, std::shared_ptr<const safety::Signer> signer,
      PageCache& cache, AppOptions options, class Desk* desk = nullptr);

  // The path of the page where a comment's writer reads it and any private
  // answer; signed, so only someone given the link can open it.
  static std::string WriterLink(const safety::Signer& signer, std::int64_t comment_id);
  // The signed link that confirms a privacy request sent to `email`.
  static std::string PrivacyLink(const safety::Signer& signer, const std::string& email,
                                 service::PrivacyRequest request, UnixSeconds until);

  Response Handle(const Request& request) const;

  // /healthz answers 200 once this is set (after migrations and start-up).
  void SetReady(bool ready) { ready_ = ready; }

 private:
  void AddRoutes();
  Response Dispatch(const Request& request) const;
  Response Finish(const Request& request, Response response) const;

  // Reader pages (site_handlers.cc).
  Response Home(const Request& req) const;
  Response ShowPost(const Request& req, const std::string& slug) const;
  Response ShowBranch(const Request& req, const std::string& slug, const std::string& comment_id) const;
  Response ShowSeries(const Request& req, const std::string& slug) const;
  Response ShowContents(const Request& req) const;
  Response ShowTerm(const Request& req, TermKind kind, const std::string& slug) const;
  Response PostComment(const Request& req, const std::string& slug) const;
  Response ShowOwnComment(const Request& req, const std::string& id) const;
  // A writer's own comment, soon after posting (privacy_handlers.cc).
  Response EditOwnComment(const Request& req, const std::string& slug, const std::string& id) const;
  Response DeleteOwnComment(const Request& req, const std::string& slug, const std::string& id) const;
  // Export and erasure by email confirmation (privacy_handlers.cc).
  Response PrivacyPage(const Request& req, const std::string& message = {}, const Error* problem = nullptr) const;
  Response PrivacyRequest(const Request& req) const;
  Response PrivacyConfirm(const Request& req) const;
  Response PrivacyErase(const Request& req) const;
  Response SimplePage(const Request& req, const std::string& name, render::TemplateData data, const std::string& title,
                      beast_http::status status = beast_http::status::ok) const;
  // The country whose crisis lines a reader sees: chosen on the page, kept
  // in a cookie, else from the browser's language, else the site's default.
  std::string ReaderCountry(const Request& req) const;
  Response StaticFile(const Request& req, const std::string& path) const;
  Response ErrorPage(const Request& req, const Error& error) const;

  // Renders (or reuses) a cacheable page for everyone without personal state.
  Response CachedHtml(const Request& req, const ReaderSession& reader, const std::string& key,
                      const std::function<Result<std::pair<std::string, std::vector<std::string>>>(
                          const views::ViewContext&)>& build) const;
  Result<views::ViewContext> Context(const Request& req, std::string csrf_token) const;
  // The series and categories listed on "page not found" pages, read at most
  // once a minute: a run of requests for addresses that do not exist (as
  // scanners send) costs one directory read a minute, not one each. A change
  // shows there within the minute; the contents page itself is exact.
  std::shared_ptr<const service::Directory> NotFoundDirectory() const;

  // JSON API (api_handlers.cc).
  Response ApiListPosts(const Request& req) const;
  Response ApiGetPost(const Request& req, const std::string& slug) const;
  Response ApiListComments(const Request& req, const std::string& slug) const;
  Response ApiPostComment(const Request& req, const std::string& slug) const;

  AppServices services_;
  std::shared_ptr<const render::Theme> theme_;
  std::shared_ptr<const safety::Signer> signer_;
  PageCache& cache_;
  AppOptions options_;
  Router router_;
  std::atomic<bool> ready_{false};
  mutable std::mutex directory_mutex_;
  mutable std::shared_ptr<const service::Directory> directory_;  // GUARDED_BY(directory_mutex_)
  mutable UnixSeconds directory_read_at_ = 0;                    // GUARDED_BY(directory_mutex_)
};

}  // namespace rapport::http
