// A fiscal year (exercice) of one entity: any dates, usually 12 months (a
// first year may run from 1 to 24 months). A year is named by the year of
// its closing date: 2024-09-01..2025-08-31 is fiscal year 2025. A closed
// year refuses every write.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace comptoir {

enum class FiscalYearStatus { Open, Closed };

struct FiscalYear {
  int year = 0;  // label: the year of the closing date
  Date start;
  Date end;
  FiscalYearStatus status = FiscalYearStatus::Open;

  [[nodiscard]] bool contains(Date d) const { return start <= d && d <= end; }
  [[nodiscard]] bool is_open() const { return status == FiscalYearStatus::Open; }
};

[[nodiscard]] std::string to_string(FiscalYearStatus s);
[[nodiscard]] FiscalYearStatus parse_fiscal_year_status(const std::string& s);

// The shortest and longest fiscal years, in months (a first year may be
// shortened or lengthened; every later one is 12 months).
inline constexpr int min_fiscal_year_months = 1;
inline constexpr int max_fiscal_year_months = 24;

// The calendar year `year`: 1 January to 31 December.
[[nodiscard]] FiscalYear calendar_fiscal_year(int year);
// The year from `start` to `end` (both inclusive), named after end's year.
// Throws Error(InvalidInput) unless it runs from 1 to 24 months: `end` at
// least the day before start + 1 month, at most the day before start + 24
// months (months clamped to their end: Jan 31 + 1 month = Feb 28).
[[nodiscard]] FiscalYear fiscal_year_between(Date start, Date end);
// The 12-month year that starts on `start`.
[[nodiscard]] FiscalYear twelve_months_from(Date start);
// The 12-month year that follows `year` (it starts the day after its end).
[[nodiscard]] FiscalYear following_fiscal_year(const FiscalYear& year);
// The 12-month year that ends in `label` on the same closing day as
// `model` (its month and day, or the month's last day when model ends on
// one): with model 2024-09-01..2025-08-31, label 2023 is
// 2022-09-01..2023-08-31.
[[nodiscard]] FiscalYear fiscal_year_ending_in(int label, const FiscalYear& model);
// The year of `years` that contains `d`, if any.
[[nodiscard]] std::optional<FiscalYear> fiscal_year_containing(const std::vector<FiscalYear>& years, Date d);
// The dates of the year named `label` among an entity's `years`: that year
// if it has one, else the 12-month year ending in `label` on the closing
// day of its first year (cut to end before the first year starts), or the
// calendar year when `years` is empty. Lets a computation run by year over
// dates outside the book's years (a grant that started earlier) without
// counting a day twice.
[[nodiscard]] FiscalYear fiscal_year_named(const std::vector<FiscalYear>& years, int label);
// The name of the year (as fiscal_year_named sees them) that holds `d`.
[[nodiscard]] int fiscal_year_label_of(const std::vector<FiscalYear>& years, Date d);
// "2025 (2024-09-01..2025-08-31)", for messages.
[[nodiscard]] std::string describe(const FiscalYear& year);

}  // namespace comptoir
