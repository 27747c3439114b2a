// What the desk shows, as plain data (services build it, http/desk renders it).
//
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/comment.h"
#include "core/mail.h"
#include "core/moderation.h"
#include "core/post.h"
#include "core/user.h"
#include "service/pages.h"

namespace rapport::service {

// A comment as a moderator sees it: with its post, the comment it answers
// and how often its writer has written before.
struct QueueItem {
  Comment comment;
  PostLink post;
  std::optional<Comment> parent;
  std::int64_t earlier_by_writer = 0;
};

struct QueuePage {
  std::vector<QueueItem> items;
  Pagination pagination;
  std::map<CommentStatus, std::int64_t> counts;  // for the comments this viewer may moderate
  std::optional<CommentStatus> status;
  bool oldest_first = false;
};

struct CommentDetail {
  QueueItem item;
  std::vector<Comment> replies;
  std::vector<CommentRevision> revisions;
  std::vector<CommentEvent> events;
  std::map<std::int64_t, std::string> staff_names;  // user id -> display name, for events and revisions
};

// A question waiting for the author, and how long it has waited.
struct WaitingQuestion {
  QueueItem item;
  UnixSeconds waited_seconds = 0;
};

struct InboxPage {
  std::vector<WaitingQuestion> questions;
  Pagination pagination;
  bool dismissed = false;
  std::int64_t waiting_count = 0;
};

}  // namespace rapport::service
