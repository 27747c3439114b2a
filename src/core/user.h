// The people who run a site: authors write posts and answer readers,
// moderators decide which comments appear, admins manage everything.
// Readers have no account; they are identified by what they type.
//
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace rapport {

enum class Role { kAdmin, kAuthor, kModerator };

std::string_view RoleName(Role role);                         // "admin", "author", "moderator"
std::optional<Role> ParseRole(std::string_view name);

struct User {
  std::int64_t id = 0;
  std::string login;         // unique, used to sign in
  std::string display_name;  // shown on posts and replies
  std::string signature;     // initials appended to replies, e.g. "JS"
  std::string bio;           // Markdown, shown on posts
  Role role = Role::kAuthor;
  UnixSeconds created_at = 0;
  std::string email;  // where notifications go; never shown
};

// True when the user writes as a site author: their comments are "author replies".
inline bool WritesAsAuthor(const User& user) { return user.role != Role::kModerator; }

}  // namespace rapport
