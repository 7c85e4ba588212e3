// A bank statement (relevé de compte) as read from a bank's file, whatever
// its format: the account's opening and closing balances and its lines.
// Amounts are signed as the bank sees them: a credit (money in) is
// positive, as is a debit of 512 in the books.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

enum class BankFormat { Camt053, Ofx, Csv };

[[nodiscard]] std::string to_string(BankFormat format);

// One movement on the statement (Ntry, STMTTRN, a CSV row).
struct BankLine {
  std::int64_t id = 0;    // store id, 0 before it is stored
  std::string reference;  // the bank's reference, unique per account (AcctSvcrRef, FITID)
  Date booking_date;
  std::optional<Date> value_date;
  Money amount;  // signed: credit (money in) positive
  std::string label;
  // Where the line was read: "file.xml:42: element Stmt[1]/Ntry[3]",
  // "file.csv:12". For errors.
  std::string origin;
  std::int64_t match_id = 0;  // read from the store: 0 when not matched
};

struct BankStatement {
  std::int64_t id = 0;        // store id, 0 before it is stored
  std::string statement_ref;  // Stmt/Id, a CSV file's name
  std::string iban;           // the account on the statement, "" when the file does not say
  std::optional<Date> from;   // first day covered, when the file says
  Date to;                    // last day covered (or the last line's date)
  // Balances: a CSV export carries none; the import then takes the previous
  // statement's closing balance as opening and adds the lines.
  std::optional<Money> opening;
  std::optional<Money> closing;
  std::vector<BankLine> lines;
  std::string origin;  // "file.xml: Stmt 1", for errors

  [[nodiscard]] Money lines_total() const;
};

// A whole file: one or more statements (a CAMT.053 may hold several).
struct BankFile {
  std::string name;  // as given on the command line, for messages
  BankFormat format = BankFormat::Csv;
  std::string hash;  // SHA-256 of the bytes: the same file is imported once
  std::vector<BankStatement> statements;
};

}  // namespace comptoir
