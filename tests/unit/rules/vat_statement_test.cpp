// VAT per rate and per month or quarter on a small AT book checked by
// hand, the CA3 lines in whole euros, the settlement entries (they balance
// and bring the accounts back to zero), and RES's VAT refusal.
#include <gtest/gtest.h>

#include <map>

#include "core/error.hpp"
#include "support/memory_book.hpp"
#include "vat/vat_return.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::debit;
using test::entry;

Money m(const char* text) {
  return Money::parse(text);
}

class VatBook : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = test::initialised_memory_book();
    book_ = std::make_unique<Book>(*db_, *db_);
    auto scope = book_->begin();
    // January: a prestation at 20 %; a till day at the three rates; a purchase.
    post(entry("AT", "VE", "2025-01-10",
               {debit("411000", "1200.00"), credit("706010", "1000.00"), credit("445711", "200.00")}));
    post(entry(
        "AT", "CA", "2025-01-20",
        {debit("512000", "185.55"), credit("707110", "100.00"), credit("445711", "20.00"), credit("707120", "50.00"),
         credit("445712", "5.00"), credit("707130", "10.00"), credit("445713", "0.55")}));
    post(entry("AT", "AC", "2025-01-25",
               {debit("607000", "500.00"), debit("445661", "100.00"), credit("401000", "600.00")}));
    // February: a computer (VAT on fixed assets); a sale mixing two rates on one 70x account.
    post(entry("AT", "AC", "2025-02-03",
               {debit("218300", "2000.00"), debit("445620", "400.00"), credit("404000", "2400.00")}));
    post(entry(
        "AT", "VE", "2025-02-10",
        {debit("411000", "230.00"), credit("706000", "200.00"), credit("445711", "20.00"), credit("445712", "10.00")}));
    // March: a small sale.
    post(entry("AT", "VE", "2025-03-05",
               {debit("411000", "60.00"), credit("706000", "50.00"), credit("445711", "10.00")}));
    scope->commit();
  }
  void post(Transaction t) { (void)book_->post(std::move(t), true, Date::parse("2025-04-01")); }
  VatStatement statement(const char* period) {
    return compute_vat_statement(*db_, "AT", VatPeriod::parse(period), default_vat_rates());
  }
  VatSettlement settle(const char* period) {
    auto scope = book_->begin();
    auto p = VatPeriod::parse(period);
    auto s = settle_vat_period(*book_, "AT", p, default_vat_rates(), p.last_day(), Date::parse("2025-04-02"));
    scope->commit();
    return s;
  }

  std::unique_ptr<test::MemoryBook> db_;
  std::unique_ptr<Book> book_;
};

TEST(VatPeriodTest, ParsesMonthsAndQuarters) {
  EXPECT_EQ(VatPeriod::parse("2025-03").code(), "2025-03");
  EXPECT_EQ(VatPeriod::parse("2025-Q1").code(), "2025-T1");
  EXPECT_EQ(VatPeriod::parse("2025-T4").last_day(), Date::parse("2025-12-31"));
  EXPECT_EQ(VatPeriod::parse("2025-02").last_day(), Date::parse("2025-02-28"));
  EXPECT_TRUE(VatPeriod::parse("2025-Q1").overlaps(VatPeriod::parse("2025-03")));
  EXPECT_FALSE(VatPeriod::parse("2025-Q2").overlaps(VatPeriod::parse("2025-03")));
  for (const char* bad : {"2025-13", "2025-Q5", "2025", "25-01", "2025-1"}) {
    EXPECT_THROW((void)VatPeriod::parse(bad), Error) << bad;
  }
  EXPECT_EQ(vat_periods_of_year(2025, VatPeriodKind::Quarter).size(), 4U);
}

TEST_F(VatBook, JanuaryPerRate) {
  const auto s = statement("2025-01");
  ASSERT_EQ(s.collected.size(), 3U);
  EXPECT_EQ(s.collected[0].rate_code, "20");
  EXPECT_EQ(s.collected[0].base, m("1100.00"));  // 1000 prestation + 100 drinks
  EXPECT_EQ(s.collected[0].vat, m("220.00"));
  EXPECT_EQ(s.collected[1].base, m("50.00"));
  EXPECT_EQ(s.collected[1].vat, m("5.00"));
  EXPECT_EQ(s.collected[2].base, m("10.00"));
  EXPECT_EQ(s.collected[2].vat, m("0.55"));
  EXPECT_FALSE(s.collected[0].base_estimated);
  EXPECT_EQ(s.collected_total(), m("225.55"));
  EXPECT_EQ(s.goods_and_services, m("100.00"));
  EXPECT_EQ(s.fixed_assets, Money());
  EXPECT_EQ(s.net_due(), m("125.55"));
  EXPECT_EQ(s.credit(), Money());
}

TEST_F(VatBook, FebruaryEstimatesMixedBasesAndEndsInCredit) {
  const auto s = statement("2025-02");
  ASSERT_EQ(s.collected.size(), 2U);
  EXPECT_EQ(s.collected[0].base, m("100.00"));  // 20.00 / 20 %
  EXPECT_TRUE(s.collected[0].base_estimated);
  EXPECT_EQ(s.collected[1].base, m("100.00"));  // 10.00 / 10 %
  EXPECT_EQ(s.fixed_assets, m("400.00"));
  EXPECT_EQ(s.credit(), m("370.00"));
  EXPECT_EQ(s.net_due(), Money());
}

