// A schema migration: a numbered script that moves the database from
// version-1 to version. Each backend keeps its list in code (for example
// store/sqlite/sqlite_schema.cc), so a binary always carries the schema it needs.
//
// Thread safety: plain values.
#pragma once

#include <string_view>
#include <vector>

namespace rapport::store::sql {

struct Migration {
  int version;
  std::string_view name;
  std::string_view script;
};

}  // namespace rapport::store::sql
