// comptoir cofinancing rule add|list|end and cofinancing headroom: the
// co-financing rules kept in the book and what each funder can still pay
// for a commune.
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "cofinancing/prestation_desk.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir::cli {
namespace {

struct RuleOptions {
  std::string code, funder, funder_name, rate, cap, scope = "commune", base = "ht", from, to, flag;
  int priority = 0;
  std::string commune;
  int year = 0;
};

// French words in French text output only; CSV and JSON keep yes/no.
std::string yes_no(bool value, bool french) {
  if (french) return value ? "oui" : "non";
  return value ? "yes" : "no";
}

std::string percent(const Rational& rate) { return to_decimal_string(rate * 100, 2) + " %"; }

void list_rules(const Context& ctx) {
  auto store = ctx.open_for_read();
  SqliteCofinancingStore cofinancing(*store);
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  out->begin({fr ? "Règles de cofinancement" : "Co-financing rules",
              {{"code", "Code", 6}, {"funder", fr ? "Financeur" : "Funder", 8},
               {"funder_name", fr ? "Nom" : "Name", 36}, {"rate", fr ? "Taux" : "Rate", 9, Align::Right},
               {"cap", fr ? "Plafond" : "Cap", 12, Align::Right}, {"scope", fr ? "Portée" : "Scope", 12},
               {"base", "Base", 4}, {"valid_from", fr ? "Du" : "From", 10}, {"valid_to", fr ? "Au" : "To", 10},
               {"flag", fr ? "Label requis" : "Required flag", 20}, {"priority", fr ? "Ordre" : "Priority", 5}}});
  for (const auto& r : cofinancing.cofinancing_rules()) {
    out->row({r.code, r.funder, r.funder_name, percent(r.rate), r.cap, to_string(r.cap_scope), to_string(r.base),
              r.valid_from.iso(), r.valid_to ? r.valid_to->iso() : "", r.eligibility_flag,
              std::int64_t{r.priority}});
  }
  out->end();
}

void add_rule(const Context& ctx, const RuleOptions& o) {
  CofinancingRule rule{o.code,
                       o.funder,
                       o.funder_name.empty() ? o.funder : o.funder_name,
                       parse_rational(o.rate),
                       Money::parse(o.cap),
                       parse_cofinancing_cap_scope(o.scope),
                       parse_cofinancing_base(o.base),
                       Date::parse(o.from),
                       o.to.empty() ? std::nullopt : std::optional<Date>(Date::parse(o.to)),
                       o.flag,
                       o.priority};
  auto store = ctx.open_for_write();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  auto scope = book.begin();
  desk.add_rule(rule);
  scope->commit();
  std::cout << "Added co-financing rule " << rule.code << " (" << rule.funder_name << ", " << percent(rule.rate)
            << ", cap " << rule.cap.to_string() << " per " << to_string(rule.cap_scope) << ")\n";
}

void end_rule(const Context& ctx, const RuleOptions& o) {
  auto store = ctx.open_for_write();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  auto scope = book.begin();
  desk.end_rule(o.code, Date::parse(o.to));
  scope->commit();
  std::cout << "Co-financing rule " << o.code << " ends on " << o.to << '\n';
}

void show_headroom(const Context& ctx, const RuleOptions& o) {
  auto store = ctx.open_for_read();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  const auto commune = cofinancing.commune(o.commune);
  if (!commune) throw Error(ErrorKind::NotFound, "unknown commune " + o.commune);
  const auto usage = desk.usage(o.commune);
  const int year = o.year != 0 ? o.year : ctx.today().year();
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  out->begin({(fr ? "Marge de cofinancement - " : "Co-financing headroom - ") + commune->code,
              {{"rule", fr ? "Règle" : "Rule", 6}, {"funder_name", fr ? "Financeur" : "Funder", 36},
               {"eligible", fr ? "Éligible" : "Eligible", 8}, {"scope", fr ? "Portée" : "Scope", 12},
               {"cap", fr ? "Plafond" : "Cap", 12, Align::Right}, {"used", fr ? "Utilisé" : "Used", 12, Align::Right},
               {"headroom", fr ? "Disponible" : "Headroom", 12, Align::Right}}});
  for (const auto& r : cofinancing.cofinancing_rules()) {
    const bool eligible = r.eligibility_flag.empty() || commune->has_flag(r.eligibility_flag);
    const Money used = usage.used_by(r, commune->code, year);
    const Money left = eligible && used < r.cap ? r.cap - used : Money{};
    out->row({r.code, r.funder_name, yes_no(eligible, fr && ctx.format() == OutputFormat::Text), to_string(r.cap_scope),
              r.cap, used, left});
  }
  out->end();
}

void register_rule(CLI::App& cmd, Context& ctx, const std::shared_ptr<RuleOptions>& o) {
  auto* rule = cmd.add_subcommand("rule", "Co-financing rules: add, list, end");
  rule->require_subcommand(1);
  rule->add_subcommand("list", "List the rules in the order funders pay")->callback([&ctx] { list_rules(ctx); });
  auto* add = rule->add_subcommand("add", "Add a rule; open prestations' splits are recomputed");
  add->add_option("code", o->code, "Rule code, e.g. REGION-GE")->required();
  add->add_option("--funder", o->funder, "Funder's auxiliary account code (411000), e.g. F-REGION")->required();
  add->add_option("--name", o->funder_name, "Funder's name");
  add->add_option("--rate", o->rate, "Share of the base: 1/2, 50%, 0.5; 1 = the rest of the cost")->required();
  add->add_option("--cap", o->cap, "Cap in euros HT, e.g. 10000")->required();
  add->add_option("--scope", o->scope, "What the cap counts: commune (default), prestation, commune-year");
  add->add_option("--base", o->base, "ht (default) or ttc");
  add->add_option("--from", o->from, "First day (YYYY-MM-DD)")->required();
  add->add_option("--to", o->to, "Last day (YYYY-MM-DD; default: open-ended)");
  add->add_option("--flag", o->flag, "Eligibility flag the commune must carry (default: every commune)");
  add->add_option("--priority", o->priority, "Lower pays first (default 0)");
  add->callback([&ctx, o] { add_rule(ctx, *o); });
  auto* end = rule->add_subcommand("end", "End a rule on a date (its last day)");
  end->add_option("code", o->code, "Rule code")->required();
  end->add_option("--on", o->to, "Last day (YYYY-MM-DD)")->required();
  end->callback([&ctx, o] { end_rule(ctx, *o); });
}

}  // namespace

void register_cofinancing(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<RuleOptions>();
  auto* cmd = app.add_subcommand("cofinancing", "Co-financing of prestations: rules and funders' headroom");
  cmd->require_subcommand(1);
  register_rule(*cmd, ctx, o);
  auto* headroom = cmd->add_subcommand("headroom", "What each funder can still pay for a commune");
  headroom->add_option("--commune", o->commune, "Commune code")->required();
  headroom->add_option("--year", o->year, "Year of per-year caps (default: the year of --today)");
  headroom->callback([&ctx, o] { show_headroom(ctx, *o); });
}

}  // namespace comptoir::cli
