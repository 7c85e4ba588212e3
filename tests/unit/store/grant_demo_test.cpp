// The demo books' grants go through GrantDesk: 15 agreements with their
// tranches, the 2025 totals of the plan per account (unchanged by the move
// to agreements), states at year end and the dedicated funds proposed.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/book.hpp"
#include "demo/demo_books.hpp"
#include "grants/grant_desk.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_grant_store.hpp"
#include "support/demo_book.hpp"

namespace comptoir {
namespace {

Money eur(const char* text) {
  return Money::parse(text);
}

class GrantDemo : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = SqliteBook::open(test::shared_demo_book().string(), OpenMode::ReadOnly).release();
    grants_ = new SqliteGrantStore(*db_);
  }
  static void TearDownTestSuite() {
    delete grants_;
    delete db_;
  }
  void TearDown() override { test::expect_shared_demo_book_untouched(); }

  // Debit - credit of `entity`'s accounts starting with `prefix` in 2025.
  static Money balance(const std::string& entity, const std::string& prefix) {
    TransactionFilter f;
    f.entity = entity;
    f.fiscal_year = 2025;
    f.account_prefix = prefix;
    Money total;
    for (const auto& row : db_->trial_balance(f)) total += row.balance();
    return total;
  }

  static GrantState state(const std::string& code, Date as_of) {
    Book book(*db_, *db_);
    return GrantDesk(*grants_, book).state(code, as_of);
  }

  static SqliteBook* db_;
  static SqliteGrantStore* grants_;
};
SqliteBook* GrantDemo::db_ = nullptr;
SqliteGrantStore* GrantDemo::grants_ = nullptr;

TEST_F(GrantDemo, AgreementsAndTranchesAreRecorded) {
  EXPECT_EQ(grants_->grants("AT").size(), 9U);
  EXPECT_EQ(grants_->grants("RES").size(), 6U);
  const auto asp = grants_->tranches("ASP-APPRENTISSAGE-2025");
  ASSERT_EQ(asp.size(), 4U);  // one call, three receipts (the fourth is still due)
  EXPECT_EQ(asp[0].kind, GrantTrancheKind::Call);
  EXPECT_EQ(asp[0].amount, eur("12000"));
  EXPECT_EQ(test::query_int(test::shared_demo_book().string(), "SELECT count(*) FROM grant_tranche"), 15 + 24);
}

TEST_F(GrantDemo, PlannedTotalsPerAccountAreUnchanged) {
  EXPECT_EQ(balance("AT", "741"), -eur("256320"));
  EXPECT_EQ(balance("RES", "741"), -eur("176000"));
  EXPECT_EQ(balance("AT", "754200") + balance("AT", "755100"), -eur("35600"));
  EXPECT_EQ(balance("RES", "754200") + balance("RES", "755100"), -eur("150000"));
  // Still due at year end: 20 % of CD65 (16,000) + half of CC-ARGONNE (8,290); ASP's last quarter (3,000).
  EXPECT_EQ(balance("AT", "441"), eur("24290"));
  EXPECT_EQ(balance("RES", "441"), eur("3000"));
  EXPECT_EQ(balance("AT", "467"), eur("7800"));  // half of RUSTIQUE-AT
}

TEST_F(GrantDemo, StatesAtYearEnd) {
  const GrantState klesia = state("KLESIA-2025", Date::from_ymd(2025, 12, 31));
  EXPECT_EQ(klesia.called, eur("50000"));
  EXPECT_EQ(klesia.received, eur("50000"));
  EXPECT_EQ(klesia.spent, eur("25000"));  // the aid paid out to the cafés (657100)
  const GrantState abbaye = state("CD65-ABBAYE-2025", Date::from_ymd(2025, 12, 31));
  EXPECT_EQ(abbaye.receivable, eur("16000"));
  // Sous-traitance technique (611000) 10,000 + project lead Sep-Dec 4 x 2,500.
  EXPECT_EQ(abbaye.spent, eur("20000"));
  const GrantState early = state("ANCT-2025", Date::from_ymd(2025, 1, 15));
  EXPECT_TRUE(early.called.is_zero());  // notified on 31 January
}

// Each agreement tracks its own tag grant=<code>; the hand-planned shares of
// demo_grants.cpp: operating aid 90-100 % spent, the earmarked ones partly.
TEST_F(GrantDemo, EachAgreementSpendsItsOwnShare) {
  const std::map<std::string, const char*> spent = {
      {"CD65-ABBAYE-2025", "20000"},
      {"REGION-GE-2025", "66600"},
      {"CD10-GUINGUETTE-2025", "39000"},
      {"CC-BARSEQUANAIS-2025", "18960"},
      {"CC-VENDEUVRE-2025", "15840"},
      {"CC-ARGONNE-2025", "15600"},
      {"CC-SOMME-SUD-OUEST-2025", "12500"},
      {"KRONENBOURG-AT-2025", "18000"},
      {"RUSTIQUE-AT-2025", "14500"},
      {"ANCT-2025", "147000"},
      {"ANRT-CIFRE-2025", "13800"},
      {"ASP-APPRENTISSAGE-2025", "11400"},
      {"KRONENBOURG-RES-2025", "54000"},
      {"RUSTIQUE-RES-2025", "37200"},
      {"KLESIA-2025", "25000"},
  };
  std::size_t seen = 0;
  for (const char* entity : {"AT", "RES"}) {
    for (const auto& g : grants_->grants(entity)) {
      ++seen;
      EXPECT_EQ(g.tag_key, "grant") << g.code;
      EXPECT_EQ(g.spending_tag_value(), g.code);
      const GrantState s = state(g.code, Date::from_ymd(2025, 12, 31));
      ASSERT_TRUE(spent.contains(g.code)) << g.code;
      EXPECT_EQ(s.spent, eur(spent.at(g.code))) << g.code;
      EXPECT_LE(s.spent, g.awarded) << g.code;
      if (!g.earmarked) {
        EXPECT_GE(s.spent.cents() * 10, g.awarded.cents() * 9) << g.code;  // at least 90 %
      }
    }
  }
  EXPECT_EQ(seen, spent.size());
  // Splitting the pay lines between agreements keeps the payroll totals.
  EXPECT_EQ(balance("AT", "641") + balance("AT", "645"), eur("372000"));
  EXPECT_EQ(balance("RES", "641") + balance("RES", "645"), eur("361000"));
}

TEST_F(GrantDemo, DedicatedFundsProposedForTheEarmarkedAgreements) {
  Book book(*db_, *db_);
  const GrantDesk desk(*grants_, book);
  const auto res = desk.funds_proposal("RES", 2025);
  ASSERT_EQ(res.rows.size(), 1U);
  EXPECT_EQ(res.rows[0].grant, "KLESIA-2025");
  EXPECT_EQ(res.rows[0].fund_account, "195000");
  EXPECT_EQ(res.rows[0].allocated, eur("25000"));
  ASSERT_EQ(res.entries.size(), 1U);
  EXPECT_EQ(res.entries[0].postings[0].account, "689500");
  const auto at = desk.funds_proposal("AT", 2025);
  ASSERT_EQ(at.rows.size(), 1U);
  EXPECT_EQ(at.rows[0].grant, "CD65-ABBAYE-2025");
  EXPECT_EQ(at.rows[0].allocated, eur("60000"));
  EXPECT_EQ(at.entries.at(0).postings[1].account, "194000");
}

}  // namespace
}  // namespace comptoir
