// comptoir bank import / match / unmatch / unmatched and report
// bank-reconciliation on a small book whose figures are checked by hand:
// AT's 512000 holds 12,500.00 on 28/02/2025; in March the rent (1,440.00)
// leaves, the commune of Villers pays 2,600.00, a cheque of 75.00 is written
// on the 30th and not yet cashed; the bank takes 8.70 of fees not yet in the
// books. Every refusal leaves the book as it was.
#include <gmock/gmock.h>

#include "e2e_support.hpp"

namespace comptoir::e2e {
namespace {

const std::filesystem::path samples = std::filesystem::path(COMPTOIR_TEST_DATA_DIR) / "bank";

class BankTest : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    post("2025-02-27", "APPORT", "Apport initial", "512000=12500.00", "102000=12500.00");
    post("2025-03-02", "F-LOYER-03", "Loyer mars", "613200=1440.00", "512000=1440.00");
    post("2025-03-11", "AT-F-2025-014", "Règlement commune de Villers", "512000=2600.00", "411000=2600.00");
    post("2025-03-30", "CHQ-0000731", "Chèque fournitures", "606100=75.00", "512000=75.00");
  }
  void post(const std::string& date, const std::string& ref, const std::string& label, const std::string& debit,
            const std::string& credit) {
    const auto r = comptoir({"post", "--entity", "AT", "--journal", "BQ", "--date", date, "--ref", ref, "--label",
                             label, "--debit", debit, "--credit", credit, "--validate"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  RunResult import(const std::filesystem::path& file, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"bank", "import", file.string(), "--entity", "AT"};
    args.insert(args.end(), extra.begin(), extra.end());
    return comptoir(args);
  }
  // The sample with `from` replaced by `to`, written in the test's folder.
  std::filesystem::path changed(const std::string& name, const std::string& from, const std::string& to) {
    std::string text = read_file(samples / name);
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    write_file(dir_ / name, text);
    return dir_ / name;
  }
  std::string reconciliation(const std::string& date = "2025-03-31") {
    return output(
        {"--format", "csv", "report", "bank-reconciliation", "--entity", "AT", "--account", "512000", "--date", date});
  }
};

TEST_F(BankTest, ImportsACamtStatementOnceAndReconcilesIt) {
  auto r = import(samples / "camt053_at_2025_03.xml");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 1 statement(s), 3 line(s) (camt.053) into AT 512000: balance 12500.00 to 13651.30\n");

  // The same file again: refused, exit 4, the book unchanged.
  const auto before = snapshot();
  r = import(samples / "camt053_at_2025_03.xml");
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_TRUE(contains(r.err, "imported before")) << r.err;
  // A file of other bytes with a line seen before: exit 4 naming the line.
  r = import(changed("camt053_at_2025_03.xml", "<MsgId>CAMT053-20250331-0001", "<MsgId>CAMT053-20250331-0002"));
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_TRUE(contains(r.err, "Stmt[1]/Ntry[1]: bank reference 2025030300012 is already imported")) << r.err;
  // --again lets the lines in, but the balances must still follow: exit 3.
  r = import(samples / "camt053_at_2025_03.xml", {"--again"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "element Stmt[1]: opening balance 12500.00 does not follow the closing balance 13651.30"))
      << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));

