#include "core/user.h"

namespace rapport {

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kAuthor: return "author";
    case Role::kModerator: return "moderator";
  }
  return "author";
}

std::optional<Role> ParseRole(std::string_view name) {
  if (name == "admin") return Role::kAdmin;
  if (name == "author") return Role::kAuthor;
  if (name == "moderator") return Role::kModerator;
  return std::nullopt;
}

}  // namespace rapport
