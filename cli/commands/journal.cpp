// comptoir journal: entries in order with their postings (livre-journal),
// built in reports/book_listings.
#include "commands.hpp"
#include "filter_options.hpp"
#include "reports/book_listings.hpp"

namespace comptoir::cli {
namespace {

StatusFilter status_of(const std::string& s) {
  if (s == "validated") return StatusFilter::Validated;
  if (s == "draft") return StatusFilter::Draft;
  return StatusFilter::All;
}

}  // namespace

void register_journal(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<FilterOptions>();
  auto status = std::make_shared<std::string>("all");
  auto* cmd = app.add_subcommand("journal", "List entries with their postings, in validation order, then drafts");
  o->add_to(cmd, true);
  cmd->add_option("--status", *status, "validated, draft or all (default)")
      ->check(CLI::IsMember({"validated", "draft", "all"}));
  cmd->callback([&ctx, o, status] {
    auto book = ctx.open_for_read();
    write_journal(*book, o->filter(status_of(*status)), ctx.labels(), *ctx.table_writer());
  });
}

}  // namespace comptoir::cli
