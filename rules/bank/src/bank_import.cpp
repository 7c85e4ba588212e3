// Importing a bank file: the checks, then the store.
#include "bank/bank_import.hpp"

#include <map>
#include <set>

#include "core/error.hpp"

namespace comptoir {

void check_bank_account(const BookReader& book, const std::string& entity, const std::string& account) {
  if (!book.entity(entity)) throw Error(ErrorKind::NotFound, "unknown entity " + entity);
  if (!book.account(entity, account)) {
    throw Error(ErrorKind::NotFound, "account " + account + " is not in " + entity + "'s chart of accounts");
  }
  if (account.rfind('5', 0) != 0) {
    throw Error(ErrorKind::InvalidInput, "account " + account + " is not a bank account (class 5)");
  }
}

BankImportSummary import_bank_file(const BankFile& file, const BankImportOptions& options, BankStore& store,
                                   const BookReader& book) {
  check_bank_account(book, options.entity, options.account);
  if (!options.again) {
    if (const auto seen = store.statement_of_file(file.hash)) {
      throw Error(ErrorKind::Locked, file.name + ": this file was imported before (statement " + seen->statement_ref +
                                         " of " + seen->entity + " " + seen->account + "); --again imports it anyway");
    }
  }
  // References: unique in the file, and new to the account.
  std::map<std::string, const BankLine*> in_file;
  std::vector<std::string> references;
  for (const auto& s : file.statements) {
    for (const auto& line : s.lines) {
      const auto [it, fresh] = in_file.emplace(line.reference, &line);
      if (!fresh && !options.again) {
        throw Error(ErrorKind::InvalidInput,
                    line.origin + ": bank reference " + line.reference + " repeats the line at " + it->second->origin);
      }
      references.push_back(line.reference);
    }
  }
  if (!options.again) {
    const auto known = store.known_references(options.entity, options.account, references);
    if (!known.empty()) {
      const BankLine& first = *in_file.at(known.front());
      throw Error(ErrorKind::Locked, first.origin + ": bank reference " + first.reference + " is already imported in " +
                                         options.entity + " " + options.account + " (" + std::to_string(known.size()) +
                                         " line(s) of this file are); --again imports them anyway");
    }
  }
  // Balances: each statement follows the previous one and adds up.
  const auto stored = store.statements(options.entity, options.account);
  std::optional<Money> previous_closing;
  std::string previous_name;
  if (!stored.empty()) {
    previous_closing = stored.back().closing;
    previous_name = "statement " + stored.back().statement_ref + " (" + stored.back().file_name + ")";
  }
  BankImportSummary summary;
  std::vector<StoredBankStatement> rows;
  for (std::size_t i = 0; i < file.statements.size(); ++i) {
    BankStatement s = file.statements[i];
    if (i == 0 && options.opening) {
      if (s.opening && *s.opening != *options.opening) {
        throw Error(ErrorKind::InvalidInput, s.origin + ": --opening " + options.opening->to_string() +
                                                 " differs from the file's opening balance " + s.opening->to_string());
      }
      s.opening = options.opening;
    }
    StoredBankStatement row;
    row.entity = options.entity;
    row.account = options.account;
    row.file_name = file.name.substr(file.name.find_last_of('/') + 1);  // the folder is the user's, not the bank's
    row.file_hash = file.hash;
    row.format = file.format;
    row.statement_ref = s.statement_ref;
    row.from = s.from;
    row.to = s.to;
    row.opening = s.opening.value_or(previous_closing.value_or(Money{}));
    if (s.opening && previous_closing && *s.opening != *previous_closing) {
      throw Error(ErrorKind::InvalidInput, s.origin + ": opening balance " + s.opening->to_string() +
                                               " does not follow the closing balance " + previous_closing->to_string() +
                                               " of the previous " + previous_name);
    }
    row.closing = row.opening + s.lines_total();
    if (s.closing && *s.closing != row.closing) {
      throw Error(ErrorKind::InvalidInput, s.origin + ": the lines (" + std::to_string(s.lines.size()) + ", total " +
                                               s.lines_total().to_string() + ") from the opening balance " +
                                               row.opening.to_string() + " reach " + row.closing.to_string() +
                                               ", not the closing balance " + s.closing->to_string() + " (difference " +
                                               (*s.closing - row.closing).to_string() + ")");
    }
    if (rows.empty()) summary.opening = row.opening;
    summary.closing = row.closing;
    previous_closing = row.closing;
    previous_name = "statement " + row.statement_ref;
    rows.push_back(std::move(row));
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    store.add_statement(rows[i], file.statements[i].lines);
    ++summary.statements;
    summary.lines += static_cast<int>(file.statements[i].lines.size());
  }
  return summary;
}

}  // namespace comptoir
