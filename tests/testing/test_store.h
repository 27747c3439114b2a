// Test databases: a fresh SQLite file in a temporary folder, or a fresh
// PostgreSQL schema when RAPPORT_TEST_PG_URL names a server (scripts/test.sh
// starts one). Each TestStore is migrated, empty and removed afterwards.
//
// Thread safety: one test at a time.
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace rapport::testing {

enum class Backend { kSqlite, kPostgres };

std::string BackendName(Backend backend);

// The PostgreSQL URL for tests, or "" when none is configured.
std::string PostgresTestUrl();

// The backend of tests that do not name one: PostgreSQL when the environment
// says RAPPORT_TEST_BACKEND=postgresql, else SQLite. CTest runs the service
// and HTTP suites a second time that way, so both stores pass the same tests.
Backend DefaultBackend();

class TestStore {
 public:
  // Fails the current test (ADD_FAILURE) and leaves store() null when the
  // database cannot be opened; check with `ok()`.
  explicit TestStore(Backend backend, bool migrate = true);
  ~TestStore();

  bool ok() const { return store_ != nullptr; }
  store::Store& store() { return *store_; }
  const std::string& url() const { return url_; }

  // Opens a second Store on the same database (as another node would).
  std::unique_ptr<store::Store> OpenAgain() const;

 private:
  Backend backend_;
  std::string url_;
  std::string dir_;     // SQLite: the temporary folder
  std::string schema_;  // PostgreSQL: the temporary schema
  std::unique_ptr<store::Store> store_;
};

// A small published site for tests: one author, one series of two posts, a
// standalone post, a category and a tag.
struct SampleSite {
  User author;
  Series series;
  Post part_one;
  Post part_two;
  Post standalone;
  Term category;
  Term tag;
};
SampleSite PlantSampleSite(store::Store& store, UnixSeconds now);

// A temporary folder removed with the object.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace rapport::testing
