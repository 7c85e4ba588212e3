// The ledger lines behind a figure: the net of a category's lines is the
// category's amount in the activity report (flows between the associations
// left out when combined), a selection by tag keeps only the postings
// carrying it, and every table ends with its total and net rows.
#include "reports/ledger_lines.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "reports/category_summaries.hpp"
#include "support/demo_book_suite.hpp"

namespace comptoir {
namespace {

class LedgerLinesDemo : public test::DemoBookReader {};

// The amount of a table's last row (the net).
Money net_of(const TableData& table) {
  for (const Cell& cell : table.rows.back().cells) {
    if (const Money* m = std::get_if<Money>(&cell)) return *m;
  }
  return Money();
}

void expect_nets(const BookReader& book, const std::vector<std::string>& entities, const CategorySummary& summary) {
  const CategoryScheme scheme = CategoryScheme::activity_report();
  const Labels t(Language::French);
  for (const auto* side : {&summary.expenses, &summary.resources}) {
    for (const auto& row : side->rows) {
      const TableData lines = category_lines(book, scheme, entities, 2025, side->side, row.code, "", t);
      EXPECT_EQ(net_of(lines), row.amount) << row.code;
      ASSERT_GE(lines.rows.size(), 2U);
      EXPECT_TRUE(lines.rows.back().total);
    }
  }
}

TEST_F(LedgerLinesDemo, ACategorysLinesNetToItsAmount) {
  const CategoryScheme scheme = CategoryScheme::activity_report();
  for (const char* entity : {"AT", "RES"}) {
    expect_nets(demo(), {entity}, summarise_by_category(demo(), entity, 2025, scheme));
  }
}

TEST_F(LedgerLinesDemo, CombinedLinesLeaveTheFlowsBetweenTheAssociationsOut) {
  const CategorySummary combined = summarise_combined(demo(), {"AT", "RES"}, 2025, CategoryScheme::activity_report());
  ASSERT_FALSE(combined.eliminated_expenses.is_zero());
  expect_nets(demo(), {"AT", "RES"}, combined);
}

TEST_F(LedgerLinesDemo, ATagKeepsOnlyThePostingsCarryingIt) {
  LedgerSelection selection;
  selection.entities = {"AT"};
  selection.fiscal_year = 2025;
  selection.account_prefixes = {"7", "60"};
  selection.tag_key = "activity";
  selection.tag_value = "guinguette-picardie";
  const TableData lines = ledger_lines(demo(), selection, "", Labels(Language::French));
  ASSERT_GT(lines.rows.size(), 2U);
  Money net;
  demo().for_each_ledger_line({"AT", 2025, {}, {}, "", "", StatusFilter::Validated, ""}, [&](const LedgerLine& l) {
    const auto tag = l.posting.tags.find("activity");
    if (tag == l.posting.tags.end() || tag->second != "guinguette-picardie") return;
    if (l.posting.account.starts_with("7") || l.posting.account.starts_with("60")) {
      net += l.posting.credit - l.posting.debit;
    }
  });
  EXPECT_EQ(net_of(lines), net);  // the first prefix is a resource: credit − debit
  for (std::size_t i = 0; i + 2 < lines.rows.size(); ++i) {
    const auto& account = std::get<std::string>(lines.rows[i].cells[4]);
    EXPECT_TRUE(account.starts_with("7") || account.starts_with("60")) << account;
  }
}

}  // namespace
}  // namespace comptoir
