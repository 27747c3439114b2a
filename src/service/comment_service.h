// CommentService: a reader's comment or reply, from submitted text to a
// stored comment in the right place of its thread, held for moderation or
// published according to the site's policy.
//
// Nothing a writer sends is lost to a validation error: the caller gets every
// problem at once (Error::details) and keeps the input to show again.
//
// A private question ("only the author may read this") is stored like any
// comment but never shown on the site: it waits in the author's inbox.
//
// Thread safety: thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/comment.h"
#include "core/result.h"
#include "service/change_bus.h"
#include "service/mail_composer.h"
#include "service/spam_service.h"
#include "service/site_options.h"
#include "store/store.h"

namespace rapport::screening {
class Screener;
}

namespace rapport::service {

// A comment as it arrives, with what the request knew about its sender.
struct Submission {
  std::string post_slug;
  CommentInput input;
  // Comments this browser wrote before (from its signed cookie): a writer may
  // reply to their own comment while it awaits moderation.
  std::vector<std::int64_t> own_comment_ids;
  std::string address_hash;                  // keyed, daily-rotating hash of the sender's address
  std::optional<UnixSeconds> form_shown_at;  // from the form's signed token (HTML form only)
  bool trap_filled = false;                  // the hidden field only scripts fill in
};

struct Submitted {
  Comment comment;
  // The writer seemed to say someone else may be at risk now.
  bool someone_else_at_risk = false;
};

class CommentService {
 public:
  // `mail` (may be null) hears of every stored comment, in the same
  // transaction. `screener` and `spam` (may be null) read every comment before
  // it is stored.
  CommentService(store::Store& store, const Clock& clock, const SiteOptions& options, ChangeBus& bus,
                 MailComposer* mail = nullptr, const screening::Screener* screener = nullptr,
                 SpamService* spam = nullptr);

  // Checks and stores a reader's comment on the post `post_slug`.
  // `own_comment_ids` are the comments this browser wrote before: a writer
  // may reply to their own comment while it still awaits moderation.
  // Errors: NotFound (no such visible post); InvalidArgument / TooLarge with
  // every problem in `details`, each naming its field ("author_name",
  // "author_email", "body", "parent_id").
  //
  // Before storing, the comment is screened for crisis language (a possible
  // crisis or distress is held for the author with priority, whatever the
  // moderation policy, and the staff are told at once) and checked for spam
  // (a hidden trap field, a form sent too fast, the spam rules; spam goes to
  // the spam folder, never away). Floods from one address or email are
  // refused (RateLimited) and a comment sent twice is refused (Conflict).
  Result<Submitted> Submit(Submission submission);
  // The same, for callers with nothing but the text (tests, imports).
  Result<Comment> Submit(std::string_view post_slug, CommentInput input,
                         const std::vector<std::int64_t>& own_comment_ids);

 private:
  Result<CommentStatus> InitialStatus(const CommentInput& input);

  store::Store& store_;
  const Clock& clock_;
  const SiteOptions& options_;
  ChangeBus& bus_;
  MailComposer* mail_;
  const screening::Screener* screener_;
  SpamService* spam_;
};

}  // namespace rapport::service
