// VAT return periods: parsing, bounds and codes.
#include <charconv>

#include "core/error.hpp"
#include "vat/vat_statement.hpp"

namespace comptoir {
namespace {

[[noreturn]] void bad_period(std::string_view text) {
  throw Error(ErrorKind::InvalidInput,
              "'" + std::string(text) + "' is not a VAT period (YYYY-MM for a month, YYYY-Q1..YYYY-Q4 for a quarter)");
}

int number(std::string_view digits, std::string_view text) {
  int value = 0;
  const auto* end = digits.data() + digits.size();
  auto [ptr, ec] = std::from_chars(digits.data(), end, value);
  if (ec != std::errc() || ptr != end || digits.empty()) bad_period(text);
  return value;
}

}  // namespace

VatPeriod VatPeriod::month(int year, int month) {
  if (month < 1 || month > 12) throw Error(ErrorKind::InvalidInput, "month " + std::to_string(month) + " is not 1-12");
  return {VatPeriodKind::Month, year, month};
}

VatPeriod VatPeriod::quarter(int year, int quarter) {
  if (quarter < 1 || quarter > 4) {
    throw Error(ErrorKind::InvalidInput, "quarter " + std::to_string(quarter) + " is not 1-4");
  }
  return {VatPeriodKind::Quarter, year, quarter};
}

VatPeriod VatPeriod::parse(std::string_view text) {
  if (text.size() < 6 || text[4] != '-') bad_period(text);
  const int year = number(text.substr(0, 4), text);
  const std::string_view rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q' || rest[0] == 'T' || rest[0] == 't')) {
    const int q = number(rest.substr(1), text);
    if (q < 1 || q > 4) bad_period(text);
    return quarter(year, q);
  }
  if (rest.size() != 2) bad_period(text);
  const int m = number(rest, text);
  if (m < 1 || m > 12) bad_period(text);
  return month(year, m);
}

Date VatPeriod::first_day() const {
  const int first_month = kind == VatPeriodKind::Month ? index : 3 * index - 2;
  return Date::from_ymd(year, static_cast<unsigned>(first_month), 1);
}

Date VatPeriod::last_day() const {
  const int last_month = kind == VatPeriodKind::Month ? index : 3 * index;
  return Date::from_ymd(year, static_cast<unsigned>(last_month), 1).end_of_month();
}

std::string VatPeriod::code() const {
  const std::string y = std::to_string(year);
  if (kind == VatPeriodKind::Quarter) return y + "-T" + std::to_string(index);
  return y + (index < 10 ? "-0" : "-") + std::to_string(index);
}

bool VatPeriod::overlaps(const VatPeriod& other) const {
  return first_day() <= other.last_day() && other.first_day() <= last_day();
}

VatPeriodKind parse_vat_period_kind(std::string_view text) {
  if (text == "month") return VatPeriodKind::Month;
  if (text == "quarter") return VatPeriodKind::Quarter;
  throw Error(ErrorKind::InvalidInput, "'" + std::string(text) + "' is not a VAT period kind (month or quarter)");
}

std::vector<VatPeriod> vat_periods_of_year(int year, VatPeriodKind kind) {
  std::vector<VatPeriod> periods;
  const int count = kind == VatPeriodKind::Month ? 12 : 4;
  for (int i = 1; i <= count; ++i) periods.push_back({kind, year, i});
  return periods;
}

}  // namespace comptoir
