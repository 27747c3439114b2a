#include "service/settings_service.h"

#include "core/utf8.h"

namespace rapport::service {

SettingsService::SettingsService(store::Store& store, ChangeBus& bus, const SiteOptions& defaults)
    : store_(store), bus_(bus), defaults_(defaults) {
  bus_.Subscribe([this](const std::vector<std::string>& tags) {
    for (const std::string& tag : tags) {
      if (tag == tags::kSite) Invalidate();
    }
  });
}

Result<SiteText> SettingsService::Site() {
  {
    std::lock_guard lock(mutex_);
    if (cached_) return *cached_;
  }
  SiteText text{defaults_.title, defaults_.tagline, ""};
  const std::pair<std::string_view, std::string*> fields[] = {
      {kTitleKey, &text.title}, {kTaglineKey, &text.tagline}, {kNoticeKey, &text.notice_markdown}};
  for (const auto& [key, target] : fields) {
    auto value = store_.GetSetting(key);
    if (!value) return value.error();
    if (*value) *target = **value;
  }
  std::lock_guard lock(mutex_);
  cached_ = text;
  return text;
}

Result<void> SettingsService::UpdateSite(const SiteText& text) {
  const std::string title = utf8::CleanLine(text.title);
  if (title.empty()) return Error::InvalidArgument("The site needs a title.", "title");
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(store_.PutSetting(kTitleKey, title));
    RAPPORT_RETURN_IF_ERROR(store_.PutSetting(kTaglineKey, utf8::CleanLine(text.tagline)));
    return store_.PutSetting(kNoticeKey, utf8::CleanText(text.notice_markdown));
  }));
  bus_.Publish({tags::kSite});
  return Ok();
}

std::string_view NotifyModeName(NotifyMode mode) {
  switch (mode) {
    case NotifyMode::kEach: return "each";
    case NotifyMode::kDigest: return "digest";
    case NotifyMode::kOff: return "off";
  }
  return "each";
}

Result<DeskSettings> SettingsService::Desk() { return DeskOf(store_); }

Result<DeskSettings> SettingsService::DeskOf(store::Store& store) {
  DeskSettings desk;
  auto signature = store.GetSetting(kSignatureKey);
  if (!signature) return signature.error();
  if (*signature) desk.append_signature = **signature == "1";
  auto notify = store.GetSetting(kNotifyKey);
  if (!notify) return notify.error();
  if (*notify) {
    desk.notify = **notify == "digest" ? NotifyMode::kDigest : **notify == "off" ? NotifyMode::kOff : NotifyMode::kEach;
  }
  return desk;
}

Result<void> SettingsService::UpdateDesk(const DeskSettings& desk) {
  return store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(store_.PutSetting(kSignatureKey, desk.append_signature ? "1" : "0"));
    return store_.PutSetting(kNotifyKey, NotifyModeName(desk.notify));
  });
}

void SettingsService::Invalidate() {
  std::lock_guard lock(mutex_);
  cached_.reset();
}

}  // namespace rapport::service
