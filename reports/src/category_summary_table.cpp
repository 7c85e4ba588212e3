// See category_summary_table.hpp.
#include "reports/category_summary_table.hpp"

namespace comptoir {
namespace {

void write_side(const CategorySideSummary& side, TableWriter& out, bool fr) {
  const bool expense = side.side == CategorySide::Expense;
  const std::string side_name = expense ? (fr ? "Charges" : "Expenses") : (fr ? "Ressources" : "Resources");
  for (const auto& row : side.rows) {
    if (row.code == "other" && row.amount.is_zero()) continue;
    out.row({side_name, fr ? row.label_fr : row.label_en, row.amount, std::to_string(row.percent()) + " %",
             to_decimal_string(row.share * 100, 2), row.code});
  }
  out.total({side_name, std::string(fr ? "Total " : "Total ") + (fr ? (expense ? "charges" : "ressources") : side_name),
             side.total, std::string("100 %"), std::string("100.00"), std::string("total")});
}

}  // namespace

void write_category_summary(const CategorySummary& summary, const std::string& title, TableWriter& out,
                            Language language) {
  const bool fr = language == Language::French;
  out.begin({title,
             {{"side", fr ? "Sens" : "Side", 10},
              {"category", fr ? "Catégorie" : "Category", 44},
              {"amount", fr ? "Montant" : "Amount", 15, Align::Right},
              {"share", fr ? "Part" : "Share", 6, Align::Right},
              {"share_exact", fr ? "Part exacte" : "Exact share", 0},
              {"code", "Code", 0}}});
  write_side(summary.expenses, out, fr);
  write_side(summary.resources, out, fr);
  const Money result = summary.result();
  out.total({std::string(fr ? "Résultat" : "Result"),
             std::string(result.is_negative() ? (fr ? "Déficit" : "Deficit") : (fr ? "Excédent" : "Surplus")), result,
             std::string(), std::string(), std::string("result")});
  out.end();
}

}  // namespace comptoir
