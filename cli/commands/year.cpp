// comptoir year list|add|close: fiscal years (exercices). `close` only locks
// the year; the closing procedure with its entries comes later.
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

  auto* add = cmd->add_subcommand("add", "Open a new calendar fiscal year");
  add->add_option("--entity", o->entity, "AT or RES (default: both)");
  add->add_option("--year", o->year, "Year")->required()->check(CLI::Range(1900, 2999));
  add->callback([&ctx, o] {
    auto store = ctx.open_for_write();
    Book book(*store, *store);
    auto scope = book.begin();
    for (const auto& e : entity_codes(*store, o->entity)) book.add_fiscal_year(e, o->year);
    scope->commit();
    std::cout << "Opened fiscal year " << o->year << '\n';
  });

  auto* close = cmd->add_subcommand("close", "Lock a fiscal year: every later write dated in it is refused (exit 4)");
  close->add_option("--entity", o->entity, "AT or RES")->required();
  close->add_option("--year", o->year, "Year")->required();
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
