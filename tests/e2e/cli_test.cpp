// The command line as a new user meets it: a mistyped command, French
// dates, an unknown fiscal year, text that fits a terminal, French dates in
// text listings.
#include <sstream>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using CommandLine = E2eTest;
using CommandLineOnDemo = DemoBookSuite;

TEST_F(CommandLine, AMistypedCommandIsNamedWithTheNearestOne) {
  const auto r = comptoir({"balanse", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "unknown command 'balanse'; did you mean 'balance'?")) << r.err;
  const auto far = comptoir({"--format", "csv", "xyzzy"});
  EXPECT_EQ(far.exit_code, 2);
  EXPECT_TRUE(contains(far.err, "unknown command 'xyzzy'")) << far.err;
  EXPECT_FALSE(contains(far.err, "did you mean")) << far.err;
}

TEST_F(CommandLine, AMistypedOrMissingSubcommandIsNamedToo) {
  const auto r = comptoir({"--read-only", "cofinancing", "rules"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err,
                       "unknown command 'cofinancing rules'; did you mean 'cofinancing rule'? "
                       "(comptoir cofinancing --help lists the commands)"))
      << r.err;
  const auto deeper = comptoir({"cofinancing", "rule", "lst", "--format", "csv"});
  EXPECT_EQ(deeper.exit_code, 2);
  EXPECT_TRUE(contains(deeper.err, "did you mean 'cofinancing rule list'?")) << deeper.err;
  const auto missing = comptoir({"vat"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(contains(missing.err, "'comptoir vat' needs a command: ")) << missing.err;
  EXPECT_TRUE(contains(missing.err, "summary")) << missing.err;
  // Help and a command's own arguments are not mistaken for commands.
  EXPECT_EQ(comptoir({"vat", "--help"}).exit_code, 0);
  EXPECT_EQ(comptoir({"cofinancing", "rule", "list"}).exit_code, 0);
}

TEST_F(CommandLine, AnUnknownEntityHasNoYearsToList) {
  const auto before = snapshot();
  const auto r = comptoir({"year", "list", "--entity", "XX"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "the book has no entity 'XX'")) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(CommandLine, DatesMayBeTypedTheFrenchWay) {
  const auto r =
      comptoir({"post", "--entity", "AT", "--journal", "AC", "--date", "03/02/2025", "--ref", "F1", "--label", "Loyer",
                "--debit", "613200=100.00", "--credit", "401000=100.00", "--validate", "--today", "10/02/2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(
      contains(output({"journal", "--format", "csv", "--from", "01/02/2025", "--to", "28/02/2025"}), ",2025-02-03,"));
  EXPECT_EQ(comptoir({"journal", "--from", "31/02/2025"}).exit_code, 3);
}

TEST_F(CommandLine, AFiscalYearTheBookDoesNotHaveIsRefused) {
  for (const std::string command : {"balance", "journal", "ledger"}) {
    const auto r = comptoir({command, "--year", "2031"});
    EXPECT_EQ(r.exit_code, 3) << command;
    EXPECT_TRUE(contains(r.err, "no fiscal year 2031")) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
  EXPECT_EQ(comptoir({"balance", "--entity", "XX"}).exit_code, 3);
}

TEST_F(CommandLineOnDemo, TextListingsFitEightyColumns) {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"journal", "--entity", "AT"},
                                               {"balance"},
                                               {"balance", "--entity", "RES"},
                                               {"ledger", "--account", "6"},
                                               {"balance", "--by", "tag"}}) {
    const auto r = comptoir(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_LE(widest_line(r.out), 80u) << args[0];
  }
  const auto wide = comptoir({"--width", "120", "journal", "--entity", "AT"});
  EXPECT_GT(widest_line(wide.out), 80u);
}

TEST_F(CommandLineOnDemo, TextDatesAreFrenchAndMachineDatesIso) {
  const auto text = comptoir({"journal", "--entity", "AT", "--journal", "AN"});
  EXPECT_TRUE(contains(text.out, " 01/01/2025 ")) << text.out;
  EXPECT_FALSE(contains(text.out, "2025-01-01")) << text.out;
  EXPECT_TRUE(
      contains(comptoir({"--locale", "en", "journal", "--entity", "AT", "--journal", "AN"}).out, " 2025-01-01 "));
  EXPECT_TRUE(
      contains(comptoir({"journal", "--entity", "AT", "--journal", "AN", "--format", "csv"}).out, ",2025-01-01,"));
}

}  // namespace
}  // namespace comptoir::e2e
