// The samples of tests/e2e/bad_input_test.cpp: a good file of each input
// kind, built from its parts so that each case spoils one of them.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e::bad_input {

inline const std::filesystem::path scenarios =
    std::filesystem::path(COMPTOIR_TEST_DATA_DIR).parent_path().parent_path() / "forecast" / "scenarios";

inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// Posting CSV: one transaction of two rows.
inline const std::string csv_header = "txn,entity,journal,date,label,account,debit,credit\n";
inline std::string csv_rows(const std::string& date = "2025-04-01", const std::string& debit = "10.00",
                            const std::string& label = "Achat", const std::string& txn = "1") {
  return txn + ",AT,OD," + date + "," + label + ",606100," + debit + ",\n" + txn + ",AT,OD," + date + "," + label +
         ",512000,,10.00\n";
}

// Posting JSON: one transaction.
inline std::string json_file(const std::string& date = "2025-04-01", const std::string& extra = "",
                             const std::string& label = "Achat") {
  return R"({"transactions": [{"entity": "AT", "journal": "OD", "date": ")" + date + R"(", "label": ")" + label +
         R"(", "postings": [{"account": "606100", "debit": "10.00")" + extra +
         R"(}, {"account": "512000", "credit": "10.00"}]}]})";
}

// FEC: one entry of two lines.
inline const std::string fec_header =
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t"
    "PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n";
inline std::string fec_line(const std::string& account, const std::string& debit, const std::string& credit,
                            const std::string& date = "20250301", const std::string& label = "Achat") {
  return "OD\tDivers\t1\t" + date + "\t" + account + "\tCompte\t\t\tP1\t" + date + "\t" + label + "\t" + debit + "\t" +
         credit + "\t\t\t" + date + "\t\t\n";
}
inline std::string fec_lines(const std::string& date = "20250301", const std::string& amount = "10,00",
                             const std::string& label = "Achat") {
  return fec_line("606100", amount, "0,00", date, label) + fec_line("512000", "0,00", amount, date, label);
}

// Z report: one till day of the Guinguette date the case adds.
inline const std::string z_header = "date,tour,total_ttc,ttc_20,ttc_10,ttc_5_5,cash,card,z_number\n";
inline std::string z_row(const std::string& date = "2025-06-14", const std::string& total = "10.00") {
  return date + ",grand-est," + total + "," + total + ",0.00,0.00," + total + ",0.00,Z1\n";
}

inline std::string cr_only(std::string text) {
  std::replace(text.begin(), text.end(), '\n', '\r');
  return text;
}

inline const std::string long_text(10'000'000, 'x');  // NOLINT(bugprone-string-constructor): a 10 MB field, on purpose

}  // namespace comptoir::e2e::bad_input
