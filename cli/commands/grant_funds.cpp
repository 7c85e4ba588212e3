// comptoir grant funds: the dedicated funds (fonds dédiés) the closing of a
// year should post for an entity's earmarked agreements, and their
// multi-year roll-forward. Nothing is written: the closing posts them.
#include <iostream>

#include "commands.hpp"
#include "grant_options.hpp"
#include "grants/grant_desk.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::cli {
namespace {

void write_entries(const Context& ctx, const GrantFundsProposal& p) {
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  out->begin({(fr ? "Écritures de fonds dédiés proposées - " : "Proposed dedicated-funds entries - ") + p.entity + " " +
                  std::to_string(p.year),
              {{"date", "Date", 10},
               {"journal", "Journal", 0},
               {"piece", fr ? "Pièce" : "Piece", 30},
               {"grant", fr ? "Subvention" : "Grant", 0},
               {"debit_account", fr ? "Débit" : "Debit", 7},
               {"credit_account", fr ? "Crédit" : "Credit", 7},
               {"amount", fr ? "Montant" : "Amount", 12, Align::Right},
               {"label", fr ? "Libellé" : "Label", 0}}});
  for (const auto& t : p.entries) {
    const Posting& dr = t.postings.at(0);
    const Posting& cr = t.postings.at(1);
    out->row({t.date.iso(), t.journal, t.piece_ref, dr.tags.at("grant"), dr.account, cr.account, dr.debit, t.label});
  }
  out->end();
}

void write_roll_forward(const Context& ctx, const GrantFundsProposal& p) {
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  out->begin({(fr ? "Variation des fonds dédiés par convention - " : "Dedicated funds roll-forward per agreement - ") +
                  p.entity,
              {{"grant", fr ? "Subvention" : "Grant", 20},
               {"year", fr ? "Année" : "Year", 5, Align::Right},
               {"fund_account", fr ? "Compte" : "Account", 0},
               {"opening", fr ? "Ouverture" : "Opening", 10, Align::Right},
               {"income", fr ? "Produit" : "Income", 0, Align::Right},
               {"spent", fr ? "Dépensé" : "Spent", 0, Align::Right},
               {"released", fr ? "Utilisé" : "Released", 10, Align::Right},
               {"allocated", fr ? "Reporté" : "Allocated", 10, Align::Right},
               {"closing", fr ? "Clôture" : "Closing", 10, Align::Right}}});
  Money opening, released, allocated, closing;
  for (const auto& r : p.history) {
    out->row({r.grant, std::int64_t{r.year}, r.fund_account, r.opening, r.income, r.spent, r.released, r.allocated,
              r.closing});
  }
  for (const auto& r : p.rows) {
    opening += r.opening;
    released += r.released;
    allocated += r.allocated;
    closing += r.closing;
  }
  out->total({std::string("Total ") + std::to_string(p.year), std::int64_t{p.year}, std::string(), opening, Money{},
              Money{}, released, allocated, closing});
  out->end();
}

void propose_funds(const Context& ctx, const GrantOptions& o) {
  auto store = ctx.open_for_read();
  SqliteGrantStore grants(*store);
  Book book(*store, *store);
  const GrantDesk desk(grants, book);
  const int year = o.year != 0 ? o.year : ctx.today().year();
  const bool text = ctx.format() == OutputFormat::Text;
  for (const auto& entity : entity_codes(*store, o.entity)) {
    const GrantFundsProposal proposal = desk.funds_proposal(entity, year);
    write_entries(ctx, proposal);
    if (text) std::cout << '\n';
    write_roll_forward(ctx, proposal);
    if (text) std::cout << '\n';
  }
}

}  // namespace

void register_grant_funds(CLI::App& grant, Context& ctx, const std::shared_ptr<GrantOptions>& o) {
  auto* funds = grant.add_subcommand("funds",
                                     "Propose the year-end dedicated funds of earmarked agreements "
                                     "(Dr 689x / Cr 19x for the unspent part, Dr 19x / Cr 789x as "
                                     "earlier funds are spent) with their roll-forward; posts nothing");
  funds->add_option("--entity", o->entity, "Only this entity (default: every entity)");
  funds->add_option("--year", o->year, "Fiscal year (default: the year of --today)");
  funds->callback([&ctx, o] { propose_funds(ctx, *o); });
}

}  // namespace comptoir::cli
