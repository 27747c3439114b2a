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
#include "service/site_options.h"
#include "store/store.h"

namespace rapport::service {

class CommentService {
 public:
  // `mail` (may be null) hears of every stored comment, in the same transaction.
  CommentService(store::Store& store, const Clock& clock, const SiteOptions& options, ChangeBus& bus,
                 MailComposer* mail = nullptr);

  // Checks and stores a reader's comment on the post `post_slug`.
  // `own_comment_ids` are the comments this browser wrote before: a writer
  // may reply to their own comment while it still awaits moderation.
  // Errors: NotFound (no such visible post); InvalidArgument / TooLarge with
  // every problem in `details`, each naming its field ("author_name",
  // "author_email", "body", "parent_id").
  Result<Comment> Submit(std::string_view post_slug, CommentInput input,
                         const std::vector<std::int64_t>& own_comment_ids);

 private:
  Result<CommentStatus> InitialStatus(const CommentInput& input);

  store::Store& store_;
  const Clock& clock_;
  const SiteOptions& options_;
  ChangeBus& bus_;
  MailComposer* mail_;
};

}  // namespace rapport::service
