// See category_summary_table.hpp.
#include "reports/category_summary_table.hpp"

#include "reports/category_summaries.hpp"

namespace comptoir {
namespace {

void write_side(const CategorySideSummary& side, const Labels& t, TableWriter& out) {
  const bool expense = side.side == CategorySide::Expense;
  const std::string side_name(t(expense ? "activity.side.expense" : "activity.side.resource"));
  for (const auto& row : side.rows) {
    if (row.code == "other" && row.amount.is_zero()) continue;
    out.row({side_name, t.french() ? row.label_fr : row.label_en, row.amount, std::to_string(row.percent()) + " %",
             to_decimal_string(row.share * 100, 2), row.code});
  }
  out.total({side_name, std::string(t(expense ? "activity.total.expense" : "activity.total.resource")), side.total,
             std::string("100 %"), std::string("100.00"), std::string("total")});
}

}  // namespace

void write_category_summary(const CategorySummary& summary, const std::string& title, const Labels& t,
                            TableWriter& out) {
  out.begin({title,
             {{"side", std::string(t("activity.col.side")), 10},
              {"category", std::string(t("activity.col.category")), 44},
              {"amount", std::string(t("activity.col.amount")), 15, Align::Right},
              {"share", std::string(t("activity.col.share")), 6, Align::Right},
              {"share_exact", std::string(t("activity.col.share_exact")), 0, Align::Left, 0, true},
              {"code", std::string(t("activity.col.code")), 0, Align::Left, 0, true}}});
  write_side(summary.expenses, t, out);
  write_side(summary.resources, t, out);
  const Money result = summary.result();
  out.total({std::string(t("activity.result")),
             std::string(t(result.is_negative() ? "activity.result.deficit" : "activity.result.surplus")), result,
             std::string(), std::string(), std::string("result")});
  out.end();
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
