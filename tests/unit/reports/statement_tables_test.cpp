// The statements as tables: stable keys, every layout row labelled in
// both languages, rules before totals, the notes in a table of their own.
#include "reports/statement_tables.hpp"

#include <gtest/gtest.h>

#include "core/book.hpp"
#include "support/memory_book.hpp"

namespace comptoir {
namespace {

using Strings = std::vector<std::string>;

std::vector<std::string> keys(const TableData& table) {
  std::vector<std::string> out;
  for (const auto& c : table.header.columns) out.push_back(c.key);
  return out;
}

TEST(StatementTables, EveryLayoutRowHasALabelInBothLanguages) {
  const StatementLayout income = StatementLayout::income_statement();
  const StatementLayout sheet = StatementLayout::balance_sheet();
  for (const Language language : {Language::French, Language::English}) {
    const Labels t(language);
    for (const auto& row : income.rows()) EXPECT_NO_THROW((void)t("is." + row.id)) << row.id;
    for (const auto& row : sheet.rows()) EXPECT_NO_THROW((void)t("bs." + row.id)) << row.id;
  }
}

class StatementTablesOfABook : public ::testing::Test {
 protected:
  void SetUp() override {
    Book(book_, book_).initialise(2025);
    post(test::entry("AT", "VE", "2025-02-01", {test::debit("512000", "900.00"), test::credit("706000", "900.00")}));
    post(test::entry("AT", "AC", "2025-03-01", {test::debit("606100", "250.00"), test::credit("512000", "250.00")}));
  }
  void post(Transaction t) {
    const Date date = t.date;
    Book(book_, book_).post(std::move(t), true, date);
  }
  test::MemoryBook book_;
};

TEST_F(StatementTablesOfABook, IncomeStatementColumnsRowsAndRules) {
  const auto tables = income_statement_tables(income_statement(book_, "AT", 2025), Labels(Language::English));
  ASSERT_EQ(tables.size(), 1u);  // no note
  const TableData& table = tables[0];
  EXPECT_EQ(table.key, "income-statement");
  EXPECT_EQ(keys(table), (Strings{"row", "kind", "label", "current", "previous"}));
  EXPECT_EQ(table.header.columns[3].heading, "Year 2025");
  EXPECT_EQ(table.header.columns[4].heading, "Year N-1");
  EXPECT_EQ(table.header.title, "Income statement AT — fiscal year 2025 (2025-01-01 – 2025-12-31)");
  ASSERT_GE(table.rows.size(), 3u);
  EXPECT_EQ(std::get<std::string>(table.rows[0].cells[2]), "OPERATING INCOME");
  EXPECT_EQ(std::get<std::string>(table.rows[1].cells[0]), "pe.prestations");
  EXPECT_EQ(std::get<Money>(table.rows[1].cells[3]), Money::parse("900.00"));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(table.rows[1].cells[4]));  // no N-1
  EXPECT_FALSE(table.rows[1].separated);
  EXPECT_TRUE(table.rows[2].separated);  // the total after the lines
  const auto& last = table.rows.back();
  EXPECT_EQ(std::get<std::string>(last.cells[0]), "r.excedent");
  EXPECT_EQ(std::get<std::string>(last.cells[1]), "result");
  EXPECT_EQ(std::get<Money>(last.cells[3]), Money::parse("650.00"));
}

TEST_F(StatementTablesOfABook, BalanceSheetAndTrialBalanceWithTheirNotes) {
  Book(book_, book_).add_fiscal_year("AT", 2026);
  post(test::entry("AT", "AC", "2026-03-01", {test::debit("606100", "50.00"), test::credit("512000", "50.00")}));
  const auto sheet = balance_sheet_tables(balance_sheet(book_, "AT", 2026), Labels(Language::French));
  ASSERT_EQ(sheet.size(), 3u);
  EXPECT_EQ(sheet[0].key, "assets");
  EXPECT_EQ(keys(sheet[0]), (Strings{"row", "kind", "label", "gross", "depreciation", "net", "previous"}));
  EXPECT_EQ(sheet[0].header.columns[5].heading, "Net 2026");
  EXPECT_EQ(sheet[0].header.columns[6].heading, "Net 2025");
  EXPECT_EQ(sheet[1].key, "liabilities");
  EXPECT_EQ(sheet[2].key, "notes");
  ASSERT_EQ(sheet[2].rows.size(), 1u);
  const auto& note = std::get<Code>(sheet[2].rows[0].cells[0]);
  EXPECT_EQ(note.code, "statement.note.opening_not_carried");
  EXPECT_EQ(note.label, "Exercice 2025 non clôturé : pas d'à-nouveaux en 2026");

  const auto trial = trial_balance_tables(trial_balance_statement(book_, "AT", 2026), Labels(Language::French));
  ASSERT_EQ(trial.size(), 2u);
  EXPECT_EQ(keys(trial[0]), (Strings{"account", "label", "opening_debit", "opening_credit", "debit", "credit",
                                     "closing_debit", "closing_credit"}));
  const auto& total = trial[0].rows.back();
  EXPECT_TRUE(total.total);
  EXPECT_EQ(std::get<Money>(total.cells[4]), Money::parse("50.00"));
  EXPECT_EQ(std::get<Money>(total.cells[5]), Money::parse("50.00"));
}

}  // namespace
}  // namespace comptoir
