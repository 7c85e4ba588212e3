// Writing through the store: round trip of a transaction with postings,
// tags and an auxiliary account; drafts and validation; deletion of drafts;
// running totals kept for validated postings only; rollback of a scope.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/hash_chain.hpp"
#include "sqlite_test_support.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::day;
using test::debit;

class SqliteBookWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.file("book.db");
    db_ = test::initialised_book(path_);
    book_ = std::make_unique<Book>(*db_, *db_);
    auto scope = book_->begin();
    book_->add_auxiliary("AT", AuxiliaryAccount{"COM-VILLERS", "Commune de Villers", "411000"});
    scope->commit();
  }
  std::int64_t post(const Transaction& t, bool validate) {
    auto scope = book_->begin();
    const std::int64_t id = book_->post(t, validate, day(2025, 12, 31));
    scope->commit();
    return id;
  }
  std::int64_t totals_rows() const { return test::query_int(path_, "SELECT count(*) FROM account_month_total"); }

  test::TempDir dir_;
  std::string path_;
  std::unique_ptr<SqliteBook> db_;
  std::unique_ptr<Book> book_;
};

Transaction invoice() {
  auto t = test::transaction(
      "AT", "VE", day(2025, 3, 14), "F-2025-001",
      {debit("411000", 120000, {{"commune", "COM-VILLERS"}}),
       credit("706000", 100000, {{"activity", "prestations"}, {"grant", "ANCT-2025"}}), credit("445710", 20000)});
  t.postings[0].auxiliary = "COM-VILLERS";
  t.postings[0].label = "Villers, atelier";
  t.piece_date = day(2025, 3, 10);
  return t;
}

TEST_F(SqliteBookWrite, RoundTripOfAValidatedTransaction) {
  const std::int64_t id = post(invoice(), true);
  const auto stored = db_->transaction(id);
  ASSERT_TRUE(stored.has_value());
  const Transaction expected = invoice();
  EXPECT_EQ(stored->id, id);
  EXPECT_EQ(stored->entity, "AT");
  EXPECT_EQ(stored->journal, "VE");
  EXPECT_EQ(stored->date, expected.date);
  EXPECT_EQ(stored->piece_date, day(2025, 3, 10));
  EXPECT_EQ(stored->piece_ref, "F-2025-001");
  EXPECT_EQ(stored->label, expected.label);
  ASSERT_EQ(stored->postings.size(), 3U);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(stored->postings[i].account, expected.postings[i].account);
    EXPECT_EQ(stored->postings[i].auxiliary, expected.postings[i].auxiliary);
    EXPECT_EQ(stored->postings[i].debit, expected.postings[i].debit);
    EXPECT_EQ(stored->postings[i].credit, expected.postings[i].credit);
    EXPECT_EQ(stored->postings[i].label, expected.postings[i].label);
    EXPECT_EQ(stored->postings[i].tags, expected.postings[i].tags);
  }
  EXPECT_TRUE(stored->is_validated());
  EXPECT_EQ(stored->fiscal_year, 2025);
  EXPECT_EQ(stored->sequence, 1);
  EXPECT_EQ(stored->chain_position, 1);
  EXPECT_EQ(stored->validation_date, day(2025, 12, 31));
  EXPECT_EQ(stored->hash, chain_hash(genesis_hash(), *stored));
  EXPECT_EQ(db_->chain_head("AT").hash, stored->hash);
  EXPECT_EQ(db_->chain_head("AT").count, 1);
  EXPECT_EQ(db_->chain_head("RES").hash, std::string(64, '0'));
  EXPECT_EQ(db_->last_sequence("AT", 2025), 1);
  EXPECT_EQ(db_->last_sequence("AT", 2026), 0);
  EXPECT_FALSE(db_->transaction(id + 100).has_value());
}

