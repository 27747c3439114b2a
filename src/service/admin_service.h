// AdminService: the desk's housekeeping — staff accounts and profiles,
// message templates, the outbox's state. Each method checks the acting
// user's permission first.
//
// Thread safety: thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "service/auth_service.h"
#include "store/store.h"

namespace rapport::service {

struct NewAccount {
  std::string login;
  std::string display_name;
  std::string signature;
  std::string email;
  std::string role = "author";
  std::string password;
};

struct Profile {
  std::string display_name;
  std::string signature;
  std::string email;
  std::string bio;
};

struct OutboxView {
  std::vector<OutgoingMail> mails;
  std::map<MailStatus, std::int64_t> counts;
};

class AdminService {
 public:
  AdminService(store::Store& store, const Clock& clock, AuthService& auth);

  Result<std::vector<User>> Users(const User& viewer);
  Result<User> AddUser(const User& viewer, NewAccount account);
  Result<void> SetRole(const User& viewer, std::int64_t user_id, std::string_view role);
  // Anyone may change their own profile.
  Result<void> UpdateProfile(const User& viewer, Profile profile);
  Result<void> ChangeOwnPassword(const User& viewer, std::string_view current, std::string_view replacement);

  // Messages staff can send to a comment's writer. The first call on a new
  // site plants a few written with care, to edit or replace.
  Result<std::vector<MessageTemplate>> Templates(const User& viewer);
  Result<MessageTemplate> SaveTemplate(const User& viewer, MessageTemplate message);
  Result<void> DeleteTemplate(const User& viewer, std::int64_t id);

  Result<OutboxView> Outbox(const User& viewer, std::optional<MailStatus> status);
  Result<void> RetryMail(const User& viewer, std::int64_t id);

 private:
  store::Store& store_;
  const Clock& clock_;
  AuthService& auth_;
};

}  // namespace rapport::service
