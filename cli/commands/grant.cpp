// comptoir grant add|list|show|call|receive: grant and private-aid
// agreements (subventions, conventions de mécénat), the tranches called and
// received as validated entries linked to them, and their state as of a
// date. `grant funds` (grant_funds.cpp) proposes the dedicated funds.
#include <iostream>

#include "commands.hpp"
#include "grant_options.hpp"
#include "core/error.hpp"
#include "grants/grant_desk.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::cli {
namespace {

Date as_of_of(const Context& ctx, const GrantOptions& o) {
  return o.as_of.empty() ? ctx.today() : Date::parse(o.as_of);
}

// One decimal, half-up (percent_text); a decimal comma in French text.
std::string percent(const Context& ctx, const Rational& ratio) {
  std::string text = percent_text(ratio);
  if (ctx.language() == Language::French && ctx.format() == OutputFormat::Text) {
    for (char& c : text) c = c == '.' ? ',' : c;
  }
  return text;
}

std::string yes_no(bool value, bool fr) {
  if (fr) return value ? "oui" : "non";
  return value ? "yes" : "no";
}

Grant grant_of(const GrantOptions& o) {
  Grant g;
  g.code = o.code;
  g.entity = o.entity;
  g.funder = o.funder;
  g.purpose = o.purpose;
  g.awarded = Money::parse(o.amount);
  g.start = Date::parse(o.from);
  g.end = Date::parse(o.to);
  g.earmarked = o.earmarked;
  if (!o.tag.empty()) {
    const auto eq = o.tag.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == o.tag.size()) {
      throw Error(ErrorKind::InvalidInput, "option --tag: expected key=value, got '" + o.tag + "'");
    }
    g.tag_key = o.tag.substr(0, eq);
    g.tag_value = o.tag.substr(eq + 1);
  }
  g.income_account = o.income_account;
  g.receivable_account = o.receivable_account;
  g.conditions = o.conditions;
  return g;
}

void add_grant(const Context& ctx, const GrantOptions& o) {
  const Grant grant = grant_of(o);  // parse errors before opening the book
  auto store = ctx.open_for_write();
  SqliteGrantStore grants(*store);
  Book book(*store, *store);
  GrantDesk desk(grants, book);
  auto scope = book.begin();
  if (!o.funder_name.empty() && store->entity(grant.entity) && !store->auxiliary(grant.entity, grant.funder)) {
    book.add_auxiliary(grant.entity, AuxiliaryAccount{grant.funder, o.funder_name, grant.receivable_account});
  }
  desk.add_grant(grant);
  scope->commit();
  std::cout << "Added grant " << grant.code << " (" << grant.entity << ", " << grant.funder << ", "
            << grant.awarded.to_string() << ", " << grant.start.iso() << " to " << grant.end.iso()
            << (grant.earmarked ? ", earmarked" : "") << ")\n";
}

void list_grants(const Context& ctx, const GrantOptions& o) {
  auto store = ctx.open_for_read();
  SqliteGrantStore grants(*store);
  Book book(*store, *store);
  GrantDesk desk(grants, book);
  const Date as_of = as_of_of(ctx, o);
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  out->begin({(fr ? "Subventions et aides au " : "Grants and aid as of ") + as_of.iso(),
              {{"code", "Code", 20},
               {"entity", fr ? "Entité" : "Entity", 0},
               {"funder", fr ? "Financeur" : "Funder", 0},
               {"earmarked", fr ? "Affectée" : "Earmarked", 0},
               {"awarded", fr ? "Accordé" : "Awarded", 10, Align::Right},
               {"called", fr ? "Appelé" : "Called", 0, Align::Right},
               {"received", fr ? "Reçu" : "Received", 10, Align::Right},
               {"receivable", fr ? "À recevoir" : "Receivable", 0, Align::Right},
               {"spent", fr ? "Dépensé" : "Spent", 10, Align::Right},
               {"remaining", fr ? "Reste" : "Remaining", 10, Align::Right},
               {"period_elapsed_pct", fr ? "% durée" : "% time", 7, Align::Right},
               {"spent_pct", fr ? "% dép." : "% spent", 7, Align::Right}}});
  Money totals[6];
  for (const auto& g : grants.grants(o.entity)) {
    const GrantState s = desk.state(g, as_of);
    out->row({g.code, g.entity, g.funder, yes_no(g.earmarked, fr && ctx.format() == OutputFormat::Text), s.awarded,
              s.called, s.received, s.receivable, s.spent, s.remaining, percent(ctx, s.period_elapsed),
              percent(ctx, s.spent_ratio)});
    const Money values[6] = {s.awarded, s.called, s.received, s.receivable, s.spent, s.remaining};
    for (int i = 0; i < 6; ++i) totals[i] += values[i];
  }
  out->total({std::string("Total"), std::string(), std::string(), std::string(), totals[0], totals[1], totals[2],
              totals[3], totals[4], totals[5], std::string(), std::string()});
  out->end();
}

