// The annual statements on a small in-memory book of AT over 2024 and
// 2025: rows and signs, balances that flip side, N-1, the notes, and the
// cross-checks (income statement result = balance sheet result = classes
// 7 - 6; actif = passif; closing = opening + movements).
#include "reports/statements.hpp"

#include <gtest/gtest.h>

#include "core/book.hpp"
#include "core/error.hpp"
#include "support/memory_book.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::debit;
using test::entry;

class Statements : public ::testing::Test {
 protected:
  void SetUp() override {
    Book(book_, book_).initialise(2024);
    Book b(book_, book_);
    b.add_fiscal_year("AT", 2025);
    b.add_auxiliary("AT", {"F-ONE", "Fournisseur un", "401000"});
    b.add_auxiliary("AT", {"F-TWO", "Fournisseur deux", "401000"});
    // 2024: 5,000.00 of subsidy received, 1,000.00 spent.
    post(entry("AT", "BQ", "2024-03-01", {debit("512000", "5000.00"), credit("741100", "5000.00")}));
    post(entry("AT", "AC", "2024-06-01", {debit("606100", "1000.00"), credit("512000", "1000.00")}));
  }

  void post(Transaction t) {
    const Date date = t.date;
    Book(book_, book_).post(std::move(t), true, date);
  }

  // 2025: the à-nouveaux of 2024 (bank 4,000.00, result 4,000.00 carried
  // to 110), then the year.
  void post_2025(bool with_opening) {
    if (with_opening) {
      post(entry("AT", "AN", "2025-01-01", {debit("512000", "4000.00"), credit("110000", "4000.00")}));
    }
    post(entry("AT", "VE", "2025-02-01", {debit("411000", "1200.00"), credit("706000", "1200.00")}));
    post(entry("AT", "OD", "2025-03-31", {debit("641000", "3000.00"), credit("421000", "3000.00")}));
    post(entry("AT", "OD", "2025-03-31", {debit("645100", "1200.00"), credit("431000", "1200.00")}));
    // Supplier F-ONE paid twice (a debit balance), F-TWO owed 300.00.
    Posting one_paid = debit("401000", "500.00");
    one_paid.auxiliary = "F-ONE";
    Posting two_owed = credit("401000", "300.00");
    two_owed.auxiliary = "F-TWO";
    post(entry("AT", "AC", "2025-04-01", {debit("606300", "300.00"), two_owed}));
    post(entry("AT", "BQ", "2025-04-02", {one_paid, credit("512000", "500.00")}));
    // Salaries paid from the bank: 3,000.00 > the 4,000.00 - 500.00 left:
    // with the opening, the bank stays in debit; without, it is in credit.
    post(entry("AT", "BQ", "2025-04-30", {debit("421000", "3000.00"), credit("512000", "3000.00")}));
    post(entry("AT", "OD", "2025-12-31", {debit("681100", "400.00"), credit("281800", "400.00")}));
    post(entry("AT", "OD", "2025-12-31", {debit("218300", "2000.00"), credit("404000", "2000.00")}));
  }

  static Money euros(const char* text) { return Money::parse(text); }

  static const IncomeStatementRow& row(const IncomeStatement& s, const std::string& id) {
    for (const auto& r : s.rows) {
      if (r.id == id) return r;
    }
    throw std::out_of_range("no row " + id);
  }
  static const BalanceSheetRow& row(const std::vector<BalanceSheetRow>& rows, const std::string& id) {
    for (const auto& r : rows) {
      if (r.id == id) return r;
    }
    throw std::out_of_range("no row " + id);
  }

  // Credit - debit of classes 7 and 6 over a year, from the trial balance.
  Money classes_7_minus_6(int year) const {
    TransactionFilter f;
    f.entity = "AT";
    f.fiscal_year = year;
    Money result;
    for (const auto& r : book_.trial_balance(f)) {
      if (r.account[0] == '6' || r.account[0] == '7') result -= r.balance();
    }
    return result;
  }

  test::MemoryBook book_;
};

