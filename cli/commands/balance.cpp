// comptoir balance: the trial balance (balance générale), or the balance by
// analytic tag. Built in reports/book_listings; its CSV form is a contract
// other tools rely on: account,label,debit,credit,balance.
#include "commands.hpp"
#include "filter_options.hpp"
#include "reports/book_listings.hpp"
#include "store/sqlite_tag_balance.hpp"

namespace comptoir::cli {
namespace {

struct BalanceByOptions {
  std::string by = "account";
  std::string tag_key;
};

void run_balance(const Context& ctx, const FilterOptions& o, const BalanceByOptions& by) {
  auto book = ctx.open_for_read();
  auto out = ctx.table_writer();
  const TransactionFilter filter = o.filter(StatusFilter::Validated);
  if (by.by == "tag")
    write_tag_balance(*book, SqliteTagBalance(*book), filter, by.tag_key, ctx.labels(), *out);
  else
    write_trial_balance(*book, filter, ctx.labels(), *out);
}

}  // namespace

void register_balance(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<FilterOptions>();
  auto* cmd = app.add_subcommand("balance", "Trial balance of validated entries (one row per account that moved)");
  o->add_to(cmd, false);
  auto by = std::make_shared<BalanceByOptions>();
  cmd->add_option("--by", by->by, "account (default) or tag: one row per analytic tag key=value")
      ->check(CLI::IsMember({"account", "tag"}));
  cmd->add_option("--tag-key", by->tag_key, "With --by tag: only this key (activity, grant, commune, event)");
  cmd->callback([&ctx, o, by] { run_balance(ctx, *o, *by); });
}

}  // namespace comptoir::cli
