// Grouping joined rows back into transactions and ledger lines.
#include "transaction_rows.hpp"

#include "statement.hpp"

namespace comptoir {
namespace {

void read_header(const Statement& row, Transaction& t) {
  t = Transaction{};
  t.id = row.column_int64(0);
  t.entity = row.column_text(1);
  t.journal = row.column_text(2);
  t.date = Date::parse(row.column_text(3));
  t.piece_ref = row.column_text(4);
  t.piece_date = Date::parse(row.column_text(5));
  t.label = row.column_text(6);
  t.status = row.column_text(7) == "validated" ? TransactionStatus::Validated : TransactionStatus::Draft;
  t.fiscal_year = row.column_int(8);
  t.sequence = row.column_int64(9);
  t.chain_position = row.column_int64(10);
  if (!row.column_is_null(11)) t.validation_date = Date::parse(row.column_text(11));
  t.hash = row.column_text(12);
}

// Reads a posting's own columns starting at `first` (account, auxiliary,
// debit, credit, label).
Posting read_posting(const Statement& row, int first) {
  Posting p;
  p.account = row.column_text(first);
  p.auxiliary = row.column_text(first + 1);
  p.debit = Money::from_cents(row.column_int64(first + 2));
  p.credit = Money::from_cents(row.column_int64(first + 3));
  p.label = row.column_text(first + 4);
  return p;
}

// Reads a posting's lettering (code, date) at `code_column`, if any.
void read_lettering(const Statement& row, int code_column, Posting& posting) {
  if (!row.column_is_null(code_column))
    posting.lettering = LetteringMark{row.column_text(code_column), Date::parse(row.column_text(code_column + 1))};
}

void read_tag(const Statement& row, int key_column, Posting& posting) {
  if (!row.column_is_null(key_column))
    posting.tags.emplace(row.column_text(key_column), row.column_text(key_column + 1));
}

}  // namespace

void TransactionRows::visit_transactions(Statement& query, const std::function<void(const Transaction&)>& visit) {
  Transaction current;
  bool has_current = false;
  std::int64_t posting_id = 0;
  while (query.step("listing transactions")) {
    if (!has_current || query.column_int64(0) != current.id) {
      if (has_current) visit(current);
      read_header(query, current);
      has_current = true;
      posting_id = 0;
    }
    if (query.column_is_null(13)) continue;
    if (query.column_int64(13) != posting_id) {
      posting_id = query.column_int64(13);
      current.postings.push_back(read_posting(query, 14));
      read_lettering(query, 21, current.postings.back());
    }
    read_tag(query, 19, current.postings.back());
  }
  if (has_current) visit(current);
}

void TransactionRows::visit_ledger_lines(Statement& query, const std::function<void(const LedgerLine&)>& visit) {
  LedgerLine current;
  std::int64_t posting_id = 0;
  while (query.step("listing the general ledger")) {
    if (query.column_int64(8) != posting_id) {
      if (posting_id != 0) visit(current);
      posting_id = query.column_int64(8);
      current.entity = query.column_text(0);
      current.transaction_id = query.column_int64(1);
      current.fiscal_year = query.column_int(2);
      current.sequence = query.column_int64(3);
      current.journal = query.column_text(4);
      current.date = Date::parse(query.column_text(5));
      current.piece_ref = query.column_text(6);
      current.transaction_label = query.column_text(7);
      current.posting_id = posting_id;
      current.posting = read_posting(query, 9);
      read_lettering(query, 16, current.posting);
    }
    read_tag(query, 14, current.posting);
  }
  if (posting_id != 0) visit(current);
}

}  // namespace comptoir
