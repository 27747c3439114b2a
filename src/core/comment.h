// Comments and replies: what readers write under a post, and what the author
// answers. A comment belongs to one post; a reply has a parent comment on the
// same post. `depth` (1 for a top-level comment) and `root_id` (the top-level
// comment of its thread) are fixed when the comment is stored, so a page of
// threads can be read without walking the tree.
//
// Thread safety: plain values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "core/risk.h"

namespace rapport {

enum class CommentStatus { kPending, kApproved, kSpam, kTrash };

std::string_view CommentStatusName(CommentStatus status);  // "pending", "approved", "spam", "trash"
std::optional<CommentStatus> ParseCommentStatus(std::string_view name);

struct Comment {
  std::int64_t id = 0;
  std::int64_t post_id = 0;
  std::optional<std::int64_t> parent_id;
  std::int64_t root_id = 0;  // == id for a top-level comment
  int depth = 1;             // 1 for top level
  std::string author_name;
  std::string author_email;  // may be empty; never shown publicly
  std::string body_markdown;
  CommentStatus status = CommentStatus::kPending;
  UnixSeconds created_at = 0;
  bool is_author_reply = false;            // written by a site author
  std::optional<std::int64_t> user_id;     // the staff account that wrote it, if any
  // A private question (or a private answer to one): only its writer and the
  // staff ever see it; it never appears on the site.
  bool is_private = false;
  bool publish_consent = false;  // the writer of a private question allows publishing it, edited
  // The level the site acts on (queue order, veiled text, the writer's page):
  // the screener's until a member of staff judges it, theirs after that.
  RiskLevel risk = RiskLevel::kNone;
  std::string risk_reasons;  // what the screener matched, for staff
  // What the screener said when the comment was written; kept when staff
  // judge otherwise, so the site can see how well the screener serves it.
  RiskLevel screened_risk = RiskLevel::kNone;
  std::optional<UnixSeconds> risk_judged_at;  // when staff last judged `risk`
  UnixSeconds updated_at = 0;         // last edit by staff; 0 if never edited
  // Set when staff took the comment out of the "waiting for an answer" inbox
  // without replying.
  std::optional<UnixSeconds> inbox_dismissed_at;
  // A short warning the writer put before their text ("self-harm", "loss"):
  // readers see it first and open the comment with one click.
  std::string content_warning;
  // A keyed hash of the writer's network address (the key changes daily), for
  // rate limits and spam; emptied after the retention period.
  std::string address_hash;
  std::string spam_reasons;  // why the spam check held it, for staff
  // What the site's spam filter learnt from this comment: "spam", "ham" or ""
  // (so a changed decision can be unlearnt).
  std::string spam_training;
  // Set when its writer erased it: the name is "Former reader", the text gone,
  // its place in the thread kept for the replies below it.
  std::optional<UnixSeconds> erased_at;
};

// What a writer submits, before it is checked and placed in a thread.
struct CommentInput {
  std::string author_name;
  std::string author_email;
  std::string body_markdown;
  std::optional<std::int64_t> parent_id;
  bool is_private = false;       // "only the author may read this"
  bool publish_consent = false;  // and may publish it with details removed
  std::string content_warning{};  // empty: none
};

// Limits on what a comment may hold.
struct CommentLimits {
  std::size_t max_name_chars = 80;
  std::size_t max_email_bytes = 254;
  std::size_t max_body_bytes = 64 * 1024;
  std::size_t max_warning_chars = 60;
};

// Cleans the fields (control characters removed, names on one line, trailing
// whitespace trimmed) and checks them. Returns every problem found, each with
// the field it concerns and a message meant for the writer; an empty vector
// means the input is acceptable. Requires that the input was already checked
// to be valid UTF-8.
std::vector<Error> CleanAndCheckComment(CommentInput& input, const CommentLimits& limits);

// A loose check for "looks like an email address": one @, something on both
// sides, a dot in the domain, no spaces. Mail delivery is the real test.
bool LooksLikeEmail(std::string_view text);

}  // namespace rapport
