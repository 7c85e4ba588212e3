// Fiscal year status names as stored and printed.
#include "core/fiscal_year.hpp"

#include "core/error.hpp"

namespace comptoir {

std::string to_string(FiscalYearStatus s) {
  return s == FiscalYearStatus::Open ? "open" : "closed";
}

FiscalYearStatus parse_fiscal_year_status(const std::string& s) {
  if (s == "open") return FiscalYearStatus::Open;
  if (s == "closed") return FiscalYearStatus::Closed;
  throw Error(ErrorKind::InvalidInput, "unknown fiscal year status '" + s + "'");
}

}  // namespace comptoir
