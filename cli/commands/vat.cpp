// comptoir vat summary|ca3|settle: AT's VAT per rate and per month or
// quarter and the main lines of the CA3 return (both built in
// reports/vat_reports), and the settlement entry of a period (journal OD,
// validated).
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "reports/vat_reports.hpp"
#include "vat/vat_return.hpp"

namespace comptoir::cli {
namespace {

struct VatOptions {
  std::string entity = "AT";
  int year = 0;
  std::string period_kind = "month";  // summary
  std::string period;                 // ca3, settle: 2025-03 or 2025-Q1
  std::string date;                   // settle
};

void settle(const Context& ctx, const VatOptions& o) {
  const VatPeriod period = VatPeriod::parse(o.period);
  const Date date = o.date.empty() ? period.last_day() : Date::parse(o.date);
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  auto scope = book.begin();
  const VatSettlement result = settle_vat_period(book, o.entity, period, default_vat_rates(), date, ctx.today());
  scope->commit();
  const auto t = store->transaction(result.transaction_id);
  const VatStatement& s = result.statement;
  std::cout << "Settled the VAT of " << o.entity << " for " << period.code() << ": " << t->reference() << " (piece "
            << t->piece_ref << ", " << date.iso() << "), collected " << s.collected_total().to_string()
            << ", deductible " << s.deductible_total().to_string() << ", ";
  if (s.credit().is_zero()) {
    std::cout << "net due " << s.net_due().to_string() << " on " << vat_payable_account << '\n';
  } else {
    std::cout << "credit " << s.credit().to_string() << " carried forward on " << vat_credit_account << '\n';
  }
}

}  // namespace

void register_vat(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<VatOptions>();
  auto* cmd = app.add_subcommand("vat", "VAT of AT: summary per rate and period, CA3 return lines, settlement entry");
  cmd->require_subcommand(1);
  auto* sum = cmd->add_subcommand("summary", "VAT collected per rate, deductible, and net due or credit per period");
  sum->add_option("--entity", o->entity, "VAT-liable entity (default AT)");
  sum->add_option("--year", o->year, "Calendar year (VAT periods are calendar months or quarters)")->required();
  sum->add_option("--period", o->period_kind, "month (default) or quarter")->check(CLI::IsMember({"month", "quarter"}));
  sum->callback([&ctx, o] {
    write_vat_summary(*ctx.open_for_read(), o->entity, o->year, parse_vat_period_kind(o->period_kind),
                      default_vat_rates(), ctx.labels(), *ctx.table_writer());
  });
  auto* form = cmd->add_subcommand("ca3", "Main lines of the CA3 return for a month or quarter, in whole euros");
  form->add_option("--entity", o->entity, "VAT-liable entity (default AT)");
  form->add_option("--period", o->period, "2025-03 (month) or 2025-Q1 (quarter)")->required();
  form->callback([&ctx, o] {
    const VatPeriod period = VatPeriod::parse(o->period);
    write_vat_ca3(*ctx.open_for_read(), o->entity, period, default_vat_rates(), ctx.labels(), *ctx.table_writer());
  });
  auto* st = cmd->add_subcommand("settle",
                                 "Post the period's settlement entry (OD, validated): 4457x and 4456x "
                                 "to zero, balance to 445510 (due) or 445670 (credit)");
  st->add_option("--entity", o->entity, "VAT-liable entity (default AT)");
  st->add_option("--period", o->period, "2025-03 (month) or 2025-Q1 (quarter)")->required();
  st->add_option("--date", o->date, "Entry date (default: the period's last day; not before it)");
  st->callback([&ctx, o] { settle(ctx, *o); });
}

}  // namespace comptoir::cli
