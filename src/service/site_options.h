// SiteOptions: how the site behaves, as configured by its owner (see
// cli/config.h for where each value comes from and its default).
//
// Thread safety: plain values.
#pragma once

#include <string>

#include "core/clock.h"
#include "core/comment.h"
#include "core/thread.h"

namespace rapport::service {

// Which new comments appear at once.
enum class ModerationPolicy {
  kHoldAll,              // every comment waits for a moderator (default)
  kApproveKnownWriters,  // writers with an earlier approved comment (same name and email) appear at once
  kApproveAll,           // every comment appears at once
};

struct SiteOptions {
  // Defaults for values the desk can change (stored in the database).
  std::string title = "Rapport";
  std::string tagline;
  std::string base_url = "http://127.0.0.1:8080";  // absolute links in feeds and mail

  int posts_per_page = 10;
  int threads_per_page = 50;  // top-level comments per page; replies stay with their parent
  int max_thread_depth = 5;   // replies nest this deep, then sit beside each other
  ThreadOrder comment_order = ThreadOrder::kOldestFirst;
  ModerationPolicy moderation = ModerationPolicy::kHoldAll;
  CommentLimits comment_limits;

  // Spam defence: floods from one address or email wait, and a form sent
  // faster than anyone could write is held as spam.
  int max_comments_per_address_per_10_minutes = 5;
  int max_comments_per_email_per_hour = 10;
  UnixSeconds min_seconds_to_write = 3;

  UnixSeconds edit_window_seconds = 15 * 60;  // a writer may change their comment this long
  UnixSeconds retention_seconds = 30 * 86400;  // address hashes, sign-in failures, sent mail
};

}  // namespace rapport::service
