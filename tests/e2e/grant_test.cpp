// End to end: a grant agreement through the real binary — add, call and
// receive tranches, states as of several dates, the dedicated-funds
// proposal — and refusals that exit 3 or 4 with the book unchanged.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

class GrantCommands : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    auto r = comptoir({"grant",
                       "add",
                       "ANCT-2025",
                       "--entity",
                       "RES",
                       "--funder",
                       "F-ANCT",
                       "--funder-name",
                       "ANCT",
                       "--purpose",
                       "Animation du réseau",
                       "--amount",
                       "100000",
                       "--from",
                       "2025-01-01",
                       "--to",
                       "2025-12-31",
                       "--earmarked",
                       "--income-account",
                       "741100",
                       "--conditions",
                       "Compte rendu financier CERFA 15059"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = comptoir({"--today", "2025-02-01", "grant", "call", "ANCT-2025", "--date", "2025-02-01", "--amount", "60000"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "validated entry RES-2025-000001 (piece ANCT-2025-A1)")) << r.out;
    r = comptoir(
        {"--today", "2025-03-10", "grant", "receive", "ANCT-2025", "--date", "2025-03-10", "--amount", "60000"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = comptoir({"--today", "2025-09-01", "grant", "call", "ANCT-2025", "--date", "2025-09-01", "--amount", "40000"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Spending tagged grant=ANCT-2025: 30,000 of salaries in June.
    write_file(dir_ / "salaries.csv",
               "txn,entity,journal,date,piece_ref,label,account,debit,credit,tags\n"
               "1,RES,OD,2025-06-30,SAL-06,Salaires juin,641000,30000.00,,grant=ANCT-2025\n"
               "1,RES,OD,2025-06-30,SAL-06,Salaires juin,421000,,30000.00,\n");
    r = comptoir({"--today", "2025-09-02", "post", "--file", (dir_ / "salaries.csv").string(), "--validate"});
    ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  }
};

TEST_F(GrantCommands, ShowAsOfSeveralDates) {
  auto r = comptoir({"grant", "show", "ANCT-2025", "--as-of", "2025-03-31", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "called,60000.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "received,60000.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "receivable,0.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "spent,0.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "period_elapsed_pct,24.7\n")) << r.out;  // 90 of 365 days

  r = comptoir({"grant", "show", "ANCT-2025", "--as-of", "2025-09-30", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "called,100000.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "receivable,40000.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "spent,30000.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "remaining,70000.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "spent_pct,30.0\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "2025-09-01,call,ANCT-2025-A2,40000.00,RES-2025-000003")) << r.out;

  r = comptoir({"grant", "list", "--as-of", "2025-12-31", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("grant_list.csv", r.out);
  r = comptoir({"grant", "show", "ANCT-2025", "--as-of", "2025-09-30"});
  expect_golden("grant_show.txt", r.out);
}

TEST_F(GrantCommands, EarmarkedIsAJsonBoolean) {
  auto r = comptoir({"grant", "list", "--as-of", "2025-12-31", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, R"("funder":"F-ANCT","earmarked":true,"awarded":"100000.00")")) << r.out;
  r = comptoir({"grant", "show", "ANCT-2025", "--as-of", "2025-12-31", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, R"({"field":"earmarked","value":true})")) << r.out;
  // Text still says it in words.
  r = comptoir({"grant", "show", "ANCT-2025", "--as-of", "2025-12-31"});
  EXPECT_TRUE(contains(r.out, "Affectée (fonds dédiés)    oui\n")) << r.out;
}

TEST_F(GrantCommands, DedicatedFundsProposal) {
  auto r = comptoir({"grant", "funds", "--entity", "RES", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "2025-12-31,OD,FD-2025-ANCT-2025,ANCT-2025,689400,194000,70000.00")) << r.out;
  EXPECT_TRUE(contains(r.out, "ANCT-2025,2025,194000,0.00,100000.00,30000.00,0.00,70000.00,70000.00")) << r.out;
  r = comptoir({"--locale", "en", "grant", "funds", "--entity", "RES", "--year", "2025"});
  expect_golden("grant_funds.en.txt", r.out);
  const auto before = snapshot();  // proposing writes nothing
  EXPECT_EQ(comptoir({"grant", "funds", "--year", "2025"}).exit_code, 0);
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(GrantCommands, RefusalsExitThreeAndWriteNothing) {
  const auto before = snapshot();
  const std::string tranches = query_one(db_, "SELECT count(*) FROM grant_tranche");
  auto r = comptoir({"grant", "call", "ANCT-2025", "--date", "2025-10-01", "--amount", "0.01"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "would exceed the 100000.00 awarded")) << r.err;
  r = comptoir({"grant", "receive", "ANCT-2025", "--date", "2025-10-01", "--amount", "40000.01"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "would exceed what was called")) << r.err;
  EXPECT_EQ(comptoir({"grant", "call", "NOPE", "--date", "2025-10-01", "--amount", "1"}).exit_code, 3);
  EXPECT_EQ(comptoir({"grant", "call", "ANCT-2025", "--date", "2025-13-01", "--amount", "1"}).exit_code, 3);
  EXPECT_EQ(comptoir({"grant", "receive", "ANCT-2025", "--date", "2025-10-01", "--amount", "abc"}).exit_code, 3);
  r = comptoir({"grant", "add", "X", "--entity", "RES", "--funder", "F-ANCT", "--amount", "10", "--from", "2025-01-01",
                "--to", "2025-12-31", "--income-account", "706000"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "income account")) << r.err;
  r = comptoir({"grant", "add", "ANCT-2025", "--entity", "RES", "--funder", "F-ANCT", "--amount", "10", "--from",
                "2025-01-01", "--to", "2025-12-31", "--income-account", "741100"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "already exists")) << r.err;
  EXPECT_EQ(comptoir({"grant", "add", "Y", "--entity", "RES", "--funder", "F-NOBODY", "--amount", "10", "--from",
                      "2025-01-01", "--to", "2025-12-31", "--income-account", "741100"})
                .exit_code,
            3);
  EXPECT_EQ(comptoir({"grant", "show", "NOPE"}).exit_code, 3);
  EXPECT_THAT(snapshot(), SameBookAs(before));
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM grant_tranche"), tranches);
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM grant_agreement"), "1");
}

TEST_F(GrantCommands, ClosedYearExitsFour) {
  ASSERT_EQ(comptoir({"close", "--entity", "RES", "--year", "2025", "--accept-warnings"}).exit_code, 0);
  const auto before = snapshot();
  auto r = comptoir({"grant", "receive", "ANCT-2025", "--date", "2025-12-15", "--amount", "40000"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM grant_tranche"), "3");
  EXPECT_EQ(comptoir({"--read-only", "grant", "list", "--as-of", "2025-12-31"}).exit_code, 0);
  EXPECT_EQ(comptoir({"--read-only", "verify"}).exit_code, 0);
}

using GrantDemo = DemoBookSuite;

TEST_F(GrantDemo, DemoBooksCarryTheirAgreements) {
  const auto r = comptoir({"grant", "list", "--entity", "RES", "--as-of", "2025-12-31", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(
      contains(r.out, "KLESIA-2025,RES,P-KLESIA,true,50000.00,50000.00,50000.00,0.00,25000.00,25000.00,100.0,50.0"))
      << r.out;
}

}  // namespace
}  // namespace comptoir::e2e
