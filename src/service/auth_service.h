// AuthService: staff sign-in and sessions.
//
//  - Passwords are argon2id hashes (safety/passwords.h).
//  - Failed sign-ins are counted per account and per client address (a keyed
//    hash, never the address itself); past a limit within a window, sign-in is
//    refused for that scope until the window passes, whatever the password.
//  - Every refusal says the same thing, so the page does not reveal which
//    accounts exist; an unknown account costs the same time as a wrong password.
//  - Sessions end after `idle_seconds` without use and `absolute_seconds`
//    after sign-in, whichever comes first; sign-out ends one at once, and a
//    password change ends them all.
//
// Thread safety: thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "core/session.h"
#include "core/user.h"
#include "store/store.h"

namespace rapport::service {

struct AuthOptions {
  UnixSeconds idle_seconds = 2 * 3600;
  UnixSeconds absolute_seconds = 7 * 86400;
  UnixSeconds failure_window_seconds = 15 * 60;
  int max_failures_per_account = 5;
  int max_failures_per_address = 20;
};

struct SignedIn {
  User user;
  Session session;
  std::string token;  // the cookie value; only known right after SignIn
};

class AuthService {
 public:
  AuthService(store::Store& store, const Clock& clock, AuthOptions options = {});

  // `address_key` identifies the client (a keyed hash of its address).
  Result<SignedIn> SignIn(std::string_view login, std::string_view password, std::string_view address_key);
  // The user behind a session cookie; Unauthorized when it is unknown or has
  // expired (an expired session is deleted).
  Result<SignedIn> Authenticate(std::string_view token);
  Result<void> SignOut(std::string_view token);
  // Sets a new password and ends every session of the user.
  Result<void> SetPassword(std::int64_t user_id, std::string_view password);

  const AuthOptions& options() const { return options_; }

 private:
  Result<bool> Throttled(const std::string& scope, int limit);

  store::Store& store_;
  const Clock& clock_;
  AuthOptions options_;
};

}  // namespace rapport::service
