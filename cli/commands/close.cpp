// comptoir close: the year-end closing (rules/closing) — checks, year-end
// entries, lock, opening entries of the next year, all in one write scope;
// --dry-run shows the checks and every entry and writes nothing. comptoir
// result allocate: the general assembly's allocation of a closed year's
// result.
#include <iostream>

#include "closing/year_closing.hpp"
#include "commands.hpp"
#include "core/error.hpp"
#include "reports/closing_reports.hpp"
#include "reports/table_data.hpp"
#include "store/sqlite_asset_store.hpp"
#include "store/sqlite_bank_store.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::cli {
namespace {

struct CloseOptions {
  std::string entity;
  int year = 0;
  std::string date;
  bool dry_run = false;
  bool accept_warnings = false;
  std::vector<std::string> parts;  // result allocate: ACCOUNT=AMOUNT
};

// The summary, the checks, the year-end entries and the opening entry: one
// sequence of tables (blank lines between them in text and CSV, a JSON
// array, one HTML page or workbook).
void write_plan(const Context& ctx, const ClosingPlan& plan) {
  const Labels& t = ctx.labels();
  std::vector<TableData> tables;
  auto collect = [&](const char* key, const auto& write) {
    TableDataCollector collector(key);
    write(collector);
    tables.push_back(collector.table());
  };
  collect("summary", [&](TableWriter& out) { write_closing_summary(plan, t, out); });
  collect("checks", [&](TableWriter& out) { write_closing_problems(plan, t, out); });
  collect("year-end",
          [&](TableWriter& out) { write_closing_entries(plan.year_end_entries, "closing.year_end.title", t, out); });
  std::vector<Transaction> opening;
  if (plan.opening_entry) opening.push_back(*plan.opening_entry);
  collect("opening", [&](TableWriter& out) { write_closing_entries(opening, "closing.opening.title", t, out); });
  ctx.write_tables(tables, t);
}

void close_year(const Context& ctx, const CloseOptions& o) {
  std::optional<Date> date;
  if (!o.date.empty()) date = Date::parse(o.date);
  auto store = o.dry_run ? ctx.open_for_read() : ctx.open_for_write();
  SqliteGrantStore grants(*store);
  SqliteAssetStore assets(*store);
  const SqliteBankStore bank(*store);
  Book book(*store, *store);
  SqliteBook& sqlite = *store;
  YearClosing closing(
      book, grants, assets,
      [&sqlite] {
        std::vector<std::string> problems = sqlite.check_running_totals();
        for (auto& p : sqlite.check_references()) problems.push_back(std::move(p));
        return problems;
      },
      &bank);
  if (o.dry_run) {
    write_plan(ctx, closing.plan(o.entity, o.year, date));
    return;
  }
  auto scope = book.begin();
  const ClosingPlan plan = closing.plan(o.entity, o.year, date);
  if (plan.blocked() || (plan.has_warnings() && !o.accept_warnings)) {
    write_closing_problems(plan, ctx.labels(), *ctx.table_writer());
  }
  closing.close(plan, ctx.today(), o.accept_warnings);
  scope->commit();
  std::cout << "Closed " << o.entity << " " << describe(plan.year) << ", result " << plan.result.to_string() << "\n"
            << plan.year_end_entries.size() << " year-end entries; opening entry of "
            << (plan.opening_entry ? plan.opening_entry->postings.size() : 0) << " lines in "
            << describe(plan.next_year) << (plan.next_year_exists ? "" : ", opened") << '\n';
}

std::vector<ResultPart> parse_parts(const std::vector<std::string>& parts) {
  std::vector<ResultPart> out;
  for (const auto& part : parts) {
    const auto eq = part.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw Error(ErrorKind::InvalidInput, "--to " + part + ": expected ACCOUNT=AMOUNT, e.g. 110000=1234.56");
    }
    out.push_back({part.substr(0, eq), Money::parse(part.substr(eq + 1))});
  }
  return out;
}

void allocate(const Context& ctx, const CloseOptions& o) {
  const std::vector<ResultPart> parts = parse_parts(o.parts);
  const Date date = Date::parse(o.date);
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  auto scope = book.begin();
  const Money result = closed_year_result(*store, o.entity, o.year);
  allocate_result(book, o.entity, o.year, date, parts, ctx.today());
  scope->commit();
  std::cout << "Allocated the result " << result.to_string() << " of " << o.entity << " " << o.year << " on "
            << date.iso() << '\n';
}

}  // namespace

void register_close(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<CloseOptions>();
  auto* close = app.add_subcommand(
      "close",
      "Close a fiscal year: checks, year-end entries (depreciation, dedicated funds) in journal OD, lock, and the "
      "opening entries (journal AN) of the next year, opened if needed; all or nothing. Exit 3 when a check "
      "blocks (or warnings are not accepted), 4 when the year is already closed");
  close->add_option("--entity", o->entity, "AT or RES")->required();
  close->add_option("--year", o->year, fiscal_year_help)->required();
  close->add_option("--date", o->date, "Date of the year-end entries (YYYY-MM-DD, in the year; default its last day)");
  close->add_flag("--dry-run", o->dry_run, "Show the checks and every entry the close would post; write nothing");
  close->add_flag("--accept-warnings", o->accept_warnings, "Close despite warnings (blocking problems still refuse)");
  close->callback([&ctx, o] { close_year(ctx, *o); });

  auto* result = app.add_subcommand("result", "The result of a closed fiscal year");
  result->require_subcommand(1);
  auto* alloc = result->add_subcommand(
      "allocate",
      "Allocate a closed year's result as voted by the general assembly: one entry (journal OD, piece "
      "AFFECTATION-<year>) clearing 120000 or 129000 to the accounts given; the parts must sum to the result");
  alloc->add_option("--entity", o->entity, "AT or RES")->required();
  alloc->add_option("--year", o->year, "The closed fiscal year whose result is allocated (the year it ends in)")
      ->required();
  alloc->add_option("--date", o->date, "Date of the entry (YYYY-MM-DD), in an open year after the closed one")
      ->required();
  alloc
      ->add_option("--to", o->parts,
                   "ACCOUNT=AMOUNT, repeatable: 110000 report à nouveau, 106800 réserves pour projet, 119000 "
                   "report à nouveau débiteur (deficit)…")
      ->required();
  alloc->callback([&ctx, o] { allocate(ctx, *o); });
}

}  // namespace comptoir::cli
