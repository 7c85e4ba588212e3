// A subsidy, a private aid or a donation campaign: an annual amount from a
// named funder, booked under a resource category of an entity. After its
// end date it continues only if renewed (a Bernoulli driver).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace comptoir::forecast {

struct FundingSource {
  std::string entity;                  // "AT", "RES"
  std::string category;                // resource category code: public-subsidies, private-aid, public-generosity
  std::string funder;                  // "ANCT", "Fondation Kronenbourg"
  std::size_t amount = 0;              // driver: euros per year
  std::size_t growth = 0;              // driver: yearly growth of the amount
  std::optional<std::size_t> renewal;  // driver (Bernoulli) when `end` is given
  std::optional<Date> from;            // first day (none: already running)
  std::optional<Date> end;             // last day of the current agreement
  std::vector<unsigned> months;        // months it is received (empty: all year)
  std::string where;                   // "<file>:<line>: key '<table>'": for errors found against the book
};

}  // namespace comptoir::forecast
