#include "testing/test_server.h"

#include <gtest/gtest.h>

#include <spdlog/spdlog.h>

#include "demo/demo_site.h"

namespace rapport::testing {

TestServer::TestServer(TestServerOptions options) : db_(options.backend), clock_(1'780'000'000) {
  spdlog::set_level(spdlog::level::warn);
  config_.listen = "127.0.0.1:0";
  config_.server.threads = 2;
  config_.server.shutdown_grace = std::chrono::seconds(5);
  // The clock stands still in tests: a form is "sent" the instant it is shown.
  config_.site.min_seconds_to_write = 0;
  if (options.configure) options.configure(config_);
  if (auto finished = cli::FinishServeConfig(config_); !finished) {
    ADD_FAILURE() << finished.error().message;
    return;
  }
  if (!db_.ok()) return;
  if (options.demo) {
    // Planted at the default depth, as a site whose owner later changed the limit would be.
    auto planted = demo::PlantDemoSiteIfEmpty(db_.store(), clock_, service::SiteOptions().max_thread_depth);
    if (!planted) ADD_FAILURE() << planted.error().message;
  } else {
    sample_ = PlantSampleSite(db_.store(), clock_.Now());
  }
  auto site = cli::Site::Create(db_.store(), clock_, config_);
  if (!site) {
    ADD_FAILURE() << site.error().message;
    return;
  }
  site_ = std::move(*site);
  server_ = std::make_unique<http::Server>(config_.server,
                                           [this](const http::Request& r) { return site_->app().Handle(r); });
  if (auto started = server_->Start(); !started) {
    ADD_FAILURE() << started.error().message;
    return;
  }
  site_->app().SetReady(true);
  thread_ = std::thread([this] { server_->Run(/*handle_signals=*/false); });
}

void TestServer::Stop() {
  if (thread_.joinable()) {
    server_->Stop();
    thread_.join();
  }
}

TestServer::~TestServer() { Stop(); }

std::int64_t CountAllComments(store::Store& store) {
  auto counts = store.CountCommentsByStatus();
  if (!counts) return -1;
  std::int64_t total = 0;
  for (const auto& [status, n] : *counts) total += n;
  return total;
}

}  // namespace rapport::testing
