// Shared pieces of the funding forecast commands (see forecast_support.hpp).
#include "forecast_support.hpp"

#include <algorithm>
#include <iostream>

#include "core/account.hpp"
#include "core/error.hpp"
#include "reports/category_summaries.hpp"

namespace comptoir::cli {
namespace {

std::vector<forecast::ActualLine> lines_of(const CategorySideSummary& side) {
  std::vector<forecast::ActualLine> out;
  for (const auto& row : side.rows) out.push_back({row.code, row.label_fr, row.label_en, row.amount});
  return out;
}

Money treasury_at(const BookReader& reader, const std::string& entity, int year) {
  TransactionFilter filter;
  filter.entity = entity;
  filter.account_prefix = cash_account_prefix;
  filter.to = Date::from_ymd(year, 12, 31);
  Money cash;
  for (const auto& row : reader.trial_balance(filter)) cash += row.balance();
  return cash;
}

std::size_t text_width(const forecast::PlanCell& cell) {
  if (const auto* m = std::get_if<Money>(&cell)) return m->to_french().size();
  const auto& s = std::get<std::string>(cell);
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void write_table(const forecast::PlanTable& t, OutputFormat format, Language language) {
  TableHeader header{t.title, {}};
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    std::size_t width = text_width(t.columns[c].heading);
    for (const auto& row : t.rows) {
      if (c < row.cells.size()) width = std::max(width, text_width(row.cells[c]));
    }
    header.columns.push_back({t.columns[c].key, t.columns[c].heading,
                              static_cast<int>(std::min<std::size_t>(width, 60)),
                              t.columns[c].numeric ? Align::Right : Align::Left});
  }
  auto out = make_table_writer(format, std::cout, language);
  out->begin(header);
  for (const auto& row : t.rows) {
    std::vector<Cell> cells;
    for (const auto& c : row.cells) {
      if (const auto* m = std::get_if<Money>(&c))
        cells.emplace_back(*m);
      else
        cells.emplace_back(std::get<std::string>(c));
    }
    if (row.emphasis && format == OutputFormat::Text)
      out->total(cells);
    else
      out->row(cells);
  }
  out->end();
}

}  // namespace

CLI::App* forecast_command_group(CLI::App& app) {
  auto found = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "forecast"; });
  if (!found.empty()) return found.front();
  auto* group = app.add_subcommand("forecast", "Forecasts: café business plans, funding-mix scenarios");
  group->require_subcommand(1);
  return group;
}

forecast::BaseYearActuals read_base_year(const BookReader& reader, int year) {
  const CategoryScheme scheme = CategoryScheme::activity_report();
  forecast::BaseYearActuals actuals;
  actuals.year = year;
  std::vector<std::string> codes;
  bool any = false;
  for (const auto& entity : reader.entities()) {
    if (!scheme.has_entity(entity.code)) continue;
    const CategorySummary summary = summarise_by_category(reader, entity.code, year, scheme);
    any = any || !summary.resources.total.is_zero() || !summary.expenses.total.is_zero();
    actuals.entities.push_back(
        {entity.code, lines_of(summary.resources), lines_of(summary.expenses), treasury_at(reader, entity.code, year)});
    codes.push_back(entity.code);
  }
  if (!any) {
    throw Error(ErrorKind::InvalidInput, "the book has no validated income or expense in " + std::to_string(year) +
                                             " to project from (choose another --base-year)");
  }
  const CategorySummary combined = summarise_combined(reader, codes, year, scheme);
  actuals.combined = {"ALL", lines_of(combined.resources), lines_of(combined.expenses), Money()};
  for (const auto& e : actuals.entities) actuals.combined.year_end_cash += e.year_end_cash;
  return actuals;
}

void write_plan_tables(const std::vector<forecast::PlanTable>& tables, OutputFormat format, Language language) {
  const bool json_array = format == OutputFormat::Json && tables.size() > 1;
  if (json_array) std::cout << "[\n";
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i > 0) std::cout << (json_array ? ",\n" : "\n");
    write_table(tables[i], format, language);
  }
  if (json_array) std::cout << "]\n";
}

}  // namespace comptoir::cli
