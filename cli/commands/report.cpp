// comptoir report NAME --entity E --year Y: the annual statements of an
// entity's fiscal year (compte de résultat, bilan, balance générale with
// its à-nouveaux) and the annexe's fixed-assets and dedicated-funds
// tables; comptoir report grant-report CODE [--year Y]: the compte rendu
// financier of one grant (CERFA n° 15059). Computed in reports/ (and
// rules/grants) and written in --format on standard output or to the
// global --out FILE.
#include "bank/bank_reconciliation.hpp"
#include "commands.hpp"
#include "core/error.hpp"
#include "grants/grant_desk.hpp"
#include "render/report_charts.hpp"
#include "reports/annexe_tables.hpp"
#include "reports/bank_reports.hpp"
#include "reports/book_listings.hpp"
#include "reports/category_summaries.hpp"
#include "reports/category_summary_table.hpp"
#include "reports/combined_statements.hpp"
#include "reports/grant_report_tables.hpp"
#include "reports/lettering_reports.hpp"
#include "reports/statement_tables.hpp"
#include "store/sqlite_asset_store.hpp"
#include "store/sqlite_bank_store.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::cli {
namespace {

struct ReportOptions {
  std::string name;
  std::string code;  // grant-report: the agreement
  std::string entity;
  int year = 0;
  std::string lang;
  std::string account = "512000";  // bank-reconciliation
  std::string side;                // aged-balance: customers or suppliers
  std::string date;                // aged-balance: the day the items are aged at; bank-reconciliation: the date
};

// aged-balance: the open items of customers or suppliers by age on --date.
std::vector<TableData> aged_balance_tables(const BookReader& book, const ReportOptions& o, const Labels& t) {
  if (o.entity.empty()) throw CLI::RequiredError("--entity");
  if (o.side.empty()) throw CLI::RequiredError("--side");
  if (o.date.empty()) throw CLI::RequiredError("--date");
  TableDataCollector collector("aged-balance");
  write_aged_balance(aged_balance(book, o.entity, parse_aged_side(o.side), Date::parse(o.date)), t, collector);
  return {collector.table()};
}

// The activity report's shares: expenses and resources by category, per
// entity and combined (inter-association flows eliminated), as `demo`
// prints; in HTML and PDF each table is followed by its two share charts,
// drawn from the same summary.
std::vector<TableData> activity_tables(const BookReader& book, const ReportOptions& o, const Labels& t,
                                       std::vector<PlacedChart>& charts) {
  const CategoryScheme scheme = CategoryScheme::activity_report();
  const std::string suffix = " — " + std::to_string(o.year);
  std::vector<std::string> codes;
  std::vector<TableData> tables;
  auto add = [&](const std::string& key, const CategorySummary& summary, const std::string& title) {
    TableDataCollector collector("activity-" + key);
    write_category_summary(summary, title, t, collector);
    tables.push_back(collector.table());
    for (auto& chart : activity_charts(summary, title, t)) charts.push_back({tables.size(), std::move(chart)});
  };
  for (const auto& e : book.entities()) {
    (void)statement_years(book, e.code, o.year);  // a year the book lacks is refused
    codes.push_back(e.code);
    if (o.entity.empty() || o.entity == e.code) {
      add(e.code, summarise_by_category(book, e.code, o.year, scheme), e.name + " (" + e.code + ")" + suffix);
    }
  }
  if (o.entity.empty() || o.entity == combined_entity) {
    add(combined_entity, summarise_combined(book, codes, o.year, scheme),
        t("activity.combined.title", {{"year", std::to_string(o.year)}}));
  }
  if (tables.empty()) throw Error(ErrorKind::NotFound, "the book has no entity '" + o.entity + "'");
  return tables;
}

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

// bank-reconciliation: the état de rapprochement of an entity's bank
// account on a date (rules/bank).
std::vector<TableData> bank_reconciliation_report(SqliteBook& book, const ReportOptions& o, const Labels& t) {
  if (o.entity.empty()) throw CLI::RequiredError("--entity");
  if (o.date.empty()) throw CLI::RequiredError("--date");
  const SqliteBankStore store(book);
  return bank_reconciliation_tables(reconcile_bank_account(store, book, o.entity, o.account, Date::parse(o.date)), t);
}

std::vector<TableData> report_tables(SqliteBook& book, const ReportOptions& o, const Labels& t,
                                     std::vector<PlacedChart>& charts) {
  if (o.name == "grant-report") return grant_report(book, o, t);
  if (o.name == "bank-reconciliation") return bank_reconciliation_report(book, o, t);
  if (!o.code.empty()) throw CLI::ExtrasError({o.code});
  if (o.name == "aged-balance") return aged_balance_tables(book, o, t);
  if (o.year == 0) throw CLI::RequiredError("--year");
  if (o.name == "activity") return activity_tables(book, o, t, charts);
  if (o.name == "combined") return combined_tables(combined_statements(book, o.year), t);
  if (o.entity.empty()) throw CLI::RequiredError("--entity");
  if (o.entity == combined_entity) {
    // The statements of both books with the flows between them eliminated.
    const CombinedBook combined(book);
    const auto named = [&](auto statement) {
      statement.years.entity = combined_name(combined);
      return statement;
    };
    if (o.name == "income-statement") {
      return income_statement_tables(named(income_statement(combined, o.entity, o.year)), t);
    }
    if (o.name == "balance-sheet") return balance_sheet_tables(named(balance_sheet(combined, o.entity, o.year)), t);
    if (o.name == "trial-balance") {
      return trial_balance_tables(named(trial_balance_statement(combined, o.entity, o.year)), t);
    }
    throw Error(ErrorKind::InvalidInput, o.name + " has no combined view: name AT or RES");
  }
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

// The general ledger and the journal of a fiscal year: the `ledger` and
// `journal` listings of its validated entries, streamed (a year may hold
// millions of lines).
bool write_year_listing(SqliteBook& book, const ReportOptions& o, const Labels& t, TableWriter& out) {
  if (o.name != "general-ledger" && o.name != "journal") return false;
  if (!o.code.empty()) throw CLI::ExtrasError({o.code});
  if (o.year == 0) throw CLI::RequiredError("--year");
  if (o.entity.empty()) throw CLI::RequiredError("--entity");
  if (o.entity == combined_entity)
    throw Error(ErrorKind::InvalidInput, o.name + " has no combined view: name AT or RES");
  (void)statement_years(book, o.entity, o.year);  // an unknown entity or year
  TransactionFilter filter;
  filter.entity = o.entity;
  filter.fiscal_year = o.year;
  filter.status = StatusFilter::Validated;
  if (o.name == "journal") {
    write_journal(book, filter, t, out);
  } else {
    write_general_ledger(book, filter, t, out);
  }
  return true;
}

void run_report(const Context& ctx, const ReportOptions& o) {
  auto book = ctx.open_for_read();
  const Labels t = o.lang.empty() ? ctx.labels() : Labels(parse_language(o.lang));
  if (write_year_listing(*book, o, t, *ctx.table_writer())) return;
  std::vector<PlacedChart> charts;
  const auto tables = report_tables(*book, o, t, charts);
  ctx.write_tables(tables, t, ctx.draws_charts() ? charts : std::vector<PlacedChart>{});
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ReportOptions>();
  auto* cmd = app.add_subcommand(
      "report",
      "Annual statements of a fiscal year (ANC 2018-06): income-statement (compte de "
      "résultat), balance-sheet (bilan), trial-balance (balance with its à-nouveaux), "
      "the annexe's fixed-assets and dedicated-funds tables, the combined view and the activity report, "
      "the year's general-ledger and journal; aged-balance --side customers|suppliers --date D (balance âgée); "
      "grant-report CODE: the compte rendu financier of a grant (CERFA 15059); bank-reconciliation: the état de "
      "rapprochement bancaire of --account on --date");
  cmd->add_option("name", o->name,
                  "income-statement, balance-sheet, trial-balance, fixed-assets, dedicated-funds, combined (both "
                  "statements of AT + RES with the flows between them eliminated, the eliminations and the check), "
                  "activity (expenses and resources by category with their shares), general-ledger, journal (the "
                  "validated entries of the year, as `ledger` and `journal` list them), aged-balance (open items of "
                  "customers or suppliers by age), grant-report or bank-reconciliation")
      ->required()
      ->check(CLI::IsMember({"income-statement", "balance-sheet", "trial-balance", "fixed-assets", "dedicated-funds",
                             "combined", "activity", "general-ledger", "journal", "aged-balance", "grant-report",
                             "bank-reconciliation"}));
  cmd->add_option("code", o->code, "grant-report: the grant's code");
  cmd->add_option("--entity", o->entity,
                  "Entity: AT, RES, or combined for the three statements and activity (required but for the combined, "
                  "activity and grant-report reports; activity without it: each entity, then combined)");
  cmd->add_option("--year", o->year,
                  std::string(fiscal_year_help) + "; required but for grant-report (default: the grant's period)");
  cmd->add_option("--account", o->account, "bank-reconciliation: the bank account (default 512000)");
  cmd->add_option("--side", o->side, "aged-balance: customers (411) or suppliers (401)")
      ->check(CLI::IsMember({"customers", "suppliers"}));
  cmd->add_option("--date", o->date,
                  "aged-balance: the day the open items are aged at; bank-reconciliation: the date (YYYY-MM-DD)");
  cmd->add_option("--lang", o->lang, "Labels: fr or en (default: --locale)")->check(CLI::IsMember({"fr", "en"}));
  cmd->callback([&ctx, o] { run_report(ctx, *o); });
}

}  // namespace comptoir::cli
