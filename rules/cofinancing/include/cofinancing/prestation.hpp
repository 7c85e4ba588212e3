// A prestation sold by Action Territoriale to a commune: type, price HT,
// VAT rate, date and status. Co-financing splits its price between funders
// and the commune (see cofinancing_calculator.hpp).
#pragma once

#include <cstdint>
#include <string>

#include "core/date.hpp"
#include "core/money.hpp"
#include "cofinancing/prestation_status.hpp"
#include "cofinancing/prestation_type.hpp"
#include "core/rational.hpp"

namespace comptoir {

struct Prestation {
  std::int64_t id = 0;  // entry order; 0 before it is stored
  std::string commune;  // Commune::code
  PrestationType type = PrestationType::Feasibility;
  std::string label;
  Money price_ht;
  Rational vat_rate;  // 1/5 for 20 %
  Date date;          // the date caps and rule validity are judged on
  PrestationStatus status = PrestationStatus::Quoted;

  // Price with VAT, VAT rounded half-up to the cent.
  [[nodiscard]] Money price_ttc() const { return price_ht + price_ht.times(vat_rate, RoundingMode::HalfUp); }
};

// Date order, then entry order: the order in which caps are consumed.
[[nodiscard]] inline bool comes_before(const Prestation& a, const Prestation& b) {
  return a.date != b.date ? a.date < b.date : a.id < b.id;
}

}  // namespace comptoir
