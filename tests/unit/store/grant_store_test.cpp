// Grants on a real SQLite book: the v4 tables, tranches posted through
// GrantDesk in the book's write scope (all or nothing), tagged spending,
// states, and the dedicated-funds proposal over two years, hand-checked.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "grant_book_test.hpp"

namespace comptoir {
namespace {

using test::day;
using test::eur;

class GrantStoreTest : public test::GrantBookTest {
 protected:
  void SetUp() override { open_with(grant()); }

  // 40,000 over July 2025 - June 2026, earmarked, spending tagged activity=cafe-lab.
  static Grant grant() {
    Grant g;
    g.code = "CD-LAB";
    g.entity = "RES";
    g.funder = "F-CD";
    g.purpose = "Laboratoire des cafés";
    g.awarded = eur("40000");
    g.start = day(2025, 7, 1);
    g.end = day(2026, 6, 30);
    g.earmarked = true;
    g.tag_key = "activity";
    g.tag_value = "cafe-lab";
    g.income_account = "741300";
    g.conditions = "Compte rendu financier sous six mois";
    return g;
  }

  // A validated expense of RES tagged `tags`, paid from the bank.
  void spend(Date date, const char* account, const char* amount, Tags tags, bool validate = true) {
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.post(test::transaction("RES", "OD", date, "X",
                                {test::debit(account, eur(amount).cents(), std::move(tags)),
                                 test::credit("512000", eur(amount).cents())}),
              validate, date);
    scope->commit();
  }

  GrantTranche call(Date date, const char* amount) {
    Book book(*book_, *book_);
    auto scope = book.begin();
    auto t = GrantDesk(*store_, book).call("CD-LAB", date, eur(amount), date);
    scope->commit();
    return t;
  }

  GrantTranche receive(Date date, const char* amount) {
    Book book(*book_, *book_);
    auto scope = book.begin();
    auto t = GrantDesk(*store_, book).receive("CD-LAB", date, eur(amount), date);
    scope->commit();
    return t;
  }

  GrantState state(Date as_of) {
    Book book(*book_, *book_);
    return GrantDesk(*store_, book).state("CD-LAB", as_of);
  }

  GrantFundsProposal funds(int year) {
    Book book(*book_, *book_);
    return GrantDesk(*store_, book).funds_proposal("RES", year);
  }

  std::int64_t count(const char* table) { return test::query_int(path_, std::string("SELECT count(*) FROM ") + table); }
};

TEST_F(GrantStoreTest, AgreementRoundTrip) {
  EXPECT_GE(book_->schema_version(), 4);
  const auto g = store_->grant("CD-LAB");
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->entity, "RES");
  EXPECT_EQ(g->awarded, eur("40000"));
  EXPECT_EQ(g->start, day(2025, 7, 1));
  EXPECT_EQ(g->end, day(2026, 6, 30));
  EXPECT_TRUE(g->earmarked);
  EXPECT_EQ(g->tag_key, "activity");
  EXPECT_EQ(g->spending_tag_value(), "cafe-lab");
  EXPECT_EQ(g->conditions, "Compte rendu financier sous six mois");
  EXPECT_EQ(store_->grants("RES").size(), 1U);
  EXPECT_TRUE(store_->grants("AT").empty());
  EXPECT_FALSE(store_->grant("NOPE").has_value());
}

TEST_F(GrantStoreTest, AVersionThreeBookMigratesToFour) {
  store_.reset();
  book_.reset();
  ASSERT_EQ(
      test::run_sql(
          path_,
          "DROP TRIGGER posting_tag_closed_year_insert; DROP TRIGGER lettering_closed_year_insert; "
          "DROP TRIGGER lettering_closed_year_update; DROP TRIGGER lettering_closed_year_delete; "
          "DROP TRIGGER till_import_day_closed_year_insert; "
          "DROP TABLE grant_budget_line; DROP TABLE grant_budget; DROP TABLE fixed_asset; DROP TABLE fec_import; "
          "DROP TABLE grant_tranche; DROP TABLE grant_agreement; DROP TABLE bank_match_posting; DROP TABLE "
          "bank_match_line; "
          "DROP TABLE bank_match; DROP TABLE bank_line; DROP TABLE bank_statement; "
          // version 13 sealed the till imports: undone as the trigger was before
          "DROP TRIGGER till_import_no_update; ALTER TABLE till_import DROP COLUMN seal; "
          "CREATE TRIGGER till_import_no_update BEFORE UPDATE ON till_import BEGIN SELECT RAISE(ABORT, 'no'); END; "
          "DROP TRIGGER fiscal_year_lock_on_close; DROP TABLE year_lock; PRAGMA user_version = 3")
          .code,
      0);
  book_ = SqliteBook::open(path_, OpenMode::ReadWrite);
  store_ = std::make_unique<SqliteGrantStore>(*book_);
  EXPECT_GE(book_->schema_version(), 4);
  EXPECT_EQ(book_->entities().size(), 2U);  // the v3 data is kept
  EXPECT_TRUE(store_->grants("").empty());
  for (const char* table : {"grant_agreement", "grant_tranche"}) {
    EXPECT_EQ(test::query_int(path_, std::string("SELECT strict FROM pragma_table_list WHERE name = '") + table + "'"),
              1)
        << table;
  }
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'grant_%'"),
            5);  // v4's 4 and v9's closed-year guard on the tranches
}

