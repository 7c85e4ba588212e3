// End to end: the issue's co-financing example through the real binary —
// communes, prestations and their splits, headroom, invoices in VE — and a
// refused prestation that leaves the book unchanged.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using Cofinancing = E2eTest;

class CofinancingExample : public CommuneAFeasibility {
 protected:
  void SetUp() override {
    CommuneAFeasibility::SetUp();
    if (HasFatalFailure()) return;
    const auto r = comptoir({"prestation", "add", "--commune", "COM-A", "--type", "recruitment", "--price", "10000",
                             "--date", "2025-11-15"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "plafond atteint")) << r.out;
  }
  // Only a delivered prestation is invoiced.
  void sign_and_deliver(const std::string& id) {
    ASSERT_EQ(comptoir({"prestation", "sign", id, "--date", "2025-10-01"}).exit_code, 0);
    ASSERT_EQ(comptoir({"prestation", "deliver", id, "--date", "2025-10-02"}).exit_code, 0);
  }
};

TEST_F(CofinancingExample, SplitsOfTheTwoPrestations) {
  const auto r = comptoir({"prestation", "list", "--commune", "COM-A", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "id,commune,type,date,status,price_ht,payer,payer_name,share_ht,cap_reached\n")) << r.out;
  EXPECT_TRUE(
      contains(r.out, "1,COM-A,feasibility,2025-10-01,quoted,12000.00,F-BDT,Banque des Territoires,6000.00,false"));
  EXPECT_TRUE(contains(r.out, ",F-FCR,Fonds de soutien au commerce rural,5000.00,true")) << r.out;
  EXPECT_TRUE(contains(r.out, "1,COM-A,feasibility,2025-10-01,quoted,12000.00,COM-A,Commune A,1000.00,false"));
  EXPECT_TRUE(
      contains(r.out, "2,COM-A,recruitment,2025-11-15,quoted,10000.00,F-BDT,Banque des Territoires,4000.00,true"));
  EXPECT_TRUE(contains(r.out, ",F-FCR,Fonds de soutien au commerce rural,0.00,true")) << r.out;
  EXPECT_TRUE(contains(r.out, "2,COM-A,recruitment,2025-11-15,quoted,10000.00,COM-A,Commune A,6000.00,false"));
}

// Text: the type in words (French by default, English with --locale en),
// whole commune codes, 80 columns at most, capped shares starred.
TEST_F(CofinancingExample, TextListingSaysTheTypeInWords) {
  ASSERT_EQ(comptoir({"commune", "add", "COM-SAINT-SEVER-DE-RUSTAN", "Saint-Sever-de-Rustan"}).exit_code, 0);
  ASSERT_EQ(comptoir({"prestation", "add", "--commune", "COM-SAINT-SEVER-DE-RUSTAN", "--type", "operation-support",
                      "--price", "800", "--date", "2025-12-01"})
                .exit_code,
            0);
  auto r = comptoir({"prestation", "list"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "étude de faisabilité")) << r.out;
  EXPECT_TRUE(contains(r.out, "recrutement")) << r.out;
  EXPECT_TRUE(contains(r.out, "COM-SAINT-SEVER-DE-RUSTAN          aide au fonctionnement commune")) << r.out;
  EXPECT_TRUE(contains(r.out, "F-FCR*")) << r.out;
  EXPECT_TRUE(contains(r.out, "\n* plafond atteint\n")) << r.out;
  EXPECT_FALSE(contains(r.out, "feasibility")) << r.out;
  EXPECT_LE(widest_line(r.out), 80U) << r.out;
  r = comptoir({"--locale", "en", "prestation", "list"});
  EXPECT_TRUE(contains(r.out, "feasibility study")) << r.out;
  EXPECT_TRUE(contains(r.out, "operation support")) << r.out;
  EXPECT_TRUE(contains(r.out, "* co-financing cap reached")) << r.out;
}

TEST_F(CofinancingExample, HeadroomIsUsedUp) {
  const auto r = comptoir({"cofinancing", "headroom", "--commune", "COM-A", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "BDT,Banque des Territoires,true,commune,10000.00,10000.00,0.00")) << r.out;
  EXPECT_TRUE(contains(r.out, "FCR,Fonds de soutien au commerce rural,true,commune,5000.00,5000.00,0.00")) << r.out;
}