TEST_F(Statements, IncomeStatementRowsAndSigns) {
  post_2025(true);
  const IncomeStatement s = income_statement(book_, "AT", 2025);
  EXPECT_EQ(row(s, "pe.prestations").current, euros("1200.00"));
  EXPECT_EQ(row(s, "pe.prestations").previous, Money{});
  EXPECT_EQ(row(s, "pe.subventions").current, Money{});
  EXPECT_EQ(row(s, "pe.subventions").previous, euros("5000.00"));
  EXPECT_EQ(row(s, "ce.autres_achats").current, euros("300.00"));
  EXPECT_EQ(row(s, "ce.autres_achats").previous, euros("1000.00"));
  EXPECT_EQ(row(s, "ce.salaires").current, euros("3000.00"));
  EXPECT_EQ(row(s, "ce.charges_sociales").current, euros("1200.00"));
  EXPECT_EQ(row(s, "ce.dotations_amortissements").current, euros("400.00"));
  EXPECT_EQ(row(s, "pe.total").current, euros("1200.00"));
  EXPECT_EQ(row(s, "ce.total").current, euros("4900.00"));
  EXPECT_EQ(row(s, "r.exploitation").current, euros("-3700.00"));
  EXPECT_EQ(row(s, "r.excedent").current, euros("-3700.00"));
  EXPECT_EQ(row(s, "r.excedent").previous, euros("4000.00"));
  EXPECT_EQ(s.result, euros("-3700.00"));
  EXPECT_EQ(s.result, classes_7_minus_6(2025));
  EXPECT_EQ(s.previous_result, classes_7_minus_6(2024));
  EXPECT_THROW((void)row(s, "pe.cotisations"), std::out_of_range);  // zero lines are left out
  // Sections without a figure are left out, their margins stay.
  EXPECT_THROW((void)row(s, "pf"), std::out_of_range);
  EXPECT_THROW((void)row(s, "pf.total"), std::out_of_range);
  EXPECT_THROW((void)row(s, "cvn"), std::out_of_range);
  EXPECT_EQ(row(s, "r.financier").current, Money{});
  EXPECT_EQ(row(s, "ip.total").current, Money{});
  EXPECT_TRUE(s.notes.empty());
}

TEST_F(Statements, BalanceSheetBalancesAndFlipsSides) {
  post_2025(true);
  const BalanceSheet s = balance_sheet(book_, "AT", 2025);
  EXPECT_EQ(s.difference, Money{});
  EXPECT_EQ(row(s.assets, "a.total").current, row(s.liabilities, "p.total").current);
  EXPECT_EQ(s.result, income_statement(book_, "AT", 2025).result);
  EXPECT_EQ(row(s.liabilities, "fp.resultat").current, euros("-3700.00"));
  EXPECT_EQ(row(s.liabilities, "fp.report").current, euros("4000.00"));
  // The supplier paid twice is a receivable; the other stays a debt.
  EXPECT_EQ(row(s.assets, "ac.autres_creances").current, euros("500.00"));
  EXPECT_EQ(row(s.liabilities, "de.fournisseurs").current, euros("300.00"));
  EXPECT_EQ(row(s.assets, "ac.usagers").current, euros("1200.00"));
  EXPECT_EQ(row(s.assets, "ac.disponibilites").current, euros("500.00"));
  EXPECT_EQ(row(s.liabilities, "de.fiscales_sociales").current, euros("1200.00"));
  EXPECT_EQ(row(s.liabilities, "de.immobilisations").current, euros("2000.00"));
  // Fixed assets: gross, depreciation, net.
  const auto& fixed = row(s.assets, "ai.corporelles");
  EXPECT_EQ(fixed.gross, euros("2000.00"));
  EXPECT_EQ(fixed.depreciation, euros("400.00"));
  EXPECT_EQ(fixed.current, euros("1600.00"));
  EXPECT_EQ(row(s.assets, "a.total").gross, euros("4200.00"));
  EXPECT_EQ(row(s.assets, "a.total").current, euros("3800.00"));
  EXPECT_EQ(row(s.assets, "a.total").depreciation, euros("400.00"));
  // N-1: the 2024 bank and result.
  EXPECT_EQ(row(s.assets, "ac.disponibilites").previous, euros("4000.00"));
  EXPECT_EQ(row(s.liabilities, "fp.resultat").previous, euros("4000.00"));
  EXPECT_EQ(s.previous_difference, Money{});
  EXPECT_TRUE(s.notes.empty());
}

