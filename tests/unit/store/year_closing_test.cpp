// The year-end closing on a real SQLite book: the depreciation posted from
// the register, the lock, the opening entries per auxiliary account with the
// result on 120/129, N+1's opening = N's closing to the cent, checks that
// block (and leave the book as it was) or warn, and the allocation of the
// result.
#include "closing/year_closing.hpp"

#include <gtest/gtest.h>

#include <map>

#include "assets/asset_register.hpp"
#include "core/error.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_asset_store.hpp"
#include "store/sqlite_grant_store.hpp"
#include "support/book_snapshot.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::day;
using test::debit;
using test::SameBookAs;

Posting aux_debit(const std::string& account, const std::string& aux, std::int64_t cents) {
  return Posting::debiting(account, Money::from_cents(cents), {.auxiliary = aux});
}
Posting aux_credit(const std::string& account, const std::string& aux, std::int64_t cents) {
  return Posting::crediting(account, Money::from_cents(cents), {.auxiliary = aux});
}

class YearClosingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    book_ = test::initialised_book(path_);
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.add_auxiliary("AT", {"COM-A", "Commune A", "411000"});
    book.add_auxiliary("AT", {"COM-B", "Commune B", "411000"});
    scope->commit();
  }

  void post(Transaction t, bool validate = true) {
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.post(std::move(t), validate, day(2025, 12, 31));
    scope->commit();
  }

  // A year: two invoices to communes (one paid), a purchase, an oven.
  void typical_year() {
    post(test::transaction("AT", "VE", day(2025, 3, 1), "F1",
                           {aux_debit("411000", "COM-A", 500000), credit("706000", 500000)}));
    post(test::transaction("AT", "VE", day(2025, 4, 1), "F2",
                           {aux_debit("411000", "COM-B", 300000), credit("706000", 300000)}));
    post(test::transaction("AT", "BQ", day(2025, 5, 1), "R1",
                           {debit("512000", 500000), aux_credit("411000", "COM-A", 500000)}));
    post(test::transaction("AT", "AC", day(2025, 6, 1), "A1", {debit("606300", 120000), credit("401000", 120000)}));
    SqliteAssetStore assets(*book_);
    Asset oven;
    oven.code = "FOUR-1";
    oven.entity = "AT";
    oven.label = "Four";
    oven.account = "215400";
    oven.in_service = day(2025, 1, 1);
    oven.cost = Money::parse("1000.00");
    oven.life_years = 4;
    auto scope = book_->begin();
    AssetRegister(assets, *book_).add(oven);
    scope->commit();
  }

  ClosingPlan plan(int year = 2025) {
    SqliteGrantStore grants(*book_);
    SqliteAssetStore assets(*book_);
    Book book(*book_, *book_);
    return YearClosing(book, grants, assets).plan("AT", year);
  }

  void close(bool accept_warnings = false, int year = 2025) {
    SqliteGrantStore grants(*book_);
    SqliteAssetStore assets(*book_);
    Book book(*book_, *book_);
    YearClosing closing(book, grants, assets);
    auto scope = book.begin();
    closing.close(closing.plan("AT", year), day(2026, 2, 15), accept_warnings);
    scope->commit();
  }

  std::map<std::string, Money> balances(int year, char first_class, char last_class) {
    TransactionFilter f;
    f.entity = "AT";
    f.fiscal_year = year;
    std::map<std::string, Money> out;
    for (const auto& row : book_->trial_balance(f)) {
      if (row.account[0] >= first_class && row.account[0] <= last_class && !row.balance().is_zero()) {
        out[row.account] = row.balance();
      }
    }
    return out;
  }

  test::TempDir dir_;
  std::string path_ = (dir_.path() / "book.db").string();
  std::unique_ptr<SqliteBook> book_;
};

TEST_F(YearClosingTest, PostsDepreciationLocksAndCarriesEveryBalanceWithTheResult) {
  typical_year();
  const ClosingPlan p = plan();
  EXPECT_TRUE(p.problems.empty());
  ASSERT_EQ(p.year_end_entries.size(), 1U);  // the oven: 1000 / 4 = 250 for a full year
  EXPECT_EQ(p.year_end_entries[0].total_debit(), Money::parse("250.00"));
  // 8000 of sales − 1200 of purchases − 250 of depreciation
  EXPECT_EQ(p.result, Money::parse("6550.00"));
  close();

  const auto years = book_->fiscal_years("AT");
  ASSERT_EQ(years.size(), 2U);
  EXPECT_FALSE(years[0].is_open());
  EXPECT_EQ(years[1].year, 2026);
  auto closing = balances(2025, '1', '5');
  closing["120000"] = -p.result;
  EXPECT_EQ(balances(2026, '1', '5'), closing);  // N+1 opening = N closing, to the cent
  EXPECT_EQ(closing.at("281500").to_string(), "-250.00");

  // Receivables per commune: COM-B still owes 3000, COM-A nothing.
  const auto by_aux = book_->balances_by_auxiliary("AT", day(2026, 1, 1), day(2026, 12, 31));
  std::map<std::string, Money> receivables;
  for (const auto& row : by_aux) {
    if (row.account == "411000") receivables[row.auxiliary] = row.balance();
  }
  EXPECT_EQ(receivables, (std::map<std::string, Money>{{"COM-B", Money::parse("3000.00")}}));

  EXPECT_THROW(
      post(test::transaction("AT", "OD", day(2025, 12, 31), "X", {debit("606300", 100), credit("401000", 100)})),
      Error);
  const auto raw = test::run_sql(path_, "UPDATE fiscal_year SET status = 'open' WHERE entity = 'AT'");
  EXPECT_NE(raw.code, 0) << "a closed year cannot be reopened, even in SQL";
  try {
    close();
    FAIL() << "closing a closed year";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Locked);
  }
}

