#include "store/postgres/postgres_store.h"

#include "store/postgres/postgres_connection.h"

namespace rapport::store::postgres {

Result<std::unique_ptr<PostgresStore>> PostgresStore::Open(const std::string& conninfo, int max_connections) {
  auto opener = [conninfo]() { return PostgresConnection::Open(conninfo); };
  auto probe = opener();  // report a wrong address or password at start-up
  if (!probe) return probe.error();
  return std::unique_ptr<PostgresStore>(new PostgresStore(opener, max_connections));
}

}  // namespace rapport::store::postgres