TEST_F(GrantStoreTest, AddRefusesDuplicatesUnknownFundersAndForeignAccounts) {
  Book book(*book_, *book_);
  auto scope = book.begin();
  GrantDesk desk(*store_, book);
  EXPECT_THROW(desk.add_grant(grant()), Error);
  Grant g = grant();
  g.code = "OTHER";
  g.funder = "F-NOBODY";
  try {
    desk.add_grant(g);
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
  g = grant();
  g.code = "OTHER";
  g.income_account = "741999";
  EXPECT_THROW(desk.add_grant(g), Error);
}

TEST_F(GrantStoreTest, CallAndReceivePostLinkedValidatedEntries) {
  const GrantTranche c = call(day(2025, 7, 10), "30000");
  EXPECT_EQ(c.piece, "CD-LAB-A1");
  const auto entry = book_->transaction(c.transaction_id);
  ASSERT_TRUE(entry.has_value());
  EXPECT_TRUE(entry->is_validated());
  EXPECT_EQ(entry->journal, "OD");
  ASSERT_EQ(entry->postings.size(), 2U);
  EXPECT_EQ(entry->postings[0].account, "441000");
  EXPECT_EQ(entry->postings[0].auxiliary, "F-CD");
  EXPECT_EQ(entry->postings[0].debit, eur("30000"));
  EXPECT_EQ(entry->postings[1].account, "741300");
  EXPECT_EQ(entry->postings[1].credit, eur("30000"));
  EXPECT_EQ(entry->postings[1].tags.at("grant"), "CD-LAB");
  EXPECT_EQ(entry->postings[1].tags.at("activity"), "cafe-lab");

  const GrantTranche r = receive(day(2025, 8, 5), "12000");
  EXPECT_EQ(r.piece, "CD-LAB-V1");
  const auto pay = book_->transaction(r.transaction_id);
  ASSERT_TRUE(pay.has_value());
  EXPECT_EQ(pay->journal, "BQ");
  EXPECT_EQ(pay->postings[0].account, "512000");
  EXPECT_EQ(pay->postings[1].account, "441000");
  EXPECT_EQ(pay->postings[1].credit, eur("12000"));

  const auto tranches = store_->tranches("CD-LAB");
  ASSERT_EQ(tranches.size(), 2U);
  EXPECT_EQ(tranches[0].kind, GrantTrancheKind::Call);
  EXPECT_EQ(tranches[0].transaction_id, c.transaction_id);
  EXPECT_EQ(tranches[1].kind, GrantTrancheKind::Receipt);
}

TEST_F(GrantStoreTest, RefusedTranchesLeaveNothingBehind) {
  call(day(2025, 7, 10), "30000");
  const auto txns = count("txn");
  EXPECT_THROW(call(day(2025, 7, 11), "10000.01"), Error);     // 40,000.01 > awarded
  EXPECT_THROW(receive(day(2025, 7, 11), "30000.01"), Error);  // more than called
  EXPECT_THROW(call(day(2025, 7, 11), "0"), Error);
  EXPECT_THROW(call(day(2027, 1, 2), "100"), Error);  // no fiscal year 2027
  EXPECT_EQ(count("txn"), txns);
  EXPECT_EQ(count("grant_tranche"), 1);
}

TEST_F(GrantStoreTest, ClosedYearIsLocked) {
  {
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.close_fiscal_year("RES", 2025);
    scope->commit();
  }
  try {
    call(day(2025, 9, 1), "100");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Locked);
  }
  EXPECT_EQ(count("grant_tranche"), 0);
  EXPECT_NO_THROW(call(day(2026, 1, 15), "100"));
}

TEST_F(GrantStoreTest, TranchesAndBookedAgreementsAreImmutableInTheDatabase) {
  EXPECT_EQ(test::run_sql(path_, "UPDATE grant_agreement SET purpose = 'x'").code, 0);  // no tranche yet
  call(day(2025, 7, 10), "100");
  EXPECT_NE(test::run_sql(path_, "UPDATE grant_tranche SET amount_cents = 1").code, 0);
  EXPECT_NE(test::run_sql(path_, "DELETE FROM grant_tranche").code, 0);
  EXPECT_NE(test::run_sql(path_, "UPDATE grant_agreement SET awarded_cents = 1").code, 0);
  EXPECT_NE(test::run_sql(path_, "DELETE FROM grant_agreement").code, 0);
}

