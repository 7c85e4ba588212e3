// End to end: every input the program reads, given a bad file of each kind
// the README's "Bad input" table lists (one case per row, named there): the
// exit code, standard error naming the file and the line or field, the book
// unchanged table by table and the input file unchanged byte for byte.
#include <algorithm>
#include <functional>

#include "e2e/bad_input_samples.hpp"
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using namespace bad_input;  // NOLINT(google-build-using-namespace): the samples, by name

struct Case {
  std::string name;  // the README row names it: BadInput/BadInputTest.<name>
  std::string file;  // written in the test's folder
  std::function<std::string()> content;
  std::vector<std::string> args;  // "FILE" stands for the file's path
  int exit_code = 3;
  std::vector<std::string> err;  // standard error holds each ("FILE" replaced too)
  bool book_changes = false;     // accepted: the book takes it
  bool guinguette_date = false;  // the book needs the Guinguette date of 2025-06-14 first
  bool own_book = false;         // the file is the book: args name it with --db
  bool grant = false;            // the book needs grant REGION-2025 first
};

void PrintTo(const Case& c, std::ostream* out) {
  *out << c.name;
}

std::vector<Case> cases() {
  const std::vector<std::string> post{"post", "--file", "FILE", "--validate"};
  const std::vector<std::string> fec{"import", "fec", "FILE", "--entity", "AT"};
  const std::vector<std::string> z{"--today", "2025-07-01", "guinguette", "import", "FILE"};
  const std::vector<std::string> cafe{"forecast", "cafe", "FILE"};
  const std::vector<std::string> funding{"forecast", "funding", "FILE"};
  const std::vector<std::string> bank{"bank", "import", "FILE", "--entity", "AT", "--profile", "signed"};
  const std::vector<std::string> book{"--db", "FILE", "balance"};
  const std::vector<std::string> budget{"grant", "budget", "REGION-2025", "--file", "FILE"};
  auto text = [](const std::string& s) { return [s] { return s; }; };
  std::vector<Case> c{
      // Posting CSV (post --file).
      {"PostingCsvEmpty", "p.csv", text(""), post, 3, {"FILE: empty file (expected a header line)"}},
      {"PostingCsvHeaderOnly", "p.csv", text(csv_header), post, 3, {"FILE:2: the file has a header and no rows"}},
      {"PostingCsvByteOrderMark", "p.csv", text("\xEF\xBB\xBF" + csv_header + csv_rows()), post, 0, {}, true},
      {"PostingCsvInvalidUtf8",
       "p.csv",
       text(csv_header + csv_rows("2025-04-01", "10.00", "Caf\xE9")),
       post,
       3,
       {"FILE:2: invalid UTF-8 at column 23: save the file as UTF-8"}},
      {"PostingCsvNulByte",
       "p.csv",
       text(csv_header + csv_rows("2025-04-01", "10.00", std::string("Ach\0at", 6))),
       post,
       3,
       {"FILE:2: a NUL byte at column 23: not a text file (or UTF-16: save it as UTF-8)"}},
      {"PostingCsv10MbLine",
       "p.csv",
       [] { return csv_header + csv_rows("2025-04-01", "10.00", long_text); },
       post,
       3,
       {"FILE:2: the line is 10000033 bytes long, over the limit of 1048576 (1 MiB)"}},
      {"PostingCsvCrOnlyLineEnds",
       "p.csv",
       text(cr_only(csv_header + csv_rows() + csv_rows("2025-02-30", "10.00", "Achat", "2"))),
       post,
       3,
       {"FILE:4: field 'date': not a calendar date: 2025-02-30"}},
      {"PostingCsvTooManyDigits",
       "p.csv",
       text(csv_header + csv_rows("2025-04-01", "123456789012345678901.00")),
       post,
       3,
       {"FILE:2: field 'debit': ", "too large"}},
      {"PostingCsvTooManyDecimals",
       "p.csv",
       text(csv_header + csv_rows("2025-04-01", "10.005")),
       post,
       3,
       {"FILE:2: field 'debit': ", "more than two decimals"}},
      {"PostingCsvNegativeZero",
       "p.csv",
       text(csv_header + csv_rows("2025-04-01", "-0.00")),
       post,
       3,
       {"FILE:2: field 'debit': negative amount '-0.00': write it positive in the other column"}},
      {"PostingJsonNegativeZero",
       "p.json",
       text(replaced(json_file(), "\"10.00\"", "\"-0.00\"")),
       post,
       3,
       {"FILE: transaction 1, posting 1: field 'debit': negative amount '-0.00'"}},
      {"PostingCsvImpossibleDate",
       "p.csv",
       text(csv_header + csv_rows("2025-02-30")),
       post,
       3,
       {"FILE:2: field 'date': "}},
      {"PostingCsvUnknownColumn",
       "p.csv",
       text("txn,entity,journal,date,label,account,debit,credit,colour\n1,AT,OD,2025-04-01,A,606100,10.00,,red\n"),
       post,
       3,
       {"FILE:1: unknown column 'colour'"}},
      // Posting JSON (post --file F.json).
      {"PostingJsonEmpty", "p.json", text(""), post, 3, {"FILE: not valid JSON at byte 1"}},
      {"PostingJsonNoTransaction",
       "p.json",
       text(R"({"transactions": []})"),
       post,
       3,
       {"FILE: no transaction in the file"}},
      {"PostingJsonInvalidUtf8",
       "p.json",
       text(json_file("2025-04-01", "", "Caf\xE9")),
       post,
       3,
       {"FILE: not valid JSON at byte", "UTF-8"}},
      {"PostingJsonNulByte",
       "p.json",
       text(json_file("2025-04-01", "", std::string("Ach\0at", 6))),
       post,
       3,
       {"FILE: not valid JSON at byte"}},
      {"PostingJsonTooManyDecimals",
       "p.json",
       text(replaced(json_file(), "\"10.00\"", "\"10.005\"")),
       post,
       3,
       {"FILE: transaction 1, posting 1: field 'debit': ", "more than two decimals"}},
      {"PostingJsonImpossibleDate",
       "p.json",
       text(json_file("2025-02-30")),
       post,
       3,
       {"FILE: transaction 1: field 'date': "}},
      {"PostingJsonUnknownKey",
       "p.json",
       text(json_file("2025-04-01", R"(, "debt": "1.00")")),
       post,
       3,
       {"FILE: transaction 1, posting 1: unknown key 'debt'"}},
      // FEC (import fec).
      {"FecEmpty", "f.txt", text(""), fec, 3, {"FILE"}},
      {"FecHeaderOnly",
       "f.txt",
       text(fec_header),
       fec,
       3,
       {"FILE:2: field 'JournalCode': the file has a header and no lines"}},
      {"FecOnlyZeroAmounts",
       "f.txt",
       text(fec_header + fec_lines("20250301", "0,00")),
       fec,
       3,
       {"FILE: no entry to import: its 1 entry has only zero amounts"}},
      {"FecByteOrderMark", "f.txt", text("\xEF\xBB\xBF" + fec_header + fec_lines()), fec, 0, {}, true},
      {"FecLatin9", "f.txt", text(fec_header + fec_lines("20250301", "10,00", "Caf\xE9")), fec, 0, {}, true},
      {"FecNulByte",
       "f.txt",
       text(fec_header + fec_lines("20250301", "10,00", std::string("Ach\0at", 6))),
       fec,
       3,
       {"FILE:2: a NUL byte at column 53: not a text file"}},
      {"Fec10MbLine",
       "f.txt",
       [] { return fec_header + fec_lines("20250301", "10,00", long_text); },
       fec,
       3,
       {"FILE:2: the line is over ", "over the limit of 1048576 (1 MiB)"}},
      {"FecCrOnlyLineEnds", "f.txt", text(cr_only(fec_header + fec_lines())), fec, 0, {}, true},
      {"FecTooManyDecimals",
       "f.txt",
       text(fec_header + fec_lines("20250301", "10,005")),
       fec,
       3,
       {"FILE:2: field 'Debit'"}},
      {"FecNegativeZero",
       "f.txt",
       text(fec_header + fec_lines() + fec_line("708000", "-0,00", "0,00")),
       fec,
       0,
       {},
       true},
      {"FecImpossibleDate",
       "f.txt",
       text(fec_header + fec_lines("20250230")),
       fec,
       3,
       {"FILE:2: field 'EcritureDate'"}},
      // Z report (guinguette import).
      {"ZReportEmpty", "z.csv", text(""), z, 3, {"FILE: no till day in the file"}, false, true},
      {"ZReportHeaderOnly", "z.csv", text(z_header), z, 3, {"FILE: no till day in the file"}, false, true},
      {"ZReportInvalidUtf8",
       "z.csv",
       text(z_header + replaced(z_row(), "Z1", "Z\xE9")),
       z,
       3,
       {"FILE:2: invalid UTF-8 at column"},
       false,
       true},
      {"ZReportTooManyDecimals",
       "z.csv",
       text(z_header + z_row("2025-06-14", "10.001")),
       z,
       3,
       {"FILE:2: field 'total_ttc'"},
       false,
       true},
      {"ZReportImpossibleDate",
       "z.csv",
       text(z_header + z_row("2025-02-30")),
       z,
       3,
       {"FILE:2: field 'date'"},
       false,
       true},
      {"ZReportUnknownColumn",
       "z.csv",
       text(replaced(z_header, "z_number", "z_number,note") + z_row()),
       z,
       3,
       {"FILE:1: unknown column 'note'"},
       false,
       true},
      // Scenario files (forecast cafe, forecast funding).
      {"CafeScenarioUnknownKey",
       "s.toml",
       [] { return "colour = \"red\"\n" + read_file(scenarios / "cafe-associatif.toml"); },
       cafe,
       3,
       {"FILE:1", "colour", "unknown key"}},
      {"CafeScenarioInvalidUtf8",
       "s.toml",
       [] { return "# caf\xE9\n" + read_file(scenarios / "cafe-associatif.toml"); },
       cafe,
       3,
       {"FILE:1"}},
      {"CafeScenarioEmpty", "s.toml", text(""), cafe, 3, {"FILE"}},
      {"FundingScenarioZeroRuns",
       "s.toml",
       [] { return replaced(read_file(scenarios / "funding-base.toml"), "runs = 10000", "runs = 0"); },
       funding,
       3,
       {"FILE:224", "monte_carlo.runs", "0 is out of range (1 to 1000000)"}},
      {"FundingScenarioBillionRuns",
       "s.toml",
       [] { return replaced(read_file(scenarios / "funding-base.toml"), "runs = 10000", "runs = 1000000000"); },
       funding,
       3,
       {"FILE:224", "monte_carlo.runs", "1000000000 is out of range (1 to 1000000)"}},
      {"FundingScenarioUnknownKey",
       "s.toml",
       [] { return replaced(read_file(scenarios / "funding-base.toml"), "seed = 2025", "seed = 2025\nsed = 1"); },
       funding,
       3,
       {"FILE:226", "monte_carlo.sed", "unknown key"}},
      // Bank statements (bank import; CAMT.053, OFX and CSV).
      {"BankCsvEmpty", "b.csv", text(""), bank, 3, {"FILE"}},
      {"BankCsvTooManyDecimals",
       "b.csv",
       text("Date;Libellé;Référence;Montant\n10/02/2025;LOYER;B-1;-1 440,001\n"),
       bank,
       3,
       {"FILE:2"}},
      {"BankCsvImpossibleDate",
       "b.csv",
       text("Date;Libellé;Référence;Montant\n30/02/2025;LOYER;B-1;-1 440,00\n"),
       bank,
       3,
       {"FILE:2"}},
      {"BankOfxNotOfx", "b.ofx", text("hello\n"), {"bank", "import", "FILE", "--entity", "AT"}, 3, {"FILE"}},
      {"BankCamtNotXml",
       "b.xml",
       text("<Document><BkToCstmrStmt>"),
       {"bank", "import", "FILE", "--entity", "AT"},
       3,
       {"FILE"}},
      // Grant budget (grant budget --file).
      {"GrantBudgetUnknownColumn",
       "g.csv",
       text("line,amount,note\n64,100,x\n"),
       budget,
       3,
       {"FILE:1: unknown column 'note' (expected one of: line, amount, detail)"},
       false,
       false,
       false,
       true},
      {"GrantBudgetInvalidUtf8",
       "g.csv",
       text("line,amount,detail\n64,100,Caf\xE9\n"),
       budget,
       3,
       {"FILE:2: invalid UTF-8 at column 11"},
       false,
       false,
       false,
       true},
      // Book files (--db).
      {"BookNotABook", "other.db", text("hello, not a database\n"), book, 3, {"FILE"}, false, false, true},
      {"BookEmptyFile", "other.db", text(""), book, 3, {"FILE"}, false, false, true},
      {"BookNewerSchema",
       "other.db",
       text(""),
       book,
       1,
       {"FILE has schema version 99, newer than this program knows", "upgrade Comptoir"},
       false,
       false,
       true},
  };
  return c;
}

