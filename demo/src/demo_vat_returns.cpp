// Demo books: AT's quarterly VAT returns (CA3), built by the same core code
// as `comptoir vat settle` (VatStatementBuilder over the queued entries,
// then vat_settlement_entry): the quarter's VAT collected (44571x) less VAT
// deductible (44566x) is moved to VAT payable (445510) in journal OD and
// paid on the 24th of the following month. The fourth quarter is paid in
// January 2026, so it stays in the 2025 balances.
#include "demo_context.hpp"
#include "vat/vat_return.hpp"

namespace comptoir {

void add_demo_vat_returns(DemoContext& demo) {
  const auto rates = default_vat_rates();
  for (int quarter = 1; quarter <= 3; ++quarter) {
    const VatPeriod period = VatPeriod::quarter(2025, quarter);
    VatStatementBuilder builder("AT", period, rates);
    demo.for_each_queued([&](const Transaction& t) { builder.add(t); });
    builder.add_credit_brought_forward(
        demo.queued_balance("AT", vat_credit_account, Date::from_ymd(2025, 1, 1), period.first_day().plus_days(-1)));
    const VatStatement statement = builder.finish();
    if (statement.net_due().is_zero() && statement.credit().is_zero()) continue;
    Transaction t = vat_settlement_entry(statement, period.last_day());
    const std::string piece = t.piece_ref;
    demo.add(std::move(t));
    const Money payable = statement.net_due();
    if (payable.is_zero()) continue;  // a VAT credit is carried forward
    Transaction pay =
        Transaction::draft("AT", "BQ", period.last_day().plus_days(24), "VIR-" + piece, "Paiement TVA " + piece);
    pay.postings = {Posting::debiting(vat_payable_account, payable), Posting::crediting("512000", payable)};
    demo.add(std::move(pay));
  }
}

}  // namespace comptoir
