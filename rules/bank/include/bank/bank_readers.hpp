// The readers of the bank formats. Each takes the file's bytes and the
// name to quote in errors; a bad file throws Error(InvalidInput) naming the
// file, the line (CSV, OFX) or the XML element, and the field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank/bank_statement.hpp"

namespace comptoir {

// ISO 20022 camt.053 (BkToCstmrStmt): each Stmt with its OPBD and CLBD
// balances and its entries (Ntry: Amt, CdtDbtInd, BookgDt, ValDt,
// AcctSvcrRef, RmtInf or AddtlNtryInf). Read with libxml2.
[[nodiscard]] std::vector<BankStatement> read_camt053(std::string_view content, const std::string& source);

// Writes statements as a camt.053.001.02 message (what a bank delivers):
// each with its OPBD and CLBD balances (both required) and its lines as
// booked entries, the label as remittance information. `message_id` names
// the message, `iban` the account. read_camt053 reads it back exactly.
[[nodiscard]] std::string write_camt053(const std::vector<BankStatement>& statements, const std::string& message_id,
                                        const std::string& iban);

// OFX 1.x (SGML) or 2.x (XML): each STMTRS with LEDGERBAL (closing) and its
// STMTTRN (TRNAMT, DTPOSTED, DTUSER, FITID, NAME, MEMO). OFX carries no
// opening balance: it is the closing balance less the lines.
[[nodiscard]] std::vector<BankStatement> read_ofx(std::string_view content, const std::string& source);

// A French bank's CSV export read with a column profile (bank_csv.hpp).
struct BankCsvProfile;
[[nodiscard]] BankStatement read_bank_csv(std::string_view content, const std::string& source,
                                          const BankCsvProfile& profile);

// The format of a file from its first bytes: camt.053 XML, OFX, else CSV.
[[nodiscard]] BankFormat detect_bank_format(std::string_view content);

// Reads a whole file: detects its format, reads it (CSV with the profile
// named, required then), hashes its bytes. Throws Error(InvalidInput).
[[nodiscard]] BankFile read_bank_file(std::string_view content, const std::string& source,
                                      const std::string& csv_profile);

}  // namespace comptoir
