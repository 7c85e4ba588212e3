// End to end: a prestation's status steps (quoted -> signed -> delivered ->
// invoiced -> paid) through the real binary, the receipts of each payer in
// BQ, and every other step refused with exit 3, a clear message and the
// book unchanged.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

// Commune A, flagged for both funders: 12,000.00 HT on 2025-10-01 is split
// F-BDT 6,000.00 (7,200.00 TTC), F-FCR 5,000.00 (6,000.00), COM-A 1,000.00 (1,200.00).
class PrestationStatus : public CommuneAFeasibility {
 protected:
  std::string status() {
    const auto r = comptoir({"prestation", "show", "1", "--format", "csv"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const auto at = r.out.find("\n1,COM-A,feasibility,2025-10-01,");
    if (at == std::string::npos) return "?";
    const auto from = at + std::string("\n1,COM-A,feasibility,2025-10-01,").size();
    return r.out.substr(from, r.out.find(',', from) - from);
  }
  void step(const std::vector<std::string>& args, const std::string& expected_status) {
    const auto r = comptoir(args);
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(status(), expected_status);
  }
  // Exit 3, the message contains `why`, nothing changed (book and status).
  void expect_refused(const std::vector<std::string>& args, const std::string& why) {
    const auto before = snapshot();
    const std::string was = status();
    const auto r = comptoir(args);
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_TRUE(contains(r.err, why)) << r.err;
    EXPECT_THAT(snapshot(), SameBookAs(before));
    EXPECT_EQ(status(), was);
  }
  void invoice() { step({"--today", "2025-10-20", "prestation", "invoice", "1", "--date", "2025-10-20"}, "invoiced"); }
  RunResult pay(const std::string& payer, const std::string& date) {
    return comptoir({"--today", date, "prestation", "pay", "1", "--payer", payer, "--date", date});
  }
};

TEST_F(PrestationStatus, FromQuoteToPayment) {
  EXPECT_EQ(status(), "quoted");
  step({"prestation", "sign", "1", "--date", "2025-10-03"}, "signed");
  step({"prestation", "deliver", "1", "--date", "2025-10-15"}, "delivered");
  invoice();
  auto r = pay("COM-A", "2025-11-05");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Received 1200.00 from COM-A")) << r.out;
  EXPECT_TRUE(contains(r.out, "REG-PR1-COM-A")) << r.out;
  EXPECT_EQ(status(), "invoiced");  // the funders have not paid yet
  ASSERT_EQ(pay("F-BDT", "2025-12-19").exit_code, 0);
  EXPECT_EQ(status(), "invoiced");
  r = pay("F-FCR", "2025-12-22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "status paid")) << r.out;
  EXPECT_EQ(status(), "paid");
  r = comptoir({"balance", "--entity", "AT", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "411000,Usagers,14400.00,14400.00,0.00")) << r.out;
  EXPECT_TRUE(contains(r.out, "512000,")) << r.out;
  EXPECT_TRUE(contains(r.out, ",14400.00,0.00,14400.00")) << r.out;
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM txn WHERE journal = 'BQ' AND status = 'validated'"), "3");
  EXPECT_EQ(comptoir({"--read-only", "verify"}).exit_code, 0);
}

TEST_F(PrestationStatus, StepsOutOfOrderAreRefused) {
  expect_refused({"prestation", "deliver", "1"}, "prestation 1 is quoted, it cannot become delivered");
  expect_refused({"prestation", "invoice", "1"}, "prestation 1 is quoted, it cannot become invoiced");
  expect_refused({"prestation", "pay", "1", "--payer", "COM-A", "--date", "2025-10-05"}, "not invoiced");
  expect_refused({"prestation", "sign", "1", "--date", "2025-09-30"}, "before its date 2025-10-01");
  step({"prestation", "sign", "1", "--date", "2025-10-03"}, "signed");
  expect_refused({"prestation", "sign", "1", "--date", "2025-10-03"}, "is signed, it cannot become signed");
  expect_refused({"prestation", "invoice", "1"}, "only delivered next");
  step({"prestation", "deliver", "1", "--date", "2025-10-15"}, "delivered");
  expect_refused({"prestation", "sign", "1", "--date", "2025-10-16"}, "is delivered, it cannot become signed");
  expect_refused({"prestation", "pay", "1", "--payer", "COM-A", "--date", "2025-10-16"}, "not invoiced");
}

TEST_F(PrestationStatus, PaymentsAreChecked) {
  step({"prestation", "sign", "1", "--date", "2025-10-03"}, "signed");
  step({"prestation", "deliver", "1", "--date", "2025-10-15"}, "delivered");
  invoice();
  expect_refused({"prestation", "deliver", "1", "--date", "2025-10-21"}, "is invoiced, it cannot become delivered");
  expect_refused({"prestation", "pay", "1", "--payer", "COM-B", "--date", "2025-11-01"},
                 "COM-B has no invoice for prestation 1 (its payers: F-BDT, F-FCR, COM-A)");
  expect_refused({"prestation", "pay", "1", "--payer", "COM-A", "--date", "2025-10-19"},
                 "cannot precede the invoice of 2025-10-20");
  ASSERT_EQ(pay("COM-A", "2025-11-05").exit_code, 0);
  expect_refused({"prestation", "pay", "1", "--payer", "COM-A", "--date", "2025-11-06"}, "already settled");
  ASSERT_EQ(pay("F-BDT", "2025-12-19").exit_code, 0);
  ASSERT_EQ(pay("F-FCR", "2025-12-19").exit_code, 0);
  EXPECT_EQ(status(), "paid");
  expect_refused({"prestation", "pay", "1", "--payer", "F-FCR", "--date", "2025-12-20"}, "already settled");
  expect_refused({"prestation", "sign", "1", "--date", "2025-12-20"}, "is paid, it cannot become signed");
  // Invoicing again stays refused as a validated entry would be (exit 4).
  EXPECT_EQ(comptoir({"prestation", "invoice", "1"}).exit_code, 4);
}

}  // namespace
}  // namespace comptoir::e2e
