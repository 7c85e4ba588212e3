// Rebuilds transactions and ledger lines from the rows of a joined query
// (header x postings x tags), one streaming pass, no book-sized buffers.
#pragma once

#include <functional>

#include "core/book_reader.hpp"
#include "core/transaction.hpp"

namespace comptoir {

class Statement;

class TransactionRows {
 public:
  // The columns every transaction query selects, in this order, from
  // txn t LEFT JOIN posting p LEFT JOIN posting_tag g LEFT JOIN lettering l
  // (the joins: `posting_joins`).
  static constexpr const char* transaction_columns =
      "t.id, t.entity, t.journal, t.date, t.piece_ref, t.piece_date, t.label, t.status, t.fiscal_year, "
      "t.sequence, t.chain_position, t.validation_date, t.hash, p.id, p.account, p.auxiliary, p.debit, "
      "p.credit, p.label, g.key, g.value, l.code, l.date";
  static constexpr const char* posting_joins =
      " LEFT JOIN posting p ON p.txn_id = t.id LEFT JOIN posting_tag g ON g.posting_id = p.id"
      " LEFT JOIN lettering l ON l.posting_id = p.id";
  // Steps `query` (selecting transaction_columns, ordered by transaction,
  // line, tag key) and calls `visit` once per transaction.
  static void visit_transactions(Statement& query, const std::function<void(const Transaction&)>& visit);

  // The columns of a ledger query: posting p JOIN txn t LEFT JOIN
  // posting_tag g LEFT JOIN lettering l.
  static constexpr const char* ledger_columns =
      "p.entity, p.txn_id, t.fiscal_year, t.sequence, t.journal, p.date, t.piece_ref, t.label, p.id, p.account, "
      "p.auxiliary, p.debit, p.credit, p.label, g.key, g.value, l.code, l.date";
  // Steps `query` (selecting ledger_columns, ordered with a posting's tag
  // rows together) and calls `visit` once per posting.
  static void visit_ledger_lines(Statement& query, const std::function<void(const LedgerLine&)>& visit);
};

}  // namespace comptoir
