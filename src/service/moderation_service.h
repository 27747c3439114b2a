// ModerationService: what staff do with readers' comments in the desk — the
// queue, approving, marking spam, trashing and restoring (one or many),
// editing with revisions kept, replying as the author, judging what the crisis
// screener said, the "waiting for an answer" inbox, private questions and
// messages of concern.
//
// Every action checks the acting user's permission on the comment's post
// (core/permissions.h), writes an event to the comment's audit trail, and
// announces on the change bus whatever became visible or invisible, so the
// site's pages refresh at once. Actions refused for permission change nothing.
//
// Thread safety: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "service/change_bus.h"
#include "service/desk_pages.h"
#include "service/mail_composer.h"
#include "service/site_options.h"
#include "service/spam_service.h"
#include "store/store.h"

namespace rapport::service {

enum class ModerationAction { kApprove, kSpam, kTrash, kRestore };

std::string_view ModerationActionName(ModerationAction action);  // "approve", "spam", "trash", "restore"
std::optional<ModerationAction> ParseModerationAction(std::string_view name);

struct QueueRequest {
  std::optional<CommentStatus> status = CommentStatus::kPending;
  bool oldest_first = false;
  int page = 1;
};

// A reply written in the desk.
struct StaffReply {
  std::int64_t parent_id = 0;
  std::string body;
  bool approve_parent = true;  // "reply and approve"
  // For a private question: answer by email only (false) or publish the
  // question, edited, with the answer (true; needs the writer's consent).
  bool publish = false;
  std::string edited_question;  // with `publish`: the question as published
};

// The numbers beside the desk's navigation.
struct DeskCounts {
  std::int64_t pending = 0;  // comments awaiting moderation
  std::int64_t urgent = 0;   // of which the screener thought in crisis
  std::int64_t waiting = 0;  // questions waiting for an answer
};

class ModerationService {
 public:
  // `spam` (may be null) learns from every approval and spam decision.
  ModerationService(store::Store& store, const Clock& clock, const SiteOptions& options, ChangeBus& bus,
                    MailComposer& mail, SpamService* spam = nullptr);

  Result<DeskCounts> Counts(const User& viewer);
  Result<QueuePage> Queue(const User& viewer, const QueueRequest& request);
  Result<CommentDetail> Detail(const User& viewer, std::int64_t comment_id);

  Result<void> Act(const User& viewer, std::int64_t comment_id, ModerationAction action);
  // Applies `action` to each comment the viewer may moderate; returns how many changed.
  Result<int> ActOnMany(const User& viewer, const std::vector<std::int64_t>& comment_ids, ModerationAction action);
  Result<void> Edit(const User& viewer, std::int64_t comment_id, std::string author_name, std::string body);

  // Replies as the viewer (an author reply unless the viewer is a moderator),
  // approved at once, signed when the site appends signatures.
  Result<Comment> Reply(const User& viewer, StaffReply reply);

  // Records what the viewer, having read the comment, judges its risk to be.
  // The site acts on their level from then on (queue order, veiled text, the
  // writer's own page); the screener's first view stays beside it, for the
  // figures and for `rapport screen judged`.
  Result<void> JudgeRisk(const User& viewer, std::int64_t comment_id, RiskLevel judged);

  Result<InboxPage> Inbox(const User& viewer, bool dismissed, int page);
  Result<void> Dismiss(const User& viewer, std::int64_t comment_id, bool dismissed);

  // Sends the writer of a comment a message (by email, through the outbox).
  Result<void> SendMessage(const User& viewer, std::int64_t comment_id, std::string subject, std::string body);

 private:
  struct Loaded {
    Comment comment;
    Post post;
  };
  Result<Loaded> LoadForModeration(const User& viewer, std::int64_t comment_id);
  Result<QueueItem> MakeItem(Comment comment);
  Result<void> Log(std::int64_t comment_id, const User& viewer, std::string action, std::string detail = {});
  void AnnounceThread(std::int64_t post_id);

  store::Store& store_;
  const Clock& clock_;
  const SiteOptions& options_;
  ChangeBus& bus_;
  MailComposer& mail_;
  SpamService* spam_;
};

}  // namespace rapport::service
