// One day of a certified till's closing (Z report), as read from its CSV
// export: totals by VAT rate and by payment mode, all TTC.
#pragma once

#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

struct TillDay {
  long line = 0;  // line of the file, for messages
  Date date;
  std::string tour;
  Money total_ttc;
  std::vector<Money> ttc_by_rate;  // parallel to the VatRate list it was read with
  Money cash;                      // espèces -> 530000
  Money card;                      // carte bancaire -> 511500
  std::string z_number;            // the till's closing number, may be empty
};

}  // namespace comptoir
