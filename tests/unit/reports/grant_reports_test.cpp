// The grant listings on a small book: the list with its totals, one
// agreement's sheet and tranches, and the dedicated-funds tables, hand-
// checked against the agreement's tranches and tagged spending.
#include "reports/grant_reports.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "recording_writer.hpp"
#include "report_book_support.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir {
namespace {

using Strings = std::vector<std::string>;

Date day(int year, unsigned month, unsigned d) {
  return Date::from_ymd(year, month, d);
}

Grant agreement(const std::string& code, const std::string& entity, const std::string& funder, const char* amount,
                bool earmarked, const std::string& income_account) {
  Grant g;
  g.code = code;
  g.entity = entity;
  g.funder = funder;
  g.purpose = "Animation du réseau";
  g.awarded = Money::parse(amount);
  g.start = day(2025, 1, 1);
  g.end = day(2025, 12, 31);
  g.earmarked = earmarked;
  g.income_account = income_account;
  return g;
}

class GrantReports : public ::testing::Test {
 protected:
  void SetUp() override {
    {
      auto scope = book_.begin();
      book_.add_auxiliary("RES", AuxiliaryAccount{"F-ANCT", "ANCT", "441000"});
      book_.add_auxiliary("AT", AuxiliaryAccount{"F-DEP", "Département", "441000"});
      desk_.add_grant(agreement("ANCT-2025", "RES", "F-ANCT", "100000", true, "741100"));
      desk_.add_grant(agreement("DEP-2025", "AT", "F-DEP", "10000", false, "741200"));
      desk_.call("ANCT-2025", day(2025, 2, 1), Money::parse("60000"), day(2025, 2, 1));
      desk_.receive("ANCT-2025", day(2025, 3, 10), Money::parse("60000"), day(2025, 3, 10));
      desk_.call("ANCT-2025", day(2025, 9, 1), Money::parse("40000"), day(2025, 9, 1));
      scope->commit();
    }
    const Tags tag{{"grant", "ANCT-2025"}};
    db_.post("RES", "OD", day(2025, 6, 30), "SAL-06", {{"641000", "30000.00", "", tag}, {"421000", "", "30000.00"}});
  }

