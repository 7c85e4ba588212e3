// Importing a bank file into an entity's bank account, all or nothing: the
// file and its lines are new (or `again`), each statement's opening balance
// follows the previous closing balance and its lines sum to its closing.
#pragma once

#include <optional>
#include <string>

#include "bank/bank_statement.hpp"
#include "bank/bank_store.hpp"
#include "core/book_reader.hpp"

namespace comptoir {

struct BankImportOptions {
  std::string entity;
  std::string account = "512000";
  bool again = false;  // import a file or lines seen before
  // The opening balance of a file that carries none (CSV), for an
  // account's first statement; later ones start at the previous closing.
  std::optional<Money> opening;
};

struct BankImportSummary {
  int statements = 0;
  int lines = 0;
  Money opening;  // of the first statement
  Money closing;  // of the last
};

// Checks everything, then stores in the caller's write scope. Throws
// Error(Locked) for a file or a line imported before (exit 4),
// Error(InvalidInput) for balances that do not follow or do not add up,
// naming the statement's element or the line, Error(NotFound) for an
// unknown entity or account.
BankImportSummary import_bank_file(const BankFile& file, const BankImportOptions& options, BankStore& store,
                                   const BookReader& book);

// Throws Error(NotFound) unless `account` is a class-5 account of the entity.
void check_bank_account(const BookReader& book, const std::string& entity, const std::string& account);

}  // namespace comptoir
