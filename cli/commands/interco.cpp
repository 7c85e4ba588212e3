// comptoir interco add|list|check: flows between AT and RES (re-invoiced
// staff time, shared costs, grants passed on, payments) recorded as two
// mirrored validated entries linked by the tag interco=<pair id>, and the
// check that both sides of every pair still mirror each other (the list
// and the check are built in reports/interco_reports).
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "input/posting_file_reader.hpp"
#include "interco/interco_entries.hpp"
#include "reports/interco_reports.hpp"

namespace comptoir::cli {
namespace {

struct InterCoOptions {
  std::string from, to, kind, amount, date, label, piece, pair;
  std::vector<std::string> tags;
  int year = 0;
};

void add_flow(const Context& ctx, const InterCoOptions& o) {
  InterCoFlow flow;
  flow.from = o.from;
  flow.to = o.to;
  flow.kind = o.kind;
  flow.amount = Money::parse(o.amount);
  flow.date = Date::parse(o.date);
  flow.label = o.label;
  flow.piece = o.piece;
  for (const auto& tag : o.tags) {
    for (auto& [k, v] : parse_tags(tag, "--tag")) flow.tags[k] = v;
  }
  if (flow.tags.count(interco_tag) != 0)
    throw Error(ErrorKind::InvalidInput, "--tag: use --pair to set the interco tag");
  const auto kinds = default_interco_kinds();
  (void)find_interco_kind(kinds, flow.kind);  // a clear message before opening the book
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  auto scope = book.begin();
  flow.pair_id = o.pair.empty() ? next_interco_pair_id(*store, flow.date.year()) : o.pair;
  const auto [from_id, to_id] = post_interco_flow(book, flow, kinds, default_vat_rates(), ctx.today());
  scope->commit();
  std::cout << "Recorded inter-association flow " << flow.pair_id << " (" << flow.kind << ", " << flow.from << " -> "
            << flow.to << "):";
  for (const auto id : {from_id, to_id}) {
    const auto t = store->transaction(id);
    std::cout << ' ' << t->reference() << " (" << t->journal << ", " << t->total_debit().to_string() << ")";
  }
  std::cout << '\n';
}

// Pairs whose sides differ or lack a side exit 5; text ends with a count.
void check_pairs(const Context& ctx, const InterCoOptions& o) {
  const Labels t = ctx.labels();
  const InterCoTally tally = write_interco_mismatches(*ctx.open_for_read(), o.year, t, *ctx.table_writer());
  if (ctx.format() == OutputFormat::Text) ctx.out() << interco_check_summary(tally, t) << '\n';
  if (tally.mismatches > 0) {
    throw Error(ErrorKind::Integrity, std::to_string(tally.mismatches) + " inter-association pair(s) do not mirror");
  }
}

}  // namespace

void register_interco(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<InterCoOptions>();
  auto* cmd =
      app.add_subcommand("interco", "Flows between AT and RES: mirrored entries in both books (add), list, check");
  cmd->require_subcommand(1);
  auto* add =
      cmd->add_subcommand("add", "Record a flow as two validated entries, one in each book, tagged interco=<pair>");
  add->add_option("--from", o->from, "Entity that supplies (staff, cost, grant, payment)")->required();
  add->add_option("--to", o->to, "Entity that receives")->required();
  add->add_option("--kind", o->kind, "staff, shared-cost, grant or payment (accounts: interco_kinds.csv)")->required();
  add->add_option("--amount", o->amount, "Amount excluding VAT, e.g. 4000.00 (AT adds VAT on staff and shared costs)")
      ->required();
  add->add_option("--date", o->date, "Date of both entries (YYYY-MM-DD)")->required();
  add->add_option("--label", o->label, "Label of both entries")->required();
  add->add_option("--piece", o->piece, "Piece reference (default: the pair id)");
  add->add_option("--pair", o->pair, "Pair id (default: the next IC-<year>-NNN)");
  add->add_option("--tag", o->tags, "Extra analytic tag key=value on every posting, repeatable");
  add->callback([&ctx, o] { add_flow(ctx, *o); });
  auto* list = cmd->add_subcommand("list", "List the pairs: each side's entries, third-party balance, expense/income");
  list->add_option("--year", o->year, fiscal_year_help);
  list->callback([&ctx, o] { write_interco_pairs(*ctx.open_for_read(), o->year, ctx.labels(), *ctx.table_writer()); });
  auto* check = cmd->add_subcommand("check", "List the pairs whose two sides differ or lack a side; exit 5 if any");
  check->add_option("--year", o->year, fiscal_year_help);
  check->callback([&ctx, o] { check_pairs(ctx, *o); });
}

}  // namespace comptoir::cli
