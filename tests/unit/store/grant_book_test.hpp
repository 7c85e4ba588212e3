// The book the grant store tests start from: RES with fiscal years 2025 and
// 2026, the funder F-CD (441000), and one agreement recorded through the
// GrantDesk, in a SQLite file of the test's.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "grants/grant_desk.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::test {

inline Money eur(const char* text) {
  return Money::parse(text);
}

class GrantBookTest : public ::testing::Test {
 protected:
  // Opens the book and records `grant` (of RES, funder F-CD).
  void open_with(const Grant& grant) {
    book_ = initialised_book(path_);
    store_ = std::make_unique<SqliteGrantStore>(*book_);
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.add_fiscal_year("RES", 2026);
    book.add_auxiliary("RES", AuxiliaryAccount{"F-CD", "Département", "441000"});
    GrantDesk(*store_, book).add_grant(grant);
    scope->commit();
  }

  TempDir dir_;
  std::string path_ = dir_.file("grants.db");
  std::unique_ptr<SqliteBook> book_;
  std::unique_ptr<SqliteGrantStore> store_;
};

}  // namespace comptoir::test
