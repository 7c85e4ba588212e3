// Fiscal years of any dates: lengths, the year that follows, the year a date
// falls in, and the name (the year of the closing date).
#include "core/fiscal_year.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "core/error.hpp"

namespace comptoir {
namespace {

Date d(const char* text) {
  return Date::parse(text);
}

ErrorKind kind_of_error(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no error thrown";
  return ErrorKind::Internal;
}

TEST(FiscalYear, CalendarYearRunsFromJanuaryToDecember) {
  const FiscalYear y = calendar_fiscal_year(2025);
  EXPECT_EQ(y.year, 2025);
  EXPECT_EQ(y.start, d("2025-01-01"));
  EXPECT_EQ(y.end, d("2025-12-31"));
}

TEST(FiscalYear, TwelveMonthsFromSeptemberIsNamedByItsClosingYear) {
  const FiscalYear y = twelve_months_from(d("2024-09-01"));
  EXPECT_EQ(y.start, d("2024-09-01"));
  EXPECT_EQ(y.end, d("2025-08-31"));
  EXPECT_EQ(y.year, 2025);
  EXPECT_EQ(describe(y), "2025 (2024-09-01..2025-08-31)");
}

TEST(FiscalYear, TwelveMonthsKeepTheMonthsEnd) {
  EXPECT_EQ(twelve_months_from(d("2027-03-01")).end, d("2028-02-29"));
  EXPECT_EQ(twelve_months_from(d("2024-02-29")).end, d("2025-02-28"));
  EXPECT_EQ(twelve_months_from(d("2024-04-15")).end, d("2025-04-14"));
}

TEST(FiscalYear, AFirstYearRunsFromOneToTwentyFourMonths) {
  const FiscalYear long_year = fiscal_year_between(d("2024-04-01"), d("2025-08-31"));
  EXPECT_EQ(long_year.year, 2025);
  EXPECT_EQ(fiscal_year_between(d("2024-09-01"), d("2024-09-30")).year, 2024);
  EXPECT_EQ(fiscal_year_between(d("2024-09-01"), d("2026-08-31")).year, 2026);
  EXPECT_EQ(fiscal_year_between(d("2024-04-15"), d("2024-12-31")).end, d("2024-12-31"));
}

TEST(FiscalYear, OtherLengthsAreRefused) {
  EXPECT_EQ(kind_of_error([] { (void)fiscal_year_between(d("2024-09-01"), d("2024-09-29")); }),
            ErrorKind::InvalidInput);
  EXPECT_EQ(kind_of_error([] { (void)fiscal_year_between(d("2024-09-01"), d("2026-09-01")); }),
            ErrorKind::InvalidInput);
  EXPECT_EQ(kind_of_error([] { (void)fiscal_year_between(d("2024-09-01"), d("2024-08-31")); }),
            ErrorKind::InvalidInput);
  try {
    (void)fiscal_year_between(d("2024-09-01"), d("2027-08-31"));
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("ends between 2024-09-30 and 2026-08-31"), std::string::npos) << e.what();
  }
}

TEST(FiscalYear, TheYearThatFollowsRunsTwelveMonthsFromTheNextDay) {
  const FiscalYear first = fiscal_year_between(d("2024-04-01"), d("2025-08-31"));
  const FiscalYear next = following_fiscal_year(first);
  EXPECT_EQ(next.start, d("2025-09-01"));
  EXPECT_EQ(next.end, d("2026-08-31"));
  EXPECT_EQ(next.year, 2026);
  const FiscalYear after_leap = following_fiscal_year(fiscal_year_between(d("2023-03-01"), d("2024-02-29")));
  EXPECT_EQ(after_leap.end, d("2025-02-28"));
  EXPECT_EQ(following_fiscal_year(calendar_fiscal_year(2025)).end, d("2026-12-31"));
}

TEST(FiscalYear, AYearEndingInAGivenYearKeepsTheClosingDay) {
  const FiscalYear model = twelve_months_from(d("2024-09-01"));
  const FiscalYear earlier = fiscal_year_ending_in(2023, model);
  EXPECT_EQ(earlier.start, d("2022-09-01"));
  EXPECT_EQ(earlier.end, d("2023-08-31"));
  EXPECT_EQ(earlier.year, 2023);
  const FiscalYear february = fiscal_year_ending_in(2028, twelve_months_from(d("2024-03-01")));
  EXPECT_EQ(february.end, d("2028-02-29"));
  EXPECT_EQ(february.start, d("2027-03-01"));
  const FiscalYear calendar = fiscal_year_ending_in(2024, calendar_fiscal_year(2025));
  EXPECT_EQ(calendar.start, d("2024-01-01"));
  EXPECT_EQ(calendar.end, d("2024-12-31"));
}

TEST(FiscalYear, ADateFallsInTheYearWhoseDatesContainIt) {
  const FiscalYear y2025 = twelve_months_from(d("2024-09-01"));
  const std::vector<FiscalYear> years{y2025, following_fiscal_year(y2025)};
  EXPECT_EQ(fiscal_year_containing(years, d("2024-10-15"))->year, 2025);
  EXPECT_EQ(fiscal_year_containing(years, d("2025-06-30"))->year, 2025);
  EXPECT_EQ(fiscal_year_containing(years, d("2025-08-31"))->year, 2025);
  EXPECT_EQ(fiscal_year_containing(years, d("2025-09-01"))->year, 2026);
  EXPECT_FALSE(fiscal_year_containing(years, d("2024-08-31")));
  EXPECT_FALSE(fiscal_year_containing(years, d("2026-09-01")));
}

TEST(FiscalYear, YearsOutsideTheBookAlignOnTheFirstYearsClosingDay) {
  const std::vector<FiscalYear> years{fiscal_year_between(d("2024-04-01"), d("2025-08-31"))};
  EXPECT_EQ(fiscal_year_named(years, 2025).start, d("2024-04-01"));
  const FiscalYear before = fiscal_year_named(years, 2024);
  EXPECT_EQ(before.start, d("2023-09-01"));
  EXPECT_EQ(before.end, d("2024-03-31"));  // cut: April 2024 belongs to the first year
  const FiscalYear after = fiscal_year_named(years, 2026);
  EXPECT_EQ(after.start, d("2025-09-01"));
  EXPECT_EQ(after.end, d("2026-08-31"));
  EXPECT_EQ(fiscal_year_label_of(years, d("2024-03-31")), 2024);
  EXPECT_EQ(fiscal_year_label_of(years, d("2024-04-01")), 2025);
  EXPECT_EQ(fiscal_year_label_of(years, d("2023-10-01")), 2024);
  EXPECT_EQ(fiscal_year_label_of(years, d("2025-09-01")), 2026);
  EXPECT_EQ(fiscal_year_label_of({}, d("2025-09-01")), 2025);
  EXPECT_EQ(fiscal_year_named({}, 2025).end, d("2025-12-31"));
}

}  // namespace
}  // namespace comptoir