  test::ReportBook db_;
  SqliteGrantStore grants_{db_.store()};
  Book book_{db_.store(), db_.store()};
  GrantDesk desk_{grants_, book_};
};

TEST_F(GrantReports, ListWithStatesAndTotals) {
  test::RecordingWriter out;
  write_grant_list(grants_, desk_, "", day(2025, 9, 30), Labels(Language::French), out);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "Subventions et aides au 2025-09-30");
  EXPECT_EQ(table.keys(), (Strings{"code", "entity", "funder", "earmarked", "awarded", "called", "received",
                                   "receivable", "spent", "remaining", "period_elapsed_pct", "spent_pct"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(test::machine_row(table.rows[0]),
            (Strings{"ANCT-2025", "RES", "F-ANCT", "true", "100000.00", "100000.00", "60000.00", "40000.00", "30000.00",
                     "70000.00", "74.8", "30.0"}));  // 273 of 365 days
  EXPECT_EQ(test::machine_row(table.rows[1]), (Strings{"DEP-2025", "AT", "F-DEP", "false", "10000.00", "0.00", "0.00",
                                                       "0.00", "0.00", "10000.00", "74.8", "0.0"}));
  ASSERT_EQ(table.totals.size(), 1u);
  EXPECT_EQ(test::machine_row(table.totals[0]), (Strings{"Total", "", "", "", "110000.00", "100000.00", "60000.00",
                                                         "40000.00", "30000.00", "80000.00", "", ""}));

  test::RecordingWriter at;
  write_grant_list(grants_, desk_, "AT", day(2025, 9, 30), Labels(Language::French), at);
  ASSERT_EQ(at.table().rows.size(), 1u);
  EXPECT_EQ(test::machine_text(at.table().rows[0][0]), "DEP-2025");
}

TEST_F(GrantReports, SheetFieldsAsCodesWithLabels) {
  test::RecordingWriter out;
  write_grant_sheet(grants_, desk_, "ANCT-2025", day(2025, 9, 30), Labels(Language::French), out);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "Subvention ANCT-2025 au 2025-09-30");
  EXPECT_EQ(table.keys(), (Strings{"field", "value"}));
  Strings fields;
  for (const auto& row : table.rows) fields.push_back(test::machine_text(row[0]));
  EXPECT_EQ(fields, (Strings{"entity", "funder", "purpose", "period", "earmarked", "tag", "income_account",
                             "receivable_account", "conditions", "awarded", "called", "received", "receivable", "spent",
                             "remaining", "period_elapsed_pct", "spent_pct"}));
  EXPECT_EQ(std::get<Code>(table.rows[0][0]).label, "Entité");
  EXPECT_EQ(std::get<bool>(table.rows[4][1]), true);  // earmarked: a JSON boolean
  // The period: ISO for machines, the reader's dates in text.
  EXPECT_EQ(std::get<Code>(table.rows[3][1]).code, "2025-01-01 / 2025-12-31");
  EXPECT_EQ(std::get<Code>(table.rows[3][1]).label, "01/01/2025 / 31/12/2025");
  EXPECT_EQ(test::machine_text(table.rows[5][1]), "grant=ANCT-2025");
  EXPECT_EQ(std::get<Money>(table.rows[12][1]), Money::parse("40000"));
  EXPECT_EQ(std::get<Percent>(table.rows[16][1]).decimal, "30.0");

  test::RecordingWriter none;
  EXPECT_THROW(write_grant_sheet(grants_, desk_, "NOPE", day(2025, 9, 30), Labels(Language::French), none), Error);
  EXPECT_TRUE(none.tables.empty());
}

TEST_F(GrantReports, TranchesWithTheirEntries) {
  test::RecordingWriter out;
  write_grant_tranches(grants_, db_.store(), "ANCT-2025", Labels(Language::French), out);
  const auto& table = out.table();
  EXPECT_EQ(table.keys(), (Strings{"date", "kind", "piece", "amount", "entry"}));
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(test::machine_row(table.rows[0]),
            (Strings{"2025-02-01", "call", "ANCT-2025-A1", "60000.00", "RES-2025-000001"}));
  EXPECT_EQ(test::machine_row(table.rows[1]),
            (Strings{"2025-03-10", "receipt", "ANCT-2025-V1", "60000.00", "RES-2025-000002"}));
  EXPECT_TRUE(std::holds_alternative<Date>(table.rows[0][0]));
  EXPECT_EQ(std::get<Code>(table.rows[1][1]).label, "versement");
}

TEST_F(GrantReports, DedicatedFundsEntriesAndRollForward) {
  const GrantFundsProposal proposal = desk_.funds_proposal("RES", 2025);
  test::RecordingWriter entries;
  write_grant_funds_entries(proposal, Labels(Language::English), entries);
  const auto& e = entries.table();
  EXPECT_EQ(e.header.title, "Proposed dedicated-funds entries - RES 2025");
  EXPECT_EQ(e.keys(),
            (Strings{"date", "journal", "piece", "grant", "debit_account", "credit_account", "amount", "label"}));
  ASSERT_EQ(e.rows.size(), 1u);
  EXPECT_EQ(test::machine_row(e.rows[0]), (Strings{"2025-12-31", "OD", "FD-2025-ANCT-2025", "ANCT-2025", "689400",
                                                   "194000", "70000.00", "Report en fonds dédiés ANCT-2025"}));

  test::RecordingWriter roll;
  write_grant_funds_roll_forward(proposal, Labels(Language::English), roll);
  const auto& r = roll.table();
  EXPECT_EQ(r.header.title, "Dedicated funds roll-forward per agreement - RES");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(test::machine_row(r.rows[0]),
            (Strings{"ANCT-2025", "2025", "194000", "0.00", "100000.00", "30000.00", "0.00", "70000.00", "70000.00"}));
  ASSERT_EQ(r.totals.size(), 1u);
  EXPECT_EQ(test::machine_row(r.totals[0]),
            (Strings{"Total 2025", "2025", "", "0.00", "0.00", "0.00", "0.00", "70000.00", "70000.00"}));
}

}  // namespace
}  // namespace comptoir
