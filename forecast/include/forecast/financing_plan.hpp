// The start-up financing plan (plan de financement initial): what the
// project needs (besoins) against what funds it (ressources).
#pragma once

#include <vector>

#include "forecast/financing_line.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

struct FinancingPlan {
  std::vector<FinancingLine> uses;       // investments (excl. VAT under a real regime), VAT to pre-finance, first stock, starting cash
  std::vector<FinancingLine> resources;  // own funds, grants, loans
  Money total_uses;
  Money total_resources;
  Money balance;  // resources − uses: negative means the project is under-funded
};

}  // namespace comptoir::forecast
