// comptoir init: a new book with both associations, their charts, journals
// and a first fiscal year.
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"

namespace comptoir::cli {

void register_init(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("init", "Create a new book: entities AT and RES, chart of accounts, journals, fiscal year");
  auto year = std::make_shared<int>(2025);
  cmd->add_option("--year", *year, "First fiscal year (calendar year)")->check(CLI::Range(1900, 2999));
  cmd->callback([&ctx, year] {
    auto store = ctx.create(ctx.options.db);
    Book book(*store, *store);
    auto scope = book.begin();
    book.initialise(*year);
    scope->commit();
    std::cout << "Created " << ctx.options.db << ":\n";
    for (const auto& e : store->entities()) {
      std::cout << "  " << e.code << "  " << e.name << " (SIREN " << e.siren << ", "
                << (e.vat_liable ? "VAT-liable" : "not VAT-liable") << "): " << store->accounts(e.code).size()
                << " accounts, " << store->journals(e.code).size() << " journals, fiscal year " << *year << " open\n";
    }
  });
}

}  // namespace comptoir::cli
