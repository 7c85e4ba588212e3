// The budget lines as data, the budget file (refusals name the line and
// the field) and the compte rendu's figures: lines by account prefix,
// differences in euros and %, indirect charges rounded once and totals
// that add up exactly.
#include "grants/grant_budget.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace comptoir {
namespace {

const BudgetNatures& natures() {
  return BudgetNatures::standard();
}

std::string line_of(const char* account) {
  const auto i = natures().line_for(account);
  return i ? natures().lines()[*i].line : "none";
}

// The message of the Error(InvalidInput) `parse` throws.
template <typename F>
std::string refusal(F parse) {
  try {
    parse();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    return e.what();
  }
  ADD_FAILURE() << "not refused";
  return "";
}

std::string refusal_of(const std::string& content) {
  return refusal([&] { (void)parse_grant_budget(content, "b.csv", natures()); });
}

TEST(BudgetNatures, EachAccountGoesToTheLineOfItsLongestPrefix) {
  EXPECT_EQ(line_of("606100"), "60");
  EXPECT_EQ(line_of("641000"), "64");
  EXPECT_EQ(line_of("681100"), "68");
  EXPECT_EQ(line_of("689400"), "689");
  EXPECT_EQ(line_of("695000"), "63");
  EXPECT_EQ(line_of("741100"), "74.etat");
  EXPECT_EQ(line_of("741400"), "74.communes");
  EXPECT_EQ(line_of("741800"), "74.autres");
  EXPECT_EQ(line_of("755100"), "75");
  EXPECT_EQ(line_of("713000"), "75");  // class 7 that no other line takes
  EXPECT_EQ(line_of("789400"), "789");
  EXPECT_EQ(line_of("864000"), "86");
  EXPECT_EQ(line_of("875000"), "87");
  EXPECT_EQ(line_of("441000"), "none");
  EXPECT_EQ(line_of("512000"), "none");
}

TEST(BudgetNatures, APrefixOnTwoLinesIsRefused) {
  const auto message =
      refusal([] { (void)BudgetNatures::parse("line;side;accounts\n60;charge;60\n61;charge;61 60\n", "n.csv"); });
  EXPECT_NE(message.find("n.csv:3"), std::string::npos) << message;
}

TEST(GrantBudgetFile, ReadsLinesRateAndComment) {
  const auto b = parse_grant_budget(
      "line,amount,detail\n64,\"126 000,50\",Animateurs\n74.etat,150000,ANCT\nindirect_rate,\"7,5 %\",\n"
      "comment,,\"Écart, expliqué\"\n",
      "b.csv", natures());
  ASSERT_EQ(b.lines.size(), 2u);
  EXPECT_EQ(b.lines[0].line, "64");
  EXPECT_EQ(b.lines[0].amount, Money::parse("126000.50"));
  EXPECT_EQ(b.lines[0].detail, "Animateurs");
  EXPECT_EQ(b.lines[1].line, "74.etat");
  EXPECT_EQ(b.indirect_rate, Rational(3, 40));
  EXPECT_EQ(b.comment, "Écart, expliqué");
  // A spreadsheet's French export: ';' and decimal commas.
  const auto semicolons = parse_grant_budget(
      "line;amount;detail\n62;1 500,25;Déplacements, repas\nindirect_rate;7,5;\n", "b.csv", natures());
  EXPECT_EQ(semicolons.lines[0].amount, Money::parse("1500.25"));
  EXPECT_EQ(semicolons.lines[0].detail, "Déplacements, repas");
  EXPECT_EQ(semicolons.indirect_rate, Rational(3, 40));
  // No detail column, no rate: none.
  const auto plain = parse_grant_budget("amount,line\n12.5,60\n", "b.csv", natures());
  EXPECT_EQ(plain.lines[0].amount, Money::parse("12.50"));
  EXPECT_EQ(plain.indirect_rate, Rational(0));
}

TEST(GrantBudgetFile, RefusalsNameTheFileTheLineAndTheField) {
  EXPECT_EQ(refusal_of("line,amount\n64,100\n74,50\n").rfind("b.csv:3: field 'line': unknown budget line '74'", 0), 0u);
  EXPECT_EQ(refusal_of("line,amount\n64,100\n60,12.345\n").rfind("b.csv:3: field 'amount':", 0), 0u);
  EXPECT_EQ(refusal_of("line,amount\n64,-1\n").rfind("b.csv:2: field 'amount': negative amount -1", 0), 0u);
  EXPECT_EQ(refusal_of("line,amount\n64,\n").rfind("b.csv:2: field 'amount':", 0), 0u);
  EXPECT_EQ(refusal_of("line,amount\n64,1\n60,2\n64,3\n").rfind("b.csv:4: field 'line': '64' is already on line 2", 0),
            0u);
  EXPECT_EQ(refusal_of("line,amount\n64,1\nindirect_rate,101\n").rfind("b.csv:3: field 'amount': the indirect rate", 0),
            0u);
  EXPECT_EQ(refusal_of("line,amount\n64,1\nindirect_rate,ten\n").rfind("b.csv:3: field 'amount': the indirect rate", 0),
            0u);
  EXPECT_NE(refusal_of("line,total\n64,1\n").find("amount"), std::string::npos);
  EXPECT_EQ(refusal_of("line,amount,detail\ncomment,,Rien\n"), "b.csv: no budget line");
}

Grant anct() {
  Grant g;
  g.code = "ANCT";
  g.entity = "RES";
  g.awarded = Money::parse("150000");
  g.start = Date::parse("2025-01-01");
  g.end = Date::parse("2025-12-31");
  return g;
}

AccountBalance balance(const char* account, const char* debit, const char* credit) {
  return {"RES", account, "", Money::parse(debit), Money::parse(credit)};
}

TEST(GrantFinancialReport, SetsTheBooksBesideTheBudgetAndAddsUpExactly) {
  GrantBudget budget{"ANCT",
                     {{"64", Money::parse("1000.01"), ""},
                      {"62", Money::parse("333.33"), "Déplacements"},
                      {"74.etat", Money::parse("1500"), "ANCT"},
                      {"75", Money::parse("0"), ""}},
                     Rational(1, 3),
                     "ok"};
  const std::vector<AccountBalance> tagged{
      balance("441000", "1500", "0"),        // class 4: no line
      balance("606100", "100.00", "0"),      // no budget: shown all the same
      balance("625100", "300.00", "10.00"),  // a refund lowers a charge
      balance("641000", "900.00", "0"),     balance("741100", "0", "1500"),
  };
  const auto r = compute_grant_report(anct(), budget, natures(), tagged, anct().start, anct().end);
  ASSERT_EQ(r.lines.size(), 5u);  // the natures' order
  EXPECT_EQ(r.lines[0].line, "60");
  EXPECT_EQ(r.lines[0].budget, Money());
  EXPECT_EQ(r.lines[0].actual, Money::parse("100"));
  EXPECT_EQ(r.lines[1].line, "62");
  EXPECT_EQ(r.lines[1].actual, Money::parse("290"));
  EXPECT_EQ(r.lines[1].difference(), Money::parse("-43.33"));
  EXPECT_EQ(r.lines[1].detail, "Déplacements");
  EXPECT_EQ(r.lines[2].line, "64");
  EXPECT_EQ(r.lines[3].line, "74.etat");
  EXPECT_EQ(r.lines[3].actual, Money::parse("1500"));
  EXPECT_EQ(r.lines[4].line, "75");  // budgeted at zero: shown
  EXPECT_EQ(r.direct_budget, Money::parse("1333.34"));
  EXPECT_EQ(r.direct_actual, Money::parse("1290"));
  // A third of 1,333.34 is 444.4466...: 444.45; of 1,290.00, 430.00.
  EXPECT_EQ(r.indirect_budget, Money::parse("444.45"));
  EXPECT_EQ(r.indirect_actual, Money::parse("430"));
  EXPECT_EQ(r.charges_budget, Money::parse("1777.79"));
  EXPECT_EQ(r.charges_actual, Money::parse("1720"));
  Money lines_actual;
  for (const auto& l : r.lines) {
    if (l.side == BudgetSide::Charge) lines_actual += l.actual;
  }
  EXPECT_EQ(lines_actual + r.indirect_actual, r.charges_actual);
  EXPECT_EQ(r.produits_budget, Money::parse("1500"));
  EXPECT_EQ(r.produits_actual, Money::parse("1500"));
  EXPECT_EQ(r.comment, "ok");
}

TEST(GrantFinancialReport, ContributionsInKindStayOutOfTheTotals) {
  GrantBudget budget{
      "ANCT", {{"64", Money::parse("100"), ""}, {"87", Money::parse("40"), "Bénévolat"}}, Rational(0), ""};
  const auto r =
      compute_grant_report(anct(), budget, natures(),
                           {balance("641000", "100", "0"), balance("864000", "35", "0"), balance("875000", "0", "35")},
                           anct().start, anct().end);
  ASSERT_EQ(r.lines.size(), 3u);
  EXPECT_EQ(r.lines[1].line, "86");
  EXPECT_EQ(r.lines[1].side, BudgetSide::CvnCharge);
  EXPECT_EQ(r.lines[1].actual, Money::parse("35"));
  EXPECT_EQ(r.lines[2].line, "87");
  EXPECT_EQ(r.lines[2].actual, Money::parse("35"));
  EXPECT_EQ(r.charges_actual, Money::parse("100"));
  EXPECT_EQ(r.produits_budget, Money());
  EXPECT_EQ(r.produits_actual, Money());
}

TEST(GrantFinancialReport, HalfACentOfIndirectChargesRoundsUp) {
  GrantBudget budget{"ANCT", {{"60", Money::parse("0.10"), ""}}, Rational(1, 20), ""};
  const auto r =
      compute_grant_report(anct(), budget, natures(), {balance("606100", "0.30", "0")}, anct().start, anct().end);
  EXPECT_EQ(r.indirect_budget, Money::parse("0.01"));  // 0.005
  EXPECT_EQ(r.indirect_actual, Money::parse("0.02"));  // 0.015
}

TEST(GrantFinancialReport, DifferencesInPercentOfTheBudget) {
  EXPECT_FALSE(difference_ratio(Money(), Money::parse("10")).has_value());
  EXPECT_EQ(percent_text(*difference_ratio(Money::parse("24000"), Money::parse("21000"))), "-12.5");
  EXPECT_EQ(percent_text(*difference_ratio(Money::parse("30000"), Money::parse("25000"))), "-16.7");
  EXPECT_EQ(percent_text(*difference_ratio(Money::parse("130000"), Money::parse("126000"))), "-3.1");
  EXPECT_EQ(percent_text(*difference_ratio(Money::parse("3"), Money::parse("4"))), "33.3");
}

}  // namespace
}  // namespace comptoir
