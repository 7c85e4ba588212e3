// End to end: `comptoir report combined` on the demo books — golden files
// in text, CSV and JSON; the combined figures of the plan (charges
// 1 082 024,00, produits 1 080 000,00, déficit 2 024,00); combined = AT +
// RES − eliminations checked against each entity's own statement; the
// combined bilan balances; `--entity combined` for one statement.
#include <sstream>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

// The `column`th CSV field of the line starting with `key,` ("" if none).
std::string field(const std::string& csv, const std::string& key, std::size_t column) {
  std::istringstream in(csv);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(key + ",", 0) != 0) continue;
    const std::vector<std::string> fields = csv_fields(line);
    return column < fields.size() ? fields[column] : "";
  }
  return "";
}

class CombinedReport : public DemoBookSuite {};

TEST_F(CombinedReport, EachFormatMatchesItsGoldenFile) {
  for (const auto& [format, extension] :
       std::vector<std::pair<std::string, std::string>>{{"text", "txt"}, {"csv", "csv"}, {"json", "json"}}) {
    const auto r = comptoir({"--format", format, "report", "combined", "--year", "2025"});
    ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
    expect_golden("report_combined_2025." + extension, r.out);
    if (format == "text") {
      EXPECT_LE(widest_line(r.out), 80u) << r.out;
    }
  }
}

TEST_F(CombinedReport, TiesToEachEntitysStatementLessTheEliminations) {
  const auto r = comptoir({"--format", "csv", "report", "combined", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // check,AT,RES,eliminated,combined,difference
  EXPECT_EQ(field(r.out, "charges", 4), "1082024.00") << r.out;
  EXPECT_EQ(field(r.out, "produits", 4), "1080000.00") << r.out;
  EXPECT_EQ(field(r.out, "result", 4), "-2024.00") << r.out;
  for (const char* check : {"charges", "produits", "result"}) EXPECT_EQ(field(r.out, check, 5), "0.00") << check;
  // Each member's figure is its own statement's result.
  for (const auto& [entity, column] : std::vector<std::pair<std::string, std::size_t>>{{"AT", 1}, {"RES", 2}}) {
    const auto own = comptoir({"--format", "csv", "report", "income-statement", "--entity", entity, "--year", "2025"});
    ASSERT_EQ(own.exit_code, 0) << own.err;
    EXPECT_EQ(field(r.out, "result", column), field(own.out, "r.excedent", 3)) << entity;
  }
  // The eliminations of the demo's 12 monthly re-invoicings: 48 000,00 each way.
  EXPECT_EQ(field(r.out, "eliminated", 0), "");
  EXPECT_EQ(field(r.out, "charges", 3), "48000.00");
  EXPECT_EQ(field(r.out, "produits", 3), "48000.00");
}

TEST_F(CombinedReport, TheCombinedBilanBalancesAndOneStatementMayBeAsked) {
  const auto r = comptoir({"--format", "csv", "report", "balance-sheet", "--entity", "combined", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(field(r.out, "a.total", 5).empty()) << r.out;
  EXPECT_EQ(field(r.out, "a.total", 5), field(r.out, "p.total", 3)) << r.out;
  EXPECT_FALSE(contains(r.out, "note")) << r.out;
  const auto fixed = comptoir({"report", "fixed-assets", "--entity", "combined", "--year", "2025"});
  EXPECT_EQ(fixed.exit_code, 3) << fixed.err;
  const auto missing = comptoir({"report", "income-statement", "--year", "2025"});
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
}

TEST_F(CombinedReport, TheActivityReportIsTheDemoSummary) {
  auto r = comptoir({"report", "activity", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("report_activity_2025.txt", r.out);
  r = comptoir({"--format", "csv", "report", "activity", "--year", "2025", "--entity", "combined"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("report_activity_combined_2025.csv", r.out);
  EXPECT_EQ(comptoir({"report", "activity", "--year", "2019"}).exit_code, 3);
  EXPECT_EQ(comptoir({"report", "activity", "--year", "2025", "--entity", "XX"}).exit_code, 3);
}

}  // namespace
}  // namespace comptoir::e2e
