// comptoir account list|add: the chart of accounts and auxiliary accounts
// (listed by reports/chart_listings).
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "reports/chart_listings.hpp"

namespace comptoir::cli {
namespace {

struct AccountOptions {
  std::string entity;
  std::string prefix;
  std::string number;
  std::string label;
  std::string auxiliary;
  std::string parent;
  bool auxiliaries = false;
};

void list_accounts(const Context& ctx, const AccountOptions& o) {
  auto store = ctx.open_for_read();
  if (o.auxiliaries) {
    write_auxiliary_accounts(*store, o.entity, ctx.labels(), *ctx.table_writer());
  } else {
    write_accounts(*store, o.entity, o.prefix, ctx.labels(), *ctx.table_writer());
  }
}

void add_account(const Context& ctx, const AccountOptions& o) {
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  auto scope = book.begin();
  if (!o.auxiliary.empty()) {
    book.add_auxiliary(o.entity, {o.auxiliary, o.label, o.parent});
    scope->commit();
    std::cout << "Added auxiliary account " << o.auxiliary << " (" << o.label << ") under " << o.parent << " in "
              << o.entity << '\n';
    return;
  }
  book.add_account(o.entity, {o.number, o.label});
  scope->commit();
  std::cout << "Added account " << o.number << " (" << o.label << ") to " << o.entity << '\n';
}

}  // namespace

void register_account(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<AccountOptions>();
  auto* cmd = app.add_subcommand("account", "Chart of accounts: list or add general and auxiliary accounts");
  cmd->require_subcommand(1);
  auto* list = cmd->add_subcommand("list", "List accounts (or --auxiliaries)");
  list->add_option("--entity", o->entity, "AT or RES (default: both)");
  list->add_option("--prefix", o->prefix, "Only accounts starting with these digits");
  list->add_flag("--auxiliaries", o->auxiliaries, "List auxiliary (third-party) accounts instead");
  list->callback([&ctx, o] { list_accounts(ctx, *o); });

  auto* add = cmd->add_subcommand(
      "add", "Add a general account (NUMBER LABEL) or, with --auxiliary CODE --parent 411000, an auxiliary account");
  add->add_option("--entity", o->entity, "AT or RES")->required();
  add->add_option("--auxiliary", o->auxiliary, "Code of a new auxiliary account (commune, supplier, funder)");
  add->add_option("--parent", o->parent, "Collective account of the auxiliary account (411000, 401000, 441000...)");
  add->add_option("number", o->number, "Account number, 6+ digits (omit with --auxiliary)");
  add->add_option("label", o->label, "Label");
  add->callback([&ctx, o] {
    if (!o->auxiliary.empty() && o->label.empty()) std::swap(o->label, o->number);  // only LABEL was given
    if (o->label.empty()) throw CLI::ValidationError("account add", "LABEL is required");
    if (o->auxiliary.empty() && o->number.empty()) throw CLI::ValidationError("account add", "NUMBER is required");
    if (!o->auxiliary.empty() && o->parent.empty()) throw CLI::ValidationError("--parent", "required with --auxiliary");
    add_account(ctx, *o);
  });
}

}  // namespace comptoir::cli
