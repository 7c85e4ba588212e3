// The VAT summary and the CA3 lines on a small book: rates as percents,
// kinds as codes, an estimated base, the net due and the credit as totals.
#include "reports/vat_reports.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "recording_writer.hpp"
#include "report_book_support.hpp"

namespace comptoir {
namespace {

using Strings = std::vector<std::string>;

class VatReports : public ::testing::Test {
 protected:
  void SetUp() override {
    // January: a sale at 20 %, then one mixing 10 % and 5.5 % on 706000
    // (their bases are recomputed from the tax: estimates).
    book_.post("AT", "VE", Date::from_ymd(2025, 1, 10), "V1",
               {{"512000", "120.00", ""}, {"707110", "", "100.00"}, {"445711", "", "20.00"}});
    book_.post("AT", "VE", Date::from_ymd(2025, 1, 20), "V2",
               {{"512000", "215.50", ""}, {"706000", "", "200.00"}, {"445712", "", "10.00"}, {"445713", "", "5.50"}});
    // February: a purchase only, so a credit.
    book_.post("AT", "AC", Date::from_ymd(2025, 2, 5), "A1",
               {{"606100", "50.00", ""}, {"445661", "10.00", ""}, {"401000", "", "60.00"}});
  }
  test::ReportBook book_;
};

TEST_F(VatReports, SummaryPerMonth) {
  test::RecordingWriter out;
  write_vat_summary(book_.store(), "AT", 2025, VatPeriodKind::Month, default_vat_rates(), Labels(Language::French),
                    out);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "TVA AT 2025 — collectée, déductible, nette due");
  EXPECT_EQ(table.keys(), (Strings{"period", "kind", "rate", "account", "base_ht", "vat"}));
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(test::machine_row(table.rows[0]), (Strings{"2025-01", "collected", "20", "445711", "100.00", "20.00"}));
  EXPECT_EQ(test::machine_row(table.rows[1]), (Strings{"2025-01", "collected", "10", "445712", "100.00", "10.00"}));
  EXPECT_EQ(test::machine_row(table.rows[2]), (Strings{"2025-01", "collected", "5.5", "445713", "100.00", "5.50"}));
  EXPECT_EQ(test::machine_row(table.rows[3]), (Strings{"2025-02", "deductible", "", "445661", "", "10.00"}));
  // Typed cells: the kind's label for text, the rate as a percent, the
  // recomputed base as an estimate.
  EXPECT_EQ(std::get<Code>(table.rows[0][1]).label, "collectée");
  EXPECT_EQ(std::get<Percent>(table.rows[2][2]).decimal, "5.5");
  EXPECT_TRUE(std::holds_alternative<Money>(table.rows[0][4]));
  EXPECT_TRUE(std::holds_alternative<Estimate>(table.rows[1][4]));
  ASSERT_EQ(table.totals.size(), 2u);
  EXPECT_EQ(test::machine_row(table.totals[0]), (Strings{"2025-01", "net_due", "", "445510", "", "35.50"}));
  EXPECT_EQ(test::machine_row(table.totals[1]), (Strings{"2025-02", "credit", "", "445670", "", "10.00"}));
  EXPECT_EQ(std::get<Code>(table.totals[1][1]).label, "crédit");
  EXPECT_TRUE(table.ended);
}

TEST_F(VatReports, SummaryRefusesAnEntityNotLiable) {
  test::RecordingWriter out;
  EXPECT_THROW(write_vat_summary(book_.store(), "RES", 2025, VatPeriodKind::Quarter, default_vat_rates(),
                                 Labels(Language::French), out),
               Error);
}

TEST_F(VatReports, Ca3LinesInWholeEuros) {
  test::RecordingWriter out;
  write_vat_ca3(book_.store(), "AT", VatPeriod::parse("2025-Q1"), default_vat_rates(), Labels(Language::English), out);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "CA3 return AT 2025-T1 (whole euros, rounded to nearest)");
  EXPECT_EQ(table.keys(), (Strings{"line", "label", "base", "tax"}));
  ASSERT_EQ(table.rows.size(), 6u);
  EXPECT_EQ(test::machine_row(table.rows[0]), (Strings{"A1", "Sales and services", "300", ""}));
  EXPECT_EQ(test::machine_row(table.rows[1]), (Strings{"08", "Standard rate 20 %", "100", "20"}));
  EXPECT_EQ(test::machine_row(table.rows[3]), (Strings{"09", "Reduced rate 5.5 %", "100", "6"}));  // 5.50 rounds up
  EXPECT_EQ(test::machine_row(table.rows[4]), (Strings{"20", "Other goods and services", "", "10"}));
  EXPECT_EQ(test::machine_row(table.rows[5]), (Strings{"32", "Total to pay", "", "26"}));
  // 16, 23 and the result 28 are totals.
  ASSERT_EQ(table.totals.size(), 3u);
  EXPECT_EQ(test::machine_row(table.totals[0]), (Strings{"16", "Total gross VAT", "", "36"}));
  EXPECT_EQ(test::machine_row(table.totals[2]), (Strings{"28", "Net VAT due", "", "26"}));
}

}  // namespace
}  // namespace comptoir