void show_tranches(const Context& ctx, const SqliteBook& store, const std::vector<GrantTranche>& tranches) {
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  out->begin({fr ? "Tranches" : "Tranches",
              {{"date", "Date", 10},
               {"kind", fr ? "Nature" : "Kind", 9},
               {"piece", fr ? "Pièce" : "Piece", 24},
               {"amount", fr ? "Montant" : "Amount", 12, Align::Right},
               {"entry", fr ? "Écriture" : "Entry", 16}}});
  for (const auto& t : tranches) {
    const auto entry = store.transaction(t.transaction_id);
    const std::string kind = ctx.format() != OutputFormat::Text || !fr
                                 ? to_string(t.kind)
                                 : (t.kind == GrantTrancheKind::Call ? "appel" : "versement");
    out->row({t.date.iso(), kind, t.piece, t.amount, entry ? entry->reference() : std::string()});
  }
  out->end();
}

void show_grant(const Context& ctx, const GrantOptions& o) {
  auto store = ctx.open_for_read();
  SqliteGrantStore grants(*store);
  Book book(*store, *store);
  GrantDesk desk(grants, book);
  const Date as_of = as_of_of(ctx, o);
  const auto g = grants.grant(o.code);
  if (!g) throw Error(ErrorKind::NotFound, "unknown grant " + o.code + " (see: comptoir grant list)");
  const GrantState s = desk.state(*g, as_of);
  const bool fr = ctx.language() == Language::French;
  const bool text = ctx.format() == OutputFormat::Text;
  auto out = ctx.table_writer();
  out->begin({(fr ? "Subvention " : "Grant ") + g->code + (fr ? " au " : " as of ") + as_of.iso(),
              {{"field", fr ? "Rubrique" : "Field", 26}, {"value", fr ? "Valeur" : "Value", 50}}});
  auto row = [&](const char* key, const char* fr_label, const char* en_label, Cell value) {
    out->row({std::string(text ? (fr ? fr_label : en_label) : key), std::move(value)});
  };
  row("entity", "Entité", "Entity", g->entity);
  row("funder", "Financeur", "Funder", g->funder);
  row("purpose", "Objet", "Purpose", g->purpose);
  row("period", "Période", "Period", g->start.iso() + " / " + g->end.iso());
  row("earmarked", "Affectée (fonds dédiés)", "Earmarked (dedicated funds)", yes_no(g->earmarked, fr && text));
  row("tag", "Dépenses suivies", "Spending tag", g->tag_key + "=" + g->spending_tag_value());
  row("income_account", "Compte de produit", "Income account", g->income_account);
  row("receivable_account", "Compte de créance", "Receivable account", g->receivable_account);
  row("conditions", "Conditions", "Conditions", g->conditions);
  row("awarded", "Accordé", "Awarded", s.awarded);
  row("called", "Appelé", "Called", s.called);
  row("received", "Reçu", "Received", s.received);
  row("receivable", "À recevoir", "Receivable", s.receivable);
  row("spent", "Dépensé", "Spent", s.spent);
  row("remaining", "Reste à dépenser", "Remaining", s.remaining);
  row("period_elapsed_pct", "% de la période écoulée", "% of period elapsed", percent(ctx, s.period_elapsed));
  row("spent_pct", "% dépensé", "% spent", percent(ctx, s.spent_ratio));
  out->end();
  if (text) std::cout << '\n';
  show_tranches(ctx, *store, grants.tranches(g->code));
}

