// Reads transactions to post from a CSV or JSON file (formats in README.md,
// "Posting files"). Streams: each complete transaction is handed to `visit`
// as soon as it is read, so a million-row file never sits in memory.
#pragma once

#include <functional>
#include <istream>
#include <string>

#include "core/transaction.hpp"

namespace comptoir::cli {

// `location` is "<file>:<line>" (CSV: the transaction's first line) or
// "<file>: transaction <n>" (JSON), for error messages.
using TransactionVisitor = std::function<void(Transaction&&, const std::string& location)>;

// Throws Error(InvalidInput) naming file, line and field on bad input.
void read_posting_csv(const std::string& path, const TransactionVisitor& visit);
void read_posting_json(const std::string& path, const TransactionVisitor& visit);
// Same over a stream already open; `path` names it in messages (the fuzz
// targets read from memory).
void read_posting_csv(std::istream& in, const std::string& path, const TransactionVisitor& visit);
void read_posting_json(std::istream& in, const std::string& path, const TransactionVisitor& visit);

// Parses "activity=prestations;grant=ANCT-2025" into tags.
[[nodiscard]] Tags parse_tags(const std::string& text, const std::string& where);

}  // namespace comptoir::cli
