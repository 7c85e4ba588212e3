// What an entity's books are kept in: the entity itself, its chart of
// general accounts, the auxiliary (third-party) accounts hanging under them
// and its journals. Plain data: Book checks it, the BookWriter stores it.
#pragma once

#include <string>
#include <string_view>

namespace comptoir {

// An association that keeps its own books: AT (Action Territoriale,
// VAT-liable) or RES (Réseau 1000 cafés, not VAT-liable); more can be added.
struct Entity {
  std::string code;   // "AT", "RES"
  std::string name;   // "Action Territoriale"
  std::string siren;  // 9 digits, used in the FEC file name
  bool vat_liable = false;
};

// A general ledger account (compte général) of an entity's chart: a PCG
// number of 6+ digits and a label.
struct Account {
  std::string number;  // "706000"
  std::string label;   // "Prestations de services"

  // PCG class: the first digit (1..8).
  [[nodiscard]] int account_class() const { return number.empty() ? 0 : number[0] - '0'; }
};

// True if `number` is a valid general account number: 6 to 12 digits, first 1-8.
[[nodiscard]] bool is_valid_account_number(std::string_view number);

// Cash (trésorerie) is PCG class 5: banks (51), cash in hand (53),
// short-term investments (50), internal transfers (58). Named once so that
// the forecasts' base-year cash, the monthly cash and the closing checks
// agree on what cash is; a TransactionFilter's account_prefix takes it.
inline constexpr std::string_view cash_account_prefix = "5";

// True if `number` is a cash (trésorerie) account.
[[nodiscard]] constexpr bool is_cash_account(std::string_view number) {
  return number.starts_with(cash_account_prefix);
}

// An auxiliary (third-party) account: a commune, supplier, funder or the
// other association, hanging under a collective account such as 411, 401,
// 441 or 467 (the FEC's CompAuxNum / CompAuxLib).
struct AuxiliaryAccount {
  std::string code;            // "COM-VILLERS", "F-ANCT"
  std::string label;           // "Commune de Villers"
  std::string parent_account;  // collective account, e.g. "411000"
};

// A journal (journal comptable): AC purchases, VE sales, BQ bank,
// CA Guinguette till, OD miscellaneous, AN opening balances (à-nouveaux).
struct Journal {
  std::string code;
  std::string label;
};

}  // namespace comptoir