TEST_F(GrantStoreTest, SpendingCountsTaggedValidatedExpensesInThePeriodOnly) {
  spend(day(2025, 8, 1), "604000", "1000", {{"activity", "cafe-lab"}});
  spend(day(2025, 6, 30), "604000", "500", {{"activity", "cafe-lab"}});        // before the period
  spend(day(2025, 8, 2), "604000", "700", {{"activity", "other"}});            // other tag
  spend(day(2025, 8, 3), "604000", "300", {{"activity", "cafe-lab"}}, false);  // draft
  spend(day(2025, 8, 4), "689400", "400", {{"activity", "cafe-lab"}});         // report en fonds dédiés
  spend(day(2025, 8, 5), "641000", "2000", {{"activity", "cafe-lab"}, {"x", "y"}});
  EXPECT_EQ(store_->spending("RES", "activity", "cafe-lab", day(2025, 1, 1), day(2025, 12, 31)), eur("3500"));
  EXPECT_EQ(store_->spending("AT", "activity", "cafe-lab", day(2025, 1, 1), day(2025, 12, 31)), Money{});
  EXPECT_EQ(state(day(2025, 8, 4)).spent, eur("1000"));
  EXPECT_EQ(state(day(2025, 12, 31)).spent, eur("3000"));
}

TEST_F(GrantStoreTest, StatesAtSeveralDates) {
  call(day(2025, 7, 10), "30000");
  receive(day(2025, 8, 5), "12000");
  spend(day(2025, 9, 1), "604000", "10000", {{"activity", "cafe-lab"}});
  call(day(2026, 1, 20), "10000");
  receive(day(2026, 2, 1), "28000");
  spend(day(2026, 3, 1), "604000", "20000", {{"activity", "cafe-lab"}});

  GrantState s = state(day(2025, 7, 31));
  EXPECT_EQ(s.called, eur("30000"));
  EXPECT_TRUE(s.received.is_zero());
  EXPECT_EQ(s.receivable, eur("30000"));
  EXPECT_TRUE(s.spent.is_zero());
  EXPECT_EQ(s.period_elapsed, Rational(31, 365));

  s = state(day(2025, 12, 31));
  EXPECT_EQ(s.received, eur("12000"));
  EXPECT_EQ(s.receivable, eur("18000"));
  EXPECT_EQ(s.spent, eur("10000"));
  EXPECT_EQ(s.remaining, eur("30000"));
  EXPECT_EQ(percent_text(s.period_elapsed), "50.4");  // 184 of 365 days
  EXPECT_EQ(percent_text(s.spent_ratio), "25.0");

  s = state(day(2026, 6, 30));
  EXPECT_EQ(s.called, eur("40000"));
  EXPECT_EQ(s.received, eur("40000"));
  EXPECT_TRUE(s.receivable.is_zero());
  EXPECT_EQ(s.spent, eur("30000"));
  EXPECT_EQ(s.remaining, eur("10000"));
  EXPECT_EQ(s.period_elapsed, Rational(1));
}

// 2025: 30,000 called, 10,000 spent -> 20,000 reported (Dr 689400 / Cr 194000).
// 2026: 10,000 called, 20,000 spent in the period (+3,000 after it, ignored):
//       the 20,000 of 2025 are released (Dr 194000 / Cr 789400), the 10,000
//       of 2026 are unspent and reported. Closing 10,000.
TEST_F(GrantStoreTest, DedicatedFundsOverTwoYears) {
  call(day(2025, 7, 10), "30000");
  spend(day(2025, 9, 1), "604000", "10000", {{"activity", "cafe-lab"}});
  call(day(2026, 1, 20), "10000");
  spend(day(2026, 3, 1), "604000", "20000", {{"activity", "cafe-lab"}});
  spend(day(2026, 7, 1), "604000", "3000", {{"activity", "cafe-lab"}});

  const GrantFundsProposal p2025 = funds(2025);
  ASSERT_EQ(p2025.rows.size(), 1U);
  EXPECT_EQ(p2025.rows[0].allocated, eur("20000"));
  EXPECT_EQ(p2025.rows[0].closing, eur("20000"));
  ASSERT_EQ(p2025.entries.size(), 1U);
  const Transaction& report = p2025.entries[0];
  EXPECT_EQ(report.date, day(2025, 12, 31));
  EXPECT_EQ(report.journal, "OD");
  EXPECT_EQ(report.postings[0].account, "689400");
  EXPECT_EQ(report.postings[0].debit, eur("20000"));
  EXPECT_EQ(report.postings[1].account, "194000");
  EXPECT_EQ(report.postings[1].credit, eur("20000"));
  EXPECT_EQ(report.postings[0].tags.at("grant"), "CD-LAB");

  const GrantFundsProposal p2026 = funds(2026);
  ASSERT_EQ(p2026.history.size(), 2U);
  const GrantFundsRow& r = p2026.rows.at(0);
  EXPECT_EQ(r.year, 2026);
  EXPECT_EQ(r.opening, eur("20000"));
  EXPECT_EQ(r.income, eur("10000"));
  EXPECT_EQ(r.spent, eur("20000"));
  EXPECT_EQ(r.released, eur("20000"));
  EXPECT_EQ(r.allocated, eur("10000"));
  EXPECT_EQ(r.closing, eur("10000"));
  ASSERT_EQ(p2026.entries.size(), 2U);
  EXPECT_EQ(p2026.entries[1].postings[0].account, "194000");
  EXPECT_EQ(p2026.entries[1].postings[1].account, "789400");
  EXPECT_EQ(p2026.entries[1].postings[1].credit, eur("20000"));

  // The proposed entries are postable as they are (the closing posts them).
  Book book(*book_, *book_);
  for (const auto& t : p2026.entries) EXPECT_NO_THROW(book.check(t));
  EXPECT_TRUE(funds(2024).rows.empty());
}

