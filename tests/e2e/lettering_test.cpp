// End to end: lettering customers with the real binary. Posting ids come
// from `ledger --lettering --format csv`; --auto letters what matches;
// refusals (unbalanced, closed year, already lettered) exit 3 or 4 and leave
// the book as it was; unletter frees the code; the aged balance adds up to
// the ledger's 411 balance.
#include <map>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

class Lettering : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    for (const char* code : {"CLI-A", "CLI-B"}) {
      ASSERT_EQ(
          comptoir({"account", "add", "--entity", "AT", "--auxiliary", code, "--parent", "411000", code}).exit_code, 0);
    }
    invoice("2025-01-10", "F-1", "CLI-A", "1200");
    invoice("2025-02-10", "F-2", "CLI-A", "500");
    invoice("2025-03-10", "F-3", "CLI-B", "300");
    invoice("2025-03-11", "F-4", "CLI-B", "700");
    receipt("2025-04-02", "R-1", "CLI-A", "1200");
    receipt("2025-04-20", "R-2", "CLI-B", "1000");  // F-3 + F-4
    receipt("2025-05-05", "R-3", "CLI-A", "200");   // on account: nothing settles it
  }

  void invoice(const std::string& date, const std::string& ref, const std::string& aux, const std::string& amount) {
    ASSERT_EQ(comptoir({"post", "--entity", "AT", "--journal", "VE", "--date", date, "--ref", ref, "--label",
                        "Facture " + ref, "--debit", "411000/" + aux + "=" + amount, "--credit", "706000=" + amount,
                        "--validate"})
                  .exit_code,
              0);
  }
  void receipt(const std::string& date, const std::string& ref, const std::string& aux, const std::string& amount) {
    ASSERT_EQ(comptoir({"post", "--entity", "AT", "--journal", "BQ", "--date", date, "--ref", ref, "--label",
                        "Règlement " + ref, "--debit", "512000=" + amount, "--credit", "411000/" + aux + "=" + amount,
                        "--validate"})
                  .exit_code,
              0);
  }

  // piece → (line id, letter) of the 411000 lines.
  std::map<std::string, std::pair<std::string, std::string>> lines(const std::string& year = "") {
    std::vector<std::string> args{"--format", "csv", "ledger", "--entity", "AT", "--account", "411000", "--lettering"};
    if (!year.empty()) args.insert(args.end(), {"--year", year});
    const std::string csv = output(args);
    std::map<std::string, std::pair<std::string, std::string>> result;
    std::size_t start = csv.find('\n') + 1;
    while (start < csv.size()) {
      const std::size_t end = csv.find('\n', start);
      const auto f = csv_fields(csv.substr(start, end - start));
      start = end + 1;
      if (f.size() == 13 && !f[4].empty()) result[f[4]] = {f[11], f[12]};
    }
    return result;
  }
};

TEST_F(Lettering, LedgerShowsLineNumbersAndAutoLettersWhatMatches) {
  auto before = lines();
  ASSERT_EQ(before.size(), 7u);
  EXPECT_EQ(before["F-1"].second, "");
  const auto text = output({"ledger", "--entity", "AT", "--account", "411000", "--lettering"});
  EXPECT_TRUE(contains(text, "Ligne")) << text;
  EXPECT_LE(widest_line(text), 80U) << text;
  EXPECT_TRUE(contains(text, before["R-3"].first)) << text;

  const auto r = comptoir({"--format", "csv", "letter", "--entity", "AT", "--account", "411000", "--auto"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "AA," + before["F-1"].first + ",411000,CLI-A,2025-01-10,")) << r.out;
  EXPECT_TRUE(contains(r.out, ",amount\n")) << r.out;
  EXPECT_TRUE(contains(r.out, ",sum\n")) << r.out;
  const auto after = lines();
  EXPECT_EQ(after.at("F-1").second, "AA");
  EXPECT_EQ(after.at("R-1").second, "AA");
  EXPECT_EQ(after.at("F-3").second, "AB");
  EXPECT_EQ(after.at("F-4").second, "AB");
  EXPECT_EQ(after.at("R-2").second, "AB");
  EXPECT_EQ(after.at("F-2").second, "");
  EXPECT_EQ(after.at("R-3").second, "");
  EXPECT_EQ(query_one(db_, "SELECT date FROM lettering WHERE code = 'AB' LIMIT 1"), "2025-04-20");
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);  // lettering is outside the hash chain
  // Nothing left to match: a second run letters nothing.
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM lettering"), "5");
  ASSERT_EQ(comptoir({"letter", "--entity", "AT", "--account", "411000", "--auto"}).exit_code, 0);
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM lettering"), "5");
}

