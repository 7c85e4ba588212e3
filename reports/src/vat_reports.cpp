// The VAT summary and the CA3 lines (see vat_reports.hpp).
#include "reports/vat_reports.hpp"

#include "vat/vat_return.hpp"
#include "vat/vat_statement.hpp"

namespace comptoir {
namespace {

// "20", "5.5" for machines, "5,5 %" in French text; "?" for a 4457x
// account of no known rate.
Cell rate_cell(const VatCollectedLine& line) {
  if (line.rate_code.empty()) return std::string("?");
  std::string rate = line.rate_code;
  for (auto& c : rate) c = c == '_' ? '.' : c;
  return Percent{rate};
}

Code kind_cell(const std::string& kind, const Labels& t) {
  return {kind, std::string(t("vat.kind." + kind))};
}

void write_period(const VatStatement& s, const Labels& t, TableWriter& out) {
  const std::string p = s.period.code();
  for (const auto& c : s.collected) {
    std::vector<Cell> cells{p, kind_cell("collected", t), rate_cell(c), c.vat_account};
    if (c.base_estimated)
      cells.emplace_back(Estimate{c.base});  // recomputed from the tax
    else
      cells.emplace_back(c.base);
    cells.emplace_back(c.vat);
    out.row(cells);
  }
  for (const auto& d : s.deductible) out.row({p, kind_cell("deductible", t), {}, d.account, {}, d.amount});
  if (!s.credit_brought_forward.is_zero()) {
    out.row(
        {p, kind_cell("credit_brought_forward", t), {}, std::string(vat_credit_account), {}, s.credit_brought_forward});
  }
  const bool due = s.credit().is_zero();
  out.total({p,
             kind_cell(due ? "net_due" : "credit", t),
             {},
             std::string(due ? vat_payable_account : vat_credit_account),
             {},
             due ? s.net_due() : s.credit()});
}

}  // namespace

void write_vat_summary(const BookReader& book, const std::string& entity, int year, VatPeriodKind kind,
                       const std::vector<VatRate>& rates, const Labels& t, TableWriter& out) {
  out.begin({t("vat.summary.title", {{"entity", entity}, {"year", std::to_string(year)}}),
             {{"period", std::string(t("vat.col.period")), 8},
              {"kind", std::string(t("vat.col.kind")), 15},
              {"rate", std::string(t("vat.col.rate")), 6, Align::Right},
              {"account", std::string(t("col.account")), 7},
              {"base_ht", std::string(t("vat.col.base_ht")), 14, Align::Right},
              {"vat", std::string(t("vat.col.vat")), 13, Align::Right}}});
  for (const auto& period : vat_periods_of_year(year, kind)) {
    const VatStatement s = compute_vat_statement(book, entity, period, rates);
    if (s.collected.empty() && s.deductible.empty() && s.credit_brought_forward.is_zero()) continue;
    write_period(s, t, out);
  }
  out.end();
}

void write_vat_ca3(const BookReader& book, const std::string& entity, const VatPeriod& period,
                   const std::vector<VatRate>& rates, const Labels& t, TableWriter& out) {
  const VatStatement s = compute_vat_statement(book, entity, period, rates);
  out.begin({t("vat.ca3.title", {{"entity", entity}, {"period", period.code()}}),
             {{"line", std::string(t("vat.col.line")), 5},
              {"label", std::string(t("col.label")), 44},
              {"base", std::string(t("vat.ca3.col.base")), 11, Align::Right},
              {"tax", std::string(t("vat.col.tax")), 11, Align::Right}}});
  for (const auto& l : ca3_lines(s)) {
    // The form's wording is rule data (vat_ca3_lines.csv), in both languages.
    std::vector<Cell> cells{l.line, t.french() ? l.label_fr : l.label_en, {}, {}};
    if (l.base) cells[2] = *l.base;
    if (l.line != "A1") cells[3] = l.tax;  // A1 declares a base only
    const bool result = l.line == "16" || l.line == "23" || l.line == "28" || l.line == "25";
    if (result)
      out.total(cells);
    else
      out.row(cells);
  }
  out.end();
}

}  // namespace comptoir
