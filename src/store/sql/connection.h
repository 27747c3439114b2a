// The small SQL seam under SqlStore: a connection that runs one statement
// with positional parameters and returns rows. SQLite and PostgreSQL each
// implement it; the queries themselves are shared and written once, in
// PostgreSQL's "$1" placeholder style (the SQLite driver rewrites them).
//
// Thread safety: a Connection is used by one thread at a time (the pool in
// SqlStore guarantees it).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace rapport::store::sql {

// A parameter or a column value. Text is also how PostgreSQL returns numbers;
// Row's accessors convert.
using Value = std::variant<std::monostate, std::int64_t, std::string>;

inline Value Null() { return std::monostate{}; }
inline Value OptionalInt(const std::optional<std::int64_t>& v) { return v ? Value(*v) : Null(); }

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool IsNull(std::size_t i) const { return std::holds_alternative<std::monostate>(values_.at(i)); }
  std::int64_t Int(std::size_t i) const;  // 0 for NULL
  std::optional<std::int64_t> OptionalInt(std::size_t i) const;
  std::string Text(std::size_t i) const;  // "" for NULL
  std::size_t size() const { return values_.size(); }

 private:
  std::vector<Value> values_;
};

enum class Dialect { kSqlite, kPostgres };

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // Runs one statement and returns its rows (none for statements without).
  virtual Result<std::vector<Row>> Query(std::string_view sql, std::span<const Value> params) = 0;
  // Runs one statement; returns the number of rows it changed.
  virtual Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) = 0;
  // Runs several statements separated by ';' with no parameters (migrations).
  virtual Result<void> ExecuteScript(std::string_view sql) = 0;
  // False once the connection is known to be broken; the pool then replaces it.
  virtual bool healthy() const { return true; }
};

}  // namespace rapport::store::sql
