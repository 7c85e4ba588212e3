// End to end: the fixed-asset register through the real binary — add,
// list, show (the schedule year by year), schedule of a fiscal year with
// its totals, dispose — and refusals that exit 3 or 4 with the book
// unchanged.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

class AssetCommands : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    // 12,000.00 over 5 years from 2025-04-01: 2025 = 2400 × 275/365 = 1,808.22.
    auto r = comptoir({"asset", "add", "FOUR-1", "--entity", "AT", "--label", "Four à pain", "--account", "215400",
                       "--in-service", "2025-04-01", "--cost", "12000", "--life", "5"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "Added asset FOUR-1")) << r.out;
    // 3,000.00 − 600.00 over 3 years from 2025-07-01: 2025 = 800 × 184/365 = 403.29.
    r = comptoir({"asset", "add", "PC-1", "--entity", "AT", "--label", "Ordinateur", "--account", "218300",
                  "--in-service", "2025-07-01", "--cost", "3000", "--life", "3", "--residual", "600"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  std::vector<std::string> add_args(const std::string& account, const std::string& date, const std::string& cost,
                                    const std::string& life, const std::string& residual = "0") {
    return {"asset",        "add", "X-1",    "--entity", "AT",     "--label", "X",          "--account", account,
            "--in-service", date,  "--cost", cost,       "--life", life,      "--residual", residual};
  }
};

TEST_F(AssetCommands, ScheduleOfAYearWithTotals) {
  const auto r = comptoir({"asset", "schedule", "--entity", "AT", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "code,label,account,depreciation_account,expense_account,cost,opening,charge,closing,net_book_value,"
            "disposed\n"
            "FOUR-1,Four à pain,215400,281500,681100,12000.00,0.00,1808.22,1808.22,10191.78,false\n"
            "PC-1,Ordinateur,218300,281800,681100,3000.00,0.00,403.29,403.29,2596.71,false\n"
            "Total,,,,,15000.00,0.00,2211.51,2211.51,12788.49,\n");
}

TEST_F(AssetCommands, ShowListsTheScheduleThatSumsToTheBase) {
  const auto r = comptoir({"asset", "show", "FOUR-1", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "depreciation_account,281500\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "year,start,end,days,opening,charge,closing,net_book_value,disposed\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "2025,2025-01-01,2025-12-31,275,0.00,1808.22,1808.22,10191.78,false\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "2029,2029-01-01,2029-12-31,365,9008.22,2400.00,11408.22")) << r.out;
  EXPECT_TRUE(contains(r.out, "2030,2030-01-01,2030-12-31,90,11408.22,591.78,12000.00,0.00,false\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "Total,,,,,12000.00,,,\n")) << r.out;
}

TEST_F(AssetCommands, JsonKeysAreStable) {
  const auto r = comptoir({"asset", "list", "--entity", "AT", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* key : {"\"code\"", "\"entity\"", "\"label\"", "\"account\"", "\"in_service\"", "\"cost\"",
                          "\"life_years\"", "\"residual\"", "\"disposal_date\"", "\"disposal_price\""}) {
    EXPECT_TRUE(contains(r.out, key)) << key << r.out;
  }
  EXPECT_TRUE(contains(r.out, "\"12000.00\"")) << r.out;
}

TEST_F(AssetCommands, DisposalStopsTheSchedule) {
  auto r = comptoir({"asset", "dispose", "PC-1", "--date", "2025-12-31", "--price", "2500"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "net book value 2596.71")) << r.out;
  r = comptoir({"asset", "show", "PC-1", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "disposal_date,2025-12-31\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "disposal_net_book_value,2596.71\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "disposal_result,-96.71\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "2025,2025-01-01,2025-12-31,184,0.00,403.29,403.29,2596.71,true\n")) << r.out;
  r = comptoir({"year", "add", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"asset", "schedule", "--entity", "AT", "--year", "2026", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(contains(r.out, "PC-1")) << r.out;
  EXPECT_TRUE(contains(r.out, "FOUR-1,Four à pain,215400,281500,681100,12000.00,1808.22,2400.00,4208.22")) << r.out;
}

TEST_F(AssetCommands, RefusalsLeaveTheBookUnchanged) {
  const auto before = snapshot();
  EXPECT_EQ(comptoir(add_args("218999", "2025-04-01", "100", "3")).exit_code, 3);  // not in the chart
  EXPECT_EQ(comptoir(add_args("607000", "2025-04-01", "100", "3")).exit_code, 3);  // not class 2
  EXPECT_EQ(comptoir(add_args("211000", "2025-04-01", "100", "3")).exit_code, 3);  // land
  EXPECT_EQ(comptoir(add_args("218300", "2025-04-01", "0", "3")).exit_code, 3);
  EXPECT_EQ(comptoir(add_args("218300", "2025-04-01", "-5", "3")).exit_code, 3);
  EXPECT_EQ(comptoir(add_args("218300", "2025-04-01", "100", "0")).exit_code, 3);
  EXPECT_EQ(comptoir(add_args("218300", "2025-04-01", "100", "3", "100")).exit_code, 3);
  EXPECT_EQ(comptoir({"asset", "dispose", "FOUR-1", "--date", "2025-03-31", "--price", "1"}).exit_code, 3);
  EXPECT_EQ(comptoir({"asset", "dispose", "NOPE", "--date", "2025-05-01", "--price", "1"}).exit_code, 3);
  EXPECT_EQ(comptoir({"asset", "show", "NOPE"}).exit_code, 3);
  EXPECT_EQ(comptoir({"asset", "list", "--entity", "NOPE"}).exit_code, 3);
  EXPECT_EQ(comptoir({"asset", "schedule", "--entity", "NOPE", "--year", "2025"}).exit_code, 3);
  EXPECT_EQ(comptoir({"asset", "add", "X-2", "--entity", "AT", "--label", "X", "--account", "218300"}).exit_code,
            2);  // usage: options missing
  EXPECT_EQ(comptoir({"asset", "schedule", "--entity", "AT", "--year", "2031"}).exit_code, 3);
  const auto r = comptoir(add_args("218300", "2025-04-01", "100", "3", "100"));
  EXPECT_TRUE(contains(r.err, "residual value 100.00 must be less than the cost 100.00")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(AssetCommands, ADateInAClosedYearIsRefused) {
  ASSERT_EQ(comptoir({"year", "add", "--entity", "AT"}).exit_code, 0);
  ASSERT_EQ(comptoir({"close", "--entity", "AT", "--year", "2025", "--accept-warnings"}).exit_code, 0);
  const auto before = snapshot();
  auto r = comptoir(add_args("218300", "2025-04-01", "100", "3"));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_TRUE(contains(r.err, "closed fiscal year")) << r.err;
  EXPECT_EQ(comptoir({"asset", "dispose", "FOUR-1", "--date", "2025-12-31", "--price", "1"}).exit_code, 4);
  EXPECT_EQ(comptoir({"asset", "subsidy", "FOUR-1", "--amount", "1000"}).exit_code, 4);  // 2025 charge posted
  EXPECT_THAT(snapshot(), SameBookAs(before));
  EXPECT_EQ(comptoir(add_args("218300", "2026-01-02", "100", "3")).exit_code, 0);
}

// A subsidy given at `add` or linked later shows on the sheet; the
// closing releases it (Dr 139000 / Cr 747000, piece SUBV-2025): 4,000.00
// on FOUR-1 whose 2025 charge is 1,808.22 of 12,000.00: 602.74.
TEST_F(AssetCommands, InvestmentSubsidyIsReleasedByTheClosing) {
  const auto before = snapshot();
  EXPECT_EQ(comptoir({"asset", "subsidy", "FOUR-1", "--amount", "4000", "--account", "139000"}).exit_code, 3);
  EXPECT_EQ(comptoir({"asset", "subsidy", "FOUR-1", "--amount", "12000.01"}).exit_code, 3);
  EXPECT_EQ(comptoir({"asset", "subsidy", "NOPE", "--amount", "10"}).exit_code, 3);
  EXPECT_THAT(snapshot(), SameBookAs(before));
  auto r = comptoir({"asset", "subsidy", "FOUR-1", "--amount", "4000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(comptoir({"asset", "subsidy", "FOUR-1", "--amount", "10"}).exit_code, 3);  // once
  r = comptoir({"asset", "add", "PC-2", "--entity", "AT", "--label", "Portable", "--account", "218300", "--in-service",
                "2025-07-01", "--cost", "1000", "--life", "3", "--subsidy", "500"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "investment subsidy 500.00 on 131000")) << r.out;
  r = comptoir({"asset", "show", "FOUR-1", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "subsidy_account,131000\nsubsidy_amount,4000.00\n")) << r.out;
  r = comptoir({"close", "--entity", "AT", "--year", "2025", "--dry-run", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "SUBV-2025")) << r.out;
  ASSERT_EQ(comptoir({"year", "add", "--entity", "AT"}).exit_code, 0);
  ASSERT_EQ(comptoir({"close", "--entity", "AT", "--year", "2025", "--accept-warnings"}).exit_code, 0);
  // PC-2: 1,000 / 3 × 184/365 = 168.04; its share 500 × 168.04 ÷ 1000 = 84.02.
  r = comptoir({"balance", "--entity", "AT", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto at = r.out.find("\n747000");
  ASSERT_NE(at, std::string::npos) << r.out;
  const auto fields = csv_fields(r.out.substr(at + 1, r.out.find('\n', at + 1) - at - 1));
  EXPECT_TRUE(std::find(fields.begin(), fields.end(), "686.76") != fields.end()) << r.out;  // 602.74 + 84.02
}

}  // namespace
}  // namespace comptoir::e2e
