// The database's last line of immutability: plain SQL on the file cannot
// change validated transactions, their postings and tags, anything in a
// closed year, or the running totals; through the store API such refusals
// are Error(Locked).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/error.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_lettering_store.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::day;
using test::debit;

class SqliteTriggers : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.file("book.db");
    db_ = test::initialised_book(path_);
    Book book(*db_, *db_);
    auto scope = book.begin();
    book.add_fiscal_year("AT", 2024);
    validated_ = book.post(sale(day(2025, 2, 3)), true, day(2025, 2, 28));
    draft_ = book.post(sale(day(2025, 2, 4)), false, day(2025, 2, 28));
    old_draft_ = book.post(sale(day(2024, 6, 1)), false, day(2025, 2, 28));
    scope->commit();
  }
  static Transaction sale(Date date) {
    return test::transaction("AT", "VE", date, "F1",
                             {debit("411000", 5000, {{"activity", "prestations"}}), credit("706000", 5000)});
  }
  void close_2024() {
    auto scope = db_->begin();
    db_->set_fiscal_year_status("AT", 2024, FiscalYearStatus::Closed);
    scope->commit();
  }
  void expect_refused(const std::string& sql, const std::string& message) {
    SCOPED_TRACE(sql);
    const auto outcome = test::run_sql(path_, sql);
    EXPECT_EQ(outcome.code, SQLITE_CONSTRAINT_TRIGGER);
    EXPECT_EQ(outcome.message, message);
  }
  template <typename Action>
  void expect_locked(Action action, const std::string& fragment) {
    try {
      action();
      ADD_FAILURE() << "not refused";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Locked) << e.what();
      EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
  }
  std::string id(std::int64_t value) const { return std::to_string(value); }

  test::TempDir dir_;
  std::string path_;
  std::unique_ptr<SqliteBook> db_;
  std::int64_t validated_ = 0;
  std::int64_t draft_ = 0;
  std::int64_t old_draft_ = 0;
};

TEST_F(SqliteTriggers, ValidatedTransactionsCannotChange) {
  expect_refused("UPDATE txn SET label = 'x' WHERE id = " + id(validated_),
                 "a validated transaction cannot be changed; post a correcting entry instead");
  expect_refused("UPDATE txn SET status = 'draft', sequence = NULL, chain_position = NULL, hash = NULL WHERE id = " +
                     id(validated_),
                 "a validated transaction cannot be changed; post a correcting entry instead");
  expect_refused("DELETE FROM txn WHERE id = " + id(validated_),
                 "a validated transaction cannot be deleted; post a correcting entry instead");
  expect_refused("UPDATE posting SET debit = 1 WHERE txn_id = " + id(validated_),
                 "the postings of a validated transaction cannot be changed");
  expect_refused("UPDATE posting SET txn_id = " + id(validated_) + " WHERE txn_id = " + id(draft_),
                 "the postings of a validated transaction cannot be changed");
  expect_refused("DELETE FROM posting WHERE txn_id = " + id(validated_),
                 "the postings of a validated transaction cannot be deleted");
  expect_refused("UPDATE posting_tag SET value = 'x' WHERE posting_id IN (SELECT id FROM posting WHERE txn_id = " +
                     id(validated_) + ")",
                 "the analytic tags of a validated transaction cannot be changed");
  expect_refused(
      "DELETE FROM posting_tag WHERE posting_id IN (SELECT id FROM posting WHERE txn_id = " + id(validated_) + ")",
      "the analytic tags of a validated transaction cannot be deleted");
}

TEST_F(SqliteTriggers, DraftsMayChangeAndBeValidated) {
  EXPECT_EQ(test::run_sql(path_, "UPDATE txn SET label = 'x' WHERE id = " + id(draft_)).code, 0);
  EXPECT_EQ(test::run_sql(path_,
                          "UPDATE posting_tag SET value = 'x'"
                          " WHERE posting_id IN (SELECT id FROM posting WHERE txn_id = " +
                              id(draft_) + ")")
                .code,
            0);
  Book book(*db_, *db_);
  auto scope = book.begin();
  book.validate(draft_, day(2025, 3, 1));
  scope->commit();
  EXPECT_TRUE(db_->transaction(draft_)->is_validated());
}

TEST_F(SqliteTriggers, StoreApiRefusalsAreLocked) {
  auto t = *db_->transaction(validated_);
  auto scope = db_->begin();
  expect_locked([&] { db_->mark_validated(t); }, "a validated transaction cannot be changed");
}

