// SettingsService: the site-wide values the desk edits and every page shows
// (title, tagline, the notice above comments), kept in the database so all
// nodes agree, with the configured values as defaults. Reads are served from
// memory; a change is written through and announced on the ChangeBus.
//
// Thread safety: all methods are thread-safe.
#pragma once

#include <mutex>
#include <optional>
#include <string>

#include "core/result.h"
#include "service/change_bus.h"
#include "service/site_options.h"
#include "store/store.h"

namespace rapport::service {

// How the author hears of new comments.
enum class NotifyMode { kEach, kDigest, kOff };

std::string_view NotifyModeName(NotifyMode mode);  // "each", "digest", "off"

// Settings of the desk, editable there.
struct DeskSettings {
  bool append_signature = true;  // sign author replies with "— NL"
  NotifyMode notify = NotifyMode::kEach;
};

struct SiteText {
  std::string title;
  std::string tagline;
  std::string notice_markdown;  // empty: no notice
};

class SettingsService {
 public:
  SettingsService(store::Store& store, ChangeBus& bus, const SiteOptions& defaults);

  Result<SiteText> Site();
  Result<void> UpdateSite(const SiteText& text);
  Result<DeskSettings> Desk();
  // The desk settings straight from a store (for services without a SettingsService).
  static Result<DeskSettings> DeskOf(store::Store& store);
  Result<void> UpdateDesk(const DeskSettings& settings);

  // Forgets the cached copy (another node changed it).
  void Invalidate();

  static constexpr std::string_view kTitleKey = "site.title";
  static constexpr std::string_view kTaglineKey = "site.tagline";
  static constexpr std::string_view kNoticeKey = "site.notice";
  static constexpr std::string_view kSignatureKey = "desk.append_signature";
  static constexpr std::string_view kNotifyKey = "desk.notify";

 private:
  store::Store& store_;
  ChangeBus& bus_;
  const SiteOptions& defaults_;
  std::mutex mutex_;
  std::optional<SiteText> cached_;  // GUARDED_BY(mutex_)
};

}  // namespace rapport::service
