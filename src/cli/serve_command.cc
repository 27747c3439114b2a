// `rapport serve`: the composition root. Opens the store, checks its schema,
// plants the demo site in an empty database, loads the theme, wires the
// services, the page cache and the HTTP app, and serves until SIGTERM/SIGINT.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/background.h"
#include "cli/commands.h"
#include "cli/site.h"
#include "core/log_line.h"
#include "demo/demo_site.h"
#include "http/server.h"

namespace rapport::cli {
namespace {

void SetUpLogging(const std::string& level) {
  auto logger = spdlog::stderr_color_mt("rapport");
  // One JSON object per line: {"ts": ..., "level": ..., "event": ..., fields}.
  logger->set_pattern(R"({"ts":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l",%v)", spdlog::pattern_time_type::utc);
  logger->set_level(spdlog::level::from_str(level));
  spdlog::set_default_logger(logger);
}

}  // namespace

int RunServe(Config& config) {
  if (auto finished = FinishServeConfig(config); !finished) return Fail(finished.error());
  SetUpLogging(config.log_level);

  auto store = OpenCheckedStore(config, config.server.threads + 2, /*migrate=*/false);
  if (!store) return Fail(store.error());
  SystemClock clock;
  if (config.plant_demo) {
    auto planted = demo::PlantDemoSiteIfEmpty(**store, clock, config.site.max_thread_depth);
    if (!planted) return Fail(planted.error());
    if (*planted) spdlog::info("{}", LogLine("demo_site_planted").Fields());
  }
  auto site = Site::Create(**store, clock, config);
  if (!site) return Fail(site.error());
  http::App& app = (*site)->app();

  http::Server server(config.server, [&app](const http::Request& r) { return app.Handle(r); });
  if (auto started = server.Start(); !started) return Fail(started.error());
  app.SetReady(true);
  spdlog::info("{}", LogLine("listening")
                         .Add("url", "http://" + config.listen.substr(0, config.listen.rfind(':')) + ":" +
                                         std::to_string(server.port()) + "/")
                         .Add("database", (*store)->BackendName())
                         .Add("threads", config.server.threads)
                         .Fields());
  Background background;
  background.Every("publication_watch", std::chrono::seconds(5), [&site] {
    if (auto ticked = (*site)->publication_watch().Tick(); !ticked) {
      spdlog::warn("{}", LogLine("publication_watch_failed").Add("error", ticked.error().message).Fields());
    }
  });
  background.Every("outbox", std::chrono::seconds(5), [&site] {
    if (auto pass = (*site)->outbox().RunOnce(); !pass) {
      spdlog::warn("{}", LogLine("outbox_failed").Add("error", pass.error().message).Fields());
    }
  });
  background.Every("digest", std::chrono::minutes(10), [&site] {
    if (auto sent = (*site)->SendDigestIfDue(); !sent) {
      spdlog::warn("{}", LogLine("digest_failed").Add("error", sent.error().message).Fields());
    }
  });
  background.Every("privacy_purge", std::chrono::hours(6), [&site] {
    if (auto purged = (*site)->privacy().Purge(); !purged) {
      spdlog::warn("{}", LogLine("privacy_purge_failed").Add("error", purged.error().message).Fields());
    }
  });
  background.Every("sessions", std::chrono::hours(1), [&store, &clock, &site] {
    const auto& auth = (*site)->auth().options();
    (void)(*store)->DeleteExpiredSessions(clock.Now(), clock.Now() - auth.idle_seconds);
  });
  server.Run(/*handle_signals=*/true);
  background.Stop();
  spdlog::info("{}", LogLine("stopped").Fields());
  return 0;
}

}  // namespace rapport::cli
