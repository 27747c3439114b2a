// A Connection over one libpq connection. Statements are prepared once per
// connection (named by SQL text) and run with text parameters; SQLSTATEs map
// to Rapport's error codes (unique violation -> kConflict, lost connection ->
// kUnavailable, after which the pool opens a fresh connection).
//
// Thread safety: one thread at a time (see ConnectionPool).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql/connection.h"

struct pg_conn;
struct pg_result;

namespace rapport::store::postgres {

class PostgresConnection final : public sql::Connection {
 public:
  // `conninfo` is a libpq connection string or URI ("postgresql://...").
  static Result<std::unique_ptr<sql::Connection>> Open(const std::string& conninfo);
  ~PostgresConnection() override;

  sql::Dialect dialect() const override { return sql::Dialect::kPostgres; }
  Result<std::vector<sql::Row>> Query(std::string_view sql, std::span<const sql::Value> params) override;
  Result<std::int64_t> Execute(std::string_view sql, std::span<const sql::Value> params) override;
  Result<void> ExecuteScript(std::string_view sql) override;
  bool healthy() const override;

 private:
  explicit PostgresConnection(pg_conn* conn) : conn_(conn) {}
  // Runs a prepared statement; the caller owns the returned result.
  Result<pg_result*> Run(std::string_view sql, std::span<const sql::Value> params);
  Error ResultError(pg_result* result, std::string_view context);

  pg_conn* conn_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL text -> statement name
};

}  // namespace rapport::store::postgres
