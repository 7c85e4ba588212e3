// The category summary table on a hand-made summary: its words from the
// catalogue in both languages, the side totals and the result as total
// rows, the "other" row left out at zero.
#include "reports/category_summary_table.hpp"

#include <gtest/gtest.h>

#include "unit/reports/recording_writer.hpp"

namespace comptoir {
namespace {

CategorySummary small_summary() {
  CategorySummary s;
  s.expenses.rows = {{"payroll", "Masse salariale", "Payroll", Money::parse("600"), Rational(3, 4)},
                     {"overheads", "Frais généraux", "Overheads", Money::parse("200"), Rational(1, 4)},
                     {"other", "Autres", "Other", Money(), Rational(0)}};
  s.expenses.total = Money::parse("800");
  s.resources.rows = {{"sales", "Ventes", "Sales", Money::parse("700"), Rational(1)}};
  s.resources.total = Money::parse("700");
  return s;
}

TEST(CategorySummaryTable, FrenchWordsAndTotals) {
  test::RecordingWriter out;
  write_category_summary(small_summary(), "AT — 2025", Labels(Language::French), out);
  const auto& t = out.table();
  EXPECT_EQ(t.keys(), (std::vector<std::string>{"side", "category", "amount", "share", "share_exact", "code"}));
  EXPECT_EQ(t.header.columns[1].heading, "Catégorie");
  ASSERT_EQ(t.rows.size(), 3U);  // "other" at zero is left out
  EXPECT_EQ(t.cell<std::string>(0, "side"), "Charges");
  EXPECT_EQ(t.cell<std::string>(0, "category"), "Masse salariale");
  EXPECT_EQ(t.cell<std::string>(0, "share"), "75 %");
  EXPECT_EQ(t.cell<std::string>(0, "share_exact"), "75.00");
  EXPECT_EQ(t.cell<std::string>(2, "side"), "Ressources");
  ASSERT_EQ(t.totals.size(), 3U);
  EXPECT_EQ(std::get<std::string>(t.totals[0][1]), "Total charges");
  EXPECT_EQ(std::get<std::string>(t.totals[1][1]), "Total ressources");
  EXPECT_EQ(std::get<std::string>(t.totals[2][0]), "Résultat");
  EXPECT_EQ(std::get<std::string>(t.totals[2][1]), "Déficit");
  EXPECT_EQ(std::get<Money>(t.totals[2][2]), Money::parse("-100"));
  EXPECT_EQ(std::get<std::string>(t.totals[2][5]), "result");
}

TEST(CategorySummaryTable, EnglishWords) {
  test::RecordingWriter out;
  auto s = small_summary();
  s.resources.total = Money::parse("900");
  write_category_summary(s, "AT — 2025", Labels(Language::English), out);
  const auto& t = out.table();
  EXPECT_EQ(t.cell<std::string>(0, "side"), "Expenses");
  EXPECT_EQ(t.cell<std::string>(1, "category"), "Overheads");
  EXPECT_EQ(std::get<std::string>(t.totals[0][1]), "Total Expenses");
  EXPECT_EQ(std::get<std::string>(t.totals[1][1]), "Total Resources");
  EXPECT_EQ(std::get<std::string>(t.totals[2][1]), "Surplus");
}

}  // namespace
}  // namespace comptoir
