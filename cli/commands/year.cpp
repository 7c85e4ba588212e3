// comptoir year list|add|close: fiscal years (exercices), named by the year
// they end in. `add` opens the 12-month year that follows the last one;
// `close` only locks the year; the closing procedure comes later.
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "reports/fiscal_year_list.hpp"

namespace comptoir::cli {
namespace {

struct YearOptions {
  std::string entity;
  int year = 0;
};

}  // namespace

void register_year(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<YearOptions>();
  auto* cmd = app.add_subcommand("year", "Fiscal years: list, add, close (lock)");
  cmd->require_subcommand(1);
  auto* list = cmd->add_subcommand("list", "List fiscal years and their status");
  list->add_option("--entity", o->entity, "AT or RES (default: both)");
  list->callback([&ctx, o] {
    auto store = ctx.open_for_read();
    write_fiscal_years(*store, o->entity, ctx.labels(), *ctx.table_writer());
  });

  auto* add = cmd->add_subcommand("add", "Open the 12-month fiscal year that follows the last one");
  add->add_option("--entity", o->entity, "AT or RES (default: both)");
  add->add_option("--year", o->year,
                  "The year it ends in (default: the year after the last one; an earlier year or one after a gap "
                  "ends on the same day of the year as the last one)")
      ->check(CLI::Range(1900, 2999));
  add->callback([&ctx, o] {
    auto store = ctx.open_for_write();
    Book book(*store, *store);
    auto scope = book.begin();
    std::vector<std::pair<std::string, FiscalYear>> opened;
    for (const auto& e : entity_codes(*store, o->entity)) {
      opened.emplace_back(e, o->year != 0 ? book.add_year_ending_in(e, o->year) : book.add_following_year(e));
    }
    scope->commit();
    for (const auto& [entity, year] : opened) {
      std::cout << "Opened fiscal year " << describe(year) << " of " << entity << '\n';
    }
  });

  auto* close = cmd->add_subcommand("close", "Lock a fiscal year: every later write dated in it is refused (exit 4)");
  close->add_option("--entity", o->entity, "AT or RES")->required();
  close->add_option("--year", o->year, fiscal_year_help)->required();
  close->callback([&ctx, o] {
    auto store = ctx.open_for_write();
    Book book(*store, *store);
    auto scope = book.begin();
    book.close_fiscal_year(o->entity, o->year);
    scope->commit();
    std::cout << "Fiscal year " << o->year << " of " << o->entity << " is closed\n";
  });
}

}  // namespace comptoir::cli
