// Site: everything `serve` runs over one Store, wired together — the
// services, the change bus, the page cache and the HTTP app. serve_command
// adds the process around it (logging, signals, the listener); tests build
// the same Site, so they exercise the real wiring.
//
// Thread safety: build on one thread; then as App (Handle is thread-safe).
#pragma once

#include <memory>

#include "cli/config.h"
#include "core/clock.h"
#include "http/app.h"
#include "http/page_cache.h"
#include "service/change_bus.h"
#include "service/comment_service.h"
#include "service/publication_watch.h"
#include "service/reading_service.h"
#include "service/settings_service.h"
#include "store/store.h"

namespace rapport::cli {

class Site {
 public:
  // REQUIRES: FinishServeConfig(config) succeeded; store and clock outlive the Site.
  static Result<std::unique_ptr<Site>> Create(store::Store& store, const Clock& clock, const Config& config);

  http::App& app() { return *app_; }
  http::PageCache& cache() { return cache_; }
  service::ChangeBus& bus() { return bus_; }
  service::SettingsService& settings() { return settings_; }
  service::CommentService& comments() { return comments_; }
  service::ReadingService& reading() { return reading_; }
  service::PublicationWatch& publication_watch() { return publication_watch_; }

 private:
  Site(store::Store& store, const Clock& clock, const Config& config);

  Config config_;
  service::ChangeBus bus_;
  service::SettingsService settings_;
  service::ReadingService reading_;
  service::CommentService comments_;
  service::PublicationWatch publication_watch_;
  http::PageCache cache_;
  std::unique_ptr<http::App> app_;
};

}  // namespace rapport::cli