TEST_F(Lettering, ByHandTheLinesMustSumToZero) {
  auto l = lines();
  const auto before = snapshot();
  auto r = comptoir({"letter", "--entity", "AT", l["F-2"].first, l["R-3"].first});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "#" + l["F-2"].first)) << r.err;
  EXPECT_TRUE(contains(r.err, "#" + l["R-3"].first)) << r.err;
  EXPECT_TRUE(contains(r.err, "do not sum to zero")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  // Different customers, an unknown line, a line named once only: refused too.
  for (const std::vector<std::string>& ids : std::vector<std::vector<std::string>>{
           {l["F-1"].first, l["R-2"].first}, {l["F-1"].first, "999999"}, {l["F-1"].first}}) {
    std::vector<std::string> args{"letter", "--entity", "AT"};
    args.insert(args.end(), ids.begin(), ids.end());
    EXPECT_EQ(comptoir(args).exit_code, 3) << ids[0];
  }
  EXPECT_THAT(snapshot(), SameBookAs(before));

  r = comptoir({"letter", "--entity", "AT", l["F-1"].first, l["R-1"].first});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Lettrage")) << r.out;
  EXPECT_EQ(lines().at("R-1").second, "AA");
  // Already lettered: exit 3; unletter frees it, and the code is reused.
  EXPECT_EQ(comptoir({"letter", "--entity", "AT", l["F-1"].first, l["R-1"].first}).exit_code, 3);
  ASSERT_EQ(comptoir({"unletter", "--entity", "AT", "AA"}).exit_code, 0);
  EXPECT_EQ(lines().at("R-1").second, "");
  EXPECT_EQ(comptoir({"unletter", "--entity", "AT", "AA"}).exit_code, 3);
  ASSERT_EQ(comptoir({"letter", "--entity", "AT", l["R-1"].first, l["F-1"].first}).exit_code, 0);
  EXPECT_EQ(lines().at("F-1").second, "AA");
}

