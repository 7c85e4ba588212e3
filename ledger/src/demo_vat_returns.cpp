// Demo books: AT's quarterly VAT returns (CA3): the quarter's VAT collected
// (44571x) less VAT deductible (44566x) is moved to VAT payable (445510) in
// journal OD and paid on the 24th of the following month. The fourth
// quarter is paid in January 2026, so it stays in the 2025 balances.
#include <array>

#include "demo_context.hpp"

namespace comptoir {

void add_demo_vat_returns(DemoContext& demo) {
  const std::array<const char*, 5> vat_accounts = {"445711", "445712", "445713", "445661", "445663"};
  for (int quarter = 1; quarter <= 3; ++quarter) {
    const Date from = Date::from_ymd(2025, static_cast<unsigned>(3 * quarter - 2), 1);
    const Date to = Date::from_ymd(2025, static_cast<unsigned>(3 * quarter), 1).end_of_month();
    const std::string piece = "CA3-2025-T" + std::to_string(quarter);
    Transaction t = demo_entry("AT", "OD", to, piece, "Déclaration de TVA " + piece);
    Money payable;
    for (const char* account : vat_accounts) {
      const Money balance = demo.queued_balance("AT", account, from, to);
      if (balance.is_zero()) continue;
      // Zero each account: a credit balance (collected) is debited, and the reverse.
      t.postings.push_back(balance.is_negative() ? debit(account, -balance) : credit(account, balance));
      payable -= balance;
    }
    if (payable.is_zero()) continue;
    t.postings.push_back(payable.is_negative() ? debit("445670", -payable) : credit("445510", payable));
    demo.add(std::move(t));
    if (payable.is_negative()) continue;  // a VAT credit is carried forward
    Transaction pay = demo_entry("AT", "BQ", to.plus_days(24), "VIR-" + piece, "Paiement TVA " + piece);
    pay.postings = {debit("445510", payable), credit("512000", payable)};
    demo.add(std::move(pay));
  }
}

}  // namespace comptoir
