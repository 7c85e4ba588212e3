// Café plan tables as typed cells: counts, dates, codes and amounts read
// from the computed plan, with the catalogue's words in both languages.
#include "reports/cafe_plan_tables.hpp"

#include <gtest/gtest.h>

#include "forecast/scenario_toml.hpp"
#include "recording_writer.hpp"
#include "unit/forecast/forecast_test_support.hpp"

namespace comptoir {
namespace {

forecast::CafePlan entrepreneurial() {
  return forecast::compute_cafe_plan(
      forecast::load_cafe_scenario(forecast::testing::scenario_dir() + "/cafe-entrepreneurial.toml"));
}

TEST(CafePlanTables, SelectionAndOrder) {
  const auto plan = entrepreneurial();
  const Labels fr(Language::French);
  std::vector<std::string> keys;
  for (const auto& t : cafe_plan_tables(plan, "all", fr)) keys.push_back(t.key);
  std::vector<std::string> expected{"summary", "financing", "monthly", "cash"};
  for (std::size_t i = 0; i < plan.loans.size(); ++i) expected.push_back("loan-" + std::to_string(i + 1));
  EXPECT_EQ(keys, expected);
  EXPECT_EQ(cafe_plan_tables(plan, "loans", fr).size(), plan.loans.size());
  EXPECT_EQ(cafe_plan_tables(plan, "cash", fr).front().key, "cash");
}

TEST(CafePlanTables, SummaryRowsCarryThePlansFigures) {
  const auto plan = entrepreneurial();
  const TableData t = yearly_summary_table(plan, Labels(Language::English));
  EXPECT_EQ(t.header.columns.at(1).key, "year_1");
  EXPECT_EQ(t.header.columns.at(1).heading, "Year 1 (" + plan.years[0].first_month.iso().substr(0, 7) + ")");
  const auto& ebe = t.rows.at(9);
  EXPECT_EQ(std::get<std::string>(ebe.cells.at(0)), "Gross operating surplus (EBITDA)");
  EXPECT_TRUE(ebe.separated);
  EXPECT_EQ(std::get<Money>(ebe.cells.at(2)), plan.years[1].lines.ebe);
}

TEST(CafePlanTables, MonthlyOpenDaysAreCounts) {
  const auto plan = entrepreneurial();
  const TableData t = monthly_income_table(plan, Labels(Language::French));
  EXPECT_EQ(t.header.columns.at(1).heading, "Jours");
  EXPECT_EQ(t.header.columns.at(2).heading, "Boissons");
  EXPECT_EQ(std::get<std::int64_t>(t.rows.at(0).cells.at(1)), plan.months[0].open_days);
  EXPECT_EQ(std::get<Money>(t.rows.at(0).cells.at(2)), plan.months[0].family_sales.at(0));
  EXPECT_EQ(t.rows.size(), plan.months.size());
}

TEST(CafePlanTables, FinancingSidesAreCodes) {
  const auto plan = entrepreneurial();
  const TableData t = financing_plan_table(plan, Labels(Language::French));
  const auto& first = t.rows.front().cells;
  EXPECT_EQ(std::get<Code>(first.at(0)).code, "uses");
  EXPECT_EQ(std::get<Code>(first.at(0)).label, "Besoins");
  const auto& balance = t.rows.back();
  EXPECT_TRUE(balance.separated);
  EXPECT_EQ(std::get<std::string>(balance.cells.at(1)), "Solde (ressources − besoins)");
  EXPECT_EQ(std::get<Money>(balance.cells.at(2)), plan.financing.balance);
  const auto& total = t.rows.at(plan.financing.uses.size() + 1 + plan.financing.resources.size());
  EXPECT_EQ(std::get<Code>(total.cells.at(0)).code, "resources");
  EXPECT_EQ(std::get<Money>(total.cells.at(2)), plan.financing.total_resources);
}

TEST(CafePlanTables, LoanInstalmentsAndTotal) {
  const auto plan = entrepreneurial();
  ASSERT_FALSE(plan.loans.empty());
  const auto& loan = plan.loans.front();
  const TableData t = loan_schedule_table(loan, 1, Labels(Language::English));
  EXPECT_EQ(t.header.title, "Amortisation schedule — " + loan.label);
  ASSERT_EQ(t.rows.size(), loan.instalments.size() + 1);
  EXPECT_EQ(
      test::machine_row(t.rows.front().cells),
      (std::vector<std::string>{"1", loan.instalments[0].due.iso(), loan.instalments[0].payment.to_string(),
                                loan.instalments[0].interest.to_string(), loan.instalments[0].principal.to_string(),
                                loan.instalments[0].balance_after.to_string()}));
  EXPECT_TRUE(std::holds_alternative<Date>(t.rows.front().cells.at(1)));
  const auto& total = t.rows.back();
  EXPECT_EQ(std::get<std::string>(total.cells.at(1)), "Total");
  EXPECT_EQ(std::get<Money>(total.cells.at(2)), loan.principal + loan.total_interest);
}

}  // namespace
}  // namespace comptoir