TEST_F(Lettering, AClosedYearIsRefusedItsOpeningEntryIsLettered) {
  auto l = lines();
  ASSERT_EQ(comptoir({"close", "--entity", "AT", "--year", "2025", "--accept-warnings"}).exit_code, 0);
  const auto before = snapshot();
  auto r = comptoir({"letter", "--entity", "AT", l["F-1"].first, l["R-1"].first});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_TRUE(contains(r.err, "closed fiscal year 2025")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  // The à-nouveaux carry CLI-A's open items one by one (CLI-B is at zero):
  // F-1 and R-1 letter there, in 2026.
  r = comptoir({"--format", "csv", "letter", "--entity", "AT", "--account", "411000", "--auto"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, ",411000,CLI-A,2026-01-01,AT-2026-000001,AN-2026,F-1 Facture F-1,1200.00,0.00,amount"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "AT-2026-000001,AN-2026,R-1 Règlement R-1,0.00,1200.00,amount")) << r.out;
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM lettering"), "2");
  // A receipt of 300 and R-3 (−200) settle F-2 (500).
  receipt("2026-02-01", "R-4", "CLI-A", "300");
  r = comptoir({"--format", "csv", "letter", "--entity", "AT", "--account", "411000", "--auto"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "AB,")) << r.out;
  EXPECT_TRUE(contains(r.out, ",R-4,Règlement R-4,0.00,300.00,sum")) << r.out;
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM lettering"), "5");
  // Unlettering in 2026 is allowed; the closed year's lines stay as they were.
  EXPECT_EQ(comptoir({"unletter", "--entity", "AT", "AB"}).exit_code, 0);
}

TEST_F(Lettering, TheAgedBalanceAddsUpToTheLedger) {
  ASSERT_EQ(comptoir({"letter", "--entity", "AT", "--account", "411000", "--auto"}).exit_code, 0);
  // At 30 June: F-2 (500, 140 days) and R-3 (−200, 56 days) are open.
  auto r = comptoir(
      {"--format", "csv", "report", "aged-balance", "--entity", "AT", "--side", "customers", "--date", "2025-06-30"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "411000,CLI-A,CLI-A,2,0.00,0.00,-200.00,0.00,500.00,300.00\n")) << r.out;
  EXPECT_TRUE(contains(r.out, ",total,,2,0.00,0.00,-200.00,0.00,500.00,300.00\n")) << r.out;
  const auto balance =
      output({"--format", "csv", "balance", "--entity", "AT", "--account", "411", "--to", "2025-06-30"});
  EXPECT_TRUE(contains(balance, ",300.00\n")) << balance;
  // At 15 March nothing is lettered yet: every invoice is open, F-1 for 64 days.
  r = comptoir(
      {"--format", "csv", "report", "aged-balance", "--entity", "AT", "--side", "customers", "--date", "2025-03-15"});
  EXPECT_TRUE(contains(r.out, ",total,,4,0.00,1000.00,500.00,1200.00,0.00,2700.00\n")) << r.out;
  r = comptoir({"report", "aged-balance", "--entity", "AT", "--side", "customers", "--date", "2025-03-15"});
  EXPECT_TRUE(contains(r.out, "Balance âgée clients au 15/03/2025")) << r.out;
  EXPECT_LE(widest_line(r.out), 80U) << r.out;
}

using LetteredDemo = DemoBookSuite;

// The demo books are lettered (411000 and 401000 of both entities): the
// aged balance of each side adds up to the ledger's balance, on the last
// day and in the middle of the year.
TEST_F(LetteredDemo, TheAgedBalanceAddsUpToTheBalanceOfEachSide) {
  for (const std::string entity : {"AT", "RES"}) {
    for (const std::string date : {"2025-06-30", "2025-12-31"}) {
      for (const auto& [side, prefix] : {std::pair{"customers", "411"}, std::pair{"suppliers", "401"}}) {
        SCOPED_TRACE(entity + " " + side + " " + date);
        auto r =
            comptoir({"--format", "csv", "report", "aged-balance", "--entity", entity, "--side", side, "--date", date});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const std::string total_line = r.out.substr(r.out.find("\n,total,") + 1);
        const std::string aged_total = csv_fields(total_line.substr(0, total_line.find('\n'))).back();
        r = comptoir({"--format", "csv", "balance", "--entity", entity, "--account", prefix, "--to", date});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const std::string rows = r.out.substr(r.out.find('\n') + 1);
        const auto f = csv_fields(rows.substr(0, rows.find('\n')));
        ASSERT_EQ(f.size(), 5u) << r.out;
        std::string owed = f[4];
        if (std::string(side) == "suppliers" && owed != "0.00") owed = owed[0] == '-' ? owed.substr(1) : "-" + owed;
        EXPECT_EQ(aged_total, owed) << r.out;
      }
    }
  }
  const auto r = comptoir({"--format", "csv", "ledger", "--entity", "AT", "--account", "411000"});
  EXPECT_TRUE(contains(r.out, ",AA\n")) << "the demo is lettered";
}

}  // namespace
}  // namespace comptoir::e2e
