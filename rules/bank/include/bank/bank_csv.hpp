// Column profiles of French banks' CSV exports, as data
// (data/bank_profiles.csv): the delimiter, the header names of the date,
// label, reference and amount columns (one signed amount, or a debit and a
// credit column), the date format. `--profile NAME` picks one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace comptoir {

struct BankCsvProfile {
  std::string name;
  char delimiter = ';';
  std::string date_column;        // booking date, dd/mm/yyyy
  std::string value_date_column;  // "" when none
  std::string label_column;
  std::string reference_column;  // "" when the bank gives none: derived from the line
  std::string amount_column;     // signed amount, "" when debit and credit are apart
  std::string debit_column;
  std::string credit_column;
  bool debit_negative = false;  // the debit column holds negative numbers ("-12,50")
};

// The profiles embedded from data/bank_profiles.csv.
[[nodiscard]] const std::vector<BankCsvProfile>& bank_csv_profiles();
// Throws Error(InvalidInput) naming the known profiles.
[[nodiscard]] const BankCsvProfile& bank_csv_profile(const std::string& name);
// Reads a profiles table (for tests). Throws Error(InvalidInput).
[[nodiscard]] std::vector<BankCsvProfile> parse_bank_csv_profiles(std::string_view content, const std::string& source);

}  // namespace comptoir