  r = comptoir({"bank", "match", "--auto", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Matched 2 line(s) with 2 posting(s) in 2 match(es); unmatched: 1 line(s), 1 posting(s)\n");
  const std::string unmatched = output({"--format", "csv", "bank", "unmatched", "--entity", "AT"});
  EXPECT_TRUE(contains(unmatched, "line,3,2025-03-31,2025033100007,FRAIS TENUE DE COMPTE MARS,-8.70\n")) << unmatched;
  EXPECT_TRUE(contains(unmatched, ",2025-03-30,AT-2025-000004,Chèque fournitures,-75.00\n")) << unmatched;

  // By hand: 12,500.00 − 1,440.00 + 2,600.00 − 75.00 = 13,585.00 in the
  // books; 13,651.30 on the statement; 13,651.30 − 75.00 = 13,585.00 − 8.70.
  EXPECT_EQ(reconciliation(),
            "kind,date,reference,label,amount\n"
            "statement_balance,2025-03-31,,,13651.30\n"
            "posting_not_on_statement,2025-03-30,AT-2025-000004,Chèque fournitures,-75.00\n"
            "postings_not_on_statement,,,,-75.00\n"
            "adjusted_statement_balance,,,,13576.30\n"
            "book_balance,2025-03-31,,,13585.00\n"
            "line_not_in_books,2025-03-31,2025033100007,FRAIS TENUE DE COMPTE MARS,-8.70\n"
            "lines_not_in_books,,,,-8.70\n"
            "adjusted_book_balance,,,,13576.30\n"
            "difference,,,,0.00\n");
  // On the 11th the rent and the commune's payment are both on the statement.
  EXPECT_TRUE(contains(reconciliation("2025-03-11"), "difference,,,,0.00\n"));
  EXPECT_EQ(output({"verify"}).find("FAILED"), std::string::npos);
}

TEST_F(BankTest, LinesThatDoNotReachTheClosingBalanceAreRefused) {
  const auto before = snapshot();
  auto r =
      import(changed("camt053_at_2025_03.xml", "<Amt Ccy=\"EUR\">13651.30</Amt>", "<Amt Ccy=\"EUR\">13651.40</Amt>"));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "camt053_at_2025_03.xml:8: element Stmt[1]: the lines (3, total 1151.30)")) << r.err;
  EXPECT_TRUE(contains(r.err, "not the closing balance 13651.40 (difference 0.10)")) << r.err;
  r = import(changed("camt053_at_2025_03.xml", "<Amt Ccy=\"EUR\">2600.00</Amt>", "<Amt Ccy=\"EUR\">2600,00</Amt>"));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "element Stmt[1]/Ntry[2]/Amt")) << r.err;
  r = import(samples / "camt053_at_2025_03.xml", {"--account", "411000"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "not a bank account")) << r.err;
  r = import(samples / "csv_signed_2025_03.csv");
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "needs --profile")) << r.err;
  r = import(samples / "csv_signed_2025_03.csv", {"--profile", "nope"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(BankTest, ACsvStatementFollowsThePreviousOneAndMatchesByHand) {
  ASSERT_EQ(import(samples / "csv_signed_2025_03.csv", {"--profile", "signed", "--opening", "12500"}).exit_code, 0);
  // A CSV carries no balance: the first starts at --opening, the next at
  // the previous closing, and each ends at its opening plus its lines.
  const std::string statements = output({"--format", "csv", "bank", "statements", "--entity", "AT"});
  EXPECT_EQ(statements,
            "id,file,format,reference,from,to,opening,closing\n"
            "1,csv_signed_2025_03.csv,csv," +
                (samples / "csv_signed_2025_03.csv").string() + ",2025-03-03,2025-03-31,12500.00,13651.30\n");
  // The rent by hand: line 1 with the rent's posting (id 4: each entry has
  // two postings, the rent's bank line is the second of entry 2).
  auto r = comptoir({"bank", "match", "1", "3"});
  EXPECT_EQ(r.exit_code, 3) << r.err;  // posting 3 is on 613200
  EXPECT_TRUE(contains(r.err, "is on AT 613200, not on AT 512000")) << r.err;
  const auto before = snapshot();
  r = comptoir({"bank", "match", "1", "5"});
  EXPECT_EQ(r.exit_code, 3) << r.err;  // 2,600.00 is not −1,440.00
  EXPECT_TRUE(contains(r.err, "the lines sum to -1440.00 and the postings to 2600.00")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  // Several lines for one posting: their sum must be the posting's.
  r = comptoir({"bank", "match", "1,3", "4"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "the lines sum to -1448.70 and the postings to -1440.00")) << r.err;
  EXPECT_EQ(comptoir({"bank", "match", "1,x", "4"}).exit_code, 2);
  r = comptoir({"bank", "match", "1", "4"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Matched 1 line(s) with 1 posting(s) (match 1)\n");
  r = comptoir({"bank", "match", "1", "4"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "already matched")) << r.err;
  r = comptoir({"bank", "unmatch", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Unmatched 1 line(s) and 1 posting(s) (match 1)\n");
  r = comptoir({"bank", "unmatch", "1"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  // The rent, posted on the 2nd, was taken by the bank on the 3rd, the
  // statement's first day: still a candidate.
  r = comptoir({"bank", "match", "--auto", "--entity", "AT"});
  EXPECT_EQ(r.out, "Matched 2 line(s) with 2 posting(s) in 2 match(es); unmatched: 1 line(s), 1 posting(s)\n");
  EXPECT_TRUE(contains(reconciliation(), "difference,,,,0.00\n"));
}

TEST_F(BankTest, AgainImportsLinesSeenBeforeAsTheirNextOccurrence) {
  ASSERT_EQ(import(samples / "csv_debit_credit_cp1252.csv", {"--profile", "credit-agricole"}).exit_code, 0);
  auto r = import(samples / "csv_debit_credit_cp1252.csv", {"--profile", "credit-agricole"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  r = import(samples / "csv_debit_credit_cp1252.csv", {"--profile", "credit-agricole", "--again"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 1 statement(s), 4 line(s) (csv) into AT 512000: balance 2683.05 to 5366.10\n");
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM bank_line WHERE occurrence = 2"), "4");
  // Lines are the bank's: never changed, never deleted.
  EXPECT_NE(exec_sql(db_, "UPDATE bank_line SET amount_cents = 0 WHERE id = 1"), "");
  EXPECT_NE(exec_sql(db_, "DELETE FROM bank_line WHERE id = 1"), "");
}

TEST_F(BankTest, RulesProposeDraftsThatValidateAndMatch) {
  ASSERT_EQ(import(samples / "camt053_at_2025_03.xml").exit_code, 0);
  ASSERT_EQ(comptoir({"bank", "match", "--auto", "--entity", "AT"}).exit_code, 0);
  auto r = comptoir({"bank", "rules", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Proposed 1 draft entry for 1 unmatched line(s) (validate them, then bank match --auto)\n"
            "  draft 5: line 3 2025-03-31 -8.70 FRAIS TENUE DE COMPTE MARS -> 627000 (BQ)\n");
  // Proposed once: the draft carries the line's bank reference.
  EXPECT_TRUE(contains(output({"bank", "rules", "--entity", "AT"}), "Proposed 0 draft entries for 0 unmatched"));
  ASSERT_EQ(comptoir({"validate", "--all"}).exit_code, 0);
  r = comptoir({"bank", "match", "--auto", "--entity", "AT"});
  EXPECT_EQ(r.out, "Matched 1 line(s) with 1 posting(s) in 1 match(es); unmatched: 0 line(s), 1 posting(s)\n");
  const std::string report = reconciliation();
  EXPECT_TRUE(contains(report, "book_balance,2025-03-31,,,13576.30\n")) << report;
  EXPECT_TRUE(contains(report, "difference,,,,0.00\n")) << report;
  // A rules file of the user's, checked before anything is written.
  write_file(dir_ / "rules.csv", "AT;*CARBURANT*;606140;;BQ;activity;Carburant\n");
  const auto before = snapshot();
  r = comptoir({"bank", "rules", "--entity", "AT", "--rules", (dir_ / "rules.csv").string()});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "rules.csv:1: field 'tags': 'activity' is not key=value")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(BankTest, TheClosingWarnsOfADifferenceAtYearEnd) {
  ASSERT_EQ(comptoir({"year", "add", "--year", "2024"}).exit_code, 0);
  post("2024-12-01", "APPORT-24", "Apport", "512000=100.00", "102000=100.00");
  post("2024-12-20", "FRAIS-12", "Frais bancaires décembre", "627000=8.70", "512000=8.70");
  // The December statement, said to open at 0 when the books hold 100.00
  // before its first day: 100.00 are missing from the bank's side.
  write_file(dir_ / "dec.csv", "Date;Libellé;Référence;Montant\n20/12/2024;FRAIS DECEMBRE;B1;-8,70\n");
  ASSERT_EQ(import(dir_ / "dec.csv", {"--profile", "signed", "--opening", "0"}).exit_code, 0);
  ASSERT_EQ(comptoir({"bank", "match", "--auto", "--entity", "AT"}).exit_code, 0);
  EXPECT_TRUE(contains(reconciliation("2024-12-31"), "difference,,,,-100.00\n"));
  const std::string plan = output({"--format", "csv", "close", "--entity", "AT", "--year", "2024", "--dry-run"});
  EXPECT_TRUE(contains(plan, "warning,bank-reconciliation,512000,-100.00")) << plan;
}

TEST_F(BankTest, AnOfxStatementNeedsItsOwnAccount) {
  ASSERT_EQ(comptoir({"account", "add", "512100", "Banque livret", "--entity", "AT"}).exit_code, 0);
  auto r = import(samples / "ofx_res_2025_03.ofx", {"--account", "512100"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 1 statement(s), 3 line(s) (ofx) into AT 512100: balance 7000.00 to 8183.05\n");
}

TEST_F(BankTest, MatchingInAClosedYearIsRefused) {
  ASSERT_EQ(comptoir({"year", "add", "--entity", "AT", "--year", "2024"}).exit_code, 0);
  post("2024-12-20", "FRAIS-12", "Frais bancaires décembre", "627000=8.70", "512000=8.70");
  ASSERT_EQ(comptoir({"close", "--entity", "AT", "--year", "2024", "--accept-warnings"}).exit_code, 0);
  const std::string csv = "Date;Libellé;Référence;Montant\n20/12/2024;FRAIS DECEMBRE;B1;-8,70\n";
  write_file(dir_ / "dec.csv", csv);
  ASSERT_EQ(import(dir_ / "dec.csv", {"--profile", "signed"}).exit_code, 0);
  const auto before = snapshot();
  // Posting 10: the 512000 line of the December fees (8 postings before).
  auto r = comptoir({"bank", "match", "1", "10"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_TRUE(contains(r.err, "closed fiscal year")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  r = comptoir({"bank", "match", "--auto", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Matched 0 line(s)")) << r.out;
  // The database refuses it too, for raw SQL.
  EXPECT_NE(exec_sql(db_,
                     "INSERT INTO bank_match (id, entity, account, automatic) VALUES (9, 'AT', '512000', 0);"
                     "INSERT INTO bank_match_posting VALUES (10, 9);"),
            "");
}

// The demo writes its statements as camt.053 through the same code it
// imports them with: the file written is the file imported (same bytes).
TEST(BankDemo, TheDemoWritesTheStatementsItImports) {
  test::TempDir tmp;
  const auto dir = tmp.path();
  auto r = run(dir, {"--db", (dir / "demo.db").string(), "demo", "--bank-statements", (dir / "camt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string entity : {"AT", "RES"}) {
    const auto file = dir / "camt" / (entity + "-512000-2025.xml");
    EXPECT_TRUE(contains(read_file(file), "<Cd>CLBD</Cd>")) << file;
    r = run(dir, {"--db", (dir / "demo.db").string(), "bank", "import", file.string(), "--entity", entity});
    EXPECT_EQ(r.exit_code, 4) << r.err;
    EXPECT_TRUE(contains(r.err, "this file was imported before")) << r.err;
    r = run(dir, {"--db", (dir / "demo.db").string(), "--format", "csv", "report", "bank-reconciliation", "--entity",
                  entity, "--date", "2025-12-31"});
    EXPECT_TRUE(contains(r.out, "posting_not_on_statement,2025-12-")) << r.out;
    EXPECT_TRUE(contains(r.out, "difference,,,,0.00\n")) << r.out;
  }
}

}  // namespace
}  // namespace comptoir::e2e
