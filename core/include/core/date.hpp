// A calendar date without time zone: what an entry, a piece or a fiscal year
// is dated with. Stored as days since 1970-01-01 for cheap comparisons.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace comptoir {

class Date {
 public:
  constexpr Date() = default;
  // Throws Error(InvalidInput) if the date does not exist.
  [[nodiscard]] static Date from_ymd(int year, unsigned month, unsigned day);
  // "2025-03-31", "20250331" or, as French users type it, "31/03/2025".
  // Throws Error(InvalidInput).
  [[nodiscard]] static Date parse(std::string_view text);
  [[nodiscard]] static constexpr Date from_days(std::int32_t days) { return Date(days); }

  [[nodiscard]] int year() const;
  [[nodiscard]] unsigned month() const;
  [[nodiscard]] unsigned day() const;
  [[nodiscard]] constexpr std::int32_t days() const { return days_; }
  [[nodiscard]] Date plus_days(int n) const { return Date(days_ + n); }
  // Same day n months later, clamped to the month's end (Jan 31 + 1 = Feb 28).
  [[nodiscard]] Date plus_months(int n) const;
  [[nodiscard]] Date end_of_month() const;
  [[nodiscard]] int year_month() const { return year() * 100 + static_cast<int>(month()); }

  [[nodiscard]] std::string iso() const;      // 2025-03-31
  [[nodiscard]] std::string compact() const;  // 20250331 (FEC)
  [[nodiscard]] std::string french() const;   // 31/03/2025

  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

}  // namespace comptoir
