// comptoir grant funds: the dedicated funds (fonds dédiés) the closing of a
// year should post for an entity's earmarked agreements, and their
// multi-year roll-forward (tables of reports/grant_reports). Nothing is
// written: the closing posts them.
#include <iostream>

#include "commands.hpp"
#include "grant_options.hpp"
#include "reports/grant_reports.hpp"

namespace comptoir::cli {
namespace {

void propose_funds(const Context& ctx, const GrantOptions& o) {
  const GrantBooks b(ctx);
  const bool text = ctx.format() == OutputFormat::Text;
  for (const auto& entity : entity_codes(*b.store, o.entity)) {
    const int year = o.year != 0 ? o.year : fiscal_year_label_of(b.store->fiscal_years(entity), ctx.today());
    const GrantFundsProposal proposal = b.desk.funds_proposal(entity, year);
    write_grant_funds_entries(proposal, ctx.labels(), *ctx.table_writer());
    if (text) ctx.out() << '\n';
    write_grant_funds_roll_forward(proposal, ctx.labels(), *ctx.table_writer());
    if (text) ctx.out() << '\n';
  }
}

}  // namespace

void register_grant_funds(CLI::App& grant, Context& ctx, const std::shared_ptr<GrantOptions>& o) {
  auto* funds = grant.add_subcommand("funds",
                                     "Propose the year-end dedicated funds of earmarked agreements "
                                     "(Dr 689x / Cr 19x for the unspent part, Dr 19x / Cr 789x as "
                                     "earlier funds are spent) with their roll-forward; posts nothing");
  funds->add_option("--entity", o->entity, "Only this entity (default: every entity)");
  funds->add_option("--year", o->year, std::string(fiscal_year_help) + " (default: the year holding --today)");
  funds->callback([&ctx, o] { propose_funds(ctx, *o); });
}

}  // namespace comptoir::cli
