// Category summaries on a small hand-made book: grouping, "other" row,
// exact shares, half-up percents and the combined view without interco.
#include <gtest/gtest.h>

#include <map>

#include "core/error.hpp"
#include "reports/category_summaries.hpp"
#include "support/trial_balance_of_lines.hpp"

namespace comptoir {
namespace {

// A reader over a fixed list of validated ledger lines: enough for summaries.
class LinesReader : public BookReader {
 public:
  void add(const std::string& entity, int year, const std::string& account, const std::string& debit,
           const std::string& credit, Tags tags = {}) {
    LedgerLine line;
    line.entity = entity;
    line.fiscal_year = year;
    line.posting.account = account;
    line.posting.debit = Money::parse(debit);
    line.posting.credit = Money::parse(credit);
    line.posting.tags = std::move(tags);
    lines_.push_back(line);
  }

  std::vector<AccountBalance> trial_balance(const TransactionFilter& filter) const override {
    return test::trial_balance_of_lines(*this, filter);
  }
  void for_each_ledger_line(const TransactionFilter& filter,
                            const std::function<void(const LedgerLine&)>& visit) const override {
    for (const auto& l : lines_) {
      if (!filter.entity.empty() && l.entity != filter.entity) continue;
      if (filter.fiscal_year && l.fiscal_year != *filter.fiscal_year) continue;
      if (l.posting.account.rfind(filter.account_prefix, 0) != 0) continue;
      visit(l);
    }
  }

  std::vector<Entity> entities() const override { return {}; }
  std::optional<Entity> entity(const std::string&) const override { return std::nullopt; }
  std::vector<Account> accounts(const std::string&) const override { return {}; }
  std::optional<Account> account(const std::string&, const std::string&) const override { return std::nullopt; }
  std::vector<AuxiliaryAccount> auxiliaries(const std::string&) const override { return {}; }
  std::optional<AuxiliaryAccount> auxiliary(const std::string&, const std::string&) const override {
    return std::nullopt;
  }
  std::vector<Journal> journals(const std::string&) const override { return {}; }
  std::vector<FiscalYear> fiscal_years(const std::string&) const override { return {}; }
  void for_each_transaction(const TransactionFilter&, const std::function<void(const Transaction&)>&) const override {}
  std::optional<Transaction> transaction(std::int64_t) const override { return std::nullopt; }
  ChainHead chain_head(const std::string&) const override { return {}; }
  std::int64_t last_sequence(const std::string&, int) const override { return 0; }

 private:
  std::vector<LedgerLine> lines_;
};

constexpr const char* kScheme =
    "A;expense;payroll;Masse salariale;Payroll;64 621\n"
    "A;expense;overheads;Frais généraux;Overheads;61 62\n"
    "A;expense;mission-travel;Frais de mission;Mission travel;625\n"
    "A;resource;sales;Ventes;Sales;70\n"
    "A;resource;subsidies;Subventions;Subsidies;74\n"
    "B;expense;payroll;Masse salariale B;Payroll B;64\n"
    "B;expense;aid;Aides;Aid;657\n"
    "B;resource;recharges;Refacturations;Re-invoicing;708\n";

LinesReader small_book() {
  LinesReader r;
  r.add("A", 2025, "641000", "600", "0");
  r.add("A", 2025, "621400", "100", "0", {{"interco", "IC-1"}});
  r.add("A", 2025, "626000", "250", "0");
  r.add("A", 2025, "626000", "0", "50");    // a credit note nets off
  r.add("A", 2025, "625100", "40", "0");    // 625 beats 62
  r.add("A", 2025, "671000", "10", "0");    // matched by nothing: other
  r.add("A", 2025, "512000", "999", "0");   // class 5: ignored
  r.add("A", 2024, "641000", "5000", "0");  // another year: ignored
  r.add("A", 2025, "707110", "0", "700");
  r.add("A", 2025, "741200", "0", "300");
  r.add("B", 2025, "641000", "300", "0");
  r.add("B", 2025, "657100", "100", "0");
  r.add("B", 2025, "708400", "0", "100", {{"interco", "IC-1"}});
  r.add("B", 2025, "708400", "0", "20");
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
  LinesReader reader;
  reader.add("A", 2025, "641000", "10", "0");
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
