// The compte de résultat (statements.hpp): the year's balances of classes
// 6, 7 and 86/87 classed on the rows of income_statement.csv.
#include "statement_support.hpp"

namespace comptoir {
namespace {

struct YearAmounts {
  std::vector<Money> rows;
  std::vector<std::string> unmatched;
};

YearAmounts amounts_of(const StatementLayout& layout, const BookReader& book, const std::string& entity, int year) {
  YearAmounts out{std::vector<Money>(layout.rows().size()), {}};
  for (const auto& r : statements::year_balances(book, entity, year)) {
    const int cls = statements::account_class(r.account);
    if (cls < 6) continue;
    const auto row = layout.row_for(r.account, r.balance());
    if (!row) {
      out.unmatched.push_back(r.account);
      continue;
    }
    out.rows[*row] += layout.rows()[*row].credit_positive ? -r.balance() : r.balance();
  }
  layout.evaluate(out.rows);
  return out;
}

}  // namespace

IncomeStatement income_statement(const BookReader& book, const std::string& entity, int year) {
  const StatementLayout layout = StatementLayout::income_statement();
  IncomeStatement s;
  s.years = statement_years(book, entity, year);
  const YearAmounts current = amounts_of(layout, book, entity, year);
  std::optional<YearAmounts> previous;
  if (s.years.previous) previous = amounts_of(layout, book, entity, s.years.previous->year);
  const std::size_t result = layout.index("r.excedent");
  s.result = current.rows[result];
  if (previous) s.previous_result = previous->rows[result];
  std::vector<IncomeStatementRow> rows;
  for (std::size_t i = 0; i < layout.rows().size(); ++i) {
    rows.push_back({layout.rows()[i].id, layout.rows()[i].kind, current.rows[i], std::nullopt});
    if (previous) rows.back().previous = previous->rows[i];
  }
  s.rows = statements::shown_rows(layout, std::move(rows), [](const IncomeStatementRow& r) {
    return r.current.is_zero() && (!r.previous || r.previous->is_zero());
  });
  statements::add_unmatched_note(current.unmatched, s.notes);
  return s;
}

}  // namespace comptoir
