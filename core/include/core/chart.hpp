// A general ledger account (compte général) of an entity's chart: a PCG
// number of 6+ digits and a label.
#pragma once

#include <string>
#include <string_view>

namespace comptoir {

struct Account {
  std::string number;  // "706000"
  std::string label;   // "Prestations de services"

  // PCG class: the first digit (1..8).
  [[nodiscard]] int account_class() const { return number.empty() ? 0 : number[0] - '0'; }
};

// True if `number` is a valid general account number: 6 to 12 digits, first 1-8.
[[nodiscard]] bool is_valid_account_number(std::string_view number);

}  // namespace comptoir
