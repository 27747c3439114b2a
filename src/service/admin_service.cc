#include "service/admin_service.h"

#include "core/comment.h"
#include "core/permissions.h"
#include "core/utf8.h"
#include "safety/passwords.h"

namespace rapport::service {
namespace {

Error AdminsOnly() { return Error::Forbidden("Only an admin can manage accounts."); }

// Starting points for messages of concern: warm, plain, no promises the site
// cannot keep, pointing to help that is there at any hour.
const std::vector<std::pair<std::string, std::string>>& DefaultTemplates() {
  static const std::vector<std::pair<std::string, std::string>> templates = {
      {"Thinking of you after your comment",
       "Hello,\n\nThank you for trusting me with what you wrote. I read it carefully, and I wanted you to know that it "
       "was read by a person, and that I'm thinking of you.\n\nI can't offer support through the site or reply "
       "quickly, and I wouldn't want you to wait for me if things feel unbearable. A helpline can listen right now, "
       "at any hour: in the UK and Ireland, Samaritans on 116 123; in the US and Canada, call or text 988. If you "
       "are in danger now, please call your local emergency number.\n\nIf you have a therapist, you might show them "
       "what you wrote here. You deserve to be heard properly.\n\nWith warm wishes"},
      {"Your comment is held for now",
       "Hello,\n\nThank you for your comment. I've kept it off the public page for the moment, because it holds a "
       "lot that is personal and I'd like to protect your privacy. Nothing has been deleted, and nothing is wrong "
       "with having written it.\n\nIf you'd like it published, or published with some details changed, just reply "
       "to this message and tell me.\n\nWith warm wishes"},
  };
  return templates;
}

}  // namespace

AdminService::AdminService(store::Store& store, const Clock& clock, AuthService& auth)
    : store_(store), clock_(clock), auth_(auth) {}

Result<std::vector<User>> AdminService::Users(const User& viewer) {
  if (!Can(viewer, Permission::kManageUsers)) return AdminsOnly();
  return store_.ListUsers();
}

Result<User> AdminService::AddUser(const User& viewer, NewAccount account) {
  if (!Can(viewer, Permission::kManageUsers)) return AdminsOnly();
  std::vector<Error> problems;
  User user;
  user.login = utf8::CleanLine(account.login);
  user.display_name = utf8::CleanLine(account.display_name);
  user.signature = utf8::CleanLine(account.signature);
  user.email = utf8::CleanLine(account.email);
  user.created_at = clock_.Now();
  if (user.login.empty() || user.login.size() > 64 || user.login.find(' ') != std::string::npos) {
    problems.push_back(Error::InvalidArgument("A sign-in name is one word of up to 64 characters.", "login"));
  }
  if (user.display_name.empty()) user.display_name = user.login;
  if (!user.email.empty() && !LooksLikeEmail(user.email)) {
    problems.push_back(Error::InvalidArgument("That email address doesn't look right.", "email"));
  }
  const auto role = ParseRole(account.role);
  if (!role) problems.push_back(Error::InvalidArgument("Choose admin, author or moderator.", "role"));
  user.role = role.value_or(Role::kAuthor);
  auto hash = safety::HashPassword(account.password);
  if (!hash) problems.push_back(hash.error());
  if (!problems.empty()) return Error::FirstOf(std::move(problems));
  return store_.CreateUser(user, *hash);
}

Result<void> AdminService::SetRole(const User& viewer, std::int64_t user_id, std::string_view role_name) {
  if (!Can(viewer, Permission::kManageUsers)) return AdminsOnly();
  const auto role = ParseRole(role_name);
  if (!role) return Error::InvalidArgument("Choose admin, author or moderator.", "role");
  if (user_id == viewer.id && *role != Role::kAdmin) {
    return Error::InvalidArgument("You can't take away your own admin role; ask another admin.");
  }
  auto user = store_.FindUserById(user_id);
  if (!user) return user.error();
  if (!*user) return Error::NotFound("That account no longer exists.");
  (*user)->role = *role;
  return store_.UpdateUser(**user);
}

Result<void> AdminService::UpdateProfile(const User& viewer, Profile profile) {
  User updated = viewer;
  updated.display_name = utf8::CleanLine(profile.display_name);
  updated.signature = utf8::CleanLine(profile.signature);
  updated.email = utf8::CleanLine(profile.email);
  updated.bio = utf8::CleanText(profile.bio);
  if (updated.display_name.empty()) return Error::InvalidArgument("Please give the name readers see.", "display_name");
  if (utf8::CountCodePoints(updated.signature) > 12) {
    return Error::InvalidArgument("A signature is a few initials, like NL.", "signature");
  }
  if (!updated.email.empty() && !LooksLikeEmail(updated.email)) {
    return Error::InvalidArgument("That email address doesn't look right.", "email");
  }
  return store_.UpdateUser(updated);
}

Result<void> AdminService::ChangeOwnPassword(const User& viewer, std::string_view current, std::string_view replacement) {
  auto hash = store_.PasswordHash(viewer.id);
  if (!hash) return hash.error();
  if (!safety::VerifyPassword(current, *hash)) {
    return Error::InvalidArgument("Your current password wasn't right, so nothing was changed.", "current_password");
  }
  return auth_.SetPassword(viewer.id, replacement);
}

Result<std::vector<MessageTemplate>> AdminService::Templates(const User& viewer) {
  if (!Can(viewer, Permission::kManageTemplates)) return Error::Forbidden("Your account can't use message templates.");
  auto templates = store_.ListTemplates("concern");
  if (!templates) return templates.error();
  if (templates->empty()) {
    auto planted = store_.GetSetting("desk.templates_planted");
    if (!planted) return planted.error();
    if (!*planted) {
      RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
        for (const auto& [title, body] : DefaultTemplates()) {
          auto saved = store_.SaveTemplate({0, "concern", title, body, clock_.Now()});
          if (!saved) return saved.error();
        }
        return store_.PutSetting("desk.templates_planted", "1");
      }));
      return store_.ListTemplates("concern");
    }
  }
  return templates;
}

