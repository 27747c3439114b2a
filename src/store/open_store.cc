#include "store/open_store.h"

#include "store/postgres/postgres_store.h"
#include "store/sqlite/sqlite_store.h"

namespace rapport::store {

Result<std::unique_ptr<Store>> OpenStore(std::string_view url, int max_connections) {
  if (url.rfind("sqlite:", 0) == 0) {
    std::string path(url.substr(7));
    if (path.rfind("//", 0) == 0) path = path.substr(2);  // "sqlite://file.db" is also accepted
    if (path.empty()) return Error::InvalidArgument("The database URL \"sqlite:\" needs a file path after the colon.");
    auto opened = sqlite::SqliteStore::Open(path, max_connections);
    if (!opened) return opened.error();
    return std::unique_ptr<Store>(std::move(*opened));
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    auto opened = postgres::PostgresStore::Open(std::string(url), max_connections);
    if (!opened) return opened.error();
    return std::unique_ptr<Store>(std::move(*opened));
  }
  // The URL may hold a password: name only its scheme.
  const std::string scheme(url.substr(0, url.find(':')));
  return Error::InvalidArgument("Unknown kind of database \"" + scheme +
                                "\". Use sqlite:PATH (for example sqlite:data/rapport.db) or postgresql://USER@HOST/DB.");
}

}  // namespace rapport::store
