// End to end: `interco add` writes both sides with one pair id, `list`
// shows them, `check` passes, then finds a missing and a different side
// (exit 5); bad input leaves the book unchanged; the demo's pairs match.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using InterCo = E2eTest;

TEST_F(InterCo, AddCreatesBothSidesWithTheSamePairId) {
  auto r =
      comptoir({"--today", "2025-02-01", "interco", "add", "--from", "RES", "--to", "AT", "--kind", "staff", "--amount",
                "4000.00", "--date", "2025-01-31", "--label", "Direction janvier", "--tag", "activity=direction"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "IC-2025-001")) << r.out;
  r = comptoir({"interco", "list", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "pair,entity,entries,date,third_party,result,status\n"
            "IC-2025-001,AT,AT-2025-000001,2025-01-31,-4000.00,4000.00,ok\n"
            "IC-2025-001,RES,RES-2025-000001,2025-01-31,4000.00,-4000.00,ok\n");
  EXPECT_EQ(query_one(db_,
                      "SELECT count(DISTINCT p.entity) FROM posting_tag g JOIN posting p ON p.id = g.posting_id "
                      "WHERE g.key = 'interco' AND g.value = 'IC-2025-001'"),
            "2");
  r = comptoir({"balance", "--entity", "AT", "--account", "6214", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "621400,")) << r.out;
  r = comptoir({"interco", "check"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  // AT re-invoices RES: AT charges VAT at 20 %, RES books the cost including it.
  r = comptoir({"--today", "2025-02-01", "interco", "add", "--from", "AT", "--to", "RES", "--kind", "shared-cost",
                "--amount", "1000", "--date", "2025-01-31", "--label", "Loyer partagé"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"balance", "--entity", "AT", "--account", "4457", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "445711,TVA collectée 20 %,0.00,200.00,-200.00")) << r.out;
  EXPECT_EQ(comptoir({"interco", "check"}).exit_code, 0);
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
}

TEST_F(InterCo, CheckFindsMissingAndDifferentSides) {
  ASSERT_EQ(comptoir({"interco", "add", "--from", "RES", "--to", "AT", "--kind", "grant", "--amount", "5000", "--date",
                      "2025-03-01", "--label", "ANCT reversée", "--pair", "IC-GRANT"})
                .exit_code,
            0);
  // One side only; and two sides that differ (4000 against 4100).
  auto r = comptoir({"post", "--entity", "AT", "--journal", "AC", "--date", "2025-03-31", "--label", "Refacturation",
                     "--debit", "621400=4000", "--credit", "401000=4000", "--tag", "interco=IC-X", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"post", "--entity", "AT", "--journal", "AC", "--date", "2025-03-31", "--label", "Refacturation",
                "--debit", "621400=4000", "--credit", "401000=4000", "--tag", "interco=IC-Y", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"post", "--entity", "RES", "--journal", "VE", "--date", "2025-03-31", "--label", "Refacturation",
                "--debit", "411000=4100", "--credit", "708400=4100", "--tag", "interco=IC-Y", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"--locale", "en", "interco", "check", "--format", "csv"});
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_FALSE(contains(r.out, "IC-GRANT")) << r.out;
  EXPECT_TRUE(contains(r.out, "IC-X,AT,") && contains(r.out, "missing side: only AT booked it")) << r.out;
  EXPECT_TRUE(contains(r.out, "IC-Y,RES,") && contains(r.out, "third-party balances differ")) << r.out;
  EXPECT_TRUE(contains(r.err, "2 inter-association pair(s) do not mirror")) << r.err;
}

TEST_F(InterCo, BadInputLeavesTheBookUnchanged) {
  ASSERT_EQ(comptoir({"interco", "add", "--from", "RES", "--to", "AT", "--kind", "staff", "--amount", "10", "--date",
                      "2025-01-31", "--label", "x", "--pair", "IC-1"})
                .exit_code,
            0);
  const auto before = snapshot();
  const std::vector<std::vector<std::string>> bad = {
      {"--kind", "loan", "--from", "RES", "--to", "AT", "--amount", "10"},
      {"--kind", "staff", "--from", "AT", "--to", "AT", "--amount", "10"},
      {"--kind", "staff", "--from", "RES", "--to", "XX", "--amount", "10"},
      {"--kind", "staff", "--from", "RES", "--to", "AT", "--amount=-5"},
      {"--kind", "staff", "--from", "RES", "--to", "AT", "--amount", "10", "--pair", "IC-1"},
  };
  for (auto args : bad) {
    args.insert(args.begin(), {"interco", "add", "--date", "2025-02-28", "--label", "x"});
    const auto r = comptoir(args);
    EXPECT_EQ(r.exit_code, 3) << args[7] << r.err;
    EXPECT_THAT(snapshot(), SameBookAs(before));
  }
  ASSERT_EQ(comptoir({"close", "--entity", "AT", "--year", "2025", "--accept-warnings"}).exit_code, 0);
  const auto closed = snapshot();
  const auto r = comptoir({"interco", "add", "--from", "RES", "--to", "AT", "--kind", "staff", "--amount", "10",
                           "--date", "2025-02-28", "--label", "x"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(closed));
}

TEST_F(InterCo, DemoPairsMatch) {
  test::copy_demo_book(db_);
  auto r = comptoir({"interco", "list", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("interco_list_demo_2025.csv", r.out);
  r = comptoir({"interco", "check", "--year", "2025"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(contains(r.out, "Toutes les paires concordent (15)")) << r.out;
}

TEST_F(InterCo, AFiscalYearTheBookLacksIsRefused) {
  auto r = comptoir({"interco", "list", "--year", "2031"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "no fiscal year 2031")) << r.err;
  EXPECT_EQ(comptoir({"interco", "check", "--year", "2031"}).exit_code, 3);
}

}  // namespace
}  // namespace comptoir::e2e
