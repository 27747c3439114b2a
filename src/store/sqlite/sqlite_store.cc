#include "store/sqlite/sqlite_store.h"

#include <filesystem>

#include "store/sqlite/sqlite_connection.h"

namespace rapport::store::sqlite {

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path, int max_connections) {
  if (path.rfind("file:", 0) != 0 && path != ":memory:") {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec) return Error::Unavailable("Could not create the folder " + parent.string() + ": " + ec.message());
  }
  auto opener = [path]() { return SqliteConnection::Open(path); };
  // Check the file opens now, so a wrong path is reported at start-up.
  auto probe = opener();
  if (!probe) return probe.error();
  return std::unique_ptr<SqliteStore>(new SqliteStore(opener, max_connections));
}

}  // namespace rapport::store::sqlite
