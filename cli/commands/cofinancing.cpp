// comptoir cofinancing rule add|list|end and cofinancing headroom: the
// co-financing rules kept in the book and what each funder can still pay
// for a commune.
#include <iostream>

#include "cofinancing/prestation_desk.hpp"
#include "commands.hpp"
#include "core/book.hpp"
#include "reports/cofinancing_reports.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir::cli {
namespace {

struct RuleOptions {
  std::string code, funder, funder_name, rate, cap, scope = "commune", base = "ht", from, to, flag;
  int priority = 0;
  std::string commune;
  int year = 0;
};

std::string percent(const Rational& rate) {
  return to_decimal_string(rate * 100, 2) + " %";
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

void register_rule(CLI::App& cmd, Context& ctx, const std::shared_ptr<RuleOptions>& o) {
  auto* rule = cmd.add_subcommand("rule", "Co-financing rules: add, list, end");
  rule->require_subcommand(1);
  rule->add_subcommand("list", "List the rules in the order funders pay")->callback([&ctx] {
    auto store = ctx.open_for_read();
    write_cofinancing_rules(SqliteCofinancingStore(*store), ctx.labels(), *ctx.table_writer());
  });
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
  headroom->add_option("--year", o->year, "Calendar year of per-year caps (default: the year of --today)");
  headroom->callback([&ctx, o] {
    auto store = ctx.open_for_read();
    write_cofinancing_headroom(SqliteCofinancingStore(*store), o->commune, o->year != 0 ? o->year : ctx.today().year(),
                               ctx.labels(), *ctx.table_writer());
  });
}

}  // namespace comptoir::cli
