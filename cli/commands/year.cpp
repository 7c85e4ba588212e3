// comptoir year list|add: fiscal years (exercices), named by the year they
// end in. `add` opens the 12-month year that follows the last one; a year
// is locked only by `comptoir close` (close.cpp), which posts the year-end
// and opening entries with the lock.
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
  auto* cmd = app.add_subcommand("year", "Fiscal years: list, add (closing a year: comptoir close)");
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
}

}  // namespace comptoir::cli