class BadInputTest : public E2eTest, public ::testing::WithParamInterface<Case> {};

std::string with_path(std::string text, const std::string& path) {
  for (auto at = text.find("FILE"); at != std::string::npos; at = text.find("FILE", at + path.size())) {
    text.replace(at, 4, path);
  }
  return text;
}

TEST_P(BadInputTest, IsRefusedNamingWhereAndChangesNothing) {
  const Case& c = GetParam();
  if (c.guinguette_date) {
    ASSERT_EQ(
        comptoir({"guinguette", "event", "add", "--date", "2025-06-14", "--tour", "grand-est", "--commune", "Villers"})
            .exit_code,
        0);
  }
  if (c.grant) {
    ASSERT_EQ(comptoir({"grant",      "add",           "REGION-2025", "--entity",         "AT",     "--funder",
                        "F-REGION",   "--funder-name", "Région",      "--amount",         "30000",  "--from",
                        "2025-01-01", "--to",          "2025-12-31",  "--income-account", "741200", "--earmarked",
                        "--purpose",  "Cafés"})
                  .exit_code,
              0);
  }
  const std::filesystem::path file = dir_ / c.file;
  if (c.name == "BookNewerSchema") {
    std::filesystem::copy_file(db_, file);
    ASSERT_EQ(exec_sql(file, "PRAGMA user_version = 99"), "");
  } else {
    write_file(file, c.content());
  }
  const std::string bytes = read_file(file);
  const auto before = snapshot();
  std::vector<std::string> args;
  for (const auto& a : c.args) args.push_back(with_path(a, file.string()));
  const RunResult r = c.own_book ? run(dir_, args) : comptoir(args);
  EXPECT_EQ(r.exit_code, c.exit_code) << r.out << r.err.substr(0, 2000);
  for (const auto& part : c.err) {
    EXPECT_TRUE(contains(r.err, with_path(part, file.string()))) << with_path(part, file.string()) << "\n"
                                                                 << r.err.substr(0, 2000);
  }
  EXPECT_LT(r.err.size(), 4000U) << "a message quoting the whole input";
  if (c.book_changes) {
    EXPECT_EQ(r.err, "");
  } else {
    EXPECT_THAT(snapshot(), SameBookAs(before));
  }
  EXPECT_TRUE(read_file(file) == bytes) << "the input file was changed";
}

INSTANTIATE_TEST_SUITE_P(BadInput, BadInputTest, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& c) { return c.param.name; });

}  // namespace
}  // namespace comptoir::e2e
