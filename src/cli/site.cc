#include "cli/site.h"

#include "cli/site_secret.h"
#include "render/theme.h"
#include "safety/signer.h"

namespace rapport::cli {

Site::Site(store::Store& store, const Clock& clock, const Config& config)
    : config_(config),
      settings_(store, bus_, config_.site),
      reading_(store, clock, config_.site),
      comments_(store, clock, config_.site, bus_),
      publication_watch_(store, clock, bus_),
      cache_(config_.cache_bytes) {}

Result<std::unique_ptr<Site>> Site::Create(store::Store& store, const Clock& clock, const Config& config) {
  auto key = LoadOrCreateSigningKey(store);
  if (!key) return key.error();
  auto theme = render::Theme::Load(config.theme_dir);
  if (!theme) return theme.error();

  std::unique_ptr<Site> site(new Site(store, clock, config));
  http::PageCache& cache = site->cache_;
  site->bus_.Subscribe([&cache](const std::vector<std::string>& tags) { cache.Invalidate(tags); });

  http::AppOptions options;
  options.secure_cookies = config.secure_cookies;
  // A form field may hold a whole comment, percent-encoded (up to three bytes per byte).
  options.form_limits.max_value_bytes = site->config_.site.comment_limits.max_body_bytes * 3;
  site->app_ = std::make_unique<http::App>(
      http::AppServices{&site->reading_, &site->comments_, &site->settings_, &site->config_.site}, *theme,
      std::make_shared<const safety::Signer>(*key), cache, options);
  return site;
}

}  // namespace rapport::cli