TEST_F(SqliteBookWrite, DraftsAreNotInTotalsUntilValidated) {
  const std::int64_t id = post(invoice(), false);
  const auto draft = db_->transaction(id);
  ASSERT_TRUE(draft.has_value());
  EXPECT_FALSE(draft->is_validated());
  EXPECT_EQ(draft->sequence, 0);
  EXPECT_FALSE(draft->validation_date.has_value());
  EXPECT_EQ(totals_rows(), 0);
  EXPECT_TRUE(db_->trial_balance({}).empty());
  EXPECT_EQ(db_->chain_head("AT").count, 0);

  auto scope = book_->begin();
  book_->validate(id, day(2025, 4, 1));
  scope->commit();
  EXPECT_EQ(totals_rows(), 3);
  const auto validated = db_->transaction(id);
  EXPECT_TRUE(validated->is_validated());
  EXPECT_EQ(validated->sequence, 1);
  EXPECT_EQ(db_->chain_head("AT").hash, validated->hash);
  EXPECT_EQ(db_->trial_balance({}).size(), 3U);
  EXPECT_TRUE(db_->check_running_totals().empty());
}

TEST_F(SqliteBookWrite, ListingsSeparateDraftsAndValidated) {
  const std::int64_t draft = post(invoice(), false);
  const std::int64_t first = post(invoice(), true);
  const std::int64_t second = post(invoice(), true);
  auto ids = [&](StatusFilter status) {
    std::vector<std::int64_t> out;
    TransactionFilter filter;
    filter.status = status;
    db_->for_each_transaction(filter, [&](const Transaction& t) { out.push_back(t.id); });
    return out;
  };
  EXPECT_EQ(ids(StatusFilter::Validated), (std::vector<std::int64_t>{first, second}));
  EXPECT_EQ(ids(StatusFilter::Draft), (std::vector<std::int64_t>{draft}));
  EXPECT_EQ(ids(StatusFilter::All), (std::vector<std::int64_t>{first, second, draft}));
}

TEST_F(SqliteBookWrite, DeleteDraftOnly) {
  const std::int64_t draft = post(invoice(), false);
  const std::int64_t validated = post(invoice(), true);
  auto scope = db_->begin();
  db_->delete_draft(draft);
  EXPECT_FALSE(db_->transaction(draft).has_value());
  try {
    db_->delete_draft(validated);
    FAIL() << "deleted a validated transaction";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Locked);
    EXPECT_EQ(std::string(e.what()), "transaction AT-2025-000001 is validated and cannot be deleted");
  }
  try {
    db_->delete_draft(9999);
    FAIL() << "deleted a missing transaction";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
  scope->commit();
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM posting"), 3);
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM posting_tag"), 3);
}

TEST_F(SqliteBookWrite, RollbackLeavesTheFileUnchanged) {
  post(invoice(), true);
  const auto before = db_->trial_balance({});
  {
    auto scope = book_->begin();
    book_->post(invoice(), true, day(2025, 12, 31));
    book_->add_journal("AT", Journal{"ZZ", "Essai"});
    EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM txn"), 1);  // not visible to others yet
  }                                                                    // no commit
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM txn"), 1);
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM journal WHERE code = 'ZZ'"), 0);
  const auto after = db_->trial_balance({});
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < after.size(); ++i) EXPECT_EQ(after[i].debit, before[i].debit);
  EXPECT_TRUE(db_->check_running_totals().empty());
  // The store stays usable after a rollback.
  Book fresh(*db_, *db_);
  auto scope = fresh.begin();
  fresh.post(invoice(), true, day(2025, 12, 31));
  scope->commit();
  EXPECT_EQ(db_->last_sequence("AT", 2025), 2);
}

TEST_F(SqliteBookWrite, ReadsInsideAScopeSeeItsTotals) {
  auto scope = book_->begin();
  book_->post(invoice(), true, day(2025, 12, 31));
  const auto rows = db_->trial_balance({});
  EXPECT_EQ(rows.size(), 3U);
  EXPECT_TRUE(db_->check_running_totals().empty());
  scope->commit();
  EXPECT_EQ(test::query_int(path_, "SELECT sum(debit) FROM account_month_total"), 120000);
}

}  // namespace
}  // namespace comptoir