TEST_F(Statements, WithoutOpeningEntriesABankInCreditIsADebtAndANoteSaysWhy) {
  post_2025(false);
  const BalanceSheet s = balance_sheet(book_, "AT", 2025);
  EXPECT_EQ(row(s.assets, "ac.disponibilites").current, Money{});  // shown for its N-1
  EXPECT_EQ(row(s.liabilities, "de.credit").current, euros("3500.00"));
  EXPECT_EQ(s.difference, Money{});
  ASSERT_EQ(s.notes.size(), 1u);
  EXPECT_EQ(s.notes[0].id, "statement.note.opening_not_carried");
  EXPECT_EQ(s.notes[0].args.at(1).second, "2024");
  const TrialBalanceStatement tb = trial_balance_statement(book_, "AT", 2025);
  ASSERT_EQ(tb.notes.size(), 1u);
  Book(book_, book_).close_fiscal_year("AT", 2024);
  EXPECT_EQ(balance_sheet(book_, "AT", 2025).notes.at(0).id, "statement.note.opening_missing");
}

TEST_F(Statements, AnUnbalancedContributionInKindIsTheDifference) {
  post_2025(true);
  // Volunteering valued against a supplier account: class 8 no longer
  // balances by itself, and neither does the bilan.
  post(entry("AT", "OD", "2025-06-01", {debit("864000", "250.00"), credit("467000", "250.00")}));
  const BalanceSheet s = balance_sheet(book_, "AT", 2025);
  EXPECT_EQ(s.difference, euros("-250.00"));
  ASSERT_EQ(s.notes.size(), 1u);
  EXPECT_EQ(s.notes[0].id, "bs.note.difference_cvn");
  EXPECT_EQ(s.notes[0].amount, euros("-250.00"));
  const IncomeStatement is = income_statement(book_, "AT", 2025);
  EXPECT_EQ(row(is, "vc.benevoles").current, euros("250.00"));
  EXPECT_EQ(row(is, "vc.total").current, euros("250.00"));
  EXPECT_NO_THROW((void)row(is, "cvn"));
  EXPECT_THROW((void)row(is, "vp"), std::out_of_range);
  EXPECT_EQ(row(is, "vc.total").current, euros("250.00"));
  EXPECT_NO_THROW((void)row(is, "cvn"));
  EXPECT_THROW((void)row(is, "vp"), std::out_of_range);
  EXPECT_EQ(is.result, euros("-3700.00"));  // class 8 stays outside the result
}

TEST_F(Statements, TrialBalanceClosingIsOpeningPlusMovements) {
  post_2025(true);
  const TrialBalanceStatement tb = trial_balance_statement(book_, "AT", 2025);
  Money opening, debits, credits, closing;
  bool bank_seen = false;
  for (const auto& l : tb.lines) {
    EXPECT_EQ(l.closing(), l.opening + l.debit - l.credit) << l.account;
    opening += l.opening;
    debits += l.debit;
    credits += l.credit;
    closing += l.closing();
    if (l.account == "512000") {
      bank_seen = true;
      EXPECT_EQ(l.opening, euros("4000.00"));
      EXPECT_EQ(l.debit, Money{});
      EXPECT_EQ(l.credit, euros("3500.00"));
      EXPECT_EQ(l.closing(), euros("500.00"));
    }
  }
  EXPECT_TRUE(bank_seen);
  EXPECT_EQ(opening, Money{});
  EXPECT_EQ(debits, credits);
  EXPECT_EQ(closing, Money{});
  EXPECT_TRUE(tb.notes.empty());
}

TEST_F(Statements, AFirstYearHasNoPreviousColumn) {
  const IncomeStatement s = income_statement(book_, "AT", 2024);
  EXPECT_FALSE(s.years.previous);
  EXPECT_FALSE(s.previous_result);
  EXPECT_FALSE(row(s, "r.excedent").previous);
  EXPECT_EQ(s.result, euros("4000.00"));
  const BalanceSheet b = balance_sheet(book_, "AT", 2024);
  EXPECT_TRUE(b.notes.empty());  // no previous year: nothing to carry
  EXPECT_EQ(b.difference, Money{});
}

TEST_F(Statements, AnUnknownEntityOrYearIsRefused) {
  try {
    (void)income_statement(book_, "XX", 2025);
    FAIL() << "expected NotFound";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
  try {
    (void)balance_sheet(book_, "AT", 2030);
    FAIL() << "expected InvalidInput";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
  }
}

}  // namespace
}  // namespace comptoir
