// comptoir vat summary|ca3|settle: AT's VAT per rate and per month or
// quarter, the main lines of the CA3 return (whole euros), and the
// settlement entry of a period (journal OD, validated).
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
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

// "20", "5.5" in CSV/JSON; "20 %", "5,5 %" in French text.
std::string rate_text(const VatCollectedLine& l, bool text, bool fr) {
  if (l.rate_code.empty()) return "?";
  std::string r = l.rate_code;
  for (auto& c : r) if (c == '_') c = text && fr ? ',' : '.';
  return text ? r + " %" : r;
}

std::string kind_text(const std::string& kind, bool text, bool fr) {
  if (!text) return kind;
  if (kind == "collected") return fr ? "collectée" : "collected";
  if (kind == "deductible") return fr ? "déductible" : "deductible";
  if (kind == "credit_brought_forward") return fr ? "crédit reporté" : "credit b/f";
  if (kind == "net_due") return fr ? "nette due" : "net due";
  return fr ? "crédit" : "credit";
}

void summary(const Context& ctx, const VatOptions& o) {
  auto store = ctx.open_for_read();
  const auto rates = default_vat_rates();
  const bool fr = ctx.language() == Language::French;
  const bool text = ctx.format() == OutputFormat::Text;
  auto out = make_table_writer(ctx.format(), std::cout, ctx.language());
  out->begin({(fr ? "TVA " : "VAT ") + o.entity + " " + std::to_string(o.year) +
                  (fr ? " — collectée, déductible, nette due" : " — collected, deductible, net due"),
              {{"period", fr ? "Période" : "Period", 8},
               {"kind", fr ? "Nature" : "Kind", 15},
               {"rate", fr ? "Taux" : "Rate", 6, Align::Right},
               {"account", fr ? "Compte" : "Account", 7},
               {"base_ht", fr ? "Base HT" : "Base excl.", 14, Align::Right},
               {"vat", fr ? "TVA" : "VAT", 13, Align::Right}}});
  for (const auto& period : vat_periods_of_year(o.year, parse_vat_period_kind(o.period_kind))) {
    const VatStatement s = compute_vat_statement(*store, o.entity, period, rates);
    if (s.collected.empty() && s.deductible.empty() && s.credit_brought_forward.is_zero()) continue;
    // The base is a Money cell unless estimated (text marks it with "~").
    const std::string p = period.code();
    for (const auto& c : s.collected) {
      std::vector<Cell> cells{p, kind_text("collected", text, fr), rate_text(c, text, fr), c.vat_account};
      if (c.base_estimated && text) cells.emplace_back("~" + (fr ? c.base.to_french() : c.base.to_string()));
      else cells.emplace_back(c.base);
      cells.emplace_back(c.vat);
      out->row(cells);
    }
    for (const auto& d : s.deductible) {
      out->row({p, kind_text("deductible", text, fr), std::string(), d.account, std::string(), d.amount});
    }
    if (!s.credit_brought_forward.is_zero()) {
      out->row({p, kind_text("credit_brought_forward", text, fr), std::string(), std::string(vat_credit_account),
                std::string(), s.credit_brought_forward});
    }
    const bool due = s.credit().is_zero();
    out->total({p, kind_text(due ? "net_due" : "credit", text, fr), std::string(),
                std::string(due ? vat_payable_account : vat_credit_account), std::string(),
                due ? s.net_due() : s.credit()});
  }
  out->end();
}

void ca3(const Context& ctx, const VatOptions& o) {
  auto store = ctx.open_for_read();
  const VatPeriod period = VatPeriod::parse(o.period);
  const VatStatement s = compute_vat_statement(*store, o.entity, period, default_vat_rates());
  const bool fr = ctx.language() == Language::French;
  auto out = make_table_writer(ctx.format(), std::cout, ctx.language());
  out->begin({(fr ? "CA3 " : "CA3 return ") + o.entity + " " + period.code() +
                  (fr ? " (euros entiers, arrondi au plus proche)" : " (whole euros, rounded to nearest)"),
              {{"line", fr ? "Ligne" : "Line", 5},
               {"label", fr ? "Libellé" : "Label", 44},
               {"base", fr ? "Base HT" : "Base", 11, Align::Right},
               {"tax", fr ? "Taxe" : "Tax", 11, Align::Right}}});
  for (const auto& l : ca3_lines(s)) {
    Cell base = l.base ? Cell(*l.base) : Cell(std::string());
    const bool result = l.line == "16" || l.line == "23" || l.line == "28" || l.line == "25";
    Cell tax = l.line == "A1" ? Cell(std::string()) : Cell(l.tax);  // A1 declares a base only
    std::vector<Cell> cells{l.line, fr ? l.label_fr : l.label_en, base, tax};
    if (result) out->total(cells);
    else out->row(cells);
  }
  out->end();
}

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
  if (s.credit().is_zero()) std::cout << "net due " << s.net_due().to_string() << " on " << vat_payable_account << '\n';
  else std::cout << "credit " << s.credit().to_string() << " carried forward on " << vat_credit_account << '\n';
}

}  // namespace

void register_vat(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<VatOptions>();
  auto* cmd = app.add_subcommand("vat", "VAT of AT: summary per rate and period, CA3 return lines, settlement entry");
  cmd->require_subcommand(1);
  auto* sum = cmd->add_subcommand("summary", "VAT collected per rate, deductible, and net due or credit per period");
  sum->add_option("--entity", o->entity, "VAT-liable entity (default AT)");
  sum->add_option("--year", o->year, "Calendar year")->required();
  sum->add_option("--period", o->period_kind, "month (default) or quarter")->check(CLI::IsMember({"month", "quarter"}));
  sum->callback([&ctx, o] { summary(ctx, *o); });
  auto* form = cmd->add_subcommand("ca3", "Main lines of the CA3 return for a month or quarter, in whole euros");
  form->add_option("--entity", o->entity, "VAT-liable entity (default AT)");
  form->add_option("--period", o->period, "2025-03 (month) or 2025-Q1 (quarter)")->required();
  form->callback([&ctx, o] { ca3(ctx, *o); });
  auto* st = cmd->add_subcommand("settle", "Post the period's settlement entry (OD, validated): 4457x and 4456x "
                                           "to zero, balance to 445510 (due) or 445670 (credit)");
  st->add_option("--entity", o->entity, "VAT-liable entity (default AT)");
  st->add_option("--period", o->period, "2025-03 (month) or 2025-Q1 (quarter)")->required();
  st->add_option("--date", o->date, "Entry date (default: the period's last day; not before it)");
  st->callback([&ctx, o] { settle(ctx, *o); });
}

}  // namespace comptoir::cli
