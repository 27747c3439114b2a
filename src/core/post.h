// Posts and the ways they are grouped: numbered series ("Part 4 of Attachment
// to Your Therapist"), categories and tags.
//
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"

namespace rapport {

enum class PostStatus { kDraft, kPublished, kScheduled };

std::string_view PostStatusName(PostStatus status);  // "draft", "published", "scheduled"
std::optional<PostStatus> ParsePostStatus(std::string_view name);

struct Post {
  std::int64_t id = 0;
  std::string slug;
  std::string title;
  std::string body_markdown;
  std::string excerpt;  // plain text; when empty, pages derive one from the body
  PostStatus status = PostStatus::kDraft;
  UnixSeconds published_at = 0;  // for scheduled posts: when they go live
  UnixSeconds updated_at = 0;
  std::int64_t author_id = 0;
  std::optional<std::int64_t> series_id;
  int series_position = 0;  // 1-based number within the series; 0 when not in one
};

// A post is public when published, or scheduled and its time has come.
inline bool IsVisibleAt(const Post& post, UnixSeconds now) {
  return (post.status == PostStatus::kPublished || post.status == PostStatus::kScheduled) &&
         post.published_at <= now;
}

struct Series {
  std::int64_t id = 0;
  std::string slug;
  std::string title;
  std::string description_markdown;
};

enum class TermKind { kCategory, kTag };

std::string_view TermKindName(TermKind kind);  // "category", "tag"

struct Term {
  std::int64_t id = 0;
  TermKind kind = TermKind::kCategory;
  std::string slug;
  std::string name;
  std::string description;
};

// Roman numerals for series parts ("Part IV"); plain digits above 3999.
std::string RomanNumeral(int n);

}  // namespace rapport
