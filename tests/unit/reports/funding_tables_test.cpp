// Funding-mix tables from hand-built projections: each figure lands in its
// row and year as the cell type of its unit (Money, Percent, text), and the
// words come from the catalogue in both languages.
#include "reports/funding_tables.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "recording_writer.hpp"

namespace comptoir {
namespace {

using forecast::ActualLine;
using forecast::ScopeProjection;
using forecast::ScopeYear;

const Labels fr(Language::French);
const Labels en(Language::English);

Money m(const char* text) {
  return Money::parse(text);
}

ScopeYear year(int y, const char* subsidies, const char* sales, const char* payroll, const char* cash) {
  ScopeYear out;
  out.year = y;
  out.actual = y == 2025;
  out.resources = {{"public-subsidies", "Subventions publiques", "Public subsidies", m(subsidies)},
                   {"sales", "Ventes", "Sales", m(sales)}};
  out.expenses = {{"payroll", "Masse salariale", "Payroll", m(payroll)}};
  out.total_resources = m(subsidies) + m(sales);
  out.total_expenses = m(payroll);
  out.year_end_cash = m(cash);
  out.lowest_cash = m(cash) - m("1000");
  out.own_resources = m(sales);
  out.largest_funder = "ANCT";
  out.largest_funder_amount = m(subsidies);
  return out;
}

// AT: 2025 actual, 2026 projected; resources 1000 + 3000, 2000 + 2000.
ScopeProjection scope_at() {
  return {"AT", {year(2025, "1000", "3000", "3600", "900"), year(2026, "2000", "2000", "4800", "100")}};
}

// The row whose first cell is `label`.
const TableRow& row(const TableData& t, const std::string& label) {
  for (const auto& r : t.rows) {
    if (std::get<std::string>(r.cells.front()) == label) return r;
  }
  throw std::runtime_error("no row " + label);
}

TEST(FundingTables, ProjectionCellsAreTypedByUnit) {
  const TableData t = funding_projection_table(scope_at(), fr);
  EXPECT_EQ(t.key, "projection-AT");
  EXPECT_EQ(t.header.title, "Projection du modèle de financement — AT");
  EXPECT_EQ(t.header.columns.at(1).heading, "2025 réel");
  EXPECT_EQ(t.header.columns.at(2).heading, "2026");
  EXPECT_EQ(t.header.columns.at(2).key, "2026");
  EXPECT_EQ(std::get<Money>(row(t, "Subventions publiques").cells.at(2)), m("2000"));
  EXPECT_EQ(std::get<Money>(row(t, "Total ressources").cells.at(1)), m("4000"));
  EXPECT_TRUE(row(t, "Total ressources").separated);
  EXPECT_EQ(std::get<Money>(row(t, "Résultat").cells.at(2)), m("-800"));
  EXPECT_EQ(std::get<Money>(row(t, "Trésorerie fin d'année").cells.at(1)), m("900"));
  EXPECT_EQ(std::get<Money>(row(t, "Trésorerie mensuelle minimale").cells.at(2)), m("-900"));
  // 900 × 12 / 3600 = 3 months; own share 3000 / 4000; largest funder 2000 / 4000.
  EXPECT_EQ(std::get<Decimal>(row(t, "Mois de charges couverts").cells.at(1)).decimal, "3.0");
  EXPECT_EQ(std::get<Percent>(row(t, "Part des ressources propres").cells.at(1)).decimal, "75.0");
  EXPECT_EQ(std::get<Percent>(row(t, "Part du premier financeur").cells.at(2)).decimal, "50.0");
  EXPECT_EQ(std::get<std::string>(row(t, "Premier financeur").cells.at(2)), "ANCT");
}

TEST(FundingTables, ProjectionInEnglish) {
  const TableData t = funding_projection_table(scope_at(), en);
  EXPECT_EQ(t.header.title, "Funding-mix projection — AT");
  EXPECT_EQ(t.header.columns.at(1).heading, "2025 actual");
  EXPECT_EQ(std::get<Money>(row(t, "Payroll").cells.at(2)), m("4800"));
  EXPECT_EQ(std::get<Money>(row(t, "Year-end cash").cells.at(2)), m("100"));
  EXPECT_EQ(std::get<Decimal>(row(t, "Months of expenses covered").cells.at(2)).decimal, "0.3");
  EXPECT_EQ(std::get<Percent>(row(t, "Own-resources share").cells.at(2)).decimal, "50.0");
}

TEST(FundingTables, MonteCarloBandsAndProbabilities) {
  forecast::MonteCarloYear y;
  y.year = 2026;
  y.result = {m("-10"), m("5"), m("20")};
  y.cash = {m("100"), m("200"), m("300")};
  y.own_share = {0.12345, 0.5, 0.9};
  y.deficits = 1;
  y.below_threshold = 3;
  y.runs = 8;
  const forecast::MonteCarloOptions options{2000, 2025, 2, m("50000")};
  const TableData t = monte_carlo_table({forecast::combined_scope, {y}}, options, fr);
  EXPECT_EQ(t.header.title, "Monte Carlo — AT + RES (combiné, flux internes éliminés) (2000 tirages, graine 2025)");
  EXPECT_EQ(std::get<Money>(row(t, "Résultat P50").cells.at(1)), m("5"));
  EXPECT_EQ(std::get<Money>(row(t, "Trésorerie fin d'année P95").cells.at(1)), m("300"));
  EXPECT_EQ(std::get<Percent>(row(t, "Part des ressources propres P5").cells.at(1)).decimal, "12.3");
  EXPECT_EQ(std::get<Percent>(row(t, "Probabilité de déficit").cells.at(1)).decimal, "12.5");
  EXPECT_EQ(std::get<Percent>(row(t, "Proba. trésorerie d'un mois < 50\u202F000,00").cells.at(1)).decimal, "37.5");
  const TableData english = monte_carlo_table({"RES", {y}}, options, en);
  EXPECT_EQ(english.header.title, "Monte Carlo — RES (2000 paths, seed 2025)");
  EXPECT_NO_THROW((void)row(english, "Probability a month's cash < 50000.00"));
}

TEST(FundingTables, SensitivityRowsKeepTheirOrderAndTheirUnits) {
  using forecast::DriverUnit;
  forecast::SensitivityAnalysis a{2030, m("1474.01"), {}};
  a.rows.push_back({"anct", "ANCT : renouvellement", "ANCT: renewal", Rational(0), Rational(1), m("-598525.99"),
                    m("1474.01"), DriverUnit::Rate});
  a.rows.push_back({"rate", "Inflation", "Inflation", Rational(139, 10000), Rational(345, 10000), m("27625.45"),
                    m("-62230.33"), DriverUnit::Rate});
  a.rows.push_back({"takings", "Recette HT/date", "Takings/date", Rational(21627939, 10000), Rational(31497061, 10000),
                    m("-104285.38"), m("107233.40"), DriverUnit::Amount});
  a.rows.push_back({"count", "Études : nombre/an", "Studies: count/year", Rational(171213, 10000),
                    Rational(274019, 10000), m("-64409.20"), m("110217.03"), DriverUnit::Count});
  const TableData t = sensitivity_table(a, fr);
  // French amounts group thousands with a narrow no-break space.
  EXPECT_EQ(t.header.title, "Sensibilité (tornade) : trésorerie combinée fin 2030, base 1\u202F474,01 €");
  EXPECT_EQ(t.header.columns.at(1).key, "unit");
  EXPECT_EQ(t.header.columns.at(6).key, "swing");
  EXPECT_EQ(t.header.columns.at(6).heading, "Écart (€)");
  EXPECT_EQ(std::get<std::string>(t.rows.at(0).cells.at(0)), "ANCT : renouvellement");
  // Each driver's low and high in its unit: a rate in %, an amount in €, a count.
  EXPECT_EQ(std::get<std::string>(t.rows.at(0).cells.at(1)), "%");
  EXPECT_EQ(std::get<Percent>(t.rows.at(0).cells.at(3)).decimal, "100.0");
  EXPECT_EQ(std::get<Percent>(t.rows.at(1).cells.at(2)).decimal, "1.4");  // 1,39 % → "1,4 %"
  EXPECT_EQ(std::get<std::string>(t.rows.at(2).cells.at(1)), "€");
  EXPECT_EQ(std::get<Money>(t.rows.at(2).cells.at(2)), m("2162.79"));
  EXPECT_EQ(std::get<std::string>(t.rows.at(3).cells.at(1)), "nombre");
  EXPECT_EQ(std::get<Decimal>(t.rows.at(3).cells.at(3)).decimal, "27.4");
  EXPECT_EQ(std::get<Money>(t.rows.at(0).cells.at(6)), m("600000.00"));
  EXPECT_EQ(std::get<Money>(t.rows.at(1).cells.at(5)), m("-62230.33"));
  const TableData english = sensitivity_table(a, en);
  EXPECT_EQ(std::get<std::string>(english.rows.at(0).cells.at(0)), "ANCT: renewal");
  EXPECT_EQ(std::get<std::string>(english.rows.at(3).cells.at(1)), "count");
}

TEST(FundingTables, ComparisonAndSeries) {
  forecast::FundingProjection base{"base", 2025, {scope_at()}};
  base.scopes.front().scope = forecast::combined_scope;
  forecast::FundingProjection variant = base;
  variant.scopes.front().years.pop_back();  // shorter: "-"
  const std::vector<forecast::ScenarioOutcome> outcomes{{"Base", base, std::nullopt},
                                                        {"Variante", variant, std::nullopt}};
  const auto tables = funding_comparison_tables(outcomes, fr);
  ASSERT_EQ(tables.size(), 3u);
  const TableData& t = tables[0];
  EXPECT_EQ(t.header.columns.at(2).heading, "Variante");
  EXPECT_EQ(std::get<Money>(row(t, "Résultat 2026").cells.at(1)), m("-800"));
  EXPECT_EQ(std::get<std::string>(row(t, "Résultat 2026").cells.at(2)), "-");
  EXPECT_EQ(std::get<Percent>(row(t, "Ressources propres 2025").cells.at(2)).decimal, "75.0");
  EXPECT_EQ(std::get<std::string>(row(t, "Premier financeur 2025").cells.at(1)), "25,0 % ANCT");
  EXPECT_EQ(t.rows.size(), 8u);  // no Monte Carlo: no probability rows
  EXPECT_EQ(tables[1].header.title, "Série : trésorerie fin d'année");
  EXPECT_EQ(tables[1].header.columns.at(2).key, "2026");
  EXPECT_EQ(test::machine_row(tables[1].rows.at(0).cells), (std::vector<std::string>{"Base", "900.00", "100.00"}));
  EXPECT_EQ(tables[2].header.title, "Série : résultat");
  EXPECT_THROW((void)funding_comparison_table({}, fr), Error);
}

TEST(FundingTables, ResourceMixSeries) {
  const TableData t = resource_mix_table(scope_at(), en);
  EXPECT_EQ(t.key, "mix-AT");
  EXPECT_EQ(t.header.title, "Resources by source — AT");
  EXPECT_EQ(test::machine_row(t.rows.at(1).cells), (std::vector<std::string>{"Sales", "3000.00", "2000.00"}));
}

}  // namespace
}  // namespace comptoir
