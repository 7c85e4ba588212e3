// The budgets of grants' actions on a real SQLite book (schema v8): the
// round trip, --replace, and the compte rendu over the agreement's period
// or one fiscal year, from the validated postings carrying its tag.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "grant_book_test.hpp"

namespace comptoir {
namespace {

using test::day;
using test::eur;

class GrantBudgetStoreTest : public test::GrantBookTest {
 protected:
  void SetUp() override {
    Grant g;
    g.code = "CD-LAB";
    g.entity = "RES";
    g.funder = "F-CD";
    g.purpose = "Laboratoire des cafés";
    g.awarded = eur("40000");
    g.start = day(2025, 7, 1);
    g.end = day(2026, 6, 30);
    g.income_account = "741300";
    open_with(g);
    Book book(*book_, *book_);
    auto scope = book.begin();
    GrantDesk(*store_, book).call("CD-LAB", day(2025, 7, 15), eur("40000"), day(2025, 7, 15));
    scope->commit();
  }

  void spend(Date date, const char* account, const char* amount, bool validate = true) {
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.post(test::transaction("RES", "OD", date, "X",
                                {test::debit(account, eur(amount).cents(), {{"grant", "CD-LAB"}}),
                                 test::credit("512000", eur(amount).cents())}),
              validate, date);
    scope->commit();
  }

  void set(const std::string& csv, bool replace) {
    GrantBudget budget = parse_grant_budget(csv, "b.csv", BudgetNatures::standard());
    budget.grant = "CD-LAB";
    Book book(*book_, *book_);
    auto scope = book.begin();
    GrantDesk(*store_, book).set_budget(budget, replace);
    scope->commit();
  }

  GrantFinancialReport report(std::optional<int> year) {
    Book book(*book_, *book_);
    return GrantDesk(*store_, book).financial_report("CD-LAB", year);
  }
};

TEST_F(GrantBudgetStoreTest, ABudgetRoundTripsAndIsReplacedOnlyWhenAsked) {
  EXPECT_FALSE(store_->budget("CD-LAB").has_value());
  set("line,amount,detail\n64,30000,Animatrice\n61,\"10 000,50\",\n74.departement,40000,CD\n"
      "indirect_rate,1/3,\ncomment,,Premier budget\n",
      false);
  auto b = store_->budget("CD-LAB");
  ASSERT_TRUE(b.has_value());
  ASSERT_EQ(b->lines.size(), 3u);
  EXPECT_EQ(b->lines[1].line, "61");  // the file's order
  EXPECT_EQ(b->lines[1].amount, eur("10000.50"));
  EXPECT_EQ(b->lines[0].detail, "Animatrice");
  EXPECT_EQ(b->indirect_rate, Rational(1, 300));  // 1/3 %
  EXPECT_EQ(b->comment, "Premier budget");
  EXPECT_THROW(set("line,amount\n64,1\n", false), Error);
  EXPECT_EQ(store_->budget("CD-LAB")->lines.size(), 3u);
  set("line,amount\n64,1\n", true);
  b = store_->budget("CD-LAB");
  ASSERT_EQ(b->lines.size(), 1u);
  EXPECT_EQ(b->indirect_rate, Rational(0));
  EXPECT_EQ(b->comment, "");
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM grant_budget_line"), 1);
}

TEST_F(GrantBudgetStoreTest, AnUnknownGrantOrOneWithoutBudgetIsRefused) {
  Book book(*book_, *book_);
  GrantDesk desk(*store_, book);
  try {
    (void)desk.financial_report("CD-LAB", std::nullopt);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
  }
  auto scope = book.begin();
  GrantBudget budget{"NOPE", {{"64", eur("1"), ""}}, Rational(0), ""};
  try {
    desk.set_budget(budget, false);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

TEST_F(GrantBudgetStoreTest, TheReportReadsTheTaggedValidatedPostingsOfItsPeriodOrYear) {
  set("line,amount\n64,30000\n62,5000\n74.departement,40000\nindirect_rate,10\n", false);
  spend(day(2025, 6, 30), "641000", "999");    // before the period
  spend(day(2025, 9, 30), "641000", "12000");  // 2025
  spend(day(2025, 10, 5), "625100", "800.10");
  spend(day(2025, 11, 5), "625100", "50", false);  // a draft
  spend(day(2026, 3, 31), "641000", "15000");      // 2026
  spend(day(2026, 7, 1), "641000", "999");         // after the period
  auto r = report(std::nullopt);
  EXPECT_EQ(r.from, day(2025, 7, 1));
  EXPECT_EQ(r.to, day(2026, 6, 30));
  ASSERT_EQ(r.lines.size(), 3u);
  EXPECT_EQ(r.lines[0].line, "62");
  EXPECT_EQ(r.lines[0].actual, eur("800.10"));
  EXPECT_EQ(r.lines[1].actual, eur("27000"));
  EXPECT_EQ(r.lines[2].line, "74.departement");
  EXPECT_EQ(r.lines[2].actual, eur("40000"));
  EXPECT_EQ(r.direct_actual, eur("27800.10"));
  EXPECT_EQ(r.indirect_actual, eur("2780.01"));
  EXPECT_EQ(r.charges_actual, eur("30580.11"));
  EXPECT_EQ(r.indirect_budget, eur("3500"));
  r = report(2026);
  EXPECT_EQ(r.from, day(2026, 1, 1));
  EXPECT_EQ(r.to, day(2026, 6, 30));
  EXPECT_EQ(r.direct_actual, eur("15000"));
  EXPECT_EQ(r.produits_actual, Money());
  EXPECT_EQ(r.year, 2026);
  EXPECT_THROW((void)report(2030), Error);
}

}  // namespace
}  // namespace comptoir
