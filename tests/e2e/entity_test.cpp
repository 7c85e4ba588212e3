// End to end: entity list and set (name, SIREN); the SIREN names the FEC file.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using Entity = E2eTest;

TEST_F(Entity, ListsBothAssociations) {
  const auto r = comptoir({"entity", "list", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("AT,Action Territoriale,900000011,assujettie"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("RES,Le Réseau 1000 cafés,900000029,non assujettie"), std::string::npos) << r.out;
}

TEST_F(Entity, ABadSirenIsRefusedAndNothingChanges) {
  const auto before = snapshot();
  auto r = comptoir({"entity", "set", "--entity", "AT", "--siren", "732829321"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("'732829321' is not a SIREN"), std::string::npos) << r.err;
  r = comptoir({"entity", "set", "--entity", "XX", "--siren", "732829320"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("XX"), std::string::npos) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Entity, TheNewSirenNamesTheFecFile) {
  auto r = comptoir({"entity", "set", "--entity", "AT", "--siren", "732829320", "--name", "Action Territoriale 65"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(query_one(db_, "SELECT name || ' ' || siren FROM entity WHERE code = 'AT'"),
            "Action Territoriale 65 732829320");
  EXPECT_EQ(query_one(db_, "SELECT siren FROM entity WHERE code = 'RES'"), "900000029");
  r = comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2025-03-01", "--label", "Frais", "--debit",
                "625100=42.50", "--credit", "512000=42.50", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"export", "fec", "--entity", "AT", "--year", "2025", "--out", (dir_ / "fec").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("732829320FEC20251231.txt"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace comptoir::e2e
