// End to end: posting from options and files, validation, the balance
// contract, and every rejection leaving the book unchanged.
#include <sstream>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using Posting = E2eTest;

const std::vector<std::string> rent{"post",
                                    "--entity",
                                    "AT",
                                    "--journal",
                                    "AC",
                                    "--date",
                                    "2025-02-03",
                                    "--ref",
                                    "F-LOYER-02",
                                    "--label",
                                    "Loyer février",
                                    "--debit",
                                    "613200=1200.00",
                                    "--debit",
                                    "445661=240.00",
                                    "--credit",
                                    "401000=1440.00",
                                    "--validate"};

TEST_F(Posting, BalanceCsvContract) {
  ASSERT_EQ(comptoir(rent).exit_code, 0);
  auto r = comptoir({"post", "--entity", "AT", "--journal", "BQ", "--date", "2025-02-10", "--label", "Paiement loyer",
                     "--debit", "401000=1440.00", "--credit", "512000=1440.00", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"balance", "--entity", "AT", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("balance_at_2025.csv", r.out);
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "account,label,debit,credit,balance");
  EXPECT_NE(r.out.find("613200,Locations immobilières,1200.00,0.00,1200.00"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("512000,Banques,0.00,1440.00,-1440.00"), std::string::npos) << r.out;
}

TEST_F(Posting, TextBalanceFitsEightyColumns) {
  ASSERT_EQ(comptoir(rent).exit_code, 0);
  auto r = comptoir({"balance", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("balance_at_2025.txt", r.out);
  EXPECT_LE(widest_line(r.out), 80U) << r.out;
}

TEST_F(Posting, DraftsThenValidate) {
  auto args = rent;
  args.pop_back();  // no --validate
  auto r = comptoir(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(comptoir({"balance", "--entity", "AT", "--format", "csv"}).out, "account,label,debit,credit,balance\n");
  r = comptoir({"journal", "--status", "draft", "--format", "csv"});
  EXPECT_NE(r.out.find("draft"), std::string::npos) << r.out;
  r = comptoir({"validate", "--all", "--validation-date", "2025-02-04"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"journal", "--format", "csv"});
  EXPECT_NE(r.out.find("AT-2025-000001"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("draft"), std::string::npos) << r.out;
}

TEST_F(Posting, UnbalancedIsRejectedWithExit3) {
  const auto before = snapshot();
  auto r = comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2025-03-01", "--label", "Faux", "--debit",
                     "606100=10.00", "--credit", "512000=9.99", "--validate"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("unbalanced"), std::string::npos) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Posting, UnknownAccountAndOutOfYearAreRejected) {
  auto r = comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2025-03-01", "--label", "X", "--debit",
                     "999999=1", "--credit", "512000=1"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("999999"), std::string::npos) << r.err;
  r = comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2026-01-02", "--label", "X", "--debit",
                "606100=1", "--credit", "512000=1"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("no fiscal year"), std::string::npos) << r.err;
}

TEST_F(Posting, ClosedYearRefusesWithExit4) {
  ASSERT_EQ(comptoir({"close", "--entity", "AT", "--year", "2025", "--accept-warnings"}).exit_code, 0);
  auto r = comptoir(rent);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("closed"), std::string::npos) << r.err;
}

TEST_F(Posting, ReadOnlyRefusesWritesWithExit4) {
  const auto before = snapshot();
  auto args = rent;
  args.insert(args.begin(), "--read-only");
  auto r = comptoir(args);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  EXPECT_EQ(comptoir({"--read-only", "balance"}).exit_code, 0);
}

TEST_F(Posting, CsvFileAllOrNothing) {
  write_file(dir_ / "ok.csv",
             "txn,entity,journal,date,piece_ref,label,account,auxiliary,debit,credit,tags\n"
             "1,AT,AC,2025-04-01,F1,Achat boissons,607000,,100.00,,activity=guinguette-grand-est\n"
             "1,AT,AC,2025-04-01,F1,Achat boissons,445661,,20.00,,\n"
             "1,AT,AC,2025-04-01,F1,Achat boissons,401000,,,120.00,\n"
             "2,RES,BQ,2025-04-02,R2,\"Don, campagne\",512000,,50,,\n"
             "2,RES,BQ,2025-04-02,R2,\"Don, campagne\",754100,,,50,\n");
  auto r = comptoir({"post", "--file", "ok.csv", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2 transactions"), std::string::npos) << r.out;
  const auto before = snapshot();
  write_file(dir_ / "bad.csv",
             "txn,entity,journal,date,label,account,debit,credit\n"
             "3,AT,OD,2025-05-01,Bon,606100,10.00,\n"
             "3,AT,OD,2025-05-01,Bon,512000,,10.00\n"
             "4,AT,OD,2025-05-02,Mauvais,606100,12.3x,\n"
             "4,AT,OD,2025-05-02,Mauvais,512000,,12.30\n");
  r = comptoir({"post", "--file", "bad.csv", "--validate"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("bad.csv:4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("debit"), std::string::npos) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Posting, JsonFile) {
  write_file(dir_ / "ok.json", R"({"transactions": [
    {"entity": "AT", "journal": "VE", "date": "2025-06-01", "piece_ref": "FA-1", "label": "Étude de préfiguration",
     "postings": [{"account": "411000", "debit": "7200.00"},
                  {"account": "706010", "credit": "6000.00", "tags": {"activity": "prestations"}},
                  {"account": "445711", "credit": "1200.00"}]}]})");
  auto r = comptoir({"post", "--file", "ok.json", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  write_file(dir_ / "bad.json", R"([{"entity": "AT", "journal": "VE", "date": "2025-06-01", "label": "X",
     "postings": [{"account": "411000", "debit": 10.5}, {"account": "706010", "credit": "10.50"}]}])");
  r = comptoir({"post", "--file", "bad.json"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("bad.json: transaction 1, posting 1: field 'debit'"), std::string::npos) << r.err;
}

// A whole number beyond int64 is unsigned in JSON: it once wrapped to a
// negative amount (18446744073709551615 read as -1 euro) and was refused
// for its sign, naming an amount the file does not hold.
TEST_F(Posting, JsonWholeNumberBeyondInt64IsTooLarge) {
  write_file(dir_ / "huge.json", R"([{"entity": "AT", "journal": "OD", "date": "2025-06-01", "label": "X",
     "postings": [{"account": "512000", "debit": 18446744073709551615}, {"account": "706010", "credit": "1"}]}])");
  const auto before = snapshot();
  const auto r = comptoir({"post", "--file", "huge.json"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("huge.json: transaction 1, posting 1: field 'debit': 18446744073709551615 is too large"),
            std::string::npos)
      << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

// Found by the posting_json fuzz target: a number beyond a double made
// nlohmann::json throw out_of_range, which escaped as "unexpected error"
// with exit 1 instead of a refusal naming the file.
TEST_F(Posting, JsonNumberBeyondDoubleIsInvalidInput) {
  write_file(dir_ / "big.json", R"([{"entity": "AT", "journal": "OD", "date": "2025-06-01", "label": "X",
     "postings": [{"account": "512000", "debit": 1E400}, {"account": "706010", "credit": "1"}]}])");
  const auto before = snapshot();
  const auto r = comptoir({"post", "--file", "big.json"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("big.json: not valid JSON: [json.exception.out_of_range.406] number overflow parsing '1E400'"),
            std::string::npos)
      << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Posting, UsageErrorsExit2) {
  EXPECT_EQ(comptoir({"balance", "--format", "yaml"}).exit_code, 2);
  EXPECT_EQ(comptoir({"no-such-command"}).exit_code, 2);
  EXPECT_EQ(run(dir_, {"--help"}).exit_code, 0);
}

}  // namespace
}  // namespace comptoir::e2e
