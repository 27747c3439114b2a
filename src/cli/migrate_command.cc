#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "store/open_store.h"

namespace rapport::cli {

int Fail(const Error& error) {
  std::cerr << "rapport: " << error.message << "\n";
  return error.field == "schema_version" ? kExitSchemaOutdated : ExitCodeFor(error);
}

Result<std::unique_ptr<store::Store>> OpenCheckedStore(const Config& config, int connections, bool migrate) {
  auto store = store::OpenStore(config.db, connections);
  if (!store) return store.error();
  auto version = (*store)->SchemaVersion();
  if (!version) return version.error();
  const int latest = (*store)->LatestSchemaVersion();
  if (*version > latest) {
    return Error::Conflict("The database uses schema version " + std::to_string(*version) +
                           ", which is newer than this build of Rapport understands (" + std::to_string(latest) +
                           "). Run a newer Rapport with this database.");
  }
  if (*version < latest) {
    if (*version > 0 && !migrate) {
      return Error::Conflict("The database uses schema version " + std::to_string(*version) +
                                ", and this build of Rapport needs version " + std::to_string(latest) +
                                ". Back it up, then run:\n  rapport migrate --db " +
                                (config.db.rfind("sqlite:", 0) == 0 ? config.db : std::string("<your database URL>")),
                             "schema_version");
    }
    RAPPORT_RETURN_IF_ERROR((*store)->Migrate());
  }
  return std::move(*store);
}

int RunMigrate(Config& config, int up_to) {
  auto store = store::OpenStore(config.db, 1);
  if (!store) return Fail(store.error());
  auto before = (*store)->SchemaVersion();
  if (!before) return Fail(before.error());
  if (up_to > (*store)->LatestSchemaVersion()) {
    return Fail(Error::InvalidArgument("This build of Rapport knows schema versions up to " +
                                       std::to_string((*store)->LatestSchemaVersion()) + "."));
  }
  if (auto done = (*store)->Migrate(up_to); !done) return Fail(done.error());
  const int latest = up_to > 0 ? up_to : (*store)->LatestSchemaVersion();
  if (*before == latest) {
    std::cout << "The database is already at schema version " << latest << ".\n";
  } else {
    std::cout << "Migrated the database from schema version " << *before << " to " << latest << ".\n";
  }
  return 0;
}

}  // namespace rapport::cli
