#include "testing/test_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>

#include <libpq-fe.h>

#include "store/open_store.h"

namespace rapport::testing {
namespace {

std::string RandomSuffix() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  return std::to_string(rd() % 1000000) + "_" + std::to_string(counter++);
}

template <typename T>
T Must(Result<T> r, const char* what) {
  if (!r) {
    ADD_FAILURE() << what << ": " << r.error().message;
    std::abort();
  }
  return std::move(*r);
}

}  // namespace

std::string BackendName(Backend backend) { return backend == Backend::kSqlite ? "sqlite" : "postgresql"; }

namespace {

// Asked to run on PostgreSQL with none configured: skip every test, saying why.
class NeedsPostgres : public ::testing::Environment {
 public:
  void SetUp() override {
    if (DefaultBackend() == Backend::kPostgres && PostgresTestUrl().empty()) {
      GTEST_SKIP() << "RAPPORT_TEST_BACKEND=postgresql, but RAPPORT_TEST_PG_URL names no server";
    }
  }
};
[[maybe_unused]] ::testing::Environment* const kNeedsPostgres = ::testing::AddGlobalTestEnvironment(new NeedsPostgres);

}  // namespace

Backend DefaultBackend() {
  const char* name = std::getenv("RAPPORT_TEST_BACKEND");
  return name && std::string_view(name) == "postgresql" ? Backend::kPostgres : Backend::kSqlite;
}

std::string PostgresTestUrl() {
  const char* url = std::getenv("RAPPORT_TEST_PG_URL");
  return url ? url : "";
}

TempDir::TempDir() {
  path_ = (std::filesystem::temp_directory_path() / ("rapport-test-" + RandomSuffix())).string();
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

namespace {

// Runs one statement on the PostgreSQL test server with libpq directly: the
// Store interface deliberately has no raw SQL, and tests need to make and drop
// their own schemas.
bool PgExec(const std::string& url, const std::string& sql, std::string* error) {
  PGconn* conn = PQconnectdb(url.c_str());
  bool ok = PQstatus(conn) == CONNECTION_OK;
  if (ok) {
    PGresult* r = PQexec(conn, sql.c_str());
    ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
  }
  if (!ok && error) *error = PQerrorMessage(conn);
  PQfinish(conn);
  return ok;
}

}  // namespace

TestStore::TestStore(Backend backend, bool migrate) : backend_(backend) {
  if (backend == Backend::kSqlite) {
    dir_ = (std::filesystem::temp_directory_path() / ("rapport-store-" + RandomSuffix())).string();
    url_ = "sqlite:" + dir_ + "/test.db";
  } else {
    const std::string base = PostgresTestUrl();
    if (base.empty()) return;
    schema_ = "t_" + RandomSuffix();
    std::string error;
    if (!PgExec(base, "CREATE SCHEMA " + schema_, &error)) {
      ADD_FAILURE() << "PostgreSQL at RAPPORT_TEST_PG_URL is not usable: " << error;
      return;
    }
    // Every connection of this store works in the new schema.
    url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
  }
  auto opened = store::OpenStore(url_, 4);
  if (!opened) {
    ADD_FAILURE() << "Could not open " << BackendName(backend) << ": " << opened.error().message;
    return;
  }
  store_ = std::move(*opened);
  if (migrate) {
    if (auto migrated = store_->Migrate(); !migrated) {
      ADD_FAILURE() << "Could not migrate: " << migrated.error().message;
      store_.reset();
    }
  }
}

TestStore::~TestStore() {
  store_.reset();
  if (!dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  if (!schema_.empty()) PgExec(PostgresTestUrl(), "DROP SCHEMA " + schema_ + " CASCADE", nullptr);
}

std::unique_ptr<store::Store> TestStore::OpenAgain() const { return Must(store::OpenStore(url_, 2), "reopen"); }

SampleSite PlantSampleSite(store::Store& s, UnixSeconds now) {
  SampleSite site;
  site.author = Must(s.CreateUser({0, "jo", "Jo Stern", "JS", "A therapist.", Role::kAuthor, now, "jo@example.org"}, ""), "author");
  site.series = Must(s.CreateSeries({0, "holding-on", "Holding On", "Two parts."}), "series");
  site.category = Must(s.CreateTerm({0, TermKind::kCategory, "letters", "Letters", "Reader letters"}), "category");
  site.tag = Must(s.CreateTerm({0, TermKind::kTag, "breaks", "breaks", ""}), "tag");
  const auto post = [&](std::string slug, std::string title, UnixSeconds at, std::optional<std::int64_t> series,
                        int position) {
    Post p;
    p.slug = std::move(slug);
    p.title = std::move(title);
    p.body_markdown = "Some *words* about " + p.title + ".";
    p.status = PostStatus::kPublished;
    p.published_at = at;
    p.updated_at = at;
    p.author_id = site.author.id;
    p.series_id = series;
    p.series_position = position;
    return Must(s.CreatePost(p), "post");
  };
  site.standalone = post("a-letter", "A Letter", now - 3000, std::nullopt, 0);
  site.part_one = post("holding-on-i", "Holding On I", now - 2000, site.series.id, 1);
  site.part_two = post("holding-on-ii", "Holding On II", now - 1000, site.series.id, 2);
  if (!s.SetPostTerms(site.part_one.id, {site.category.id, site.tag.id})) ADD_FAILURE() << "terms";
  return site;
}

}  // namespace rapport::testing
