#include "service/auth_service.h"

#include "core/utf8.h"
#include "safety/passwords.h"

namespace rapport::service {
namespace {

Error WrongCredentials() {
  return Error::Unauthorized("That name and password don't match an account here. Please check them and try again.");
}

Error SignInAgain() { return Error::Unauthorized("Please sign in to continue."); }

// A real argon2id hash of a random password: verifying against it for an
// unknown account takes as long as for a real one.
const std::string& DummyHash() {
  static const std::string hash = *safety::HashPassword(safety::NewSessionToken());
  return hash;
}

}  // namespace

AuthService::AuthService(store::Store& store, const Clock& clock, AuthOptions options)
    : store_(store), clock_(clock), options_(options) {}

Result<bool> AuthService::Throttled(const std::string& scope, int limit) {
  auto failures = store_.CountLoginFailures(scope, clock_.Now() - options_.failure_window_seconds);
  if (!failures) return failures.error();
  return *failures >= limit;
}

Result<SignedIn> AuthService::SignIn(std::string_view login_text, std::string_view password,
                                     std::string_view address_key) {
  const std::string login = utf8::IsValid(login_text) ? utf8::CleanLine(login_text) : std::string();
  const std::string account_scope = "login:" + login;
  const std::string address_scope = "address:" + std::string(address_key);
  for (const auto& [scope, limit] : {std::pair{account_scope, options_.max_failures_per_account},
                                     std::pair{address_scope, options_.max_failures_per_address}}) {
    auto throttled = Throttled(scope, limit);
    if (!throttled) return throttled.error();
    if (*throttled) {
      return Error::RateLimited("There have been too many attempts to sign in. Please wait " +
                                std::to_string(options_.failure_window_seconds / 60) + " minutes and try again.");
    }
  }

  auto user = store_.FindUserByLogin(login);
  if (!user) return user.error();
  std::string hash;
  if (*user) {
    auto stored = store_.PasswordHash((*user)->id);
    if (!stored) return stored.error();
    hash = std::move(*stored);
  }
  const bool ok = safety::VerifyPassword(password, hash.empty() ? DummyHash() : hash) && *user && !hash.empty();
  const UnixSeconds now = clock_.Now();
  if (!ok) {
    RAPPORT_RETURN_IF_ERROR(store_.RecordLoginFailure(account_scope, now));
    RAPPORT_RETURN_IF_ERROR(store_.RecordLoginFailure(address_scope, now));
    return WrongCredentials();
  }
  RAPPORT_RETURN_IF_ERROR(store_.ClearLoginFailures(account_scope));
  if (safety::NeedsRehash(hash)) {
    if (auto rehashed = safety::HashPassword(password)) (void)store_.SetPasswordHash((*user)->id, *rehashed);
  }
  SignedIn signed_in;
  signed_in.user = std::move(**user);
  signed_in.token = safety::NewSessionToken();
  signed_in.session = Session{safety::HashSessionToken(signed_in.token), signed_in.user.id, now, now,
                              now + options_.absolute_seconds};
  RAPPORT_RETURN_IF_ERROR(store_.CreateSession(signed_in.session));
  return signed_in;
}

Result<SignedIn> AuthService::Authenticate(std::string_view token) {
  if (token.empty() || token.size() > 128) return SignInAgain();
  const std::string hash = safety::HashSessionToken(token);
  auto session = store_.FindSession(hash);
  if (!session) return session.error();
  if (!*session) return SignInAgain();
  const UnixSeconds now = clock_.Now();
  if ((*session)->expires_at <= now || (*session)->last_seen_at + options_.idle_seconds <= now) {
    RAPPORT_RETURN_IF_ERROR(store_.DeleteSession(hash));
    return SignInAgain();
  }
  auto user = store_.FindUserById((*session)->user_id);
  if (!user) return user.error();
  if (!*user) return SignInAgain();
  // Touch at most once a minute: a busy desk page does not write on every request.
  if (now - (*session)->last_seen_at >= 60) {
    RAPPORT_RETURN_IF_ERROR(store_.TouchSession(hash, now));
    (*session)->last_seen_at = now;
  }
  return SignedIn{std::move(**user), std::move(**session), std::string(token)};
}

Result<void> AuthService::SignOut(std::string_view token) {
  return store_.DeleteSession(safety::HashSessionToken(token));
}

Result<void> AuthService::SetPassword(std::int64_t user_id, std::string_view password) {
  auto hash = safety::HashPassword(password);
  if (!hash) return hash.error();
  return store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(store_.SetPasswordHash(user_id, *hash));
    return store_.DeleteSessionsOf(user_id);
  });
}

}  // namespace rapport::service