// Yes/no flags are JSON booleans, not "yes" or "false" strings.
TEST_F(CofinancingExample, JsonFlagsAreBooleans) {
  auto r = comptoir({"cofinancing", "headroom", "--commune", "COM-A", "--year", "2025", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, R"({"rule":"BDT","funder_name":"Banque des Territoires","eligible":true,)")) << r.out;
  EXPECT_FALSE(contains(r.out, R"("eligible":")")) << r.out;
  r = comptoir({"prestation", "show", "2", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(
      r.out, R"("payer":"F-BDT","payer_name":"Banque des Territoires","share_ht":"4000.00","cap_reached":true})"))
      << r.out;
  EXPECT_TRUE(contains(r.out, R"("share_ht":"6000.00","cap_reached":false})")) << r.out;
}

// Text fits 80 columns: long funder names are cut rather than the line widened.
TEST_F(CofinancingExample, HeadroomTextFitsTheTerminal) {
  const auto r = comptoir({"cofinancing", "headroom", "--commune", "COM-A", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Marge de cofinancement - COM-A\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nBDT    Banque des … oui      commune")) << r.out;
  EXPECT_TRUE(contains(r.out, "\n" + std::string(80, '-') + "\n")) << r.out;
}

TEST_F(CofinancingExample, InvoicesArePostedInVe) {
  sign_and_deliver("1");
  auto r = comptoir({"--today", "2025-10-02", "prestation", "invoice", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"balance", "--entity", "AT", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "411000,Usagers,14400.00,0.00,14400.00")) << r.out;
  EXPECT_TRUE(contains(r.out, "445711,TVA collectée 20 %,0.00,2400.00,-2400.00")) << r.out;
  EXPECT_TRUE(contains(r.out, "706010,Prestations - études de préfiguration,0.00,12000.00,-12000.00")) << r.out;
  r = comptoir({"prestation", "show", "1", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, ",invoiced,")) << r.out;
  EXPECT_EQ(comptoir({"--read-only", "verify"}).exit_code, 0);
  EXPECT_EQ(comptoir({"prestation", "invoice", "1"}).exit_code, 4);
}

TEST_F(CofinancingExample, EarlierPrestationChangingAnInvoicedSplitIsRefused) {
  sign_and_deliver("1");
  ASSERT_EQ(comptoir({"--today", "2025-10-02", "prestation", "invoice", "1"}).exit_code, 0);
  const auto before = snapshot();
  const std::string list = output({"prestation", "list", "--format", "csv"});
  const auto r = comptoir(
      {"prestation", "add", "--commune", "COM-A", "--type", "feasibility", "--price", "3000", "--date", "2025-09-15"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "already invoiced")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  EXPECT_EQ(output({"prestation", "list", "--format", "csv"}), list);
}

TEST_F(Cofinancing, RulesCanBeAddedListedAndEnded) {
  auto r =
      comptoir({"cofinancing", "rule", "add", "REG", "--funder", "F-REGION", "--name", "Région Grand Est", "--rate",
                "1/4", "--cap", "2000", "--scope", "commune-year", "--from", "2025-01-01", "--priority", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(comptoir({"cofinancing", "rule", "end", "REG", "--on", "2025-12-31"}).exit_code, 0);
  r = comptoir({"cofinancing", "rule", "list", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "REG,F-REGION,Région Grand Est,25.00 %,2000.00,commune-year,ht,2025-01-01,2025-12-31,,3"))
      << r.out;
  EXPECT_TRUE(
      contains(r.out, "BDT,F-BDT,Banque des Territoires,50.00 %,10000.00,commune,ht,2025-09-01,,villages-d-avenir,1"))
      << r.out;
  ASSERT_EQ(comptoir({"commune", "add", "COM-B", "Commune B"}).exit_code, 0);
  r = comptoir({"prestation", "add", "--commune", "COM-B", "--type", "opening-support", "--price", "1000", "--date",
                "2025-08-01", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "F-REGION,Région Grand Est,250.00")) << r.out;
  EXPECT_FALSE(contains(r.out, "F-BDT")) << r.out;  // before 2025-09-01 and not flagged
  EXPECT_EQ(comptoir({"cofinancing", "rule", "add", "BAD", "--funder", "F", "--rate", "3/2", "--cap", "1", "--from",
                      "2025-01-01"})
                .exit_code,
            3);
  EXPECT_EQ(comptoir({"prestation", "add", "--commune", "COM-X", "--type", "feasibility", "--price", "1", "--date",
                      "2025-10-01"})
                .exit_code,
            3);
}

}  // namespace
}  // namespace comptoir::e2e
