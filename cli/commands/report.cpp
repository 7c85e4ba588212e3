// comptoir report NAME --entity E --year Y: the annual statements of an
// entity's fiscal year (compte de résultat, bilan, balance générale with
// its à-nouveaux) and the annexe's fixed-assets and dedicated-funds
// tables, computed in reports/ and written in --format on standard output
// or to the global --out FILE.
#include "commands.hpp"
#include "grants/grant_desk.hpp"
#include "reports/annexe_tables.hpp"
#include "reports/statement_tables.hpp"
#include "store/sqlite_asset_store.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::cli {
namespace {

struct ReportOptions {
  std::string name;
  std::string entity;
  int year = 0;
  std::string lang;
};

std::vector<TableData> report_tables(SqliteBook& book, const ReportOptions& o, const Labels& t) {
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
  ctx.write_tables(report_tables(*book, o, t), t);
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ReportOptions>();
  auto* cmd = app.add_subcommand("report",
                                 "Annual statements of a fiscal year (ANC 2018-06): income-statement (compte de "
                                 "résultat), balance-sheet (bilan), trial-balance (balance with its à-nouveaux), "
                                 "and the annexe's fixed-assets and dedicated-funds tables");
  cmd->add_option("name", o->name, "income-statement, balance-sheet, trial-balance, fixed-assets or dedicated-funds")
      ->required()
      ->check(CLI::IsMember({"income-statement", "balance-sheet", "trial-balance", "fixed-assets", "dedicated-funds"}));
  cmd->add_option("--entity", o->entity, "Entity (AT, RES)")->required();
  cmd->add_option("--year", o->year, fiscal_year_help)->required();
  cmd->add_option("--lang", o->lang, "Labels: fr or en (default: --locale)")->check(CLI::IsMember({"fr", "en"}));
  cmd->callback([&ctx, o] { run_report(ctx, *o); });
}

}  // namespace comptoir::cli
