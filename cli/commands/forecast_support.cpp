// Shared pieces of the forecast commands (see forecast_support.hpp).
#include "forecast_support.hpp"

namespace comptoir::cli {

CLI::App* forecast_command_group(CLI::App& app) {
  auto found = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "forecast"; });
  if (!found.empty()) return found.front();
  auto* group = app.add_subcommand("forecast", "Forecasts: café business plans, funding-mix scenarios");
  group->require_subcommand(1);
  return group;
}

Labels forecast_labels(const Context& ctx, const std::string& lang) {
  return lang.empty() ? ctx.labels() : Labels(parse_language(lang));
}

void print_tables(const Context& ctx, const std::vector<TableData>& tables, const Labels& t) {
  ctx.write_tables(tables, t);
}

}  // namespace comptoir::cli
