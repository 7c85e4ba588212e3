// comptoir journal: entries in order with their postings (livre-journal).
#include <iostream>

#include "commands.hpp"
#include "filter_options.hpp"

namespace comptoir::cli {
namespace {

StatusFilter status_of(const std::string& s) {
  if (s == "validated") return StatusFilter::Validated;
  if (s == "draft") return StatusFilter::Draft;
  return StatusFilter::All;
}

void run_journal(const Context& ctx, const FilterOptions& o, const std::string& status) {
  auto store = ctx.open_for_read();
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  out->begin({fr ? "Journal" : "Journal",
              {{"number", fr ? "N°" : "Number", 14},
               {"date", "Date", 10},
               {"journal", "Jnl", 3},
               {"piece", fr ? "Pièce" : "Piece", 0},
               {"account", fr ? "Compte" : "Account", 6},
               {"auxiliary", fr ? "Aux." : "Aux.", 0},
               {"label", fr ? "Libellé" : "Label", 19},
               {"debit", fr ? "Débit" : "Debit", 11, Align::Right},
               {"credit", fr ? "Crédit" : "Credit", 11, Align::Right},
               {"entity", fr ? "Entité" : "Entity", 0},
               {"id", "Id", 0},
               {"status", fr ? "État" : "Status", 0}}});
  Money debit, credit;
  store->for_each_transaction(o.filter(status_of(status)), [&](const Transaction& t) {
    for (const auto& p : t.postings) {
      out->row({t.reference(), t.date.iso(), t.journal, t.piece_ref, p.account, p.auxiliary,
                p.label.empty() ? t.label : p.label, p.debit, p.credit, t.entity, std::int64_t{t.id},
                to_string(t.status)});
      debit += p.debit;
      credit += p.credit;
    }
  });
  if (ctx.format() == OutputFormat::Text) {
    out->total({std::string("Total"), std::string(), std::string(), std::string(), std::string(), std::string(),
                std::string(), debit, credit});
  }
  out->end();
}

}  // namespace

void register_journal(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<FilterOptions>();
  auto status = std::make_shared<std::string>("all");
  auto* cmd = app.add_subcommand("journal", "List entries with their postings, in validation order, then drafts");
  o->add_to(cmd, true);
  cmd->add_option("--status", *status, "validated, draft or all (default)")
      ->check(CLI::IsMember({"validated", "draft", "all"}));
  cmd->callback([&ctx, o, status] { run_journal(ctx, *o, *status); });
}

}  // namespace comptoir::cli
