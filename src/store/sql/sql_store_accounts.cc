// SqlStore: staff accounts, sessions and sign-in throttling.
#include "store/sql/row_mapping.h"
#include "store/sql/sql_store.h"

namespace rapport::store::sql {

Result<void> SqlStore::UpdateUser(const User& user) {
  auto changed = Execute(
      "UPDATE users SET display_name = $2, signature = $3, bio = $4, email = $5, role = $6 WHERE id = $1",
      {user.id, user.display_name, user.signature, user.bio, user.email, std::string(RoleName(user.role))});
  if (!changed) return changed.error();
  if (*changed == 0) return Error::NotFound("That user no longer exists.");
  return Ok();
}

Result<std::string> SqlStore::PasswordHash(std::int64_t user_id) {
  auto rows = Query("SELECT password_hash FROM users WHERE id = $1", {user_id});
  if (!rows) return rows.error();
  if (rows->empty()) return Error::NotFound("That user no longer exists.");
  return rows->front().Text(0);
}

Result<void> SqlStore::SetPasswordHash(std::int64_t user_id, std::string_view hash) {
  auto changed = Execute("UPDATE users SET password_hash = $2 WHERE id = $1", {user_id, std::string(hash)});
  if (!changed) return changed.error();
  if (*changed == 0) return Error::NotFound("That user no longer exists.");
  return Ok();
}

Result<void> SqlStore::CreateSession(const Session& s) {
  auto done = Execute(
      "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
      {s.token_hash, s.user_id, s.created_at, s.last_seen_at, s.expires_at});
  if (!done) return done.error();
  return Ok();
}

Result<std::optional<Session>> SqlStore::FindSession(std::string_view token_hash) {
  return First<Session>(
      Query("SELECT " + std::string(kSessionColumns) + " FROM sessions WHERE token_hash = $1", {std::string(token_hash)}),
      SessionFromRow);
}

Result<void> SqlStore::TouchSession(std::string_view token_hash, UnixSeconds at) {
  auto done = Execute("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1", {std::string(token_hash), at});
  if (!done) return done.error();
  return Ok();
}

Result<void> SqlStore::DeleteSession(std::string_view token_hash) {
  auto done = Execute("DELETE FROM sessions WHERE token_hash = $1", {std::string(token_hash)});
  if (!done) return done.error();
  return Ok();
}

Result<void> SqlStore::DeleteSessionsOf(std::int64_t user_id) {
  auto done = Execute("DELETE FROM sessions WHERE user_id = $1", {user_id});
  if (!done) return done.error();
  return Ok();
}

Result<void> SqlStore::DeleteExpiredSessions(UnixSeconds now, UnixSeconds idle_before) {
  auto done = Execute("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at < $2", {now, idle_before});
  if (!done) return done.error();
  return Ok();
}

Result<void> SqlStore::RecordLoginFailure(std::string_view scope, UnixSeconds at) {
  auto done = Execute("INSERT INTO login_failures (scope, at) VALUES ($1, $2)", {std::string(scope), at});
  if (!done) return done.error();
  return Ok();
}

Result<std::int64_t> SqlStore::CountLoginFailures(std::string_view scope, UnixSeconds since) {
  auto rows = Query("SELECT COUNT(*) FROM login_failures WHERE scope = $1 AND at >= $2", {std::string(scope), since});
  if (!rows) return rows.error();
  return rows->front().Int(0);
}

Result<void> SqlStore::ClearLoginFailures(std::string_view scope) {
  auto done = Execute("DELETE FROM login_failures WHERE scope = $1", {std::string(scope)});
  if (!done) return done.error();
  return Ok();
}

}  // namespace rapport::store::sql