Result<MessageTemplate> AdminService::SaveTemplate(const User& viewer, MessageTemplate message) {
  if (!Can(viewer, Permission::kManageTemplates)) return Error::Forbidden("Your account can't change message templates.");
  message.kind = "concern";
  message.title = utf8::CleanLine(message.title);
  message.body = utf8::CleanText(message.body);
  message.updated_at = clock_.Now();
  if (message.title.empty()) return Error::InvalidArgument("Please give the template a title.", "title");
  if (message.body.find_first_not_of(" \n\t") == std::string::npos) {
    return Error::InvalidArgument("The template is empty.", "body");
  }
  return store_.SaveTemplate(message);
}

Result<void> AdminService::DeleteTemplate(const User& viewer, std::int64_t id) {
  if (!Can(viewer, Permission::kManageTemplates)) return Error::Forbidden("Your account can't change message templates.");
  return store_.DeleteTemplate(id);
}

Result<OutboxView> AdminService::Outbox(const User& viewer, std::optional<MailStatus> status) {
  if (!Can(viewer, Permission::kAnswerReaders) && !Can(viewer, Permission::kManageSettings)) {
    return Error::Forbidden("Your account can't see the outbox.");
  }
  OutboxView view;
  auto mails = store_.ListMail(status, {0, 100});
  if (!mails) return mails.error();
  auto counts = store_.CountMailByStatus();
  if (!counts) return counts.error();
  view.mails = std::move(*mails);
  view.counts = std::move(*counts);
  return view;
}

Result<void> AdminService::RetryMail(const User& viewer, std::int64_t id) {
  if (!Can(viewer, Permission::kAnswerReaders) && !Can(viewer, Permission::kManageSettings)) {
    return Error::Forbidden("Your account can't change the outbox.");
  }
  return store_.RequeueMail(id, clock_.Now());
}

}  // namespace rapport::service
