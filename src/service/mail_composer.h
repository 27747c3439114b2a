// MailComposer: writes the emails Rapport sends and puts them in the outbox
// (the outbox sender delivers them later; see notify/outbox_sender.h):
//  - to a post's author, for each new comment or as a daily digest;
//  - to the writer of a private question, with the author's answer;
//  - to the writer of a comment, a message from staff (e.g. of concern).
// Mail to readers carries a signed link to their comment, never its full
// thread; mail to staff never includes readers' email addresses.
//
// Thread safety: thread-safe.
#pragma once

#include <functional>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "service/settings_service.h"
#include "service/site_options.h"
#include "store/store.h"

namespace rapport::service {

class MailComposer {
 public:
  // `writer_link(comment_id)` returns the path of the signed page where a
  // writer can read their comment and any private answer ("/my/comments/...").
  MailComposer(store::Store& store, const Clock& clock, const SiteOptions& options, SettingsService& settings,
               std::function<std::string(std::int64_t)> writer_link);

  // After a reader's comment was stored: tells the post's author, unless
  // they chose a digest or no mail, or wrote it themselves.
  Result<void> NewComment(const Comment& comment, const Post& post);
  // At once, whatever the notification setting: to the post's author and to
  // every moderator and admin, about a comment that may come from someone in
  // crisis.
  Result<void> CrisisAlert(const Comment& comment, const Post& post);
  // One mail per author with comments on their posts between `since` and `until`.
  Result<int> Digest(UnixSeconds since, UnixSeconds until);
  Result<void> PrivateAnswer(const Comment& question, const Comment& answer, const Post& post);
  // The confirmation mail for a privacy request sent to `email`.
  Result<void> PrivacyConfirmation(const std::string& email, const std::string& what, const std::string& link);
  // Fails (InvalidArgument) when the writer left no email address.
  Result<void> ToWriter(const Comment& about, const std::string& subject, const std::string& body, std::string kind);

 private:
  Result<void> Enqueue(std::string to, std::string subject, std::string body, std::string kind,
                       std::optional<std::int64_t> comment_id);
  std::string Absolute(const std::string& path) const;

  store::Store& store_;
  const Clock& clock_;
  const SiteOptions& options_;
  SettingsService& settings_;
  std::function<std::string(std::int64_t)> writer_link_;
};

}  // namespace rapport::service
