// Bank statements: totals, the format of a file, reading a whole file.
#include "bank/bank_statement.hpp"

#include "bank/bank_csv.hpp"
#include "bank/bank_readers.hpp"
#include "core/error.hpp"
#include "core/sha256.hpp"

namespace comptoir {

std::string to_string(BankFormat format) {
  switch (format) {
    case BankFormat::Camt053:
      return "camt.053";
    case BankFormat::Ofx:
      return "ofx";
    case BankFormat::Csv:
      return "csv";
  }
  return "csv";
}

Money BankStatement::lines_total() const {
  Money total;
  for (const auto& line : lines) total += line.amount;
  return total;
}

BankFormat detect_bank_format(std::string_view content) {
  const std::string_view head = content.substr(0, 4096);
  if (head.find("OFXHEADER") != std::string_view::npos || head.find("<OFX>") != std::string_view::npos) {
    return BankFormat::Ofx;
  }
  if (head.find("BkToCstmrStmt") != std::string_view::npos || head.find("camt.053") != std::string_view::npos) {
    return BankFormat::Camt053;
  }
  return BankFormat::Csv;
}

BankFile read_bank_file(std::string_view content, const std::string& source, const std::string& csv_profile) {
  BankFile file;
  file.name = source;
  file.hash = sha256_hex(content);
  file.format = detect_bank_format(content);
  switch (file.format) {
    case BankFormat::Camt053:
      file.statements = read_camt053(content, source);
      break;
    case BankFormat::Ofx:
      file.statements = read_ofx(content, source);
      break;
    case BankFormat::Csv:
      if (csv_profile.empty()) {
        throw Error(ErrorKind::InvalidInput,
                    source + ": neither camt.053 nor OFX; a CSV export needs --profile (see bank profiles)");
      }
      file.statements.push_back(read_bank_csv(content, source, bank_csv_profile(csv_profile)));
      break;
  }
  return file;
}

}  // namespace comptoir
