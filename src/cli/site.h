// Site: everything `serve` runs over one Store, wired together — the
// services, the change bus, the page cache and the HTTP app. serve_command
// adds the process around it (logging, signals, the listener); tests build
// the same Site, so they exercise the real wiring.
//
// Thread safety: build on one thread; then as App (Handle is thread-safe).
#pragma once

#include <memory>

#include "care/helplines.h"
#include "cli/config.h"
#include "core/clock.h"
#include "http/app.h"
#include "http/desk/desk.h"
#include "notify/outbox_sender.h"
#include "screening/screener.h"
#include "service/admin_service.h"
#include "service/auth_service.h"
#include "service/editor_service.h"
#include "service/figures_service.h"
#include "service/mail_composer.h"
#include "service/moderation_service.h"
#include "service/privacy_service.h"
#include "http/page_cache.h"
#include "service/change_bus.h"
#include "service/comment_service.h"
#include "service/publication_watch.h"
#include "service/reading_service.h"
#include "service/spam_service.h"
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
  service::SpamService& spam() { return spam_; }
  service::PublicationWatch& publication_watch() { return publication_watch_; }
  service::AuthService& auth() { return auth_; }
  service::ModerationService& moderation() { return moderation_; }
  service::EditorService& editor() { return editor_; }
  service::MailComposer& mail() { return mail_; }
  service::PrivacyService& privacy() { return privacy_; }
  notify::OutboxSender& outbox() { return outbox_; }
  const safety::Signer& signer() const { return *signer_; }
  const care::HelplineDirectory& helplines() const { return helplines_; }

  // Sends the daily digest to authors who chose one, when a day has passed
  // since the last (a background job calls this every hour).
  Result<int> SendDigestIfDue();

 private:
  Site(store::Store& store, const Clock& clock, const Config& config, std::string key,
       care::HelplineDirectory helplines, screening::Screener screener);

  store::Store& store_;
  const Clock& clock_;
  Config config_;
  std::shared_ptr<const safety::Signer> signer_;
  care::HelplineDirectory helplines_;
  screening::Screener screener_;  // the built-in one at the configured sensitivity
  service::ChangeBus bus_;
  service::SettingsService settings_;
  service::ReadingService reading_;
  service::SpamService spam_;
  service::CommentService comments_;
  service::PublicationWatch publication_watch_;
  service::MailComposer mail_;
  service::AuthService auth_;
  service::ModerationService moderation_;
  service::EditorService editor_;
  service::FiguresService figures_;
  service::AdminService admin_;
  service::PrivacyService privacy_;
  http::PageCache cache_;
  notify::SmtpMailer mailer_;
  notify::OutboxSender outbox_;
  std::unique_ptr<http::Desk> desk_;
  std::unique_ptr<http::App> app_;
};

}  // namespace rapport::cli
