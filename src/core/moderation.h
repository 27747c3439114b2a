// What staff do to comments, kept forever beside them: revisions (the text
// before each edit) and events (who did what, when), shown in the desk.
//
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.h"

namespace rapport {

struct CommentRevision {
  std::int64_t id = 0;
  std::int64_t comment_id = 0;
  std::string author_name;  // as it was before the edit
  std::string body_markdown;
  UnixSeconds replaced_at = 0;
  std::optional<std::int64_t> replaced_by;  // user id
};

struct CommentEvent {
  std::int64_t id = 0;
  std::int64_t comment_id = 0;
  std::optional<std::int64_t> user_id;  // empty: the system (a reader, a policy, the screener)
  std::string action;                   // "approved", "spam", "trash", "restored", "edited", "replied", ...
  std::string detail;
  UnixSeconds at = 0;
};

// A reusable message staff can send, e.g. to the writer of a worrying comment.
struct MessageTemplate {
  std::int64_t id = 0;
  std::string kind;  // "concern"
  std::string title;
  std::string body;
  UnixSeconds updated_at = 0;
};

}  // namespace rapport
