// comptoir report NAME --entity E --year Y: the annual statements of an
// entity's fiscal year (compte de résultat, bilan, balance générale with
// its à-nouveaux) and the annexe's fixed-assets and dedicated-funds
// tables; comptoir report grant-report CODE [--year Y]: the compte rendu
// financier of one grant (CERFA n° 15059). Computed in reports/ (and
// rules/grants) and written in --format on standard output or to --out
// FILE.
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "core/error.hpp"
#include "grants/grant_desk.hpp"
#include "render/table_sequence.hpp"
#include "reports/annexe_tables.hpp"
#include "reports/grant_report_tables.hpp"
#include "reports/statement_tables.hpp"
#include "store/sqlite_asset_store.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::cli {
namespace {

struct ReportOptions {
  std::string name;
  std::string code;  // grant-report: the agreement
  std::string entity;
  int year = 0;
  std::string lang;
  std::string out;
};

// grant-report: the agreement's own entity; --year narrows its period.
std::vector<TableData> grant_report(SqliteBook& book, const ReportOptions& o, const Labels& t) {
  if (o.code.empty()) throw CLI::RequiredError("CODE (the agreement of grant-report)");
  SqliteGrantStore store(book);
  Book writer(book, book);
  const GrantDesk desk(store, writer);
  const auto report = desk.financial_report(o.code, o.year != 0 ? std::optional<int>(o.year) : std::nullopt);
  if (!o.entity.empty() && o.entity != report.grant.entity) {
    throw Error(ErrorKind::InvalidInput, "grant " + o.code + " is of " + report.grant.entity + ", not " + o.entity);
  }
  return grant_report_tables(report, t);
}

std::vector<TableData> report_tables(SqliteBook& book, const ReportOptions& o, const Labels& t) {
  if (o.name == "grant-report") return grant_report(book, o, t);
  if (!o.code.empty()) throw CLI::ExtrasError({o.code});
  if (o.entity.empty()) throw CLI::RequiredError("--entity");
  if (o.year == 0) throw CLI::RequiredError("--year");
  if (o.name == "income-statement") return income_statement_tables(income_statement(book, o.entity, o.year), t);
  if (o.name == "balance-sheet") return balance_sheet_tables(balance_sheet(book, o.entity, o.year), t);
  if (o.name == "fixed-assets") {
    SqliteAssetStore store(book);
    const AssetRegister assets(store, book);
    return fixed_assets_tables(fixed_assets_annexe(book, assets, o.entity, o.year), t);
  }
  if (o.name == "dedicated-funds") {
    (void)statement_years(book, o.entity, o.year);  // an unknown entity or year, before the grants
    SqliteGrantStore store(book);
    Book writer(book, book);
    const GrantDesk desk(store, writer);
    return dedicated_funds_tables(dedicated_funds_annexe(book, desk.funds_proposal(o.entity, o.year)), t);
  }
  return trial_balance_tables(trial_balance_statement(book, o.entity, o.year), t);
}

void run_report(const Context& ctx, const ReportOptions& o) {
  auto book = ctx.open_for_read();
  const Labels t = o.lang.empty() ? ctx.labels() : Labels(parse_language(o.lang));
  const auto tables = report_tables(*book, o, t);
  if (o.out.empty()) {
    write_tables(tables, ctx.format(), std::cout, t, ctx.options.width);
    return;
  }
  std::ofstream file(o.out, std::ios::binary);
  if (!file) throw Error(ErrorKind::InvalidInput, "cannot write " + o.out);
  write_tables(tables, ctx.format(), file, t, ctx.options.width);
  if (!file.flush()) throw Error(ErrorKind::InvalidInput, "cannot write " + o.out);
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ReportOptions>();
  auto* cmd = app.add_subcommand("report",
                                 "Annual statements of a fiscal year (ANC 2018-06): income-statement (compte de "
                                 "résultat), balance-sheet (bilan), trial-balance (balance with its à-nouveaux), "
                                 "the annexe's fixed-assets and dedicated-funds tables; grant-report CODE: the "
                                 "compte rendu financier of a grant (CERFA 15059)");
  cmd->add_option("name", o->name,
                  "income-statement, balance-sheet, trial-balance, fixed-assets, dedicated-funds or grant-report")
      ->required()
      ->check(CLI::IsMember(
          {"income-statement", "balance-sheet", "trial-balance", "fixed-assets", "dedicated-funds", "grant-report"}));
  cmd->add_option("code", o->code, "grant-report: the grant's code");
  cmd->add_option("--entity", o->entity, "Entity (AT, RES); required but for grant-report");
  cmd->add_option("--year", o->year,
                  std::string(fiscal_year_help) + "; required but for grant-report (default: the grant's period)");
  cmd->add_option("--lang", o->lang, "Labels: fr or en (default: --locale)")->check(CLI::IsMember({"fr", "en"}));
  cmd->add_option("--out", o->out, "Write to this file instead of standard output");
  cmd->callback([&ctx, o] { run_report(ctx, *o); });
}

}  // namespace comptoir::cli
