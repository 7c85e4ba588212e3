// SqliteBankStore: bank_statement, bank_line and the match tables (schema v11).
#include "connection.hpp"
#include "core/error.hpp"
#include "record_seals.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_bank_store.hpp"

namespace comptoir {
namespace {

constexpr const char* statement_columns =
    "SELECT id, entity, account, file_name, file_hash, format, statement_ref, from_date, to_date, opening_cents, "
    "closing_cents FROM bank_statement";

BankFormat format_named(const std::string& name) {
  if (name == "camt.053") return BankFormat::Camt053;
  if (name == "ofx") return BankFormat::Ofx;
  return BankFormat::Csv;
}

StoredBankStatement read_statement(const Statement& row) {
  StoredBankStatement s;
  s.id = row.column_int64(0);
  s.entity = row.column_text(1);
  s.account = row.column_text(2);
  s.file_name = row.column_text(3);
  s.file_hash = row.column_text(4);
  s.format = format_named(row.column_text(5));
  s.statement_ref = row.column_text(6);
  if (!row.column_is_null(7)) s.from = Date::parse(row.column_text(7));
  s.to = Date::parse(row.column_text(8));
  s.opening = Money::from_cents(row.column_int64(9));
  s.closing = Money::from_cents(row.column_int64(10));
  return s;
}

// The line columns, then entity and account.
constexpr const char* line_columns =
    "SELECT l.id, l.reference, l.booking_date, l.value_date, l.amount_cents, l.label, "
    "coalesce(m.match_id, 0), l.entity, l.account FROM bank_line l LEFT JOIN bank_match_line m ON m.line_id = l.id";

BankLine read_line(const Statement& row) {
  BankLine l;
  l.id = row.column_int64(0);
  l.reference = row.column_text(1);
  l.booking_date = Date::parse(row.column_text(2));
  if (!row.column_is_null(3)) l.value_date = Date::parse(row.column_text(3));
  l.amount = Money::from_cents(row.column_int64(4));
  l.label = row.column_text(5);
  l.match_id = row.column_int64(6);
  l.origin = "line " + std::to_string(l.id);
  return l;
}

// Validated postings with their entry's number and the match, then entity and account.
constexpr const char* posting_columns =
    "SELECT p.id, t.entity, t.fiscal_year, t.sequence, t.journal, p.date, t.piece_ref, "
    "CASE WHEN p.label = '' THEN t.label ELSE p.label END, p.debit - p.credit, coalesce(m.match_id, 0), p.account "
    "FROM posting p JOIN txn t ON t.id = p.txn_id LEFT JOIN bank_match_posting m ON m.posting_id = p.id";

BankBookPosting read_posting(const Statement& row) {
  BankBookPosting p;
  p.id = row.column_int64(0);
  p.reference = transaction_reference(row.column_text(1), row.column_int(2), row.column_int64(3));
  p.journal = row.column_text(4);
  p.date = Date::parse(row.column_text(5));
  p.piece_ref = row.column_text(6);
  p.label = row.column_text(7);
  p.amount = Money::from_cents(row.column_int64(8));
  p.match_id = row.column_int64(9);
  return p;
}

}  // namespace

std::vector<StoredBankStatement> SqliteBankStore::statements(const std::string& entity,
                                                             const std::string& account) const {
  static const std::string sql = std::string(statement_columns) + " WHERE entity = ?1 AND account = ?2 ORDER BY id";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, entity);
  query.bind(2, account);
  std::vector<StoredBankStatement> out;
  while (query.step("listing the bank statements")) out.push_back(read_statement(query));
  return out;
}

std::optional<StoredBankStatement> SqliteBankStore::statement_of_file(const std::string& hash) const {
  static const std::string sql = std::string(statement_columns) + " WHERE file_hash = ?1 ORDER BY id LIMIT 1";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, hash);
  if (!query.step("looking for a bank file")) return std::nullopt;
  return read_statement(query);
}

std::vector<std::string> SqliteBankStore::known_references(const std::string& entity, const std::string& account,
                                                           const std::vector<std::string>& references) const {
  Statement& query =
      book_.state().cached("SELECT 1 FROM bank_line WHERE entity = ?1 AND account = ?2 AND reference = ?3 LIMIT 1");
  StatementReset reset(query);
  query.bind(1, entity);
  query.bind(2, account);
  std::vector<std::string> known;
  for (const auto& reference : references) {
    query.bind(3, reference);
    if (query.step("looking for a bank reference")) known.push_back(reference);
    query.reset();
  }
  return known;
}

