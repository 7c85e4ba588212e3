// End to end on the demo books: the VAT summary per quarter (golden), the
// CA3 of the unsettled fourth quarter (golden), settling it then settling
// again refused, a closed year refused (exit 4, book unchanged), and RES's
// VAT refused.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using VatDemo = DemoBookTest;  // settles and closes: its own copy

TEST_F(VatDemo, SummaryPerQuarterAndCa3) {
  auto r = comptoir({"vat", "summary", "--entity", "AT", "--year", "2025", "--period", "quarter", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("vat_summary_at_2025_quarters.csv", r.out);
  r = comptoir({"vat", "summary", "--year", "2025", "--period", "quarter"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("vat_summary_at_2025_quarters.txt", r.out);
  r = comptoir({"--locale", "en", "vat", "ca3", "--period", "2025-Q4"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("vat_ca3_at_2025_q4_en.txt", r.out);
  // Months add up to the quarter: the December line of the monthly summary exists.
  r = comptoir({"vat", "summary", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "\n2025-12,collected,20,445711,")) << r.out;
}

TEST_F(VatDemo, SettleTheFourthQuarterThenRefuseASecondTime) {
  // The demo settled Q1-Q3 through the same code: settling them again is refused.
  auto r = comptoir({"--today", "2026-01-10", "vat", "settle", "--period", "2025-Q2"});
  EXPECT_EQ(r.exit_code, 4) << r.out << r.err;
  EXPECT_TRUE(contains(r.err, "already settled")) << r.err;
  const auto due = output({"vat", "summary", "--year", "2025", "--period", "quarter", "--format", "csv"});
  r = comptoir({"--today", "2026-01-10", "vat", "settle", "--period", "2025-Q4"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "CA3-2025-T4")) << r.out;
  // Every collected and deductible account is now zero over the year.
  r = comptoir({"balance", "--entity", "AT", "--year", "2025", "--account", "4457", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "445711,TVA collectée 20 %,")) << r.out;
  for (const char* account : {"445711,", "445712,", "445713,"}) {
    const auto at = r.out.find(account);
    ASSERT_NE(at, std::string::npos);
    const auto end = r.out.find('\n', at);
    EXPECT_EQ(r.out.substr(end - 5, 5), ",0.00") << r.out.substr(at, end - at);
  }
  // The figures of the period are unchanged (settlements are left out).
  EXPECT_EQ(output({"vat", "summary", "--year", "2025", "--period", "quarter", "--format", "csv"}), due);
  const auto before = snapshot();
  r = comptoir({"--today", "2026-01-10", "vat", "settle", "--period", "2025-Q4"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  r = comptoir({"--today", "2026-01-10", "vat", "settle", "--period", "2025-11"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
}

TEST_F(VatDemo, ClosedYearAndResAreRefused) {
  ASSERT_EQ(comptoir({"close", "--entity", "AT", "--year", "2025", "--accept-warnings"}).exit_code, 0);
  const auto before = snapshot();
  auto r = comptoir({"--today", "2026-01-10", "vat", "settle", "--period", "2025-Q4"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_TRUE(contains(r.err, "closed")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  r = comptoir({"vat", "summary", "--entity", "RES", "--year", "2025"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  r = comptoir({"vat", "ca3", "--period", "2025-13"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  r = comptoir({"post", "--entity", "RES", "--journal", "AC", "--date", "2025-04-01", "--label", "Achat", "--debit",
                "606000=100.00", "--debit", "445661=20.00", "--credit", "401000=120.00", "--validate"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "RES is not liable to VAT")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

}  // namespace
}  // namespace comptoir::e2e
