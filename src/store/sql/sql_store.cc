// SqlStore: schema, transactions, settings and users. Posts and comments
// live in sql_store_posts.cc and sql_store_comments.cc.
#include "store/sql/sql_store.h"

#include "store/sql/row_mapping.h"

namespace rapport::store::sql {

SqlStore::SqlStore(ConnectionPool::Opener opener, int max_connections) : pool_(std::move(opener), max_connections) {}

Result<std::vector<Row>> SqlStore::Query(std::string_view sql, std::initializer_list<Value> params) {
  auto conn = pool_.Acquire();
  if (!conn) return conn.error();
  return (*conn)->Query(sql, std::span<const Value>(params.begin(), params.size()));
}

Result<std::vector<Row>> SqlStore::Query(std::string_view sql, const std::vector<Value>& params) {
  auto conn = pool_.Acquire();
  if (!conn) return conn.error();
  return (*conn)->Query(sql, params);
}

Result<std::int64_t> SqlStore::Execute(std::string_view sql, std::initializer_list<Value> params) {
  auto conn = pool_.Acquire();
  if (!conn) return conn.error();
  return (*conn)->Execute(sql, std::span<const Value>(params.begin(), params.size()));
}

Result<void> SqlStore::InTransaction(const std::function<Result<void>()>& fn) {
  if (pool_.InTransaction()) return fn();  // join the outer transaction
  auto conn = pool_.Acquire();
  if (!conn) return conn.error();
  RAPPORT_RETURN_IF_ERROR((*conn)->Execute(BeginSql(), {}));
  pool_.Pin(&**conn);
  Result<void> result = Error::Internal("transaction body did not finish");
  try {
    result = fn();
  } catch (...) {
    pool_.Unpin();
    (void)(*conn)->Execute("ROLLBACK", {});
    throw;
  }
  pool_.Unpin();
  if (!result) {
    (void)(*conn)->Execute("ROLLBACK", {});
    return result;
  }
  if (auto commit = (*conn)->Execute("COMMIT", {}); !commit) {
    (void)(*conn)->Execute("ROLLBACK", {});
    return commit.error();
  }
  return Ok();
}

// ---- Schema -----------------------------------------------------------------

int SqlStore::LatestSchemaVersion() const { return Migrations().empty() ? 0 : Migrations().back().version; }

Result<int> SqlStore::SchemaVersion() {
  auto exists = Query(TableExistsSql(), {std::string("schema_migrations")});
  if (!exists) return exists.error();
  if (exists->empty() || exists->front().Int(0) == 0) return 0;
  auto rows = Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!rows) return rows.error();
  return static_cast<int>(rows->front().Int(0));
}

Result<void> SqlStore::Migrate(int up_to) {
  auto current = SchemaVersion();
  if (!current) return current.error();
  if (*current > LatestSchemaVersion()) {
    return Error::Conflict("The database schema is at version " + std::to_string(*current) +
                           ", newer than this build of Rapport understands (" +
                           std::to_string(LatestSchemaVersion()) + "). Upgrade Rapport before using this database.");
  }
  for (const Migration& m : Migrations()) {
    if (m.version <= *current || (up_to > 0 && m.version > up_to)) continue;
    RAPPORT_RETURN_IF_ERROR(InTransaction([&]() -> Result<void> {
      auto conn = pool_.Acquire();
      if (!conn) return conn.error();
      RAPPORT_RETURN_IF_ERROR((*conn)->ExecuteScript(m.script));
      const Value params[] = {std::int64_t{m.version}, std::string(m.name)};
      RAPPORT_RETURN_IF_ERROR((*conn)->Execute("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", params));
      return Ok();
    }));
  }
  return Ok();
}

Result<bool> SqlStore::IsEmpty() {
  auto rows = Query("SELECT (SELECT COUNT(*) FROM posts) + (SELECT COUNT(*) FROM users)");
  if (!rows) return rows.error();
  return rows->front().Int(0) == 0;
}

// ---- Settings -----------------------------------------------------------------

Result<std::optional<std::string>> SqlStore::GetSetting(std::string_view key) {
  auto rows = Query("SELECT value FROM settings WHERE key = $1", {std::string(key)});
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::string>();
  return std::optional<std::string>(rows->front().Text(0));
}

Result<void> SqlStore::PutSetting(std::string_view key, std::string_view value) {
  auto done = Execute(
      "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      {std::string(key), std::string(value)});
  if (!done) return done.error();
  return Ok();
}

Result<std::string> SqlStore::InitSetting(std::string_view key, std::string_view value) {
  RAPPORT_RETURN_IF_ERROR(Execute("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                                  {std::string(key), std::string(value)}));
  auto kept = GetSetting(key);
  if (!kept) return kept.error();
  if (!*kept) return Error::Internal("The setting " + std::string(key) + " could not be stored.");
  return **kept;
}

// ---- Users --------------------------------------------------------------------

Result<User> SqlStore::CreateUser(const User& user, std::string_view password_hash) {
  auto rows = Query(
      "INSERT INTO users (login, display_name, signature, bio, role, password_hash, created_at, email) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
      {user.login, user.display_name, user.signature, user.bio, std::string(RoleName(user.role)),
       std::string(password_hash), user.created_at, user.email});
  if (!rows) {
    if (rows.error().code == ErrorCode::kConflict) {
      return Error::Conflict("There is already a user called \"" + user.login + "\".", "login");
    }
    return rows.error();
  }
  User created = user;
  created.id = rows->front().Int(0);
  return created;
}

Result<std::optional<User>> SqlStore::FindUserById(std::int64_t id) {
  return First<User>(Query("SELECT " + std::string(kUserColumns) + " FROM users WHERE id = $1", {id}), UserFromRow);
}

Result<std::optional<User>> SqlStore::FindUserByLogin(std::string_view login) {
  return First<User>(Query("SELECT " + std::string(kUserColumns) + " FROM users WHERE login = $1", {std::string(login)}),
                     UserFromRow);
}

Result<std::vector<User>> SqlStore::ListUsers() {
  return All<User>(Query("SELECT " + std::string(kUserColumns) + " FROM users ORDER BY login"), UserFromRow);
}

}  // namespace rapport::store::sql
