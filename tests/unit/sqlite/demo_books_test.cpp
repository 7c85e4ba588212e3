// The demo books built into a real SQLite file: the activity counts of the
// 2025 report, balanced books, a clean integrity check, and determinism.
#include "ledger/demo_books.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>

#include "ledger/book.hpp"
#include "ledger/book_verifier.hpp"
#include "ledger/sqlite/sqlite_book.hpp"
#include "ledger/sqlite/sqlite_grant_store.hpp"

namespace comptoir {
namespace {

std::string temp_book(const std::string& name) {
  // The pid keeps parallel ctest processes apart.
  const std::string path =
      (std::filesystem::path(::testing::TempDir()) / (std::to_string(::getpid()) + "-" + name)).string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

std::unique_ptr<SqliteBook> build_demo(const std::string& path) {
  auto db = SqliteBook::open(path, OpenMode::Create);
  Book book(*db, *db);
  auto scope = book.begin();
  book.initialise(2025);
  SqliteGrantStore grants(*db);
  build_demo_books(book, DemoStores{grants});
  scope->commit();
  return db;
}

class DemoBooks : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = build_demo(temp_book("demo_books_test.db")).release(); }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  static SqliteBook* db_;
};
SqliteBook* DemoBooks::db_ = nullptr;

TransactionFilter filter_of(const std::string& entity, const std::string& prefix = "",
                            const std::string& journal = "") {
  TransactionFilter f;
  f.entity = entity;
  f.fiscal_year = 2025;
  f.account_prefix = prefix;
  f.journal = journal;
  return f;
}

TEST_F(DemoBooks, PrestationCounts) {
  std::map<std::string, int> lines;
  std::set<std::string> communes;
  db_->for_each_ledger_line(filter_of("AT", "7060"), [&](const LedgerLine& l) {
    ++lines[l.posting.account];
    communes.insert(l.posting.tags.at("commune"));
    EXPECT_EQ(l.posting.tags.at("activity"), "prestations");
  });
  EXPECT_EQ(lines["706010"], 21);
  EXPECT_EQ(lines["706020"], 38);
  EXPECT_EQ(lines["706030"], 24);
  EXPECT_EQ(lines["706040"], 20);
  EXPECT_GE(communes.size(), 65U);
  EXPECT_LE(communes.size(), 75U);
  int invoices = 0;
  db_->for_each_transaction(filter_of("AT", "", "VE"), [&](const Transaction&) { ++invoices; });
  EXPECT_EQ(invoices, 103);
}

TEST_F(DemoBooks, GuinguetteEventsPerTour) {
  std::map<std::string, std::set<std::string>> events;
  db_->for_each_transaction(filter_of("AT", "", "CA"), [&](const Transaction& t) {
    events[t.postings.front().tags.at("activity")].insert(t.piece_ref);
    EXPECT_GE(t.date, Date::from_ymd(2025, 5, 1));
    EXPECT_LE(t.date, Date::from_ymd(2025, 9, 30));
  });
  EXPECT_EQ(events["guinguette-grand-est"].size(), 64U);
  EXPECT_EQ(events["guinguette-picardie"].size(), 19U);
}

TEST_F(DemoBooks, BalancedAndVerified) {
  for (const std::string entity : {"AT", "RES"}) {
    Money debit;
    Money credit;
    for (const auto& row : db_->trial_balance(filter_of(entity))) {
      debit += row.debit;
      credit += row.credit;
    }
    EXPECT_EQ(debit, credit) << entity;
    EXPECT_GT(db_->chain_head(entity).count, 100) << entity;
  }
  EXPECT_TRUE(verify_book(*db_).ok());
  EXPECT_TRUE(db_->check_running_totals().empty());
}

TEST_F(DemoBooks, BankNeverOverdrawn) {
  for (const std::string entity : {"AT", "RES"}) {
    Money balance;
    Money lowest;
    std::map<Date, Money> by_day;
    db_->for_each_ledger_line(filter_of(entity, "512"),
                              [&](const LedgerLine& l) { by_day[l.date] += l.posting.debit - l.posting.credit; });
    for (const auto& [day, movement] : by_day) {
      balance += movement;
      lowest = std::min(lowest, balance);
    }
    EXPECT_FALSE(lowest.is_negative()) << entity << " lowest bank balance " << lowest.to_string();
  }
}

TEST(DemoBooksDeterminism, TwoBuildsGiveTheSameChains) {
  auto first = build_demo(temp_book("demo_books_a.db"));
  auto second = build_demo(temp_book("demo_books_b.db"));
  for (const std::string entity : {"AT", "RES"}) {
    EXPECT_EQ(first->chain_head(entity).hash, second->chain_head(entity).hash) << entity;
    EXPECT_EQ(first->chain_head(entity).count, second->chain_head(entity).count) << entity;
  }
}

}  // namespace
}  // namespace comptoir
