// Schema version 11: bank statements and their lines per entity's bank
// account, written once and never changed, and the matches linking lines
// with postings (beside the entries, outside their hash). A line's bank
// reference is unique per account; a line imported again on purpose
// (`--again`) is its next occurrence. A match touching a closed fiscal year
// cannot be made or undone. Never edit once released: a later change is a
// new migration function.
#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

// Amounts INTEGER cents (signed as the bank sees them: a credit, money in,
// is positive), dates TEXT 'YYYY-MM-DD'.
constexpr const char* bank_tables = R"sql(
CREATE TABLE bank_statement (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL REFERENCES entity(code),
  account TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_hash TEXT NOT NULL CHECK (length(file_hash) = 64),
  format TEXT NOT NULL CHECK (format IN ('camt.053', 'ofx', 'csv')),
  statement_ref TEXT NOT NULL,
  from_date TEXT,
  to_date TEXT NOT NULL,
  opening_cents INTEGER NOT NULL,
  closing_cents INTEGER NOT NULL,
  FOREIGN KEY (entity, account) REFERENCES account(entity, number)
) STRICT;
CREATE INDEX bank_statement_by_account ON bank_statement(entity, account, id);
CREATE INDEX bank_statement_by_hash ON bank_statement(file_hash);

CREATE TABLE bank_line (
  id INTEGER PRIMARY KEY,
  statement_id INTEGER NOT NULL REFERENCES bank_statement(id),
  entity TEXT NOT NULL,
  account TEXT NOT NULL,
  reference TEXT NOT NULL CHECK (reference <> ''),
  occurrence INTEGER NOT NULL CHECK (occurrence >= 1),
  booking_date TEXT NOT NULL,
  value_date TEXT,
  amount_cents INTEGER NOT NULL,
  label TEXT NOT NULL,
  UNIQUE (entity, account, reference, occurrence)
) STRICT;
CREATE INDEX bank_line_by_date ON bank_line(entity, account, booking_date, id);

CREATE TABLE bank_match (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  account TEXT NOT NULL,
  automatic INTEGER NOT NULL CHECK (automatic IN (0, 1))
) STRICT;
CREATE TABLE bank_match_line (
  line_id INTEGER PRIMARY KEY REFERENCES bank_line(id),
  match_id INTEGER NOT NULL REFERENCES bank_match(id)
) STRICT;
CREATE INDEX bank_match_line_by_match ON bank_match_line(match_id);
CREATE TABLE bank_match_posting (
  posting_id INTEGER PRIMARY KEY REFERENCES posting(id),
  match_id INTEGER NOT NULL REFERENCES bank_match(id)
) STRICT;
CREATE INDEX bank_match_posting_by_match ON bank_match_posting(match_id);

CREATE TRIGGER bank_statement_no_update BEFORE UPDATE ON bank_statement
BEGIN SELECT RAISE(ABORT, 'a bank statement cannot be changed'); END;
CREATE TRIGGER bank_statement_no_delete BEFORE DELETE ON bank_statement
BEGIN SELECT RAISE(ABORT, 'a bank statement cannot be deleted'); END;
CREATE TRIGGER bank_line_no_update BEFORE UPDATE ON bank_line
BEGIN SELECT RAISE(ABORT, 'a bank statement line cannot be changed'); END;
CREATE TRIGGER bank_line_no_delete BEFORE DELETE ON bank_line
BEGIN SELECT RAISE(ABORT, 'a bank statement line cannot be deleted'); END;

CREATE TRIGGER bank_match_posting_closed_year_insert BEFORE INSERT ON bank_match_posting
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = NEW.posting_id)
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot be matched'); END;
CREATE TRIGGER bank_match_posting_closed_year_delete BEFORE DELETE ON bank_match_posting
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = OLD.posting_id)
BEGIN SELECT RAISE(ABORT, 'the match of a posting in a closed fiscal year cannot be undone'); END;
CREATE TRIGGER bank_match_line_closed_year_insert BEFORE INSERT ON bank_match_line
WHEN EXISTS (SELECT 1 FROM bank_line l JOIN fiscal_year f ON f.entity = l.entity AND f.status = 'closed'
             AND l.booking_date BETWEEN f.start_date AND f.end_date WHERE l.id = NEW.line_id)
BEGIN SELECT RAISE(ABORT, 'a statement line dated in a closed fiscal year cannot be matched'); END;
CREATE TRIGGER bank_match_line_closed_year_delete BEFORE DELETE ON bank_match_line
WHEN EXISTS (SELECT 1 FROM bank_line l JOIN fiscal_year f ON f.entity = l.entity AND f.status = 'closed'
             AND l.booking_date BETWEEN f.start_date AND f.end_date WHERE l.id = OLD.line_id)
BEGIN SELECT RAISE(ABORT, 'the match of a statement line in a closed fiscal year cannot be undone'); END;
CREATE TRIGGER bank_match_no_update BEFORE UPDATE ON bank_match_line
BEGIN SELECT RAISE(ABORT, 'a match cannot be changed: undo it and match again'); END;
CREATE TRIGGER bank_match_posting_no_update BEFORE UPDATE ON bank_match_posting
BEGIN SELECT RAISE(ABORT, 'a match cannot be changed: undo it and match again'); END;
)sql";

}  // namespace

void migrate_to_v11(Connection& connection) {
  connection.execute(bank_tables, "creating the bank statement tables (schema version 11)");
}

}  // namespace comptoir
