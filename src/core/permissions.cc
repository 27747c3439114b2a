#include "core/permissions.h"

namespace rapport {

bool Can(const User& user, Permission permission) {
  switch (user.role) {
    case Role::kAdmin:
      return true;
    case Role::kAuthor:
      return permission != Permission::kManageUsers && permission != Permission::kManageSettings;
    case Role::kModerator:
      return permission == Permission::kModerate || permission == Permission::kManageTemplates;
  }
  return false;
}

bool CanEditPost(const User& user, const Post& post) {
  return user.role == Role::kAdmin || (user.role == Role::kAuthor && post.author_id == user.id);
}

bool CanModerate(const User& user, const Post& post) {
  return user.role == Role::kAdmin || user.role == Role::kModerator ||
         (user.role == Role::kAuthor && post.author_id == user.id);
}

}  // namespace rapport
