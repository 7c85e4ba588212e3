// Fiscal year status names, lengths and the years that follow.
#include "core/fiscal_year.hpp"

#include "core/error.hpp"

namespace comptoir {
namespace {

// The last day of the `months` months that start on `start`: the day before
// start, `months` later, kept at its month's end when it is one (from
// 2027-03-01, 12 months end on 2028-02-29).
Date last_day_of(Date start, int months) {
  const Date before = start.plus_days(-1);
  const Date moved = before.plus_months(months);
  return before == before.end_of_month() ? moved.end_of_month() : moved;
}

}  // namespace

std::string to_string(FiscalYearStatus s) {
  return s == FiscalYearStatus::Open ? "open" : "closed";
}

FiscalYearStatus parse_fiscal_year_status(const std::string& s) {
  if (s == "open") return FiscalYearStatus::Open;
  if (s == "closed") return FiscalYearStatus::Closed;
  throw Error(ErrorKind::InvalidInput, "unknown fiscal year status '" + s + "'");
}

FiscalYear calendar_fiscal_year(int year) {
  return FiscalYear{year, Date::from_ymd(year, 1, 1), Date::from_ymd(year, 12, 31), FiscalYearStatus::Open};
}

FiscalYear fiscal_year_between(Date start, Date end) {
  const Date shortest = last_day_of(start, min_fiscal_year_months);
  const Date longest = last_day_of(start, max_fiscal_year_months);
  if (end < shortest || longest < end) {
    throw Error(ErrorKind::InvalidInput, "a fiscal year from " + start.iso() + " to " + end.iso() +
                                             " is refused: a fiscal year runs from " +
                                             std::to_string(min_fiscal_year_months) + " to " +
                                             std::to_string(max_fiscal_year_months) + " months (from " + start.iso() +
                                             ", it ends between " + shortest.iso() + " and " + longest.iso() + ")");
  }
  return FiscalYear{end.year(), start, end, FiscalYearStatus::Open};
}

FiscalYear twelve_months_from(Date start) {
  return fiscal_year_between(start, last_day_of(start, 12));
}

FiscalYear following_fiscal_year(const FiscalYear& year) {
  return twelve_months_from(year.end.plus_days(1));
}

FiscalYear fiscal_year_ending_in(int label, const FiscalYear& model) {
  const Date first_of_month = Date::from_ymd(label, model.end.month(), 1);
  Date end = first_of_month.end_of_month();
  if (model.end != model.end.end_of_month() && model.end.day() < end.day()) {
    end = Date::from_ymd(label, model.end.month(), model.end.day());
  }
  const Date start = end.plus_days(1).plus_months(-12);
  return FiscalYear{label, start, end, FiscalYearStatus::Open};
}

std::optional<FiscalYear> fiscal_year_containing(const std::vector<FiscalYear>& years, Date d) {
  for (const auto& y : years) {
    if (y.contains(d)) return y;
  }
  return std::nullopt;
}

FiscalYear fiscal_year_named(const std::vector<FiscalYear>& years, int label) {
  if (years.empty()) return calendar_fiscal_year(label);
  const FiscalYear* first = &years.front();
  for (const auto& y : years) {
    if (y.year == label) return y;
    if (y.start < first->start) first = &y;
  }
  FiscalYear aligned = fiscal_year_ending_in(label, *first);
  if (label < first->year && first->start <= aligned.end) aligned.end = first->start.plus_days(-1);
  return aligned;
}

int fiscal_year_label_of(const std::vector<FiscalYear>& years, Date d) {
  if (auto y = fiscal_year_containing(years, d)) return y->year;
  return fiscal_year_named(years, d.year()).contains(d) ? d.year() : d.year() + 1;
}

std::string describe(const FiscalYear& year) {
  return std::to_string(year.year) + " (" + year.start.iso() + ".." + year.end.iso() + ")";
}

}  // namespace comptoir
