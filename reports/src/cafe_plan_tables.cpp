// Report tables of a computed café plan.
#include "reports/cafe_plan_tables.hpp"

#include <algorithm>
#include <array>

namespace comptoir {
namespace {

using forecast::CafePlan;
using forecast::CashPlanRow;
using forecast::FinancingLine;
using forecast::FinancingLineKind;
using forecast::SigLines;

// Months are shown as "2026-09" in both languages, as the plan counts them.
std::string month_text(const Date& d) {
  return d.iso().substr(0, 7);
}

std::string text(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

Column amount_column(std::string key, std::string heading) {
  return {std::move(key), std::move(heading), 1, Align::Right};
}

struct SigRow {
  const char* key;  // column key and label id forecast.cafe.sig.<key>
  Money SigLines::*field;
  bool separated;  // a margin or result: a rule above it in text
};

constexpr std::array<SigRow, 19> sig_rows{{
    {"goods_sales", &SigLines::goods_sales, false},
    {"purchases", &SigLines::purchases, false},
    {"commercial_margin", &SigLines::commercial_margin, true},
    {"services_revenue", &SigLines::services_revenue, false},
    {"external_charges", &SigLines::external_charges, false},
    {"value_added", &SigLines::value_added, true},
    {"operating_subsidies", &SigLines::operating_subsidies, false},
    {"taxes", &SigLines::taxes, false},
    {"staff_costs", &SigLines::staff_costs, false},
    {"ebe", &SigLines::ebe, true},
    {"depreciation", &SigLines::depreciation, false},
    {"operating_result", &SigLines::operating_result, true},
    {"interest", &SigLines::interest, false},
    {"current_result", &SigLines::current_result, true},
    {"exceptional_income", &SigLines::exceptional_income, false},
    {"income_tax", &SigLines::income_tax, false},
    {"net_result", &SigLines::net_result, true},
    {"caf", &SigLines::caf, true},
    {"volunteer_contributions", &SigLines::volunteer_contributions, false},
}};

std::string sig_label(const Labels& t, const SigRow& r) {
  return text(t, std::string("forecast.cafe.sig.") + r.key);
}

// A sales family or a service by its scenario key; a key the catalogue does
// not know is shown as it is.
std::string item_label(const std::string& key, const Labels& t) {
  static constexpr std::array<std::string_view, 7> known{"drinks", "food",         "grocery",     "bread_depot",
                                                         "press",  "parcel_relay", "postal_point"};
  if (std::find(known.begin(), known.end(), key) == known.end()) return key;
  return text(t, "forecast.cafe.item." + key);
}

void add_analysis_rows(const CafePlan& plan, const Labels& t, TableData& table) {
  TableRow revenue{{text(t, "forecast.cafe.revenue")}};
  TableRow be{{text(t, "forecast.cafe.break_even")}, true};
  TableRow be_month{{text(t, "forecast.cafe.break_even_month")}};
  TableRow bfr{{text(t, "forecast.cafe.working_capital")}};
  TableRow cash{{text(t, "forecast.cafe.year_end_cash")}};
  TableRow lowest{{text(t, "forecast.cafe.lowest_cash")}};
  TableRow profitable{{text(t, "forecast.cafe.first_profitable_month")}};
  const std::string none = text(t, "forecast.cafe.not_reached");
  for (const auto& y : plan.years) {
    revenue.cells.emplace_back(y.lines.revenue());
    be.cells.push_back(y.break_even.revenue ? Cell(*y.break_even.revenue) : Cell(none));
    be_month.cells.emplace_back(y.break_even.reached_in ? month_text(*y.break_even.reached_in) : none);
    bfr.cells.emplace_back(y.working_capital.need);
    cash.cells.emplace_back(year_end_cash(plan, y.index));
    lowest.cells.emplace_back(lowest_month_end_cash(plan, y.index));
    std::string first = "-";
    if (plan.first_profitable_month && *plan.first_profitable_month / 12 == y.index) {
      first = month_text(plan.months[static_cast<std::size_t>(*plan.first_profitable_month)].month);
    }
    profitable.cells.emplace_back(first);
  }
  for (auto* row : {&revenue, &be, &be_month, &profitable, &bfr, &cash, &lowest}) table.rows.push_back(*row);
}

}  // namespace

TableData yearly_summary_table(const CafePlan& plan, const Labels& t) {
  TableData table{
      "summary",
      {t("forecast.cafe.summary.title", {{"name", plan.scenario.name}}), {{"line", text(t, "forecast.cafe.col.line")}}},
      {}};
  for (const auto& y : plan.years) {
    const std::string number = std::to_string(y.index + 1);
    table.header.columns.push_back(amount_column(
        "year_" + number, t("forecast.cafe.col.year", {{"number", number}, {"month", month_text(y.first_month)}})));
  }
  for (const auto& r : sig_rows) {
    TableRow row{{sig_label(t, r)}, r.separated};
    for (const auto& y : plan.years) row.cells.emplace_back(y.lines.*(r.field));
    table.rows.push_back(std::move(row));
  }
  add_analysis_rows(plan, t, table);
  size_columns_to_content(table);
  return table;
}

TableData monthly_income_table(const CafePlan& plan, const Labels& t) {
  TableData table{"monthly",
                  {text(t, "forecast.cafe.monthly.title"),
                   {{"month", text(t, "forecast.cafe.col.month")},
                    {"open_days", text(t, "forecast.cafe.col.open_days"), 1, Align::Right}}},
                  {}};
  auto& columns = table.header.columns;
  for (const auto& f : plan.scenario.families) columns.push_back(amount_column("sales_" + f.key, item_label(f.key, t)));
  for (const auto& s : plan.scenario.services) {
    columns.push_back(amount_column("services_" + s.key, item_label(s.key, t)));
  }
  for (const auto& r : sig_rows) columns.push_back(amount_column(r.key, sig_label(t, r)));
  for (const auto& m : plan.months) {
    TableRow row{{month_text(m.month), std::int64_t{m.open_days}}};
    for (const auto& v : m.family_sales) row.cells.emplace_back(v);
    for (const auto& v : m.service_revenue) row.cells.emplace_back(v);
    for (const auto& r : sig_rows) row.cells.emplace_back(m.lines.*(r.field));
    table.rows.push_back(std::move(row));
  }
  size_columns_to_content(table);
  return table;
}

TableData cash_plan_table(const CafePlan& plan, const Labels& t) {
  struct CashColumn {
    const char* key;  // column key and label id forecast.cafe.cash.<key>
    Money CashPlanRow::*field;
  };
  static constexpr std::array<CashColumn, 17> cash_columns{{
      {"opening", &CashPlanRow::opening},
      {"sales", &CashPlanRow::sales},
      {"subsidies", &CashPlanRow::subsidies},
      {"financing", &CashPlanRow::financing},
      {"receipts", &CashPlanRow::receipts},
      {"purchases", &CashPlanRow::purchases},
      {"staff", &CashPlanRow::staff},
      {"fixed_costs", &CashPlanRow::fixed_costs},
      {"startup", &CashPlanRow::startup},
      {"loan_payments", &CashPlanRow::loan_payments},
      {"vat_collected", &CashPlanRow::vat_collected},
      {"vat_deductible", &CashPlanRow::vat_deductible},
      {"vat_paid", &CashPlanRow::vat_paid},
      {"income_tax", &CashPlanRow::income_tax},
      {"disbursements", &CashPlanRow::disbursements},
      {"net_flow", &CashPlanRow::net_flow},
      {"closing", &CashPlanRow::closing},
  }};
  TableData table{"cash", {text(t, "forecast.cafe.cash.title"), {{"month", text(t, "forecast.cafe.col.month")}}}, {}};
  for (const auto& c : cash_columns) {
    table.header.columns.push_back(amount_column(c.key, text(t, std::string("forecast.cafe.cash.") + c.key)));
  }
  for (const auto& r : plan.cash) {
    TableRow row{{month_text(r.month)}};
    for (const auto& c : cash_columns) row.cells.emplace_back(r.*(c.field));
    table.rows.push_back(std::move(row));
  }
  size_columns_to_content(table);
  return table;
}

TableData financing_plan_table(const CafePlan& plan, const Labels& t) {
  TableData table{"financing",
                  {text(t, "forecast.cafe.financing.title"),
                   {{"side", text(t, "forecast.cafe.financing.col.side")},
                    {"label", text(t, "forecast.cafe.financing.col.item")},
                    amount_column("amount", text(t, "forecast.cafe.financing.col.amount"))}},
                  {}};
  auto label_of = [&t](const FinancingLine& l) -> std::string {
    switch (l.kind) {
      case FinancingLineKind::InvestmentVat:
        return text(t, "forecast.cafe.financing.investment_vat");
      case FinancingLineKind::FirstStock:
        return text(t, "forecast.cafe.financing.first_stock");
      case FinancingLineKind::StartingCash:
        return text(t, "forecast.cafe.financing.starting_cash");
      case FinancingLineKind::OwnFunds:
        return text(t, "forecast.cafe.financing.own_funds");
      default:
        return l.label;  // an investment, a grant or a loan as the scenario names it
    }
  };
  const Code uses{"uses", text(t, "forecast.cafe.financing.uses")};
  const Code resources{"resources", text(t, "forecast.cafe.financing.resources")};
  const auto& f = plan.financing;
  for (const auto& l : f.uses) table.rows.push_back({{uses, label_of(l), l.amount}});
  table.rows.push_back({{uses, text(t, "forecast.cafe.financing.total_uses"), f.total_uses}, true});
  for (const auto& l : f.resources) table.rows.push_back({{resources, label_of(l), l.amount}});
  table.rows.push_back({{resources, text(t, "forecast.cafe.financing.total_resources"), f.total_resources}, true});
  table.rows.push_back({{std::monostate{}, text(t, "forecast.cafe.financing.balance"), f.balance}, true});
  size_columns_to_content(table);
  return table;
}

TableData loan_schedule_table(const forecast::LoanSchedule& loan, int number, const Labels& t) {
  TableData table{"loan-" + std::to_string(number),
                  {t("forecast.cafe.loan.title", {{"loan", loan.label}}),
                   {{"number", text(t, "forecast.cafe.loan.col.number"), 1, Align::Right},
                    {"due", text(t, "forecast.cafe.loan.col.due")},
                    amount_column("payment", text(t, "forecast.cafe.loan.col.payment")),
                    amount_column("interest", text(t, "forecast.cafe.loan.col.interest")),
                    amount_column("principal", text(t, "forecast.cafe.loan.col.principal")),
                    amount_column("balance", text(t, "forecast.cafe.loan.col.balance"))}},
                  {}};
  for (const auto& i : loan.instalments) {
    table.rows.push_back({{std::int64_t{i.number}, i.due, i.payment, i.interest, i.principal, i.balance_after}});
  }
  table.rows.push_back({{std::monostate{}, text(t, "common.total"), loan.principal + loan.total_interest,
                         loan.total_interest, loan.principal, Money()},
                        true});
  size_columns_to_content(table);
  return table;
}

std::vector<TableData> cafe_plan_tables(const CafePlan& plan, const std::string& selection, const Labels& t) {
  const bool all = selection == "all";
  std::vector<TableData> out;
  if (all || selection == "summary") out.push_back(yearly_summary_table(plan, t));
  if (all || selection == "financing") out.push_back(financing_plan_table(plan, t));
  if (all || selection == "monthly") out.push_back(monthly_income_table(plan, t));
  if (all || selection == "cash") out.push_back(cash_plan_table(plan, t));
  if (all || selection == "loans") {
    for (std::size_t i = 0; i < plan.loans.size(); ++i) {
      out.push_back(loan_schedule_table(plan.loans[i], static_cast<int>(i + 1), t));
    }
  }
  return out;
}

}  // namespace comptoir
