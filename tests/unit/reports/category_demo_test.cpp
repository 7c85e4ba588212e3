// The 2025 activity report's shares recomputed from the demo books through
// the category grouping (activity_categories.csv): every figure the report
// states, and the combined 1,082,024.00 € with inter-association flows out.
#include <gtest/gtest.h>

#include "core/book.hpp"
#include "demo/demo_books.hpp"
#include "reports/category_summaries.hpp"
#include "reports/category_summary_table.hpp"
#include "store/sqlite_book.hpp"
#include "support/demo_book_suite.hpp"
#include "unit/reports/recording_writer.hpp"

namespace comptoir {
namespace {

class CategoryDemo : public test::DemoBookReader {
 protected:
  static CategorySummary summary(const std::string& entity) {
    return summarise_by_category(demo(), entity, 2025, CategoryScheme::activity_report());
  }
};

int percent(const CategorySideSummary& side, const std::string& code) {
  const CategoryRow* row = side.find(code);
  EXPECT_NE(row, nullptr) << code;
  return row == nullptr ? -1 : row->percent();
}

TEST_F(CategoryDemo, ActionTerritorialeShares) {
  const CategorySummary at = summary("AT");
  EXPECT_EQ(percent(at.expenses, "payroll"), 60);
  EXPECT_EQ(percent(at.expenses, "overheads"), 23);
  EXPECT_EQ(percent(at.expenses, "purchases"), 11);
  EXPECT_EQ(percent(at.expenses, "mission-travel"), 4);
  EXPECT_EQ(percent(at.expenses, "communication"), 2);
  EXPECT_EQ(percent(at.resources, "public-subsidies"), 36);
  EXPECT_EQ(percent(at.resources, "activity-sales"), 31);
  EXPECT_EQ(percent(at.resources, "prestations"), 28);
  EXPECT_EQ(percent(at.resources, "private-aid"), 5);
  EXPECT_EQ(at.expenses.find("other"), nullptr);
  EXPECT_EQ(at.resources.find("other"), nullptr);
  EXPECT_EQ(at.expenses.total, Money::parse("700000.00"));
  EXPECT_EQ(at.result(), Money::parse("12000.00"));
}

TEST_F(CategoryDemo, ReseauShares) {
  const CategorySummary res = summary("RES");
  EXPECT_EQ(percent(res.expenses, "payroll"), 84);
  EXPECT_EQ(percent(res.expenses, "overheads"), 11);
  EXPECT_EQ(percent(res.expenses, "mission-travel"), 5);
  const CategoryRow* communication = res.expenses.find("communication");
  ASSERT_NE(communication, nullptr);
  EXPECT_GT(communication->share, 0);
  EXPECT_LT(communication->share, Rational(1, 200));  // marginal: under 0.5 %
  EXPECT_EQ(res.expenses.find("other"), nullptr);
  EXPECT_EQ(res.resources.find("other"), nullptr);
  EXPECT_EQ(res.expenses.total, Money::parse("430024.00"));
  EXPECT_EQ(res.result(), Money::parse("-14024.00"));
}

TEST_F(CategoryDemo, CombinedExpensesWithoutInterco) {
  const CategorySummary both = summarise_combined(demo(), {"AT", "RES"}, 2025, CategoryScheme::activity_report());
  EXPECT_EQ(both.expenses.total, Money::parse("1082024.00"));
  EXPECT_EQ(both.eliminated_expenses, Money::parse("48000.00"));
  EXPECT_EQ(both.eliminated_resources, Money::parse("48000.00"));
  EXPECT_EQ(both.resources.find("recharges")->amount, Money());
  EXPECT_EQ(both.result(), summary("AT").result() + summary("RES").result());
}

// What `comptoir demo` prints: each association, then both combined.
TEST_F(CategoryDemo, ActivitySummariesOfTheDemo) {
  test::RecordingWriter out;
  write_activity_summaries(demo(), 2025, CategoryScheme::activity_report(), Labels(Language::French), out);
  ASSERT_EQ(out.tables.size(), 3U);
  EXPECT_EQ(out.tables[0].header.title, "Action Territoriale (AT) — 2025");
  EXPECT_EQ(out.tables[2].header.title, "Ensemble des deux associations, flux inter-associations éliminés — 2025");
  const auto& result = out.tables[1].totals.back();
  EXPECT_EQ(std::get<std::string>(result[1]), "Déficit");
  EXPECT_EQ(std::get<Money>(result[2]), Money::parse("-14024.00"));
}

}  // namespace
}  // namespace comptoir
