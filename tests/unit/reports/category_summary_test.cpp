// Category summaries on a small hand-made book: grouping, "other" row,
// exact shares, half-up percents and the combined view without interco.
#include <gtest/gtest.h>

#include <map>

#include "core/error.hpp"
#include "reports/category_summaries.hpp"
#include "support/memory_book.hpp"

namespace comptoir {
namespace {

constexpr const char* kScheme =
    "A;expense;payroll;Masse salariale;Payroll;64 621\n"
    "A;expense;overheads;Frais généraux;Overheads;61 62\n"
    "A;expense;mission-travel;Frais de mission;Mission travel;625\n"
    "A;resource;sales;Ventes;Sales;70\n"
    "A;resource;subsidies;Subventions;Subsidies;74\n"
    "B;expense;payroll;Masse salariale B;Payroll B;64\n"
    "B;expense;aid;Aides;Aid;657\n"
    "B;resource;recharges;Refacturations;Re-invoicing;708\n";

test::MemoryBook small_book() {
  test::MemoryBook r;
  r.add_line("A", 2025, "641000", "600", "0");
  r.add_line("A", 2025, "621400", "100", "0", {{"interco", "IC-1"}});
  r.add_line("A", 2025, "626000", "250", "0");
  r.add_line("A", 2025, "626000", "0", "50");    // a credit note nets off
  r.add_line("A", 2025, "625100", "40", "0");    // 625 beats 62
  r.add_line("A", 2025, "671000", "10", "0");    // matched by nothing: other
  r.add_line("A", 2025, "512000", "999", "0");   // class 5: ignored
  r.add_line("A", 2024, "641000", "5000", "0");  // another year: ignored
  r.add_line("A", 2025, "707110", "0", "700");
  r.add_line("A", 2025, "741200", "0", "300");
  r.add_line("B", 2025, "641000", "300", "0");
  r.add_line("B", 2025, "657100", "100", "0");
  r.add_line("B", 2025, "708400", "0", "100", {{"interco", "IC-1"}});
  r.add_line("B", 2025, "708400", "0", "20");
  return r;
}

TEST(CategorySummary, GroupsOneEntity) {
  auto scheme = CategoryScheme::parse(kScheme, "test.csv");
  auto reader = small_book();
  CategorySummary s = summarise_by_category(reader, "A", 2025, scheme);
  ASSERT_EQ(s.expenses.rows.size(), 4U);  // 3 categories + other
  EXPECT_EQ(s.expenses.find("payroll")->amount, Money::parse("700"));
  EXPECT_EQ(s.expenses.find("overheads")->amount, Money::parse("200"));
  EXPECT_EQ(s.expenses.find("mission-travel")->amount, Money::parse("40"));
  EXPECT_EQ(s.expenses.rows.back().code, "other");
  EXPECT_EQ(s.expenses.rows.back().amount, Money::parse("10"));
  EXPECT_EQ(s.expenses.total, Money::parse("950"));
  EXPECT_EQ(s.resources.total, Money::parse("1000"));
  EXPECT_EQ(s.result(), Money::parse("50"));
  EXPECT_EQ(s.expenses.find("payroll")->share, Rational(700, 950));
  EXPECT_EQ(s.expenses.find("payroll")->percent(), 74);  // 73.68 %
  EXPECT_EQ(s.resources.find("sales")->percent(), 70);
  EXPECT_TRUE(s.eliminated_expenses.is_zero());
}

TEST(CategorySummary, ZeroCategoriesStayAndNoOtherWhenAllMatched) {
  auto scheme = CategoryScheme::parse(kScheme, "test.csv");
  test::MemoryBook reader;
  reader.add_line("A", 2025, "641000", "10", "0");
  CategorySummary s = summarise_by_category(reader, "A", 2025, scheme);
  ASSERT_EQ(s.expenses.rows.size(), 3U);
  EXPECT_EQ(s.expenses.find("overheads")->amount, Money());
  EXPECT_EQ(s.expenses.find("overheads")->share, Rational(0));
  EXPECT_EQ(s.resources.total, Money());
  EXPECT_EQ(s.resources.find("sales")->share, Rational(0));
}

TEST(CategorySummary, UnknownEntityThrows) {
  auto scheme = CategoryScheme::parse(kScheme, "test.csv");
  auto reader = small_book();
  EXPECT_THROW((void)summarise_by_category(reader, "C", 2025, scheme), Error);
}

TEST(CategorySummary, CombinedEliminatesInterco) {
  auto scheme = CategoryScheme::parse(kScheme, "test.csv");
  auto reader = small_book();
  CategorySummary s = summarise_combined(reader, {"A", "B"}, 2025, scheme);
  EXPECT_EQ(s.eliminated_expenses, Money::parse("100"));
  EXPECT_EQ(s.eliminated_resources, Money::parse("100"));
  // A: 950 - 100 interco; B: 400.
  EXPECT_EQ(s.expenses.total, Money::parse("1250"));
  EXPECT_EQ(s.expenses.find("payroll")->amount, Money::parse("900"));  // 600 + 300
  EXPECT_EQ(s.expenses.find("payroll")->label_fr, "Masse salariale");  // first entity's label
  EXPECT_EQ(s.expenses.find("aid")->amount, Money::parse("100"));
  EXPECT_EQ(s.expenses.rows.back().code, "other");
  EXPECT_EQ(s.resources.total, Money::parse("1020"));
  EXPECT_EQ(s.resources.find("recharges")->amount, Money::parse("20"));
  // Eliminating both halves of a flow leaves the combined result unchanged.
  auto a = summarise_by_category(reader, "A", 2025, scheme);
  auto b = summarise_by_category(reader, "B", 2025, scheme);
  EXPECT_EQ(s.result(), a.result() + b.result());
}

TEST(CategoryRow, PercentRoundsHalfUp) {
  EXPECT_EQ(whole_percent_half_up(Rational(835, 1000)), 84);
  EXPECT_EQ(whole_percent_half_up(Rational(8349, 10000)), 83);
  EXPECT_EQ(whole_percent_half_up(Rational(5, 1000)), 1);
  EXPECT_EQ(whole_percent_half_up(Rational(4999, 1000000)), 0);
  EXPECT_EQ(whole_percent_half_up(Rational(-835, 1000)), -84);
  EXPECT_EQ(whole_percent_half_up(Rational(1)), 100);
}

}  // namespace
}  // namespace comptoir
