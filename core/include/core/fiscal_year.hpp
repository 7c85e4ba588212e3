// A fiscal year (exercice) of one entity: calendar years by default. A
// closed year refuses every write.
#pragma once

#include <string>

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

}  // namespace comptoir
