// BackendTest: a test run once per store backend (INSTANTIATE_TEST_SUITE_P
// with Backend::kSqlite and Backend::kPostgres), each on a fresh, migrated
// database. PostgreSQL is skipped when RAPPORT_TEST_PG_URL is not set
// (scripts/test.sh always sets it, and then a PostgreSQL that cannot be
// reached is a failure, not a skip).
//
// Thread safety: one test at a time.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "testing/test_store.h"

namespace rapport::testing {

class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgres && PostgresTestUrl().empty()) {
      GTEST_SKIP() << "RAPPORT_TEST_PG_URL is not set";
    }
    db_ = std::make_unique<TestStore>(GetParam());
    ASSERT_TRUE(db_->ok());
  }
  store::Store& s() { return db_->store(); }

  std::unique_ptr<TestStore> db_;
};

}  // namespace rapport::testing
