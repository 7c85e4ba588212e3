// comptoir commune add|flag|list|show: the communes prestations are sold to,
// each an auxiliary account under 411000 in AT, with the eligibility flags
// co-financing rules look for.
#include <iostream>

#include "cofinancing/prestation_desk.hpp"
#include "commands.hpp"
#include "core/book.hpp"
#include "reports/cofinancing_reports.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir::cli {
namespace {

struct CommuneOptions {
  std::string code;
  std::string name;
  std::string flag;
  std::vector<std::string> flags;
  bool off = false;
};

void add_commune(const Context& ctx, const CommuneOptions& o) {
  auto store = ctx.open_for_write();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  auto scope = book.begin();
  desk.add_commune(Commune{o.code, o.name, {o.flags.begin(), o.flags.end()}});
  scope->commit();
  std::cout << "Added commune " << o.code << " (" << o.name << "), auxiliary account under 411000 in AT\n";
}

void flag_commune(const Context& ctx, const CommuneOptions& o) {
  auto store = ctx.open_for_write();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  auto scope = book.begin();
  desk.flag_commune(o.code, o.flag, !o.off);
  scope->commit();
  std::cout << (o.off ? "Removed flag " : "Flagged ") << o.code << (o.off ? ": " : " ") << o.flag << '\n';
}

void list_communes(const Context& ctx, const std::string& only) {
  auto store = ctx.open_for_read();
  write_communes(SqliteCofinancingStore(*store), only, ctx.labels(), *ctx.table_writer());
}

}  // namespace

void register_commune(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<CommuneOptions>();
  auto* cmd = app.add_subcommand("commune", "Communes buying prestations: add, flag (eligibility), list, show");
  cmd->require_subcommand(1);
  auto* add = cmd->add_subcommand("add", "Add a commune (CODE NAME) and its auxiliary account under 411000 in AT");
  add->add_option("code", o->code, "Auxiliary account code, e.g. COM-VILLERS")->required();
  add->add_option("name", o->name, "Name, e.g. \"Commune de Villers\"")->required();
  add->add_option("--flag", o->flags, "Eligibility flag (repeatable): villages-d-avenir, fonds-commerce-rural...");
  add->callback([&ctx, o] { add_commune(ctx, *o); });

  auto* flag = cmd->add_subcommand("flag", "Set (or with --off clear) an eligibility flag; open splits are recomputed");
  flag->add_option("code", o->code, "Commune code")->required();
  flag->add_option("flag", o->flag, "Flag, e.g. villages-d-avenir")->required();
  flag->add_flag("--off", o->off, "Remove the flag");
  flag->callback([&ctx, o] { flag_commune(ctx, *o); });

  auto* list = cmd->add_subcommand("list", "List communes and their flags");
  list->callback([&ctx] { list_communes(ctx, ""); });
  auto* show = cmd->add_subcommand("show", "Show one commune and its flags");
  show->add_option("code", o->code, "Commune code")->required();
  show->callback([&ctx, o] { list_communes(ctx, o->code); });
}

}  // namespace comptoir::cli
