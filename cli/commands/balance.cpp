// comptoir balance: the trial balance (balance générale). Its CSV form is a
// contract other tools rely on: account,label,debit,credit,balance.
#include <iostream>

#include "commands.hpp"
#include "filter_options.hpp"
#include "store/sqlite_tag_balance.hpp"

namespace comptoir::cli {
namespace {

struct BalanceByOptions {
  std::string by = "account";
  std::string tag_key;
};

// --by tag: one row per analytic tag (key, value) of validated postings.
void run_tag_balance(const Context& ctx, const FilterOptions& o, const BalanceByOptions& by) {
  auto store = ctx.open_for_read();
  const auto rows = SqliteTagBalance(*store).tag_balance(o.filter(StatusFilter::Validated), by.tag_key);
  const bool fr = ctx.language() == Language::French;
  std::string title = fr ? "Balance analytique par étiquette" : "Balance by analytic tag";
  if (!o.entity.empty()) title += " " + o.entity;
  if (o.year != 0) title += (fr ? " — exercice " : " — fiscal year ") + std::to_string(o.year);
  auto out = ctx.table_writer();
  out->begin({title,
              {{"key", fr ? "Clé" : "Key", 9},
               {"value", fr ? "Valeur" : "Value", 22},
               {"debit", fr ? "Débit" : "Debit", 13, Align::Right},
               {"credit", fr ? "Crédit" : "Credit", 13, Align::Right},
               {"balance", fr ? "Solde" : "Balance", 14, Align::Right}}});
  for (const auto& r : rows) out->row({r.key, r.value, r.debit, r.credit, r.balance()});
  out->end();
}

void run_balance(const Context& ctx, const FilterOptions& o) {
  auto store = ctx.open_for_read();
  const auto rows = store->trial_balance(o.filter(StatusFilter::Validated));
  const bool fr = ctx.language() == Language::French;
  const bool with_entity = o.entity.empty();
  std::vector<Column> columns;
  if (with_entity) columns.push_back({"entity", fr ? "Ent." : "Ent.", 4});
  columns.push_back({"account", fr ? "Compte" : "Account", 8});
  columns.push_back({"label", fr ? "Libellé" : "Label", with_entity ? 22 : 27});
  columns.push_back({"debit", fr ? "Débit" : "Debit", 13, Align::Right});
  columns.push_back({"credit", fr ? "Crédit" : "Credit", 13, Align::Right});
  columns.push_back({"balance", fr ? "Solde" : "Balance", 14, Align::Right});
  std::string title = fr ? "Balance générale" : "Trial balance";
  if (!o.entity.empty()) title += " " + o.entity;
  if (o.year != 0) title += (fr ? " — exercice " : " — fiscal year ") + std::to_string(o.year);
  auto out = ctx.table_writer();
  out->begin({title, columns});
  Money debit, credit;
  for (const auto& r : rows) {
    std::vector<Cell> cells;
    if (with_entity) cells.emplace_back(r.entity);
    cells.insert(cells.end(), {r.account, r.label, r.debit, r.credit, r.balance()});
    out->row(cells);
    debit += r.debit;
    credit += r.credit;
  }
  if (ctx.format() == OutputFormat::Text) {
    std::vector<Cell> total;
    if (with_entity) total.emplace_back(std::string());
    total.insert(total.end(), {std::string("Total"), std::string(), debit, credit, debit - credit});
    out->total(total);
  }
  out->end();
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
  cmd->callback([&ctx, o, by] {
    if (by->by == "tag") run_tag_balance(ctx, *o, *by);
    else run_balance(ctx, *o);
  });
}

}  // namespace comptoir::cli
