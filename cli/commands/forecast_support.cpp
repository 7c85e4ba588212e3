// Shared pieces of the forecast commands (see forecast_support.hpp).
#include "forecast_support.hpp"

#include <algorithm>
#include <iostream>

namespace comptoir::cli {
namespace {

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
  auto out = make_table_writer(format, std::cout, Labels(language));
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
