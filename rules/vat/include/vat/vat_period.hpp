// A VAT return period: one calendar month or one calendar quarter. Its code
// names the return in piece references: "2025-03" or "2025-T1" (trimestre).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace comptoir {

enum class VatPeriodKind { Month, Quarter };

struct VatPeriod {
  VatPeriodKind kind = VatPeriodKind::Month;
  int year = 0;
  int index = 1;  // month 1-12, or quarter 1-4

  [[nodiscard]] static VatPeriod month(int year, int month);
  [[nodiscard]] static VatPeriod quarter(int year, int quarter);
  // "2025-03", "2025-Q1" or "2025-T1". Throws Error(InvalidInput).
  [[nodiscard]] static VatPeriod parse(std::string_view text);

  [[nodiscard]] Date first_day() const;
  [[nodiscard]] Date last_day() const;
  [[nodiscard]] std::string code() const;  // "2025-03", "2025-T1"
  [[nodiscard]] bool overlaps(const VatPeriod& other) const;
};

// "month" | "quarter"; throws Error(InvalidInput) otherwise.
[[nodiscard]] VatPeriodKind parse_vat_period_kind(std::string_view text);
// The 12 months or 4 quarters of a calendar year, in order.
[[nodiscard]] std::vector<VatPeriod> vat_periods_of_year(int year, VatPeriodKind kind);

}  // namespace comptoir
