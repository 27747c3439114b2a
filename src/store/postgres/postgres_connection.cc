#include "store/postgres/postgres_connection.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <string_view>

namespace rapport::store::postgres {
namespace {

void IgnoreNotice(void*, const char*) {}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

}  // namespace

Result<std::unique_ptr<sql::Connection>> PostgresConnection::Open(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    std::string message = conn ? PQerrorMessage(conn) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    PQfinish(conn);
    return Error::Unavailable("Could not connect to PostgreSQL: " + message);
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  std::unique_ptr<sql::Connection> out(new PostgresConnection(conn));
  RAPPORT_RETURN_IF_ERROR(out->ExecuteScript("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"));
  return out;
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

bool PostgresConnection::healthy() const { return PQstatus(conn_) == CONNECTION_OK; }

Error PostgresConnection::ResultError(PGresult* result, std::string_view context) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string detail = std::string(context) + ": " + PQerrorMessage(conn_);
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  const std::string_view sqlstate = state ? state : "";
  if (sqlstate == "23505") return Error::Conflict(detail);
  if (sqlstate == "23503" || sqlstate == "23514" || sqlstate == "23502" || sqlstate.substr(0, 2) == "22") {
    return Error::InvalidArgument(detail);
  }
  if (sqlstate.substr(0, 2) == "08" || sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "57P01" ||
      !healthy()) {
    return Error::Unavailable(detail);
  }
  return Error::Internal(detail);
}

Result<PGresult*> PostgresConnection::Run(std::string_view sql, std::span<const sql::Value> params) {
  std::string key(sql);
  auto it = prepared_.find(key);
  if (it == prepared_.end()) {
    std::string name = "rapport_" + std::to_string(prepared_.size() + 1);
    ResultPtr prepared(PQprepare(conn_, name.c_str(), key.c_str(), 0, nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) return ResultError(prepared.get(), "prepare");
    it = prepared_.emplace(std::move(key), std::move(name)).first;
  }
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
      texts[i] = std::to_string(*n);
      values[i] = texts[i].c_str();
    } else if (const auto* s = std::get_if<std::string>(&params[i])) {
      values[i] = s->c_str();
    }
  }
  PGresult* result = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()), values.data(),
                                    nullptr, nullptr, 0);
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    Error e = ResultError(result, "query");
    PQclear(result);
    // A statement prepared in a transaction that failed may be gone; forget it.
    if (!healthy()) prepared_.clear();
    return e;
  }
  return result;
}

Result<std::vector<sql::Row>> PostgresConnection::Query(std::string_view sql, std::span<const sql::Value> params) {
  auto run = Run(sql, params);
  if (!run) return run.error();
  ResultPtr result(*run);
  const int rows = PQntuples(result.get());
  const int columns = PQnfields(result.get());
  std::vector<sql::Row> out;
  out.reserve(rows);
  for (int r = 0; r < rows; ++r) {
    std::vector<sql::Value> values;
    values.reserve(columns);
    for (int c = 0; c < columns; ++c) {
      if (PQgetisnull(result.get(), r, c)) {
        values.emplace_back(std::monostate{});
      } else {
        values.emplace_back(std::string(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c)));
      }
    }
    out.emplace_back(std::move(values));
  }
  return out;
}

Result<std::int64_t> PostgresConnection::Execute(std::string_view sql, std::span<const sql::Value> params) {
  auto run = Run(sql, params);
  if (!run) return run.error();
  ResultPtr result(*run);
  const char* affected = PQcmdTuples(result.get());
  return static_cast<std::int64_t>(affected && *affected ? std::atoll(affected) : 0);
}

Result<void> PostgresConnection::ExecuteScript(std::string_view sql) {
  const std::string text(sql);
  ResultPtr result(PQexec(conn_, text.c_str()));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return ResultError(result.get(), "script");
  return Ok();
}

}  // namespace rapport::store::postgres