TEST(GrantFundsFiscalYears, YearsFromSeptemberToAugustFollowTheBooksDates) {
  test::TempDir dir;
  auto store = SqliteBook::open(dir.file("sept.db"), OpenMode::Create);
  SqliteGrantStore grants(*store);
  {
    Book book(*store, *store);
    auto scope = book.begin();
    book.initialise(twelve_months_from(day(2024, 9, 1)));  // 2025: 2024-09-01..2025-08-31
    book.add_following_year("RES");                        // 2026: 2025-09-01..2026-08-31
    book.add_auxiliary("RES", AuxiliaryAccount{"F-CD", "Département", "441000"});
    GrantDesk desk(grants, book);
    Grant g;
    g.code = "CD-LAB";
    g.entity = "RES";
    g.funder = "F-CD";
    g.awarded = eur("40000");
    g.start = day(2025, 7, 1);
    g.end = day(2026, 6, 30);
    g.earmarked = true;
    g.income_account = "741300";
    desk.add_grant(g);
    desk.call("CD-LAB", day(2025, 7, 10), eur("30000"), day(2025, 7, 10));
    desk.call("CD-LAB", day(2026, 1, 20), eur("10000"), day(2026, 1, 20));
    for (const auto& [date, amount] : {std::pair{day(2025, 8, 1), "5000"}, std::pair{day(2025, 9, 15), "10000"}}) {
      book.post(test::transaction("RES", "OD", date, "X",
                                  {test::debit("604000", eur(amount).cents(), {{"grant", "CD-LAB"}}),
                                   test::credit("512000", eur(amount).cents())}),
                true, date);
    }
    scope->commit();
  }
  Book book(*store, *store);
  const GrantFundsProposal p2025 = GrantDesk(grants, book).funds_proposal("RES", 2025);
  ASSERT_EQ(p2025.rows.size(), 1U);
  EXPECT_EQ(p2025.rows[0].income, eur("30000"));
  EXPECT_EQ(p2025.rows[0].spent, eur("5000"));  // August 2025, not September
  EXPECT_EQ(p2025.rows[0].allocated, eur("25000"));
  ASSERT_EQ(p2025.entries.size(), 1U);
  EXPECT_EQ(p2025.entries[0].date, day(2025, 8, 31));
  const GrantFundsProposal p2026 = GrantDesk(grants, book).funds_proposal("RES", 2026);
  const GrantFundsRow& r = p2026.rows.at(0);
  EXPECT_EQ(r.opening, eur("25000"));
  EXPECT_EQ(r.income, eur("10000"));
  EXPECT_EQ(r.spent, eur("10000"));
  EXPECT_EQ(r.released, eur("10000"));
  EXPECT_EQ(r.allocated, eur("10000"));
  EXPECT_EQ(r.closing, eur("25000"));
  for (const auto& t : p2026.entries) {
    EXPECT_EQ(t.date, day(2026, 8, 31));
    EXPECT_NO_THROW(book.check(t));
  }
}

TEST_F(GrantStoreTest, AgreementsThatAreNotEarmarkedHaveNoDedicatedFunds) {
  Book book(*book_, *book_);
  auto scope = book.begin();
  Grant g = grant();
  g.code = "FREE";
  g.earmarked = false;
  GrantDesk desk(*store_, book);
  desk.add_grant(g);
  desk.call("FREE", day(2025, 7, 10), eur("5000"), day(2025, 7, 10));
  scope->commit();
  const auto p = funds(2025);
  ASSERT_EQ(p.rows.size(), 1U);
  EXPECT_EQ(p.rows[0].grant, "CD-LAB");
}

}  // namespace
}  // namespace comptoir
