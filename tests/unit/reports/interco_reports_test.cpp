// The inter-association pairs and their check on a small book: one pair
// that mirrors, one with a missing side; typed dates, "ok" as a code, the
// check keeping only the mismatch, and the summary line.
#include "reports/interco_reports.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "recording_writer.hpp"
#include "report_book_support.hpp"

namespace comptoir {
namespace {

using Strings = std::vector<std::string>;

class InterCoReports : public ::testing::Test {
 protected:
  void SetUp() override {
    const Tags first{{"interco", "IC-2025-001"}};
    const Tags second{{"interco", "IC-2025-002"}};
    const Date jan = Date::from_ymd(2025, 1, 31);
    // RES lends staff to AT: AT's cost and debt, RES's income and claim.
    book_.post("AT", "OD", jan, "IC-2025-001", {{"621400", "4000.00", "", first}, {"467000", "", "4000.00", first}});
    book_.post("RES", "OD", jan, "IC-2025-001", {{"467000", "4000.00", "", first}, {"706000", "", "4000.00", first}});
    // Only AT booked the second one.
    book_.post("AT", "OD", Date::from_ymd(2025, 2, 28), "IC-2025-002",
               {{"621400", "500.00", "", second}, {"467000", "", "500.00", second}});
  }
  test::ReportBook book_;
};

TEST_F(InterCoReports, EveryPairOneRowPerSide) {
  test::RecordingWriter out;
  const InterCoTally tally = write_interco_pairs(book_.store(), 2025, Labels(Language::French), out);
  EXPECT_EQ(tally.pairs, 2u);
  EXPECT_EQ(tally.mismatches, 1u);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "Flux inter-associations 2025");
  EXPECT_EQ(table.keys(), (Strings{"pair", "entity", "entries", "date", "third_party", "result", "status"}));
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(test::machine_row(table.rows[0]),
            (Strings{"IC-2025-001", "AT", "AT-2025-000001", "2025-01-31", "-4000.00", "4000.00", "ok"}));
  EXPECT_EQ(test::machine_row(table.rows[1]),
            (Strings{"IC-2025-001", "RES", "RES-2025-000001", "2025-01-31", "4000.00", "-4000.00", "ok"}));
  EXPECT_TRUE(std::holds_alternative<Date>(table.rows[0][3]));
  EXPECT_EQ(std::get<Code>(table.rows[0][6]).label, "");  // a match says nothing in text
  EXPECT_EQ(test::machine_text(table.rows[2][6]), "missing side: only AT booked it");
}

TEST_F(InterCoReports, CheckKeepsTheMismatchesAndCountsThem) {
  test::RecordingWriter out;
  const InterCoTally tally = write_interco_mismatches(book_.store(), 0, Labels(Language::English), out);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "Inter-association pairs whose sides differ");
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(test::machine_text(table.rows[0][0]), "IC-2025-002");
  EXPECT_EQ(interco_check_summary(tally, Labels(Language::English)), "1 pair(s) differ out of 2");
  EXPECT_EQ(interco_check_summary(InterCoTally{15, 0}, Labels(Language::French)), "Toutes les paires concordent (15)");
}

TEST_F(InterCoReports, AFiscalYearTheBookLacksIsRefused) {
  test::RecordingWriter out;
  EXPECT_THROW((void)write_interco_pairs(book_.store(), 2031, Labels(Language::French), out), Error);
  EXPECT_TRUE(out.tables.empty());
}

}  // namespace
}  // namespace comptoir