std::int64_t SqliteBankStore::add_statement(const StoredBankStatement& s, const std::vector<BankLine>& lines) {
  SqliteBookState& state = book_.state();
  state.require_scope("import a bank statement");
  Statement& insert = state.cached(
      "INSERT INTO bank_statement (entity, account, file_name, file_hash, format, statement_ref, from_date, to_date, "
      "opening_cents, closing_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  StatementReset reset(insert);
  const std::string format = to_string(s.format);
  const std::string from = s.from ? s.from->iso() : std::string();
  const std::string to = s.to.iso();
  insert.bind(1, s.entity);
  insert.bind(2, s.account);
  insert.bind(3, s.file_name);
  insert.bind(4, s.file_hash);
  insert.bind(5, format);
  insert.bind(6, s.statement_ref);
  insert.bind_or_null(7, from);
  insert.bind(8, to);
  insert.bind(9, s.opening.cents());
  insert.bind(10, s.closing.cents());
  insert.run("storing bank statement " + s.statement_ref);
  const std::int64_t id = state.connection().last_insert_rowid();
  Statement& line_insert = state.cached(
      "INSERT INTO bank_line (statement_id, entity, account, reference, occurrence, booking_date, value_date, "
      "amount_cents, label) VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(occurrence), 0) + 1 FROM bank_line "
      "WHERE entity = ?2 AND account = ?3 AND reference = ?4), ?5, ?6, ?7, ?8)");
  StatementReset line_reset(line_insert);
  line_insert.bind(1, id);
  line_insert.bind(2, s.entity);
  line_insert.bind(3, s.account);
  for (const auto& l : lines) {
    const std::string booking = l.booking_date.iso();
    const std::string value = l.value_date ? l.value_date->iso() : std::string();
    line_insert.bind(4, l.reference);
    line_insert.bind(5, booking);
    line_insert.bind_or_null(6, value);
    line_insert.bind(7, l.amount.cents());
    line_insert.bind(8, l.label);
    line_insert.run(l.origin);
  }
  seal_record(state.connection(), SealedRecord::BankStatement, id);
  return id;
}

std::vector<BankLine> SqliteBankStore::lines(const std::string& entity, const std::string& account,
                                             std::optional<Date> to) const {
  static const std::string sql = std::string(line_columns) +
                                 " WHERE l.entity = ?1 AND l.account = ?2 AND l.booking_date <= ?3"
                                 " ORDER BY l.booking_date, l.id";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  const std::string last = to ? to->iso() : std::string("9999-12-31");
  query.bind(1, entity);
  query.bind(2, account);
  query.bind(3, last);
  std::vector<BankLine> out;
  while (query.step("listing the statement lines")) out.push_back(read_line(query));
  return out;
}

std::optional<BankLine> SqliteBankStore::line(std::int64_t id, std::string* entity, std::string* account) const {
  static const std::string sql = std::string(line_columns) + " WHERE l.id = ?1";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, id);
  if (!query.step("reading a statement line")) return std::nullopt;
  if (entity) *entity = query.column_text(7);
  if (account) *account = query.column_text(8);
  return read_line(query);
}

std::vector<BankBookPosting> SqliteBankStore::postings(const std::string& entity, const std::string& account,
                                                       std::optional<Date> to) const {
  static const std::string sql = std::string(posting_columns) +
                                 " WHERE p.entity = ?1 AND p.account = ?2 AND p.date <= ?3 AND t.status = 'validated'"
                                 " ORDER BY p.date, p.id";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  const std::string last = to ? to->iso() : std::string("9999-12-31");
  query.bind(1, entity);
  query.bind(2, account);
  query.bind(3, last);
  std::vector<BankBookPosting> out;
  while (query.step("listing the bank account's postings")) out.push_back(read_posting(query));
  return out;
}

std::vector<BankBookPosting> SqliteBankStore::postings_between(const std::string& entity, const std::string& account,
                                                               Date from, Date to) const {
  static const std::string sql = std::string(posting_columns) +
                                 " WHERE p.entity = ?1 AND p.account = ?2 AND p.date BETWEEN ?3 AND ?4"
                                 " AND t.status = 'validated' ORDER BY p.date, p.id";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  const std::string first = from.iso();
  const std::string last = to.iso();
  query.bind(1, entity);
  query.bind(2, account);
  query.bind(3, first);
  query.bind(4, last);
  std::vector<BankBookPosting> out;
  while (query.step("listing the bank account's postings")) out.push_back(read_posting(query));
  return out;
}

