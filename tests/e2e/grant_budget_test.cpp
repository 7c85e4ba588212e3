// End to end: the budget of a grant's action and its compte rendu
// financier (CERFA 15059) through the real binary — a bad budget file
// refused naming its line and field, with the book unchanged; a second
// budget refused without --replace, accepted with it; the report of the
// demo books' ANCT-2025 in text, CSV and JSON against its golden files.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

class GrantBudget : public DemoBookTest {
 protected:
  RunResult budget(const std::string& content, std::vector<std::string> extra = {}) {
    write_file(dir_ / "budget.csv", content);
    std::vector<std::string> args{"grant", "budget", "KLESIA-2025", "--file", (dir_ / "budget.csv").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return comptoir(args);
  }
};

TEST_F(GrantBudget, ABadFileIsRefusedNamingItsLineAndFieldAndTheBookIsUnchanged) {
  const auto before = snapshot();
  const std::string path = (dir_ / "budget.csv").string();
  auto r = budget("line,amount\n65,25000\n66,abc\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, path + ":3: field 'amount'")) << r.err;
  r = budget("line,amount\n65,25000\n74,50000\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, path + ":3: field 'line': unknown budget line '74'")) << r.err;
  r = budget("line,amount\n65,25000\nindirect_rate,120\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, path + ":3: field 'amount': the indirect rate")) << r.err;
  r = budget("nature,amount\n65,25000\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "line")) << r.err;
  EXPECT_EQ(comptoir({"grant", "budget", "KLESIA-2025", "--file", (dir_ / "missing.csv").string()}).exit_code, 3);
  write_file(dir_ / "budget.csv", "line,amount\n65,25000\n");
  r = comptoir({"grant", "budget", "NOPE", "--file", path});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "unknown grant NOPE")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(GrantBudget, ASecondBudgetNeedsReplaceAndTheReportShowsTheLastOne) {
  auto r = comptoir({"report", "grant-report", "KLESIA-2025"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "has no budget")) << r.err;
  r = budget("line,amount,detail\n65,30000,Aides aux cafés\n75,30000,KLESIA\nindirect_rate,\"7,5\",\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Recorded the budget of grant KLESIA-2025: 2 line(s), indirect rate 7.5 %\n");
  const auto before = snapshot();
  r = budget("line,amount\n65,25000\n75,26875\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "has a budget already (give --replace")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  r = comptoir({"--format", "csv", "report", "grant-report", "KLESIA-2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // 25,000 of aid paid to the cafés (657100) against 30,000; 2,250.00 of
  // indirect charges budgeted (7.5 %), 1,875.00 on what was spent.
  EXPECT_TRUE(contains(r.out,
                       "65,line,Autres charges de gestion courante (Aides aux cafés),30000.00,25000.00,"
                       "-5000.00,-16.7\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "charges.indirect,line,II. Charges indirectes (structure),2250.00,1875.00,-375.00,-16.7"))
      << r.out;
  r = budget("line,amount\n65,25000\n75,26875\nindirect_rate,7.5\n", {"--replace", "--comment", "Conforme."});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"--format", "csv", "report", "grant-report", "KLESIA-2025", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "65,line,Autres charges de gestion courante,25000.00,25000.00,0.00,0.0\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "charges.total,total,TOTAL DES CHARGES (I + II),26875.00,26875.00,0.00,0.0")) << r.out;
  EXPECT_TRUE(contains(r.out, "comment,Conforme.")) << r.out;
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM grant_budget_line WHERE grant_code = 'KLESIA-2025'"), "2");
}

class GrantReport : public DemoBookSuite {};

TEST_F(GrantReport, TheDemoAgreementInEachFormatMatchesItsGoldenFile) {
  for (const auto& [format, extension] :
       std::vector<std::pair<std::string, std::string>>{{"text", "txt"}, {"csv", "csv"}, {"json", "json"}}) {
    const auto r = comptoir({"--format", format, "report", "grant-report", "ANCT-2025"});
    ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
    expect_golden("report_grant-report_anct_2025." + extension, r.out);
    if (format == "text") {
      EXPECT_LE(widest_line(r.out), 80u) << r.out;
    }
  }
  auto r = comptoir({"report", "grant-report", "ANCT-2025", "--lang", "en", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("report_grant-report_anct_2025.en.txt", r.out);
  r = comptoir({"--format", "csv", "report", "grant-report", "ANCT-2025", "--out", (dir_ / "anct.csv").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(read_file(dir_ / "anct.csv"),
            read_file(std::filesystem::path(COMPTOIR_GOLDEN_DIR) / "report_grant-report_anct_2025.csv"));
}

TEST_F(GrantReport, RefusalsNameWhatIsWrong) {
  auto r = comptoir({"report", "grant-report", "ANCT-2025", "--year", "2019"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "no fiscal year 2019 in RES")) << r.err;
  r = comptoir({"report", "grant-report", "ANCT-2025", "--year", "2024"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "outside fiscal year 2024")) << r.err;
  r = comptoir({"report", "grant-report", "ANCT-2025", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "is of RES, not AT")) << r.err;
  EXPECT_EQ(comptoir({"report", "grant-report", "NOPE"}).exit_code, 3);
  EXPECT_EQ(comptoir({"report", "grant-report"}).exit_code, 2);
  EXPECT_EQ(comptoir({"report", "income-statement", "--entity", "AT"}).exit_code, 2);
  EXPECT_EQ(comptoir({"report", "income-statement", "ANCT-2025", "--entity", "AT", "--year", "2025"}).exit_code, 2);
  EXPECT_EQ(comptoir({"grant", "budget", "ANCT-2025", "--file", "x.csv"}).exit_code, 3);  // no such file
}

}  // namespace
}  // namespace comptoir::e2e
