// End to end: fiscal years of any dates (init --start/--end, year add, the
// year a posting falls in, FEC of a year from September to August).
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using FiscalYears = E2eTest;

std::vector<std::string> post_on(const std::string& date, const std::string& amount) {
  return {"post",
          "--entity",
          "AT",
          "--journal",
          "AC",
          "--date",
          date,
          "--ref",
          "F-" + date,
          "--label",
          "Achat",
          "--debit",
          "606100=" + amount,
          "--credit",
          "401000=" + amount,
          "--validate"};
}

// `year list --format csv` without its last column (the status, which is
// printed as a localised word today rather than a code).
std::string without_status(const std::string& csv) {
  std::string out;
  std::size_t begin = 0;
  while (begin < csv.size()) {
    std::size_t end = csv.find('\n', begin);
    if (end == std::string::npos) end = csv.size();
    const std::string line = csv.substr(begin, end - begin);
    out += line.substr(0, line.rfind(',')) + '\n';
    begin = end + 1;
  }
  return out;
}

TEST_F(FiscalYears, InitWithStartOpensTwelveMonthsNamedByTheClosingYear) {
  auto r = run(dir_, {"--db", "sept.db", "init", "--start", "2024-09-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "fiscal year 2025 (2024-09-01..2025-08-31) open")) << r.out;
  r = run(dir_, {"--db", "sept.db", "year", "list", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(without_status(r.out),
            "entity,year,start,end\n"
            "AT,2025,2024-09-01,2025-08-31\n"
            "RES,2025,2024-09-01,2025-08-31\n");
}

TEST_F(FiscalYears, AFirstYearOfSeventeenMonthsThenYearAddOpensTheNextTwelve) {
  auto r = run(dir_, {"--db", "long.db", "init", "--start", "2024-04-01", "--end", "2025-08-31"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run(dir_, {"--db", "long.db", "year", "add", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Opened fiscal year 2026 (2025-09-01..2026-08-31) of AT")) << r.out;
  r = run(dir_, {"--db", "long.db", "year", "list", "--entity", "AT", "--format", "csv"});
  EXPECT_EQ(without_status(r.out),
            "entity,year,start,end\n"
            "AT,2025,2024-04-01,2025-08-31\n"
            "AT,2026,2025-09-01,2026-08-31\n");
}

TEST_F(FiscalYears, InitRefusesOtherLengthsAndYearWithStart) {
  auto r = run(dir_, {"--db", "bad.db", "init", "--start", "2024-09-01", "--end", "2026-09-30"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "1 to 24 months")) << r.err;
  r = run(dir_, {"--db", "bad.db", "init", "--start", "2024-09-01", "--end", "2024-09-15"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "bad.db"));
  r = run(dir_, {"--db", "bad.db", "init", "--year", "2025", "--start", "2024-09-01"});
  EXPECT_EQ(r.exit_code, 2);
  r = run(dir_, {"--db", "bad.db", "init", "--end", "2025-08-31"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "bad.db"));
}

TEST_F(FiscalYears, RefusedInitOrYearAddLeavesTheBookUnchanged) {
  const auto before = snapshot();
  auto r = comptoir({"init", "--start", "2024-09-01"});
  EXPECT_NE(r.exit_code, 0);
  r = comptoir({"init", "--start", "2024-09-01", "--end", "2027-01-31"});
  EXPECT_EQ(r.exit_code, 3);
  r = comptoir({"year", "add", "--year", "2025"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "overlaps")) << r.err;
  r = comptoir({"year", "add", "--entity", "XX"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(FiscalYears, CalendarBooksStillAddEarlierAndLaterYears) {
  auto r = comptoir({"year", "add"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Opened fiscal year 2026 (2026-01-01..2026-12-31) of AT")) << r.out;
  r = comptoir({"year", "add", "--entity", "RES", "--year", "2024"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "2024 (2024-01-01..2024-12-31) of RES")) << r.out;
}

TEST_F(FiscalYears, APostingFallsInTheYearWhoseDatesContainIt) {
  ASSERT_EQ(run(dir_, {"--db", "sept.db", "init", "--start", "2024-09-01"}).exit_code, 0);
  for (const auto& date : {"2024-10-15", "2025-06-20"}) {
    auto args = post_on(date, "100.00");
    args.insert(args.begin(), {"--db", "sept.db"});
    auto r = run(dir_, args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  auto r = run(dir_, {"--db", "sept.db", "journal", "--entity", "AT", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "AT-2025-000001")) << r.out;
  EXPECT_TRUE(contains(r.out, "AT-2025-000002")) << r.out;
  r = run(dir_, {"--db", "sept.db", "balance", "--year", "2024"});
  EXPECT_EQ(r.exit_code, 3);
  auto late = post_on("2025-09-01", "1.00");
  late.insert(late.begin(), {"--db", "sept.db"});
  r = run(dir_, late);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "no fiscal year")) << r.err;
}

TEST_F(FiscalYears, FecOfAYearFromSeptemberToAugustRoundTrips) {
  ASSERT_EQ(run(dir_, {"--db", "sept.db", "init", "--start", "2024-09-01"}).exit_code, 0);
  ASSERT_EQ(run(dir_, {"--db", "sept.db", "entity", "set", "--entity", "AT", "--siren", "732829320"}).exit_code, 0);
  for (const auto& [date, amount] : {std::pair{"2024-10-15", "1440.00"}, std::pair{"2025-06-20", "37.51"}}) {
    auto args = post_on(date, amount);
    args.insert(args.begin(), {"--db", "sept.db"});
    auto r = run(dir_, args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  auto r = run(dir_, {"--db", "sept.db", "export", "fec", "--entity", "AT", "--year", "2025", "--out", "fec"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "fec/732829320FEC20250831.txt\n");
  ASSERT_EQ(run(dir_, {"--db", "copy.db", "init", "--start", "2024-09-01"}).exit_code, 0);
  r = run(dir_, {"--db", "copy.db", "import", "fec", "fec/732829320FEC20250831.txt", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto original =
      run(dir_, {"--db", "sept.db", "balance", "--entity", "AT", "--year", "2025", "--format", "csv"});
  const auto imported =
      run(dir_, {"--db", "copy.db", "balance", "--entity", "AT", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(original.exit_code, 0) << original.err;
  EXPECT_EQ(imported.out, original.out);
  EXPECT_TRUE(contains(original.out, "606100")) << original.out;
  EXPECT_TRUE(contains(original.out, "1477.51")) << original.out;
  EXPECT_EQ(run(dir_, {"--db", "copy.db", "verify"}).exit_code, 0);
}

TEST_F(FiscalYears, EveryFiscalYearOptionSaysItIsTheYearItEndsIn) {
  const std::vector<std::vector<std::string>> commands{
      {"journal"},       {"ledger"},          {"balance"},          {"year", "add"},    {"close"},
      {"export", "fec"}, {"interco", "list"}, {"interco", "check"}, {"grant", "funds"}, {"forecast", "funding"}};
  for (auto args : commands) {
    args.push_back("--help");
    const auto r = comptoir(args);
    EXPECT_EQ(r.exit_code, 0) << args[0];
    EXPECT_TRUE(contains(r.out, "ends in")) << args[0] << ' ' << args[1] << '\n' << r.out;
  }
}

}  // namespace
}  // namespace comptoir::e2e
