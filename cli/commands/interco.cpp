// comptoir interco add|list|check: flows between AT and RES (re-invoiced
// staff time, shared costs, grants passed on, payments) recorded as two
// mirrored validated entries linked by the tag interco=<pair id>, and the
// check that both sides of every pair still mirror each other.
#include <iostream>

#include "commands.hpp"
#include "input/posting_file_reader.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "interco/interco_pair.hpp"
#include "interco/interco_entries.hpp"

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
  if (flow.tags.count(interco_tag) != 0) throw Error(ErrorKind::InvalidInput, "--tag: use --pair to set the interco tag");
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

// One row per side; returns the number of pairs whose sides differ.
int write_pairs(const Context& ctx, const InterCoOptions& o, bool problems_only) {
  auto store = ctx.open_for_read();
  TransactionFilter filter;
  if (o.year != 0) filter.fiscal_year = o.year;
  const auto pairs = interco_pairs(*store, filter);
  const bool fr = ctx.language() == Language::French;
  const bool text = ctx.format() == OutputFormat::Text;
  auto out = make_table_writer(ctx.format(), std::cout, ctx.language());
  std::string title = problems_only ? (fr ? "Flux inter-associations dont les deux côtés diffèrent"
                                          : "Inter-association pairs whose sides differ")
                                    : (fr ? "Flux inter-associations" : "Inter-association flows");
  if (o.year != 0) title += " " + std::to_string(o.year);
  out->begin({title,
              {{"pair", fr ? "Paire" : "Pair", 12}, {"entity", fr ? "Ent." : "Ent.", 4},
               {"entries", fr ? "Écritures" : "Entries", 15}, {"date", "Date", 10},
               {"third_party", fr ? "Tiers" : "Third party", 11, Align::Right},
               {"result", fr ? "Charge/produit" : "Exp./income", 14, Align::Right},
               {"status", fr ? "État" : "Status", 0}}});
  int mismatches = 0;
  for (const auto& pair : pairs) {
    if (!pair.matches()) ++mismatches;
    if (problems_only && pair.matches()) continue;
    const std::string status = pair.matches() ? (text ? "" : "ok") : pair.problem;
    for (const auto& side : pair.sides) {
      std::string refs;
      for (const auto& r : side.references) refs += (refs.empty() ? "" : " ") + r;
      out->row({pair.id, side.entity, refs, side.date.iso(), side.third_party, side.result, status});
    }
  }
  out->end();
  if (text && problems_only) {
    std::cout << (mismatches == 0 ? (fr ? "Toutes les paires concordent (" : "Every pair matches (")
                                  : std::to_string(mismatches) + (fr ? " paire(s) discordante(s) sur " : " pair(s) differ out of "))
              << pairs.size() << (mismatches == 0 ? ")" : "") << '\n';
  }
  return mismatches;
}

}  // namespace

void register_interco(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<InterCoOptions>();
  auto* cmd = app.add_subcommand("interco", "Flows between AT and RES: mirrored entries in both books (add), list, check");
  cmd->require_subcommand(1);
  auto* add = cmd->add_subcommand("add", "Record a flow as two validated entries, one in each book, tagged interco=<pair>");
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
  list->add_option("--year", o->year, "Only this fiscal year");
  list->callback([&ctx, o] { (void)write_pairs(ctx, *o, false); });
  auto* check = cmd->add_subcommand("check", "List the pairs whose two sides differ or lack a side; exit 5 if any");
  check->add_option("--year", o->year, "Only this fiscal year");
  check->callback([&ctx, o] {
    const int mismatches = write_pairs(ctx, *o, true);
    if (mismatches > 0) {
      throw Error(ErrorKind::Integrity, std::to_string(mismatches) + " inter-association pair(s) do not mirror");
    }
  });
}

}  // namespace comptoir::cli
