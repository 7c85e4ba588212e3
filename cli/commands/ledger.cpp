// comptoir ledger: the general ledger (grand livre) of an account or
// prefix, with a running balance per account; built in
// reports/general_ledger. Streams: fine for busy accounts.
#include "commands.hpp"
#include "filter_options.hpp"
#include "reports/book_listings.hpp"

namespace comptoir::cli {

void register_ledger(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<FilterOptions>();
  auto* cmd = app.add_subcommand(
      "ledger",
      "General ledger of validated entries: --account 512 (prefix) recommended; with --from after the "
      "year's start, each account opens with its balance at the day before");
  o->add_to(cmd, true);
  auto lettering = std::make_shared<bool>(false);
  cmd->add_flag("--lettering", *lettering,
                "Show each line's number (what `letter` takes) and lettering code, instead of the journal");
  cmd->callback([&ctx, o, lettering] {
    auto book = ctx.open_for_read();
    write_general_ledger(*book, o->filter(StatusFilter::Validated), ctx.labels(), *ctx.table_writer(), *lettering);
  });
}

}  // namespace comptoir::cli
