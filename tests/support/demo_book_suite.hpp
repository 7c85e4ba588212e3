// A test suite that reads the shared demo books through one SqliteBook,
// opened read-only once for the suite, and checks after each test that the
// shared file did not change.
#pragma once

#include <gtest/gtest.h>

#include "store/sqlite_book.hpp"
#include "support/demo_book.hpp"

namespace comptoir::test {

class DemoBookReader : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = SqliteBook::open(shared_demo_book().string(), OpenMode::ReadOnly).release(); }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  void TearDown() override { expect_shared_demo_book_untouched(); }
  static SqliteBook& demo() { return *db_; }

 private:
  static inline SqliteBook* db_ = nullptr;
};

}  // namespace comptoir::test
