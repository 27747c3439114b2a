#include "cli/site.h"

#include "cli/config.h"

#include "cli/site_secret.h"
#include "render/theme.h"
#include "safety/signer.h"

namespace rapport::cli {

Site::Site(store::Store& store, const Clock& clock, const Config& config, std::string key,
           care::HelplineDirectory helplines, screening::Screener screener)
    : store_(store),
      clock_(clock),
      config_(config),
      signer_(std::make_shared<const safety::Signer>(std::move(key))),
      helplines_(std::move(helplines)),
      screener_(std::move(screener)),
      settings_(store, bus_, config_.site),
      reading_(store, clock, config_.site),
      spam_(store, SiteHost(config_)),
      comments_(store, clock, config_.site, bus_, &mail_, &screener_, &spam_),
      publication_watch_(store, clock, bus_),
      mail_(store, clock, config_.site, settings_,
            [this](std::int64_t id) { return http::App::WriterLink(*signer_, id); }),
      auth_(store, clock),
      moderation_(store, clock, config_.site, bus_, mail_, &spam_),
      editor_(store, clock, bus_),
      figures_(store, clock, &screener_),
      admin_(store, clock, auth_),
      privacy_(store, clock, config_.site, bus_, mail_,
               [this](const std::string& email, service::PrivacyRequest request, UnixSeconds until) {
                 return http::App::PrivacyLink(*signer_, email, request, until);
               }),
      cache_(config_.cache_bytes),
      mailer_(config_.mail),
      outbox_(store, clock, mailer_) {}

Result<int> Site::SendDigestIfDue() {
  auto desk = settings_.Desk();
  if (!desk) return desk.error();
  if (desk->notify != service::NotifyMode::kDigest) return 0;
  const UnixSeconds now = clock_.Now();
  auto last = store_.InitSetting("desk.last_digest_at", std::to_string(now));
  if (!last) return last.error();
  const UnixSeconds since = std::stoll(*last);
  if (now - since < 86400) return 0;
  int sent = 0;
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    auto digests = mail_.Digest(since, now);
    if (!digests) return digests.error();
    sent = *digests;
    return store_.PutSetting("desk.last_digest_at", std::to_string(now));
  }));
  return sent;
}

Result<std::unique_ptr<Site>> Site::Create(store::Store& store, const Clock& clock, const Config& config) {
  auto key = LoadOrCreateSigningKey(store);
  if (!key) return key.error();
  auto theme = render::Theme::Load(config.theme_dir);
  if (!theme) return theme.error();

  auto helplines = care::HelplineDirectory::Load(config.helplines_file);
  if (!helplines) return helplines.error();
  auto screener = screening::Screener::Default().WithSensitivity(config.screening_sensitivity);
  if (!screener) return screener.error();
  std::unique_ptr<Site> site(new Site(store, clock, config, *key, std::move(*helplines), std::move(*screener)));
  if (auto loaded = site->spam_.Load(); !loaded) return loaded.error();
  http::PageCache& cache = site->cache_;
  site->bus_.Subscribe([&cache](const std::vector<std::string>& tags) { cache.Invalidate(tags); });

  http::AppOptions options;
  options.secure_cookies = config.secure_cookies;
  // A form field may hold a whole comment, percent-encoded (up to three bytes per byte).
  options.form_limits.max_value_bytes = site->config_.site.comment_limits.max_body_bytes * 3;
  http::DeskServices desk{&site->auth_,     &site->moderation_, &site->editor_, &site->settings_,
                          &site->figures_,  &site->admin_,      &site->config_.site, &clock,
                          &site->helplines_};
  site->desk_ = std::make_unique<http::Desk>(desk, *theme, site->signer_,
                                             http::DeskOptions{config.secure_cookies, 4 * 1024 * 1024});
  site->app_ = std::make_unique<http::App>(
      http::AppServices{&site->reading_, &site->comments_, &site->settings_, &site->config_.site, &site->helplines_,
                        &clock, &site->privacy_},
      *theme,
      site->signer_, cache, options, site->desk_.get());
  return site;
}

}  // namespace rapport::cli
