// End to end: a general ledger starting after the fiscal year's start opens
// each account with its balance at the day before (equal to `balance --to`
// that day), its running balance ends at `balance --to` the last day, and
// CSV keeps its header with the opening marked by an empty number/journal.
#include <filesystem>
#include <map>
#include <sstream>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;

const std::string ledger_header =
    "account,date,number,journal,piece,label,debit,credit,balance,entity,auxiliary,line,letter";

std::vector<std::vector<std::string>> rows(const std::string& csv) {
  std::istringstream in(csv);
  std::vector<std::vector<std::string>> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) out.push_back(csv_fields(line));
  return out;
}

class LedgerOpening : public DemoBookSuite {
 protected:
  // account -> balance column of `balance --entity AT --account prefix --to to`.
  std::map<std::string, std::string> balances(const std::string& prefix, const std::string& to) {
    const auto r = comptoir({"balance", "--entity", "AT", "--account", prefix, "--to", to, "--format", "csv"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::map<std::string, std::string> out;
    for (const auto& f : rows(r.out)) out[f[0]] = f[4];
    return out;
  }
};

TEST_F(LedgerOpening, OpeningAndRunningBalanceMatchTheTrialBalance) {
  for (const std::string prefix : {"512", "4", "6"}) {
    SCOPED_TRACE(prefix);
    const auto r = comptoir({"ledger", "--entity", "AT", "--account", prefix, "--from", "2025-03-15", "--to",
                             "2025-06-30", "--format", "csv"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), ledger_header);
    const auto opening = balances(prefix, "2025-03-14");
    const auto closing = balances(prefix, "2025-06-30");
    ASSERT_FALSE(opening.empty());
    std::map<std::string, std::string> opened, last;
    std::string previous;
    for (const auto& f : rows(r.out)) {
      ASSERT_EQ(f.size(), 13u);
      const std::string& account = f[0];
      if (f[2].empty()) {  // the opening line: no number, no journal
        EXPECT_EQ(f[3], "");
        EXPECT_EQ(f[1], "2025-03-14");
        EXPECT_EQ(f[5], "Solde au 2025-03-14");
        EXPECT_NE(account, previous) << "the opening line comes first";
        opened[account] = f[8];
      } else {
        EXPECT_TRUE(account == previous || !opening.contains(account)) << account << " lacks its opening line";
        EXPECT_GE(f[1], "2025-03-15");
      }
      previous = account;
      last[account] = f[8];
    }
    EXPECT_EQ(opened, opening);
    EXPECT_EQ(last, closing);
  }
}

TEST_F(LedgerOpening, NoOpeningFromTheFirstDayOrWithoutFrom) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"ledger", "--entity", "AT", "--account", "512", "--format", "csv"},
           {"ledger", "--entity", "AT", "--account", "512", "--from", "2025-01-01", "--format", "csv"}}) {
    const auto r = comptoir(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto lines = rows(r.out);
    ASSERT_FALSE(lines.empty());
    for (const auto& f : lines) EXPECT_FALSE(f[2].empty()) << r.out;
    EXPECT_EQ(lines.back()[8], balances("512", "2025-12-31").at("512000"));
  }
}

TEST_F(LedgerOpening, YearOptionEnglishLabelAndJson) {
  auto r = comptoir({"--locale", "en", "ledger", "--entity", "AT", "--year", "2025", "--account", "606100", "--from",
                     "2025-10-01", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = rows(r.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front()[5], "Balance at 2025-09-30");
  EXPECT_EQ(lines.front()[8], balances("606100", "2025-09-30").at("606100"));
  r = comptoir({"ledger", "--entity", "AT", "--account", "606100", "--from", "2025-10-01", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Solde au 2025-09-30"), std::string::npos) << r.out;
}

TEST_F(LedgerOpening, TextGolden) {
  const auto r = comptoir({"ledger", "--entity", "AT", "--account", "606100", "--from", "2025-10-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("ledger_at_606100_from_october.txt", r.out);
}

}  // namespace
}  // namespace comptoir::e2e