TEST_F(YearClosingTest, ADraftBlocksAndNothingIsWritten) {
  typical_year();
  post(test::transaction("AT", "OD", day(2025, 9, 1), "D1", {debit("606300", 100), credit("401000", 100)}), false);
  const ClosingPlan p = plan();
  ASSERT_TRUE(p.blocked());
  EXPECT_EQ(p.problems[0].check, "drafts");
  ASSERT_EQ(p.problems[0].entries.size(), 1U);
  EXPECT_NE(p.problems[0].entries[0].find("draft #"), std::string::npos);
  const auto before = test::snapshot_book(path_);
  try {
    close(true);
    FAIL() << "a draft must block the close";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
  }
  EXPECT_THAT(test::snapshot_book(path_), SameBookAs(before));
}

TEST_F(YearClosingTest, SuspenseBlocksAndCashInCreditWarns) {
  post(test::transaction("AT", "OD", day(2025, 2, 1), "S", {debit("471000", 1000), credit("512000", 1000)}));
  post(test::transaction("AT", "CA", day(2025, 2, 2), "C", {debit("606300", 500), credit("530000", 500)}));
  const ClosingPlan p = plan();
  std::map<std::string, ClosingSeverity> found;
  for (const auto& problem : p.problems) found[problem.check + " " + problem.subject] = problem.severity;
  EXPECT_EQ(found.at("suspense 471000"), ClosingSeverity::Blocking);
  EXPECT_EQ(found.at("cash-in-credit 530000"), ClosingSeverity::Warning);
}

TEST_F(YearClosingTest, WarningsNeedToBeAccepted) {
  post(test::transaction("AT", "CA", day(2025, 2, 2), "C", {debit("606300", 500), credit("530000", 500)}));
  const auto before = test::snapshot_book(path_);
  EXPECT_THROW(close(false), Error);
  EXPECT_THAT(test::snapshot_book(path_), SameBookAs(before));
  close(true);
  EXPECT_FALSE(book_->fiscal_years("AT")[0].is_open());
}

TEST_F(YearClosingTest, AnEarlierOpenYearBlocks) {
  {
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.add_following_year("AT");
    scope->commit();
  }
  EXPECT_TRUE(plan(2026).blocked());
  EXPECT_FALSE(plan(2025).blocked());
}

TEST_F(YearClosingTest, OpeningEntriesAlreadyInTheNextYearBlock) {
  {
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.add_following_year("AT");
    book.post(
        test::transaction("AT", "AN", day(2026, 1, 1), "AN-IMPORT", {debit("512000", 1000), credit("102000", 1000)}),
        true, day(2026, 1, 2));
    scope->commit();
  }
  const ClosingPlan p = plan();
  ASSERT_TRUE(p.blocked());
  EXPECT_EQ(p.problems.back().check, "opening-exists");
  EXPECT_EQ(p.problems.back().entries, std::vector<std::string>{"AT-2026-000001"});
}

TEST_F(YearClosingTest, TheResultIsAllocatedOnceAndOnlyInFull) {
  typical_year();
  close();
  Book book(*book_, *book_);
  const std::vector<ResultPart> short_parts{{"110000", Money::parse("6000.00")}};
  const std::vector<ResultPart> parts{{"110000", Money::parse("6000.00")}, {"106800", Money::parse("550.00")}};
  auto allocate = [&](const std::vector<ResultPart>& ps) {
    auto scope = book.begin();
    allocate_result(book, "AT", 2025, day(2026, 6, 20), ps, day(2026, 6, 20));
    scope->commit();
  };
  EXPECT_THROW(allocate(short_parts), Error);
  EXPECT_THROW(allocate({{"706000", Money::parse("6550.00")}}), Error);
  allocate(parts);
  const auto after = balances(2026, '1', '1');
  EXPECT_EQ(after.count("120000"), 0U);
  EXPECT_EQ(after.at("110000"), Money::parse("-6000.00"));
  EXPECT_EQ(after.at("106800"), Money::parse("-550.00"));
  try {
    allocate(parts);
    FAIL() << "allocated twice";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Locked);
  }
}

