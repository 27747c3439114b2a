// PrivacyService: what a writer may do with what they wrote, without an
// account.
//  - For a while after posting (15 minutes by default), the browser that
//    wrote a comment may change or take it back.
//  - Anyone may ask, by email, for everything stored under their address:
//    a confirmation link goes to that address, and only its holder can then
//    download it (JSON) or have it erased. Erasure keeps each comment's place
//    in its thread for the replies below it: the name becomes "Former
//    reader" and the text, email and address hash are removed.
//  - Retention: address hashes, sign-in failures and sent mail are kept for a
//    set time, then purged.
//
// Thread safety: thread-safe.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "service/change_bus.h"
#include "service/mail_composer.h"
#include "service/site_options.h"
#include "store/store.h"

namespace rapport::service {

enum class PrivacyRequest { kExport, kErase };

std::string_view PrivacyRequestName(PrivacyRequest request);  // "export", "erase"

class PrivacyService {
 public:
  // `confirm_link(email, request, until)` makes the signed confirmation path.
  PrivacyService(store::Store& store, const Clock& clock, const SiteOptions& options, ChangeBus& bus,
                 MailComposer& mail, std::function<std::string(const std::string&, PrivacyRequest, UnixSeconds)> confirm_link);

  // Changes or takes back one's own comment, while the window is open.
  Result<Comment> EditOwn(std::int64_t comment_id, const std::vector<std::int64_t>& own_ids, std::string author_name,
                          std::string body);
  Result<void> DeleteOwn(std::int64_t comment_id, const std::vector<std::int64_t>& own_ids);
  // True when `comment` was written by this browser and may still be changed.
  bool CanStillChange(const Comment& comment, const std::vector<std::int64_t>& own_ids) const;

  // Sends the confirmation mail when the address has written anything; says
  // nothing either way, so the page cannot tell who has commented.
  Result<void> Request(const std::string& email, PrivacyRequest request);
  // After confirmation: everything stored under the address, as JSON.
  Result<std::string> Export(const std::string& email);
  Result<std::int64_t> Erase(const std::string& email);

  // Forgets what is older than the retention period; returns how much.
  Result<std::int64_t> Purge();

  static constexpr UnixSeconds kConfirmationSeconds = 2 * 86400;

 private:
  Result<Comment> LoadOwn(std::int64_t comment_id, const std::vector<std::int64_t>& own_ids);

  store::Store& store_;
  const Clock& clock_;
  const SiteOptions& options_;
  ChangeBus& bus_;
  MailComposer& mail_;
  std::function<std::string(const std::string&, PrivacyRequest, UnixSeconds)> confirm_link_;
};

}  // namespace rapport::service