TEST_F(VatBook, QuarterIsTheSumOfItsMonths) {
  const auto q = statement("2025-Q1");
  EXPECT_EQ(q.collected[0].base, m("1250.00"));
  EXPECT_EQ(q.collected[0].vat, m("250.00"));
  EXPECT_EQ(q.collected[1].vat, m("15.00"));
  EXPECT_EQ(q.collected_total(), m("265.55"));
  EXPECT_EQ(q.deductible_total(), m("500.00"));
  EXPECT_EQ(q.credit(), m("234.45"));
  Money months;
  for (const char* p : {"2025-01", "2025-02", "2025-03"}) months += statement(p).collected_total();
  EXPECT_EQ(months, q.collected_total());
}

TEST_F(VatBook, Ca3LinesInWholeEuros) {
  const auto lines = ca3_lines(statement("2025-01"));
  std::map<std::string, Ca3Line> by;
  for (const auto& l : lines) by[l.line] = l;
  EXPECT_EQ(*by["A1"].base, 1160);
  EXPECT_EQ(*by["08"].base, 1100);
  EXPECT_EQ(by["08"].tax, 220);
  EXPECT_EQ(by["9B"].tax, 5);
  EXPECT_EQ(by["09"].tax, 1);  // 0.55 rounds half-up to 1
  EXPECT_EQ(by["16"].tax, 226);
  EXPECT_EQ(by["20"].tax, 100);
  EXPECT_EQ(by["23"].tax, 100);
  EXPECT_EQ(by["28"].tax, 126);  // from the rounded lines; the entry posts 125.55
  EXPECT_EQ(by.count("25"), 0U);
  EXPECT_EQ(whole_euros(m("2.50")), 3);
  EXPECT_EQ(whole_euros(m("2.49")), 2);
  EXPECT_EQ(whole_euros(m("-2.50")), -3);
}

TEST_F(VatBook, SettlementsBalanceZeroTheAccountsAndCarryTheCredit) {
  const auto jan = settle("2025-01");
  auto t = *db_->transaction(jan.transaction_id);
  EXPECT_EQ(t.piece_ref, "CA3-2025-01");
  EXPECT_EQ(t.journal, "OD");
  EXPECT_EQ(t.total_debit(), m("225.55"));
  EXPECT_EQ(t.total_credit(), m("225.55"));
  EXPECT_EQ(t.postings.back().account, "445510");
  EXPECT_EQ(t.postings.back().credit, m("125.55"));
  // Settled entries are left out: January still reads the same.
  EXPECT_EQ(statement("2025-01").net_due(), m("125.55"));

  const auto feb = settle("2025-02");
  t = *db_->transaction(feb.transaction_id);
  EXPECT_EQ(t.postings.back().account, "445670");
  EXPECT_EQ(t.postings.back().debit, m("370.00"));
  const auto mar = statement("2025-03");
  EXPECT_EQ(mar.credit_brought_forward, m("370.00"));
  EXPECT_EQ(mar.credit(), m("360.00"));
  const auto march = settle("2025-03");
  t = *db_->transaction(march.transaction_id);
  EXPECT_EQ(t.total_debit(), t.total_credit());
  EXPECT_EQ(t.postings.back().account, "445670");
  EXPECT_EQ(t.postings.back().credit, m("10.00"));  // 370 carried in, 360 carried out

  // After the three settlements every VAT account of the quarter is back to
  // zero except the credit left and the VAT payable.
  TransactionFilter all;
  all.entity = "AT";
  all.account_prefix = "445";
  for (const auto& row : db_->trial_balance(all)) {
    if (row.account == "445670")
      EXPECT_EQ(row.balance(), m("360.00"));
    else if (row.account == "445510")
      EXPECT_EQ(row.balance(), m("-125.55"));
    else
      EXPECT_EQ(row.balance(), Money()) << row.account;
  }
}

TEST_F(VatBook, SettlingTwiceOrAnOverlappingPeriodIsRefused) {
  (void)settle("2025-02");
  for (const char* p : {"2025-02", "2025-Q1"}) {
    try {
      (void)settle(p);
      FAIL() << p;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Locked) << p;
      EXPECT_NE(std::string(e.what()).find("already settled"), std::string::npos) << e.what();
    }
  }
  EXPECT_NO_THROW((void)settle("2025-01"));
}

TEST_F(VatBook, ClosedYearAndNothingToSettle) {
  EXPECT_THROW((void)settle("2025-06"), Error);  // no VAT in June
  {
    auto scope = book_->begin();
    book_->close_fiscal_year("AT", 2025);
    scope->commit();
  }
  try {
    (void)settle("2025-01");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Locked);
  }
}

TEST_F(VatBook, ResPostsNoVat) {
  auto scope = book_->begin();
  try {
    post(entry("RES", "AC", "2025-03-01",
               {debit("626000", "100.00"), debit("445661", "20.00"), credit("401000", "120.00")}));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    EXPECT_NE(std::string(e.what()).find("RES is not liable to VAT"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("445661"), std::string::npos) << e.what();
  }
  EXPECT_NO_THROW(post(entry("RES", "AC", "2025-03-01", {debit("626000", "120.00"), credit("401000", "120.00")})));
  EXPECT_THROW((void)compute_vat_statement(*db_, "RES", VatPeriod::parse("2025-03"), default_vat_rates()), Error);
}

}  // namespace
}  // namespace comptoir
