// comptoir init: a new book with both associations, their charts, journals
// and a first fiscal year (a calendar year, or any dates).
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"

namespace comptoir::cli {
namespace {

struct InitOptions {
  int year = 2025;
  std::string start;
  std::string end;
};

Date init_date(const std::string& value, const char* option) {
  try {
    return Date::parse(value);
  } catch (const Error& e) {
    throw Error(ErrorKind::InvalidInput, std::string(option) + ": " + e.what());
  }
}

FiscalYear first_year(const InitOptions& o) {
  if (o.start.empty()) return calendar_fiscal_year(o.year);
  const Date start = init_date(o.start, "--start");
  if (o.end.empty()) return twelve_months_from(start);
  return fiscal_year_between(start, init_date(o.end, "--end"));
}

}  // namespace

void register_init(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("init", "Create a new book: entities AT and RES, chart of accounts, journals, fiscal year");
  auto o = std::make_shared<InitOptions>();
  auto* year = cmd->add_option("--year", o->year, "First fiscal year: the calendar year Y (default 2025)")
                   ->check(CLI::Range(1900, 2999));
  auto* start =
      cmd->add_option("--start", o->start, "First fiscal year starts on D and runs 12 months (e.g. 2024-09-01)");
  cmd->add_option("--end", o->end,
                  "With --start: the first year ends on D, 1 to 24 months after the start (e.g. 2025-08-31)")
      ->needs(start);
  start->excludes(year);
  cmd->callback([&ctx, o] {
    const FiscalYear first = first_year(*o);  // refused before the file is created
    auto store = ctx.create(ctx.options.db);
    Book book(*store, *store);
    auto scope = book.begin();
    book.initialise(first);
    scope->commit();
    const FiscalYear calendar_year = calendar_fiscal_year(first.year);
    const bool calendar = first.start == calendar_year.start && first.end == calendar_year.end;
    std::cout << "Created " << ctx.options.db << ":\n";
    for (const auto& e : store->entities()) {
      std::cout << "  " << e.code << "  " << e.name << " (SIREN " << e.siren << ", "
                << (e.vat_liable ? "VAT-liable" : "not VAT-liable") << "): " << store->accounts(e.code).size()
                << " accounts, " << store->journals(e.code).size() << " journals, fiscal year "
                << (calendar ? std::to_string(first.year) : describe(first)) << " open\n";
    }
  });
}

}  // namespace comptoir::cli
