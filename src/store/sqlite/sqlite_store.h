// SqliteStore: the embedded default. One database file (WAL mode) beside the
// binary's data, a small pool of connections; SQLite serialises writers and
// the busy timeout makes them queue.
//
// Thread safety: as Store.
#pragma once

#include <memory>
#include <string>

#include "store/sql/sql_store.h"

namespace rapport::store::sqlite {

const std::vector<sql::Migration>& SqliteMigrations();

class SqliteStore final : public sql::SqlStore {
 public:
  // `path` is a file name (created with its folder if missing) or a SQLite
  // URI ("file:...").
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path, int max_connections);

  std::string_view BackendName() const override { return "sqlite"; }

 protected:
  const std::vector<sql::Migration>& Migrations() const override { return SqliteMigrations(); }
  std::string_view TableExistsSql() const override {
    return "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1";
  }
  std::string_view BeginSql() const override { return "BEGIN IMMEDIATE"; }

 private:
  using SqlStore::SqlStore;
};

}  // namespace rapport::store::sqlite
