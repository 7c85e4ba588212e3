// Which transactions or postings a listing or report asks for. Every field
// is optional; empty means "all".
#pragma once

#include <optional>
#include <string>

#include "core/date.hpp"

namespace comptoir {

enum class StatusFilter { Validated, Draft, All };

struct TransactionFilter {
  std::string entity;          // "" = every entity
  std::optional<int> fiscal_year;
  std::optional<Date> from;    // inclusive
  std::optional<Date> to;      // inclusive
  std::string account_prefix;  // postings whose account starts with it
  std::string journal;
  StatusFilter status = StatusFilter::Validated;
};

}  // namespace comptoir
