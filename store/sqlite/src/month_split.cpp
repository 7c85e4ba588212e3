// Splitting a date range into whole and partial months.
#include "month_split.hpp"

#include <cstdio>

namespace comptoir {
namespace {

std::string month_text(int year_month) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", year_month / 100, year_month % 100);
  return text;
}

int next_month(int year_month) {
  return year_month % 100 == 12 ? (year_month / 100 + 1) * 100 + 1 : year_month + 1;
}

int previous_month(int year_month) {
  return year_month % 100 == 1 ? (year_month / 100 - 1) * 100 + 12 : year_month - 1;
}

Date first_day(Date d) {
  return Date::from_ymd(d.year(), d.month(), 1);
}

}  // namespace

MonthSplit MonthSplit::of(std::optional<Date> from, std::optional<Date> to) {
  MonthSplit split;
  if (from && to && *from > *to) {
    split.has_whole_months = false;
    return split;
  }
  const bool starts_month = !from || from->day() == 1;
  const bool ends_month = !to || *to == to->end_of_month();
  if (from && to && from->year_month() == to->year_month() && !(starts_month && ends_month)) {
    split.has_whole_months = false;
    split.partial_ranges.emplace_back(*from, *to);
    return split;
  }
  std::optional<int> first;
  std::optional<int> last;
  if (from) {
    first = starts_month ? from->year_month() : next_month(from->year_month());
    if (!starts_month) split.partial_ranges.emplace_back(*from, from->end_of_month());
  }
  if (to) {
    last = ends_month ? to->year_month() : previous_month(to->year_month());
    if (!ends_month) split.partial_ranges.emplace_back(first_day(*to), *to);
  }
  if (first && last && *first > *last) split.has_whole_months = false;
  if (first) split.first_month = month_text(*first);
  if (last) split.last_month = month_text(*last);
  return split;
}

}  // namespace comptoir
