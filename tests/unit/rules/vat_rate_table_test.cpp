// VAT rates as data: the shipped table and the parser's refusals.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "till/till_import.hpp"
#include "vat/vat_rate.hpp"

namespace comptoir {
namespace {

TEST(VatRates, ShippedTableHasTheGuinguetteRatesExactly) {
  const auto rates = default_vat_rates();
  ASSERT_EQ(rates.size(), 3u);
  EXPECT_EQ(rates[0].code, "20");
  EXPECT_EQ(rates[0].rate, Rational(1, 5));
  EXPECT_EQ(rates[0].sales_account, "707110");
  EXPECT_EQ(rates[0].vat_account, "445711");
  EXPECT_EQ(rates[2].code, "5_5");
  EXPECT_EQ(rates[2].rate, Rational(11, 200));
  EXPECT_NE(find_vat_rate(rates, "10"), nullptr);
  EXPECT_EQ(find_vat_rate(rates, "7"), nullptr);
}

TEST(VatRates, BadRowsNameLineAndField) {
  try {
    (void)parse_vat_rates("code,rate,sales_account,vat_account\n20,0.2,707110,445711\n7,abc,707140,445714\n", "r.csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("r.csv:3: field 'rate'"), std::string::npos) << e.what();
  }
  EXPECT_THROW((void)parse_vat_rates("code,rate,sales_account,vat_account\n20,1.2,1,2\n", "r.csv"), Error);
  EXPECT_THROW((void)parse_vat_rates("code,rate,sales_account,vat_account\n20,0.2,1,2\n20,0.2,1,2\n", "r.csv"), Error);
}

TEST(TillVatSplit, HalfUpHtAndVatSumToTtc) {
  auto s = split_ttc(Money::parse("120.00"), Rational(1, 5));
  EXPECT_EQ(s.ht, Money::parse("100.00"));
  EXPECT_EQ(s.vat, Money::parse("20.00"));
  s = split_ttc(Money::parse("10.00"), Rational(1, 5));  // 8.3333...
  EXPECT_EQ(s.ht, Money::parse("8.33"));
  EXPECT_EQ(s.vat, Money::parse("1.67"));
  s = split_ttc(Money::parse("0.05"), Rational(1, 10));  // 0.04545... -> 0.05
  EXPECT_EQ(s.ht, Money::parse("0.05"));
  EXPECT_TRUE(s.vat.is_zero());
  for (std::int64_t cents = 0; cents < 3000; ++cents) {
    const auto t = split_ttc(Money::from_cents(cents), Rational(11, 200));
    ASSERT_EQ(t.ht + t.vat, Money::from_cents(cents));
  }
}

}  // namespace
}  // namespace comptoir
