// Date: parsing, calendar validity, arithmetic and formats.
#include "core/date.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace comptoir {
namespace {

TEST(Date, ParsesIsoAndCompact) {
  EXPECT_EQ(Date::parse("2025-03-31"), Date::from_ymd(2025, 3, 31));
  EXPECT_EQ(Date::parse("20250331"), Date::from_ymd(2025, 3, 31));
  EXPECT_EQ(Date::parse("2025-03-31").compact(), "20250331");
  EXPECT_EQ(Date::parse("2025-03-31").french(), "31/03/2025");
  EXPECT_EQ(Date::from_ymd(1970, 1, 1).days(), 0);
}

TEST(Date, ParsesFrenchDates) {
  EXPECT_EQ(Date::parse("31/12/2025"), Date::from_ymd(2025, 12, 31));
  EXPECT_EQ(Date::parse("01/03/2025"), Date::from_ymd(2025, 3, 1));
  EXPECT_EQ(Date::parse(" 29/02/2024 "), Date::from_ymd(2024, 2, 29));
}

TEST(Date, RejectsNonDates) {
  for (const char* bad : {"2025-02-29", "2025-13-01", "2025-00-10", "20250431", "2025/03/01", "abc", "", "2025-3-1",
                          "29/02/2025", "31/04/2025", "12/31/2025", "1/3/2025", "31-12-2025"}) {
    EXPECT_THROW((void)Date::parse(bad), Error) << bad;
  }
  EXPECT_NO_THROW((void)Date::parse("2024-02-29"));
}

TEST(Date, MonthArithmeticClampsToMonthEnd) {
  EXPECT_EQ(Date::parse("2025-01-31").plus_months(1), Date::parse("2025-02-28"));
  EXPECT_EQ(Date::parse("2025-11-15").plus_months(3), Date::parse("2026-02-15"));
  EXPECT_EQ(Date::parse("2025-02-10").end_of_month(), Date::parse("2025-02-28"));
  EXPECT_EQ(Date::parse("2025-12-31").plus_days(1), Date::parse("2026-01-01"));
  EXPECT_EQ(Date::parse("2025-07-14").year_month(), 202507);
}

}  // namespace
}  // namespace comptoir
