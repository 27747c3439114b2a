// PostgresStore: for sites that outgrow one machine. Several stateless
// Rapport nodes share one PostgreSQL database; each node keeps a pool of
// libpq connections.
//
// Thread safety: as Store.
#pragma once

#include <memory>
#include <string>

#include "store/sql/sql_store.h"

namespace rapport::store::postgres {

const std::vector<sql::Migration>& PostgresMigrations();

class PostgresStore final : public sql::SqlStore {
 public:
  // `conninfo`: "postgresql://user@host:port/db" or "host=... dbname=...".
  static Result<std::unique_ptr<PostgresStore>> Open(const std::string& conninfo, int max_connections);

  std::string_view BackendName() const override { return "postgresql"; }

 protected:
  const std::vector<sql::Migration>& Migrations() const override { return PostgresMigrations(); }
  std::string_view TableExistsSql() const override {
    return "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND "
           "table_name = $1";
  }
  std::string_view BeginSql() const override { return "BEGIN"; }

 private:
  using SqlStore::SqlStore;
};

}  // namespace rapport::store::postgres
