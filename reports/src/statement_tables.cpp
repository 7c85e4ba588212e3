// The statements as tables (see statement_tables.hpp).
#include "reports/statement_tables.hpp"

#include "statement_support.hpp"

namespace comptoir {
namespace {

constexpr int amount_width = 13;
constexpr int narrow_amount_width = 12;  // the actif's four columns
constexpr int trial_amount_width = 11;   // the trial balance's six

std::string year_heading(const Labels& t, const std::optional<FiscalYear>& year) {
  if (!year) return std::string(t("statement.col.previous_none"));
  return t("statement.col.year", {{"year", std::to_string(year->year)}});
}

Cell optional_amount(const std::optional<Money>& amount) {
  if (!amount) return {};
  return *amount;
}

// A rule in text before a margin that follows other rows, and before a
// total that follows lines.
bool separated(LayoutRowKind kind, std::optional<LayoutRowKind> before) {
  if (!before) return false;
  if (kind == LayoutRowKind::Result) return *before != LayoutRowKind::Result;
  return kind == LayoutRowKind::Total && (*before == LayoutRowKind::Line || *before == LayoutRowKind::YearResult);
}

// Each row's separated flag, from the kinds in order.
template <typename Row>
void add_rules(const std::vector<Row>& rows, TableData& table) {
  std::optional<LayoutRowKind> before;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    table.rows[i].separated = separated(rows[i].kind, before);
    before = rows[i].kind;
  }
}

std::vector<Column> row_columns(const Labels& t, int label_width) {
  return {{"row", std::string(t("statement.col.row")), 0, Align::Left, 0, true},
          {"kind", std::string(t("statement.col.kind")), 0, Align::Left, 0, true},
          {"label", std::string(t("col.label")), label_width, Align::Left, 20}};
}

// A table of rows with an amount for N and N-1 (the compte de résultat,
// the passif): row, kind, label ("<label_prefix><row>"), current, previous.
template <typename Row>
TableData two_year_table(std::string key, std::string title, const std::string& label_prefix,
                         const std::vector<Row>& rows, const StatementYears& years, const Labels& t) {
  auto columns = row_columns(t, 52);
  columns.push_back({"current", year_heading(t, years.current), amount_width, Align::Right});
  columns.push_back({"previous", year_heading(t, years.previous), amount_width, Align::Right});
  TableData table{std::move(key), {std::move(title), columns}, {}};
  for (const auto& r : rows) {
    std::vector<Cell> cells{r.id, to_string(r.kind), std::string(t(label_prefix + r.id))};
    if (r.kind == LayoutRowKind::Heading) {
      cells.insert(cells.end(), {Cell{}, Cell{}});
    } else {
      cells.insert(cells.end(), {r.current, optional_amount(r.previous)});
    }
    table.rows.push_back({std::move(cells), false, false});
  }
  add_rules(rows, table);
  return table;
}

}  // namespace

std::string to_string(LayoutRowKind kind) {
  switch (kind) {
    case LayoutRowKind::Heading:
      return "heading";
    case LayoutRowKind::Line:
      return "line";
    case LayoutRowKind::YearResult:
      return "year_result";
    case LayoutRowKind::Total:
      return "total";
    case LayoutRowKind::Result:
      return "result";
  }
  return "line";
}

std::vector<TableData> income_statement_tables(const IncomeStatement& s, const Labels& t) {
  std::vector<TableData> tables{two_year_table("income-statement", statements::statement_title(t, "is.title", s.years),
                                               "is.", s.rows, s.years, t)};
  statements::add_note_table(s.notes, t, tables);
  return tables;
}

std::vector<TableData> balance_sheet_tables(const BalanceSheet& s, const Labels& t) {
  auto columns = row_columns(t, 30);
  columns.push_back({"gross", std::string(t("bs.col.gross")), narrow_amount_width, Align::Right});
  columns.push_back({"depreciation", std::string(t("bs.col.depreciation")), narrow_amount_width, Align::Right});
  const auto net_heading = [&](const std::optional<FiscalYear>& year) {
    return year ? t("bs.col.net", {{"year", std::to_string(year->year)}}) : std::string(t("bs.col.net_previous_none"));
  };
  columns.push_back({"net", net_heading(s.years.current), narrow_amount_width, Align::Right});
  columns.push_back({"previous", net_heading(s.years.previous), narrow_amount_width, Align::Right});
  TableData assets{"assets", {statements::statement_title(t, "bs.title_assets", s.years), columns}, {}};
  for (const auto& r : s.assets) {
    std::vector<Cell> cells{r.id, to_string(r.kind), std::string(t("bs." + r.id))};
    if (r.kind == LayoutRowKind::Heading) {
      cells.insert(cells.end(), {Cell{}, Cell{}, Cell{}, Cell{}});
    } else {
      cells.insert(cells.end(), {r.gross, r.depreciation, r.current, optional_amount(r.previous)});
    }
    assets.rows.push_back({std::move(cells), false, false});
  }
  add_rules(s.assets, assets);
  std::vector<TableData> tables{
      std::move(assets), two_year_table("liabilities", statements::statement_title(t, "bs.title_liabilities", s.years),
                                        "bs.", s.liabilities, s.years, t)};
  statements::add_note_table(s.notes, t, tables);
  return tables;
}

std::vector<TableData> trial_balance_tables(const TrialBalanceStatement& b, const Labels& t) {
  const auto amount = [&](const char* key, const char* heading) {
    return Column{key, std::string(t(heading)), trial_amount_width, Align::Right};
  };
  TableData table{"trial-balance",
                  {statements::statement_title(t, "tb.title", b.years),
                   {{"account", std::string(t("col.account")), 6},
                    {"label", std::string(t("col.label")), 0},
                    amount("opening_debit", "tb.col.opening_debit"),
                    amount("opening_credit", "tb.col.opening_credit"),
                    amount("debit", "tb.col.debit"),
                    amount("credit", "tb.col.credit"),
                    amount("closing_debit", "tb.col.closing_debit"),
                    amount("closing_credit", "tb.col.closing_credit")}},
                  {}};
  const auto debit_of = [](Money m) { return m.is_negative() ? Money{} : m; };
  const auto credit_of = [](Money m) { return m.is_negative() ? -m : Money{}; };
  std::vector<Money> totals(6);
  for (const auto& l : b.lines) {
    const std::vector<Money> amounts{debit_of(l.opening),   credit_of(l.opening),  l.debit, l.credit,
                                     debit_of(l.closing()), credit_of(l.closing())};
    std::vector<Cell> cells{l.account, l.label};
    for (std::size_t i = 0; i < amounts.size(); ++i) {
      cells.emplace_back(amounts[i]);
      totals[i] += amounts[i];
    }
    table.rows.push_back({std::move(cells), false, false});
  }
  std::vector<Cell> total{std::string(t("common.total")), Cell{}};
  total.insert(total.end(), totals.begin(), totals.end());
  table.rows.push_back({std::move(total), false, true});
  std::vector<TableData> tables{std::move(table)};
  statements::add_note_table(b.notes, t, tables);
  return tables;
}

}  // namespace comptoir
