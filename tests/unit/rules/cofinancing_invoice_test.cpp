// Invoices of a co-financed prestation: one balanced VE entry per payer with
// a non-zero share, VAT rounded half-up per invoice, the right accounts.
#include <gtest/gtest.h>

#include "cofinancing/prestation_entries.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

Prestation recruitment() {
  Prestation p;
  p.id = 7;
  p.commune = "COM-A";
  p.type = PrestationType::Recruitment;
  p.price_ht = Money::parse("100.05");
  p.vat_rate = Rational(1, 5);
  p.date = Date::parse("2025-10-01");
  return p;
}

CofinancingSplit split_of(const char* funder, const char* commune, const char* zero) {
  return CofinancingSplit{{{"BDT", "F-BDT", "Banque des Territoires", Money::parse(funder), false, 0},
                           {"FCR", "F-FCR", "Fonds", Money::parse(zero), true, 0},
                           {"", "COM-A", "Commune A", Money::parse(commune), false, 0}}};
}

TEST(CofinancingInvoice, OneBalancedEntryPerPayingShare) {
  const auto invoices =
      build_prestation_invoices(recruitment(), split_of("50.02", "50.03", "0"), Date::parse("2025-10-02"));
  ASSERT_EQ(invoices.size(), 2U);
  const auto& funder = invoices[0];
  EXPECT_EQ(funder.entity, "AT");
  EXPECT_EQ(funder.journal, "VE");
  EXPECT_EQ(funder.date, Date::parse("2025-10-02"));
  ASSERT_EQ(funder.postings.size(), 3U);
  EXPECT_EQ(funder.postings[0].account, "411000");
  EXPECT_EQ(funder.postings[0].auxiliary, "F-BDT");
  EXPECT_EQ(funder.postings[0].debit, Money::parse("60.02"));  // 50.02 + 10.004 -> 10.00
  EXPECT_EQ(funder.postings[1].account, "706020");
  EXPECT_EQ(funder.postings[1].credit, Money::parse("50.02"));
  EXPECT_EQ(funder.postings[1].tags.at("activity"), "prestations");
  EXPECT_EQ(funder.postings[1].tags.at("commune"), "COM-A");
  EXPECT_EQ(funder.postings[2].account, "445711");
  EXPECT_EQ(funder.postings[2].credit, Money::parse("10.00"));
  const auto& commune = invoices[1];
  EXPECT_EQ(commune.postings[0].auxiliary, "COM-A");
  EXPECT_EQ(commune.postings[2].credit, Money::parse("10.01"));  // 10.006 -> 10.01 (half-up per invoice)
  for (const auto& t : invoices) EXPECT_EQ(t.total_debit(), t.total_credit());
}

TEST(CofinancingInvoice, RevenueAccountPerType) {
  EXPECT_EQ(revenue_account(PrestationType::Feasibility), "706010");
  EXPECT_EQ(revenue_account(PrestationType::Recruitment), "706020");
  EXPECT_EQ(revenue_account(PrestationType::OpeningSupport), "706030");
  EXPECT_EQ(revenue_account(PrestationType::OperationSupport), "706040");
  EXPECT_EQ(parse_prestation_type("opening-support"), PrestationType::OpeningSupport);
  EXPECT_THROW((void)parse_prestation_type("catering"), Error);
}

TEST(CofinancingInvoice, VatAccounts) {
  EXPECT_EQ(collected_vat_account(Rational(1, 5)), "445711");
  EXPECT_EQ(collected_vat_account(Rational(1, 10)), "445712");
  EXPECT_EQ(collected_vat_account(Rational(11, 200)), "445713");
  EXPECT_EQ(collected_vat_account(Rational(0)), "");
  EXPECT_THROW((void)collected_vat_account(Rational(1, 4)), Error);
}

TEST(CofinancingInvoice, SplitMustSumToThePrice) {
  EXPECT_THROW((void)build_prestation_invoices(recruitment(), split_of("50", "50", "0"), Date::parse("2025-10-02")),
               Error);
}

}  // namespace
}  // namespace comptoir