void post_tranche(const Context& ctx, const GrantOptions& o, GrantTrancheKind kind) {
  const Date date = Date::parse(o.date);
  const Money amount = Money::parse(o.amount);
  auto store = ctx.open_for_write();
  SqliteGrantStore grants(*store);
  Book book(*store, *store);
  GrantDesk desk(grants, book);
  auto scope = book.begin();
  const GrantEntryOptions options{o.journal, o.piece, o.label, o.bank};
  const GrantTranche t = kind == GrantTrancheKind::Call ? desk.call(o.code, date, amount, ctx.today(), options)
                                                        : desk.receive(o.code, date, amount, ctx.today(), options);
  scope->commit();
  const auto entry = store->transaction(t.transaction_id);
  std::cout << (kind == GrantTrancheKind::Call ? "Called " : "Received ") << amount.to_string() << " on grant "
            << o.code << ": validated entry " << (entry ? entry->reference() : std::string("?")) << " (piece "
            << t.piece << ")\n";
}

void register_tranche(CLI::App& cmd, Context& ctx, const std::shared_ptr<GrantOptions>& o, GrantTrancheKind kind) {
  const bool call = kind == GrantTrancheKind::Call;
  auto* sub = cmd.add_subcommand(call ? "call" : "receive",
                                 call ? "Call a tranche: Dr receivable (funder) / Cr income account, validated"
                                      : "Receive a tranche: Dr bank / Cr receivable (funder), validated");
  sub->add_option("code", o->code, "Grant code")->required();
  sub->add_option("--date", o->date, "Entry date (YYYY-MM-DD)")->required();
  sub->add_option("--amount", o->amount, "Amount in euros, e.g. 30000 or 30 000,00")->required();
  sub->add_option("--journal", o->journal, call ? "Journal (default OD)" : "Journal (default BQ)");
  sub->add_option("--piece", o->piece, call ? "Piece reference (default <code>-A<n>)" : "Piece (default <code>-V<n>)");
  sub->add_option("--label", o->label, "Entry label");
  if (!call) sub->add_option("--bank", o->bank, "Bank account debited (default 512000)");
  sub->callback([&ctx, o, kind] { post_tranche(ctx, *o, kind); });
}

void register_add(CLI::App& cmd, Context& ctx, const std::shared_ptr<GrantOptions>& o) {
  auto* add = cmd.add_subcommand("add", "Record an agreement (no entry: its tranches are called later)");
  add->add_option("code", o->code, "Agreement code, e.g. ANCT-2026 (tag grant=<code>)")->required();
  add->add_option("--entity", o->entity, "AT or RES")->required();
  add->add_option("--funder", o->funder, "Funder's auxiliary account code, e.g. F-ANCT")->required();
  add->add_option("--funder-name", o->funder_name, "Creates the funder's auxiliary account if it is missing");
  add->add_option("--purpose", o->purpose, "What the agreement funds");
  add->add_option("--amount", o->amount, "Amount awarded in euros")->required();
  add->add_option("--from", o->from, "First day of the period (YYYY-MM-DD)")->required();
  add->add_option("--to", o->to, "Last day of the period (YYYY-MM-DD)")->required();
  add->add_flag("--earmarked", o->earmarked, "Earmarked: the unspent part goes to dedicated funds at year end");
  add->add_option("--tag", o->tag,
                  "Analytic tag of the spending it funds (default grant=<code>), e.g. activity=abbaye");
  add->add_option("--income-account", o->income_account, "74x subsidy or 754x/755x aid account, e.g. 741100")
      ->required();
  add->add_option("--receivable-account", o->receivable_account, "441000 (default, public) or 467000 (private)");
  add->add_option("--conditions", o->conditions, "Conditions of the agreement, free text");
  add->callback([&ctx, o] { add_grant(ctx, *o); });
}

}  // namespace

void register_grant(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<GrantOptions>();
  auto* cmd = app.add_subcommand("grant", "Grants and private aid: agreements, tranches, states, dedicated funds");
  cmd->require_subcommand(1);
  register_add(*cmd, ctx, o);
  auto* list = cmd->add_subcommand("list", "Every agreement's state as of a date");
  list->add_option("--entity", o->entity, "Only this entity");
  list->add_option("--as-of", o->as_of, "Date of the state (default: --today or the system date)");
  list->callback([&ctx, o] { list_grants(ctx, *o); });
  auto* show = cmd->add_subcommand("show", "One agreement: terms, state as of a date, tranches");
  show->add_option("code", o->code, "Grant code")->required();
  show->add_option("--as-of", o->as_of, "Date of the state (default: --today or the system date)");
  show->callback([&ctx, o] { show_grant(ctx, *o); });
  register_tranche(*cmd, ctx, o, GrantTrancheKind::Call);
  register_tranche(*cmd, ctx, o, GrantTrancheKind::Receipt);
  register_grant_funds(*cmd, ctx, o);
}

}  // namespace comptoir::cli
