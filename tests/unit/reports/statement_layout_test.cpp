// The statements' layouts (reports/data/*.csv): every account of the
// chart finds its row, balances that flip side change rows, the longest
// prefix wins, formulas add up, and a bad file is refused with its line.
#include "reports/statement_layout.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/reference_data.hpp"

namespace comptoir {
namespace {

const Money debit_balance = Money::from_cents(100);
const Money credit_balance = Money::from_cents(-100);

std::string row_of(const StatementLayout& layout, const std::string& account, Money balance) {
  const auto row = layout.row_for(account, balance);
  return row ? layout.rows()[*row].id : "(none)";
}

TEST(StatementLayout, EveryIncomeAndExpenseAccountOfTheChartHasItsOwnRow) {
  const StatementLayout layout = StatementLayout::income_statement();
  int checked = 0;
  for (const auto& account : default_chart()) {
    const int cls = account.account_class();
    const bool in_kind = account.number.starts_with("86") || account.number.starts_with("87");
    if (cls != 6 && cls != 7 && !in_kind) continue;
    for (const Money balance : {debit_balance, credit_balance}) {
      const auto prefix = layout.prefix_for(account.number, balance);
      ASSERT_TRUE(prefix) << account.number;
      // The one-digit prefixes only catch a user's own accounts.
      EXPECT_GE(prefix->prefix.size(), 2u) << account.number << " " << account.label;
    }
    ++checked;
  }
  EXPECT_GT(checked, 300);
}

TEST(StatementLayout, EveryBalanceSheetAccountOfTheChartHasARowOnBothSides) {
  const StatementLayout layout = StatementLayout::balance_sheet();
  int checked = 0;
  for (const auto& account : default_chart()) {
    if (account.account_class() < 1 || account.account_class() > 5) continue;
    for (const Money balance : {debit_balance, credit_balance}) {
      const auto prefix = layout.prefix_for(account.number, balance);
      ASSERT_TRUE(prefix) << account.number;
      if (account.account_class() <= 2) {  // class 3 is all stocks; 4 and 5 take sides
        EXPECT_GE(prefix->prefix.size(), 2u) << account.number << " " << account.label;
      }
    }
    ++checked;
  }
  EXPECT_GT(checked, 400);
}

TEST(StatementLayout, IncomeStatementRowsFollowTheNorm) {
  const StatementLayout layout = StatementLayout::income_statement();
  EXPECT_EQ(row_of(layout, "756100", credit_balance), "pe.cotisations");
  EXPECT_EQ(row_of(layout, "706030", credit_balance), "pe.prestations");
  EXPECT_EQ(row_of(layout, "707110", credit_balance), "pe.ventes_biens");
  EXPECT_EQ(row_of(layout, "741100", credit_balance), "pe.subventions");
  EXPECT_EQ(row_of(layout, "754100", credit_balance), "pe.generosite");
  EXPECT_EQ(row_of(layout, "789400", credit_balance), "pe.utilisations_fonds");
  EXPECT_EQ(row_of(layout, "786000", credit_balance), "pf.reprises");
  EXPECT_EQ(row_of(layout, "787000", credit_balance), "px.reprises");
  EXPECT_EQ(row_of(layout, "606100", debit_balance), "ce.autres_achats");
  EXPECT_EQ(row_of(layout, "657100", debit_balance), "ce.aides_financieres");
  EXPECT_EQ(row_of(layout, "658000", debit_balance), "ce.autres");
  EXPECT_EQ(row_of(layout, "681100", debit_balance), "ce.dotations_amortissements");
  EXPECT_EQ(row_of(layout, "681500", debit_balance), "ce.dotations_provisions");
  EXPECT_EQ(row_of(layout, "689400", debit_balance), "ce.reports_fonds_dedies");
  EXPECT_EQ(row_of(layout, "695000", debit_balance), "ip.impots");
  EXPECT_EQ(row_of(layout, "864000", debit_balance), "vc.benevoles");
  EXPECT_EQ(row_of(layout, "875000", credit_balance), "vp.benevolat");
  // A user's own account of class 6 or 7 lands on the "autres" rows.
  EXPECT_EQ(row_of(layout, "799999", credit_balance), "pe.reprises");
  EXPECT_EQ(row_of(layout, "700001", credit_balance), "pe.autres");
  EXPECT_EQ(row_of(layout, "690001", debit_balance), "ip.impots");
  EXPECT_TRUE(layout.rows()[layout.index("pe.cotisations")].credit_positive);
  EXPECT_FALSE(layout.rows()[layout.index("ce.salaires")].credit_positive);
}

TEST(StatementLayout, BalancesThatFlipSideChangeRows) {
  const StatementLayout layout = StatementLayout::balance_sheet();
  EXPECT_EQ(row_of(layout, "401000", credit_balance), "de.fournisseurs");
  EXPECT_EQ(row_of(layout, "401000", debit_balance), "ac.autres_creances");
  EXPECT_EQ(row_of(layout, "409100", debit_balance), "ac.avances_versees");
  EXPECT_EQ(row_of(layout, "404000", credit_balance), "de.immobilisations");
  EXPECT_EQ(row_of(layout, "411000", debit_balance), "ac.usagers");
  EXPECT_EQ(row_of(layout, "411000", credit_balance), "de.autres");
  EXPECT_EQ(row_of(layout, "419100", credit_balance), "de.avances_recues");
  EXPECT_EQ(row_of(layout, "512000", debit_balance), "ac.disponibilites");
  EXPECT_EQ(row_of(layout, "512000", credit_balance), "de.credit");
  EXPECT_EQ(row_of(layout, "445710", credit_balance), "de.fiscales_sociales");
  EXPECT_EQ(row_of(layout, "445660", debit_balance), "ac.autres_creances");
  EXPECT_EQ(row_of(layout, "281800", credit_balance), "ai.corporelles");
  EXPECT_EQ(row_of(layout, "280500", credit_balance), "ai.incorporelles");
  EXPECT_EQ(row_of(layout, "102000", credit_balance), "fp.sans_reprise");
  EXPECT_EQ(row_of(layout, "119000", debit_balance), "fp.report");
  EXPECT_EQ(row_of(layout, "129000", debit_balance), "fp.en_instance");
  EXPECT_EQ(row_of(layout, "194000", credit_balance), "fr.fonds_dedies");
  EXPECT_EQ(row_of(layout, "191100", credit_balance), "fr.fonds_reportes");
  EXPECT_EQ(row_of(layout, "164000", credit_balance), "de.credit");
  EXPECT_EQ(row_of(layout, "487000", credit_balance), "de.pca");
  EXPECT_EQ(row_of(layout, "486000", debit_balance), "ac.cca");
  EXPECT_EQ(layout.rows()[layout.index("de.pca")].side, "passif");
  EXPECT_EQ(layout.rows()[layout.index("ac.cca")].side, "actif");
}

TEST(StatementLayout, FormulasAddLinesAndRowsAbove) {
  const StatementLayout layout = StatementLayout::parse(
      "row;kind;sign;accounts;formula\n"
      "p.a;line;credit;70;\n"
      "p.b;line;credit;74;\n"
      "p.total;total;;;+p.*\n"
      "c.a;line;debit;60;\n"
      "r;result;;;+p.total -c.a\n",
      "test.csv", false);
  std::vector<Money> amounts{Money::from_euros(10), Money::from_euros(5), {}, Money::from_euros(12), {}};
  layout.evaluate(amounts);
  EXPECT_EQ(amounts[2], Money::from_euros(15));
  EXPECT_EQ(amounts[4], Money::from_euros(3));
}

TEST(StatementLayout, ABadFileIsRefusedWithItsLine) {
  const auto refused = [](const std::string& text) {
    try {
      (void)StatementLayout::parse("row;kind;sign;accounts;formula\n" + text, "bad.csv", false);
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_NE(refused("a;line;credit;70;\nb;line;credit;70;\n").find("bad.csv:3"), std::string::npos);
  EXPECT_NE(refused("a;line;credit;7x;\n").find("not an account prefix"), std::string::npos);
  EXPECT_NE(refused("t;total;;;+later\nlater;line;credit;70;\n").find("not above"), std::string::npos);
  EXPECT_NE(refused("a;sum;credit;70;\n").find("unknown kind"), std::string::npos);
  EXPECT_NE(refused("a;line;up;70;\n").find("credit or debit"), std::string::npos);
  EXPECT_NE(refused("t;total;;;\n").find("needs a formula"), std::string::npos);
}

}  // namespace
}  // namespace comptoir
