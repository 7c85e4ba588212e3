// comptoir grant add|list|show|call|receive: grant and private-aid
// agreements (subventions, conventions de mécénat), the tranches called and
// received as validated entries linked to them, and their state as of a
// date (listed by reports/grant_reports). `grant funds` (grant_funds.cpp)
// proposes the dedicated funds; `grant budget` (grant_budget.cpp) records
// the budget of an agreement's action.
#include <iostream>

#include "commands.hpp"
#include "core/error.hpp"
#include "grant_options.hpp"
#include "grants/grant_desk.hpp"
#include "render/report_charts.hpp"
#include "reports/actuals_charts.hpp"
#include "reports/grant_reports.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::cli {
namespace {

Date as_of_of(const Context& ctx, const GrantOptions& o) {
  return o.as_of.empty() ? ctx.today() : Date::parse(o.as_of);
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

// HTML and PDF: the agreements' bars after their table, from the same
// states (grant_chart reads them as `grant list` does).
void draw_grants(const Context& ctx, const GrantBooks& b, const std::string& entity, const std::string& code,
                 Date as_of) {
  if (!ctx.draws_charts()) return;
  const auto entities = entity.empty() ? std::vector<std::string>{} : std::vector<std::string>{entity};
  ctx.write_chart(
      grant_progress_chart(grant_chart(b.grants, b.desk, entities, as_of, ctx.labels()), code, ctx.labels()),
      ctx.labels());
}

void show_grant(const Context& ctx, const GrantOptions& o) {
  GrantBooks b(ctx);
  write_grant_sheet(b.grants, b.desk, o.code, as_of_of(ctx, o), ctx.labels(), *ctx.table_writer());
  draw_grants(ctx, b, "", o.code, as_of_of(ctx, o));
  if (ctx.format() == OutputFormat::Text) ctx.out() << '\n';
  write_grant_tranches(b.grants, *b.store, o.code, ctx.labels(), *ctx.table_writer());
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
  list->callback([&ctx, o] {
    GrantBooks b(ctx);
    write_grant_list(b.grants, b.desk, o->entity, as_of_of(ctx, *o), ctx.labels(), *ctx.table_writer());
    draw_grants(ctx, b, o->entity, "", as_of_of(ctx, *o));
  });
  auto* show = cmd->add_subcommand("show", "One agreement: terms, state as of a date, tranches");
  show->add_option("code", o->code, "Grant code")->required();
  show->add_option("--as-of", o->as_of, "Date of the state (default: --today or the system date)");
  show->callback([&ctx, o] { show_grant(ctx, *o); });
  register_tranche(*cmd, ctx, o, GrantTrancheKind::Call);
  register_tranche(*cmd, ctx, o, GrantTrancheKind::Receipt);
  register_grant_funds(*cmd, ctx, o);
  register_grant_budget(*cmd, ctx, o);
}

}  // namespace comptoir::cli
