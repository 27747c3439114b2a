#include "store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

namespace rapport::store::sqlite {

std::string RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '$') {
      out += '?';
      continue;
    }
    out += c;
  }
  return out;
}

Result<std::unique_ptr<sql::Connection>> SqliteConnection::Open(const std::string& path) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Error::Unavailable("Could not open the SQLite database at " + path + ": " + message);
  }
  std::unique_ptr<sql::Connection> conn(new SqliteConnection(db));
  sqlite3_busy_timeout(db, 10000);
  sqlite3_extended_result_codes(db, 1);
  RAPPORT_RETURN_IF_ERROR(conn->ExecuteScript(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"));
  return conn;
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Error SqliteConnection::LastError(std::string_view context) const {
  const int code = sqlite3_extended_errcode(db_);
  const std::string detail = std::string(context) + ": " + sqlite3_errmsg(db_);
  switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Error::Conflict(detail);
    case SQLITE_CONSTRAINT_FOREIGNKEY:
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
      return Error::InvalidArgument(detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
      return Error::Unavailable(detail);
    default:
      return Error::Internal(detail);
  }
}

Result<sqlite3_stmt*> SqliteConnection::Prepare(std::string_view sql, std::span<const sql::Value> params) {
  std::string key(sql);
  sqlite3_stmt* stmt = nullptr;
  if (auto it = statements_.find(key); it != statements_.end()) {
    stmt = it->second;
  } else {
    const std::string rewritten = RewritePlaceholders(sql);
    if (sqlite3_prepare_v3(db_, rewritten.c_str(), static_cast<int>(rewritten.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK) {
      return LastError("prepare");
    }
    statements_.emplace(std::move(key), stmt);
  }
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i + 1);
    const sql::Value& v = params[i];
    int rc;
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
      rc = sqlite3_bind_int64(stmt, index, *n);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      rc = sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    } else {
      rc = sqlite3_bind_null(stmt, index);
    }
    if (rc != SQLITE_OK) return LastError("bind");
  }
  return stmt;
}

Result<std::vector<sql::Row>> SqliteConnection::Query(std::string_view sql, std::span<const sql::Value> params) {
  auto stmt = Prepare(sql, params);
  if (!stmt) return stmt.error();
  std::vector<sql::Row> rows;
  const int columns = sqlite3_column_count(*stmt);
  for (;;) {
    const int rc = sqlite3_step(*stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) {
      Error e = LastError("step");
      sqlite3_reset(*stmt);
      return e;
    }
    std::vector<sql::Value> values;
    values.reserve(columns);
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(*stmt, c)) {
        case SQLITE_NULL: values.emplace_back(std::monostate{}); break;
        case SQLITE_INTEGER: values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(*stmt, c))); break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(*stmt, c));
          values.emplace_back(std::string(text ? text : "", sqlite3_column_bytes(*stmt, c)));
        }
      }
    }
    rows.emplace_back(std::move(values));
  }
  sqlite3_reset(*stmt);
  return rows;
}

Result<std::int64_t> SqliteConnection::Execute(std::string_view sql, std::span<const sql::Value> params) {
  auto rows = Query(sql, params);
  if (!rows) return rows.error();
  return static_cast<std::int64_t>(sqlite3_changes64(db_));
}

Result<void> SqliteConnection::ExecuteScript(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Error e = LastError("script");
    sqlite3_free(message);
    return e;
  }
  return Ok();
}

}  // namespace rapport::store::sqlite
