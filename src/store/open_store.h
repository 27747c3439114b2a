// Opens the Store a database URL names: "sqlite:path/to/file.db" (the
// default, "sqlite:data/rapport.db") or "postgresql://..." / "postgres://...".
// This is the only place that names the concrete backends.
//
// Thread safety: call from one thread; the Store it returns is thread-safe.
#pragma once

#include <memory>
#include <string_view>

#include "core/result.h"
#include "store/store.h"

namespace rapport::store {

inline constexpr std::string_view kDefaultDatabaseUrl = "sqlite:data/rapport.db";

Result<std::unique_ptr<Store>> OpenStore(std::string_view url, int max_connections);

}  // namespace rapport::store
