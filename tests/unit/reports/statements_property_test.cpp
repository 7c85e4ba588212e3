// The statements' cross-checks on random books: whatever balanced entries
// of classes 1 to 7 a year holds (suppliers per auxiliary, balances on
// either side), the bilan balances, its result is the compte de
// résultat's and classes 7 - 6, and each account of the trial balance
// closes at its opening plus its movements.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include "core/book.hpp"
#include "core/reference_data.hpp"
#include "reports/statements.hpp"
#include "support/memory_book.hpp"

namespace comptoir {
namespace {

// An account of `accounts` and, for a supplier, one of its auxiliaries.
Posting random_line(const std::vector<Account>& accounts) {
  Posting p;
  p.account = accounts[*rc::gen::inRange<std::size_t>(0, accounts.size())].number;
  if (p.account == "401000") p.auxiliary = *rc::gen::element<std::string>("F-ONE", "F-TWO", "");
  return p;
}

// One random balanced entry of `year` (the opening of journal AN on its
// first day): one to four random lines, then one that balances them when
// they do not balance by themselves.
Transaction random_entry(const std::vector<Account>& accounts, int year, bool opening) {
  Transaction t = test::entry("AT", opening ? "AN" : "OD", "2025-01-01", {});
  t.date = Date::from_ymd(year, 1, 1).plus_days(opening ? 0 : *rc::gen::inRange(0, 365));
  t.piece_date = t.date;
  const int count = *rc::gen::inRange(1, 5);
  Money balance;
  for (int i = 0; i < count; ++i) {
    Posting p = random_line(accounts);
    const Money amount = Money::from_cents(*rc::gen::inRange<std::int64_t>(1, 10'000'000));
    if (*rc::gen::arbitrary<bool>()) {
      p.debit = amount;
    } else {
      p.credit = amount;
    }
    balance += p.debit - p.credit;
    t.postings.push_back(p);
  }
  if (!balance.is_zero()) {
    const Posting last = random_line(accounts);
    t.postings.push_back(Posting::with_balance(last.account, -balance, {.auxiliary = last.auxiliary}));
  }
  return t;
}

Money classes_7_minus_6(const BookReader& book, int year) {
  TransactionFilter f;
  f.entity = "AT";
  f.fiscal_year = year;
  Money result;
  for (const auto& r : book.trial_balance(f)) {
    if (r.account[0] == '6' || r.account[0] == '7') result -= r.balance();
  }
  return result;
}

TEST(StatementsProperty, TheBilanBalancesAndTheResultsAgree) {
  std::vector<Account> accounts;
  for (const auto& a : default_chart()) {
    if (a.account_class() >= 1 && a.account_class() <= 7) accounts.push_back(a);
  }
  const bool ok = rc::check("statements of random books", [&] {
    test::MemoryBook book;
    Book b(book, book);
    b.initialise(2024);
    b.add_fiscal_year("AT", 2025);
    b.add_auxiliary("AT", {"F-ONE", "Fournisseur un", "401000"});
    b.add_auxiliary("AT", {"F-TWO", "Fournisseur deux", "401000"});
    for (const int year : {2024, 2025}) {
      const int entries = *rc::gen::inRange(1, 15);
      for (int i = 0; i < entries; ++i) {
        Transaction t = random_entry(accounts, year, year == 2025 && i == 0);
        const Date date = t.date;
        b.post(std::move(t), true, date);
      }
    }
    for (const int year : {2024, 2025}) {
      const BalanceSheet sheet = balance_sheet(book, "AT", year);
      const IncomeStatement income = income_statement(book, "AT", year);
      RC_ASSERT(sheet.difference.is_zero());
      RC_ASSERT(sheet.result == income.result);
      RC_ASSERT(income.result == classes_7_minus_6(book, year));
      const TrialBalanceStatement trial = trial_balance_statement(book, "AT", year);
      Money closing;
      for (const auto& l : trial.lines) closing += l.closing();
      RC_ASSERT(closing.is_zero());
    }
    RC_ASSERT(balance_sheet(book, "AT", 2025).previous_difference == Money{});
  });
  EXPECT_TRUE(ok);
}

}  // namespace
}  // namespace comptoir
