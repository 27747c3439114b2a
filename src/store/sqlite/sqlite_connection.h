// A Connection over one sqlite3 handle: WAL journal, synchronous=FULL (a
// committed write survives power loss), foreign keys on, a busy timeout so
// concurrent writers wait instead of failing, and a cache of prepared
// statements keyed by SQL text.
//
// Thread safety: one thread at a time (see ConnectionPool).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql/connection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::store::sqlite {

class SqliteConnection final : public sql::Connection {
 public:
  // Opens (creating if needed) the database file at `path`.
  static Result<std::unique_ptr<sql::Connection>> Open(const std::string& path);
  ~SqliteConnection() override;

  sql::Dialect dialect() const override { return sql::Dialect::kSqlite; }
  Result<std::vector<sql::Row>> Query(std::string_view sql, std::span<const sql::Value> params) override;
  Result<std::int64_t> Execute(std::string_view sql, std::span<const sql::Value> params) override;
  Result<void> ExecuteScript(std::string_view sql) override;

 private:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  Result<sqlite3_stmt*> Prepare(std::string_view sql, std::span<const sql::Value> params);
  Error LastError(std::string_view context) const;

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

// Rewrites PostgreSQL-style "$1" placeholders to SQLite's "?1", leaving
// string literals and quoted identifiers alone.
std::string RewritePlaceholders(std::string_view sql);

}  // namespace rapport::store::sqlite
