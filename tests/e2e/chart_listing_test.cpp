// End to end: the chart listings — accounts by prefix, auxiliary accounts,
// and an unknown entity refused rather than listed empty.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using ChartListing = E2eTest;

TEST_F(ChartListing, AccountsByPrefix) {
  auto r = comptoir({"account", "list", "--entity", "AT", "--prefix", "44571", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("entity,account,label\nAT,445710,TVA collectée\nAT,445711,TVA collectée 20 %\n", 0), 0u)
      << r.out;
  r = comptoir({"--locale", "en", "account", "list", "--entity", "RES", "--prefix", "512"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Chart of accounts"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("RES    512000"), std::string::npos) << r.out;
}

TEST_F(ChartListing, AuxiliaryAccounts) {
  ASSERT_EQ(
      comptoir({"account", "add", "--entity", "RES", "--auxiliary", "F-ANCT", "--parent", "441000", "ANCT"}).exit_code,
      0);
  const auto r = comptoir({"account", "list", "--auxiliaries", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"({"entity":"RES","code":"F-ANCT","label":"ANCT","parent":"441000"})"), std::string::npos)
      << r.out;
}

TEST_F(ChartListing, AnUnknownEntityExitsThree) {
  auto r = comptoir({"account", "list", "--entity", "XX"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("no entity 'XX'"), std::string::npos) << r.err;
  EXPECT_EQ(comptoir({"account", "list", "--auxiliaries", "--entity", "XX"}).exit_code, 3);
}

}  // namespace
}  // namespace comptoir::e2e