TEST_F(SqliteTriggers, ClosedYearRefusesEveryWrite) {
  close_2024();
  expect_refused("UPDATE txn SET label = 'x' WHERE id = " + id(old_draft_),
                 "a transaction dated in a closed fiscal year cannot be changed");
  expect_refused("UPDATE txn SET date = '2024-12-31' WHERE id = " + id(draft_),
                 "a transaction dated in a closed fiscal year cannot be changed");
  expect_refused("DELETE FROM posting WHERE txn_id = " + id(old_draft_),
                 "a posting dated in a closed fiscal year cannot be deleted");
  expect_refused(
      "DELETE FROM posting_tag WHERE posting_id IN (SELECT id FROM posting WHERE txn_id = " + id(old_draft_) + ")",
      "the analytic tags of a posting in a closed fiscal year cannot be deleted");
  expect_refused("UPDATE posting_tag SET value = 'x' WHERE posting_id IN (SELECT id FROM posting WHERE txn_id = " +
                     id(old_draft_) + ")",
                 "the analytic tags of a posting in a closed fiscal year cannot be changed");
  expect_refused("UPDATE posting SET label = 'x' WHERE txn_id = " + id(old_draft_),
                 "a posting dated in a closed fiscal year cannot be changed");
  expect_refused("INSERT INTO posting (txn_id, line_no, entity, date, account, debit, credit, label) VALUES (" +
                     id(draft_) + ", 9, 'AT', '2024-05-05', '706000', 1, 0, '')",
                 "the posting is dated in a closed fiscal year");
  expect_refused("UPDATE fiscal_year SET status = 'open' WHERE entity = 'AT' AND year = 2024",
                 "a closed fiscal year cannot be reopened or changed");
  expect_refused("DELETE FROM fiscal_year WHERE entity = 'AT' AND year = 2024",
                 "a closed fiscal year cannot be deleted");

  // Through the store API (the core is bypassed: the store stores as given).
  auto scope = db_->begin();
  expect_locked([&] { (void)db_->insert_transaction(sale(day(2024, 3, 3))); },
                "the transaction is dated in a closed fiscal year");
  expect_locked([&] { db_->delete_draft(old_draft_); }, "in a closed fiscal year cannot be deleted");
  expect_locked([&] { db_->set_fiscal_year_status("AT", 2024, FiscalYearStatus::Open); },
                "a closed fiscal year cannot be reopened");
}

// A long scope swaps the per-row closed-year triggers for one check at
// commit: an entry in a closed year among many is still refused, nothing
// of the scope is stored, and the triggers are back afterwards.
TEST_F(SqliteTriggers, BulkScopeRefusesAClosedYearEntryAtCommit) {
  close_2024();
  const std::int64_t before = test::query_int(path_, "SELECT count(*) FROM txn");
  {
    auto scope = db_->begin();
    for (unsigned i = 0; i < 600; ++i) (void)db_->insert_transaction(sale(day(2025, 3, 1 + i % 28)));
    (void)db_->insert_transaction(sale(day(2024, 3, 3)));  // past the bulk threshold: no per-row trigger
    expect_locked([&] { scope->commit(); }, "a new entry is dated in a closed fiscal year");
  }
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM txn"), before);
  EXPECT_EQ(test::query_int(path_,
                            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                            "('txn_closed_year_insert', 'posting_closed_year_insert')"),
            2);
  expect_refused("INSERT INTO posting (txn_id, line_no, entity, date, account, debit, credit, label) VALUES (" +
                     id(draft_) + ", 9, 'AT', '2024-05-05', '706000', 1, 0, '')",
                 "the posting is dated in a closed fiscal year");
}

TEST_F(SqliteTriggers, BulkScopeOfOpenYearsCommits) {
  {
    auto scope = db_->begin();
    for (unsigned i = 0; i < 600; ++i) (void)db_->insert_transaction(sale(day(2025, 3, 1 + i % 28)));
    scope->commit();
  }
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM txn WHERE date LIKE '2025-03-%'"), 600);
  EXPECT_EQ(test::query_int(path_,
                            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                            "('txn_closed_year_insert', 'posting_closed_year_insert')"),
            2);
}

TEST_F(SqliteTriggers, ClosedYearRefusesDeletingADraftHeader) {
  close_2024();
  expect_refused("DELETE FROM txn WHERE id = " + id(old_draft_),
                 "a transaction dated in a closed fiscal year cannot be deleted");
}

TEST_F(SqliteTriggers, RunningTotalsAreTheStoresOnly) {
  expect_refused("UPDATE account_month_total SET debit = 0", "running totals are maintained by Comptoir only");
  expect_refused("DELETE FROM account_month_total", "running totals are maintained by Comptoir only");
  expect_refused("INSERT INTO account_month_total VALUES ('AT', '512000', '2025-01', 1, 0)",
                 "running totals are maintained by Comptoir only");
  EXPECT_EQ(test::query_int(path_, "SELECT open FROM running_total_guard"), 0);
}

TEST_F(SqliteTriggers, LetteringAClosedYearsPostingIsLockedThroughTheStore) {
  {
    Book book(*db_, *db_);
    auto scope = book.begin();
    (void)book.post(sale(day(2024, 6, 2)), true, day(2024, 6, 2));
    scope->commit();
  }
  const std::int64_t old_line = test::query_int(path_, "SELECT id FROM posting WHERE date = '2024-06-02' LIMIT 1");
  const std::int64_t new_line = test::query_int(path_, "SELECT id FROM posting WHERE date = '2025-02-03' LIMIT 1");
  SqliteLetteringStore lettering(*db_);
  {
    auto scope = db_->begin();
    lettering.letter({new_line}, LetteringMark{"AA", day(2025, 2, 3)});  // the store checks no sum: the core does
    scope->commit();
  }
  close_2024();
  auto scope = db_->begin();
  expect_locked([&] { lettering.letter({old_line}, LetteringMark{"AB", day(2024, 6, 2)}); }, "closed fiscal year");
  EXPECT_EQ(lettering.lettering_codes("AT", "411000"), std::vector<std::string>{"AA"});
  EXPECT_EQ(lettering.lettered_lines("AT", "", "AA").size(), 1u);
}

}  // namespace
}  // namespace comptoir