TEST_F(YearClosingTest, AResultIsAllocatedOnlyAfterTheClose) {
  typical_year();
  Book book(*book_, *book_);
  auto scope = book.begin();
  EXPECT_THROW(
      allocate_result(book, "AT", 2025, day(2026, 6, 20), {{"110000", Money::parse("6550.00")}}, day(2026, 6, 20)),
      Error);
}

TEST_F(YearClosingTest, ADeficitGoesTo129) {
  post(test::transaction("AT", "AC", day(2025, 6, 1), "A1", {debit("606300", 120000), credit("401000", 120000)}));
  close();
  const auto opening = balances(2026, '1', '5');
  EXPECT_EQ(opening.at("129000"), Money::parse("1200.00"));
  EXPECT_EQ(opening.at("401000"), Money::parse("-1200.00"));
  EXPECT_EQ(closed_year_result(*book_, "AT", 2025), Money::parse("-1200.00"));
}

// The oven (1,000.00 over 4 years from 2025-01-01) bought with a 400.00
// investment subsidy, sold on 2026-06-30 for 700.00.
// 2025: depreciation 250.00; subsidy released 400 × 250 ÷ 1000 = 100.00.
// 2026: depreciation 250 × 181/365 = 123.9726… → accumulated 373.97, charge
// 123.97; net book value 626.03; the exit Dr 281500 373.97, Dr 652000
// 626.03, Cr 215400 1000.00; the sale Dr 462000 / Cr 757000 700.00; the
// rest of the subsidy, 300.00, released, and 131000 / 139000 cleared.
TEST_F(YearClosingTest, DisposalAndInvestmentSubsidyEntries) {
  typical_year();
  post(test::transaction("AT", "AC", day(2025, 1, 1), "ACH-FOUR", {debit("215400", 100000), credit("404000", 100000)}));
  post(test::transaction("AT", "BQ", day(2025, 2, 1), "SUBV", {debit("512000", 40000), credit("131000", 40000)}));
  {
    SqliteAssetStore assets(*book_);
    auto scope = book_->begin();
    AssetRegister(assets, *book_).link_subsidy("FOUR-1", {"131000", Money::parse("400.00")});
    scope->commit();
  }
  const ClosingPlan p2025 = plan();
  ASSERT_EQ(p2025.year_end_entries.size(), 2U);
  EXPECT_EQ(p2025.year_end_entries[1].piece_ref, "SUBV-2025");
  EXPECT_EQ(p2025.year_end_entries[1].total_debit(), Money::parse("100.00"));
  EXPECT_EQ(p2025.result, Money::parse("6650.00"));  // 6550 + the 100 released to 747
  close();
  {
    SqliteAssetStore assets(*book_);
    auto scope = book_->begin();
    AssetRegister(assets, *book_).dispose("FOUR-1", {day(2026, 6, 30), Money::parse("700.00")});
    scope->commit();
  }
  const ClosingPlan p2026 = plan(2026);
  std::map<std::string, Transaction> by_piece;
  for (const auto& t : p2026.year_end_entries) by_piece.emplace(t.piece_ref, t);
  ASSERT_EQ(by_piece.size(), 3U);
  EXPECT_EQ(by_piece.at("AMORT-2026").total_debit(), Money::parse("123.97"));
  const Transaction& exit = by_piece.at("CESSION-2026");
  std::map<std::string, Money> exit_lines;
  for (const auto& line : exit.postings) exit_lines[line.account] += line.debit - line.credit;
  EXPECT_EQ(exit_lines, (std::map<std::string, Money>{{"215400", Money::parse("-1000.00")},
                                                      {"281500", Money::parse("373.97")},
                                                      {"462000", Money::parse("700.00")},
                                                      {"652000", Money::parse("626.03")},
                                                      {"757000", Money::parse("-700.00")}}));
  std::map<std::string, Money> subsidy_lines;
  for (const auto& line : by_piece.at("SUBV-2026").postings) subsidy_lines[line.account] += line.debit - line.credit;
  EXPECT_EQ(subsidy_lines, (std::map<std::string, Money>{{"131000", Money::parse("400.00")},
                                                         {"139000", Money::parse("-100.00")},
                                                         {"747000", Money::parse("-300.00")}}));
  // 2026 alone: + 700 proceeds + 300 subsidy − 626.03 book value − 123.97 depreciation.
  EXPECT_EQ(p2026.result, Money::parse("250.00"));
  close(false, 2026);
  const auto opening = balances(2027, '1', '2');
  for (const char* gone : {"215400", "281500", "131000", "139000"}) EXPECT_FALSE(opening.count(gone)) << gone;
}

}  // namespace
}  // namespace comptoir