std::size_t SqliteBankStore::unmatched_posting_count(const std::string& entity, const std::string& account,
                                                     Date from) const {
  Statement& query = book_.state().cached(
      "SELECT count(*) FROM posting p JOIN txn t ON t.id = p.txn_id LEFT JOIN bank_match_posting m "
      "ON m.posting_id = p.id WHERE p.entity = ?1 AND p.account = ?2 AND p.date >= ?3 AND t.status = 'validated' "
      "AND t.journal <> 'AN' AND m.posting_id IS NULL");
  StatementReset reset(query);
  const std::string first = from.iso();
  query.bind(1, entity);
  query.bind(2, account);
  query.bind(3, first);
  query.step("counting the unmatched postings");
  return static_cast<std::size_t>(query.column_int64(0));
}

std::optional<BankBookPosting> SqliteBankStore::posting(std::int64_t id, std::string* entity,
                                                        std::string* account) const {
  static const std::string sql = std::string(posting_columns) + " WHERE p.id = ?1 AND t.status = 'validated'";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, id);
  if (!query.step("reading a posting")) return std::nullopt;
  if (entity) *entity = query.column_text(1);
  if (account) *account = query.column_text(10);
  return read_posting(query);
}

std::int64_t SqliteBankStore::add_match(const std::string& entity, const std::string& account, const BankMatch& m) {
  SqliteBookState& state = book_.state();
  state.require_scope("match statement lines");
  Statement& insert = state.cached("INSERT INTO bank_match (entity, account, automatic) VALUES (?1, ?2, ?3)");
  {
    StatementReset reset(insert);
    insert.bind(1, entity);
    insert.bind(2, account);
    insert.bind(3, std::int64_t{m.automatic ? 1 : 0});
    insert.run("recording a match");
  }
  const std::int64_t id = state.connection().last_insert_rowid();
  Statement& line = state.cached("INSERT INTO bank_match_line (line_id, match_id) VALUES (?1, ?2)");
  StatementReset line_reset(line);
  for (const auto l : m.lines) {
    line.bind(1, l);
    line.bind(2, id);
    line.run("matching a statement line");
  }
  Statement& posting = state.cached("INSERT INTO bank_match_posting (posting_id, match_id) VALUES (?1, ?2)");
  StatementReset posting_reset(posting);
  for (const auto p : m.postings) {
    posting.bind(1, p);
    posting.bind(2, id);
    posting.run("matching a posting");
  }
  return id;
}

std::optional<BankMatch> SqliteBankStore::match(std::int64_t id) const {
  Statement& head = book_.state().cached("SELECT automatic FROM bank_match WHERE id = ?1");
  StatementReset reset(head);
  head.bind(1, id);
  if (!head.step("reading a match")) return std::nullopt;
  BankMatch m;
  m.id = id;
  m.automatic = head.column_int(0) != 0;
  Statement& lines = book_.state().cached("SELECT line_id FROM bank_match_line WHERE match_id = ?1 ORDER BY line_id");
  StatementReset lines_reset(lines);
  lines.bind(1, id);
  while (lines.step("reading a match's lines")) m.lines.push_back(lines.column_int64(0));
  Statement& postings =
      book_.state().cached("SELECT posting_id FROM bank_match_posting WHERE match_id = ?1 ORDER BY posting_id");
  StatementReset postings_reset(postings);
  postings.bind(1, id);
  while (postings.step("reading a match's postings")) m.postings.push_back(postings.column_int64(0));
  return m;
}

void SqliteBankStore::remove_match(std::int64_t id) {
  SqliteBookState& state = book_.state();
  state.require_scope("undo a match");
  for (const char* sql :
       {"DELETE FROM bank_match_line WHERE match_id = ?1", "DELETE FROM bank_match_posting WHERE match_id = ?1",
        "DELETE FROM bank_match WHERE id = ?1"}) {
    Statement& del = state.cached(sql);
    StatementReset reset(del);
    del.bind(1, id);
    del.run("undoing match " + std::to_string(id));
  }
}

}  // namespace comptoir
