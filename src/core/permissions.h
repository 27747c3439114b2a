// Who may do what in the desk. Admins may do everything; authors write and
// manage their own posts, answer readers and moderate comments on their own
// posts; moderators moderate every comment and nothing else.
//
// Thread safety: pure functions.
#pragma once

#include "core/comment.h"
#include "core/post.h"
#include "core/user.h"

namespace rapport {

enum class Permission {
  kWritePosts,       // write posts and edit one's own
  kManageStructure,  // series, categories and tags
  kEditNotice,       // the site-wide notice
  kAnswerReaders,    // reply as the author, the inbox
  kModerate,         // the moderation queue (which comments: see CanModerate)
  kManageTemplates,  // messages of concern
  kManageUsers,
  kManageSettings,
};

bool Can(const User& user, Permission permission);
// Editing a post: admins any, authors their own, moderators none.
bool CanEditPost(const User& user, const Post& post);
// Moderating a comment on `post`: admins and moderators any, authors those on their own posts.
bool CanModerate(const User& user, const Post& post);

}  // namespace rapport
