// See category_summary_table.hpp.
#include "reports/category_summary_table.hpp"

#include "reports/category_scheme.hpp"
#include "reports/category_summaries.hpp"

namespace comptoir {
namespace {

Cell optional_amount(const std::optional<Money>& amount) {
  return amount ? Cell(*amount) : Cell(std::monostate{});
}

void write_side(const CategorySideSummary& side, const CategorySideSummary* previous, bool comparison, const Labels& t,
                TableWriter& out) {
  const bool expense = side.side == CategorySide::Expense;
  const std::string side_name(t(expense ? "activity.side.expense" : "activity.side.resource"));
  for (const ComparedCategory& row : compared_categories(side, previous)) {
    std::vector<Cell> cells{side_name, t.french() ? row.label_fr : row.label_en, row.amount};
    if (comparison) cells.push_back(optional_amount(row.previous));
    cells.insert(cells.end(), {std::to_string(whole_percent_half_up(row.share)) + " %",
                               to_decimal_string(row.share * 100, 2), row.code});
    out.row(cells);
  }
  std::vector<Cell> total{side_name, std::string(t(expense ? "activity.total.expense" : "activity.total.resource")),
                          side.total};
  if (comparison) total.push_back(previous != nullptr ? Cell(previous->total) : Cell(std::monostate{}));
  total.insert(total.end(), {std::string("100 %"), std::string("100.00"), std::string("total")});
  out.total(total);
}

void write_summary(const CategorySummary& summary, const CategorySummary* previous, bool comparison,
                   const std::string& title, const Labels& t, TableWriter& out) {
  std::vector<Column> columns{{"side", std::string(t("activity.col.side")), 10},
                              {"category", std::string(t("activity.col.category")), 44}};
  if (comparison) {
    columns.push_back(
        {"amount", t("activity.col.amount.year", {{"year", std::to_string(summary.year)}}), 15, Align::Right});
    columns.push_back({"amount_previous",
                       previous != nullptr ? t("activity.col.amount.year", {{"year", std::to_string(previous->year)}})
                                           : std::string(t("activity.col.amount.previous")),
                       15, Align::Right});
  } else {
    columns.push_back({"amount", std::string(t("activity.col.amount")), 15, Align::Right});
  }
  columns.push_back({"share", std::string(t("activity.col.share")), 6, Align::Right});
  columns.push_back({"share_exact", std::string(t("activity.col.share_exact")), 0, Align::Left, 0, true});
  columns.push_back({"code", std::string(t("activity.col.code")), 0, Align::Left, 0, true});
  out.begin({title, columns});
  write_side(summary.expenses, previous != nullptr ? &previous->expenses : nullptr, comparison, t, out);
  write_side(summary.resources, previous != nullptr ? &previous->resources : nullptr, comparison, t, out);
  const Money result = summary.result();
  std::vector<Cell> cells{std::string(t("activity.result")),
                          std::string(t(result.is_negative() ? "activity.result.deficit" : "activity.result.surplus")),
                          result};
  if (comparison) cells.push_back(previous != nullptr ? Cell(previous->result()) : Cell(std::monostate{}));
  cells.insert(cells.end(), {std::string(), std::string(), std::string("result")});
  out.total(cells);
  out.end();
}

}  // namespace

std::vector<ComparedCategory> compared_categories(const CategorySideSummary& side,
                                                  const CategorySideSummary* previous) {
  const std::string other(CategoryScheme::other_code);
  auto previous_of = [&](const std::string& code) -> std::optional<Money> {
    if (previous == nullptr) return std::nullopt;
    const CategoryRow* row = previous->find(code);
    return row != nullptr ? row->amount : Money();
  };
  std::vector<ComparedCategory> rows;
  for (const auto& row : side.rows) {
    ComparedCategory c{row.code, row.label_fr, row.label_en, row.amount, previous_of(row.code), row.share};
    if (c.code == other && c.amount.is_zero() && (!c.previous || c.previous->is_zero())) continue;
    rows.push_back(std::move(c));
  }
  // "Other" of N-1 when N has none.
  if (previous != nullptr && side.find(other) == nullptr) {
    const CategoryRow* row = previous->find(other);
    if (row != nullptr && !row->amount.is_zero()) {
      rows.push_back({row->code, row->label_fr, row->label_en, Money(), row->amount, Rational(0)});
    }
  }
  return rows;
}

void write_category_summary(const CategorySummary& summary, const std::string& title, const Labels& t,
                            TableWriter& out) {
  write_summary(summary, nullptr, false, title, t, out);
}

void write_category_comparison(const CategorySummary& summary, const CategorySummary* previous,
                               const std::string& title, const Labels& t, TableWriter& out) {
  write_summary(summary, previous, true, title, t, out);
}

void write_activity_summaries(const BookReader& book, int year, const CategoryScheme& scheme, const Labels& t,
                              TableWriter& out) {
  const std::string suffix = " — " + std::to_string(year);
  std::vector<std::string> codes;
  for (const auto& e : book.entities()) {
    codes.push_back(e.code);
    write_category_summary(summarise_by_category(book, e.code, year, scheme), e.name + " (" + e.code + ")" + suffix, t,
                           out);
  }
  write_category_summary(summarise_combined(book, codes, year, scheme),
                         t("activity.combined.title", {{"year", std::to_string(year)}}), t, out);
}

}  // namespace comptoir
