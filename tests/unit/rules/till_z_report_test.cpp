// Parsing a till's Z report CSV, its checks and the CA entry of a day.
#include "till/till_z_report.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "till/till_import.hpp"

namespace comptoir {
namespace {

const std::string header = "date,tour,total_ttc,ttc_20,ttc_10,ttc_5_5,cash,card,z_number\n";

std::string error_of(const std::string& text) {
  try {
    (void)parse_till_z_report(text, "z.csv", default_vat_rates());
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    return e.what();
  }
  return "no error";
}

TEST(TillZReport, ReadsTypedDays) {
  const auto report = parse_till_z_report(header + "2025-06-14,grand-est,185.55,120.00,55.00,10.55,85.55,100.00,Z1\n",
                                          "z.csv", default_vat_rates());
  ASSERT_EQ(report.days.size(), 1u);
  const TillDay& d = report.days[0];
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.date, Date::from_ymd(2025, 6, 14));
  EXPECT_EQ(d.tour, "grand-est");
  EXPECT_EQ(d.ttc_by_rate, (std::vector<Money>{Money::parse("120"), Money::parse("55"), Money::parse("10.55")}));
  EXPECT_EQ(d.cash, Money::parse("85.55"));
  EXPECT_EQ(d.z_number, "Z1");
  EXPECT_EQ(report.sha256.size(), 64u);
}

TEST(TillZReport, SemicolonsAndNoZNumber) {
  const auto report = parse_till_z_report(
      "date;tour;total_ttc;ttc_20;ttc_10;ttc_5_5;cash;card\n"
      "2025-06-14;picardie;10,00;10,00;0;0;0;10,00\n",
      "z.csv", default_vat_rates());
  ASSERT_EQ(report.days.size(), 1u);
  EXPECT_EQ(report.days[0].card, Money::parse("10"));
}

TEST(TillZReport, RefusesWithFileLineAndReason) {
  EXPECT_NE(error_of("date,tour,total_ttc,ttc_20,ttc_7,ttc_10,ttc_5_5,cash,card\n").find("z.csv:1: field 'ttc_7'"),
            std::string::npos);
  EXPECT_NE(
      error_of(header + "2025-06-14,grand-est,100.00,50.00,40.00,0,100.00,0,\n").find("z.csv:2: field 'total_ttc'"),
      std::string::npos);
  EXPECT_NE(error_of(header + "2025-06-14,grand-est,100.00,100.00,0,0,50.00,40.00,\n").find("z.csv:2: field 'card'"),
            std::string::npos);
  EXPECT_NE(error_of(header + "2025-06-31,grand-est,0,0,0,0,0,0,\n").find("z.csv:2: field 'date'"), std::string::npos);
  EXPECT_NE(error_of(header + "2025-06-14,grand-est,-1,-1,0,0,-1,0,\n").find("negative"), std::string::npos);
  const std::string twice = header + "2025-06-14,grand-est,1,1,0,0,1,0,\n2025-06-14,grand-est,2,2,0,0,2,0,\n";
  EXPECT_NE(error_of(twice).find("z.csv:3:"), std::string::npos);
  EXPECT_NE(error_of(header).find("no till day"), std::string::npos);
  EXPECT_NE(error_of("date,tour,total_ttc,ttc_20,ttc_10,cash,card\n").find("ttc_5_5"), std::string::npos);
}

TEST(TillTransaction, PostsSalesAndVatPerRateAgainstCashAndCard) {
  const auto rates = default_vat_rates();
  const auto report =
      parse_till_z_report(header + "2025-06-14,grand-est,20.00,10.00,10.00,0,15.00,5.00,Z9\n", "z.csv", rates);
  const GuinguetteEvent event{7, Date::from_ymd(2025, 6, 14), "grand-est", "Villers", 10, 2};
  const Transaction t = till_transaction(report.days[0], event, rates);
  EXPECT_EQ(t.entity, "AT");
  EXPECT_EQ(t.journal, "CA");
  EXPECT_EQ(t.piece_ref, "Z-Z9");
  ASSERT_EQ(t.postings.size(), 6u);  // cash, card, 707110, 445711, 707120, 445712
  EXPECT_EQ(t.total_debit(), Money::parse("20.00"));
  EXPECT_EQ(t.total_credit(), Money::parse("20.00"));
  EXPECT_EQ(t.postings[2].account, "707110");
  EXPECT_EQ(t.postings[2].credit, Money::parse("8.33"));
  EXPECT_EQ(t.postings[2].tags.at("activity"), "guinguette-grand-est");
  EXPECT_EQ(t.postings[2].tags.at("event"), "7");
  EXPECT_EQ(t.postings[3].account, "445711");
  EXPECT_EQ(t.postings[3].credit, Money::parse("1.67"));
  EXPECT_EQ(t.postings[3].tags.count("activity"), 0u);
  EXPECT_EQ(t.postings[5].credit, Money::parse("0.91"));  // 10 - round(10 / 1.1) = 10 - 9.09
}

}  // namespace
}  // namespace comptoir
