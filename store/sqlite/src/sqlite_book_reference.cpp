// Reference data of the SQLite store: entities, accounts, auxiliary
// accounts, journals and fiscal years, written and read.
#include "core/error.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {
namespace {

FiscalYear read_fiscal_year(const Statement& row) {
  return FiscalYear{row.column_int(0), Date::parse(row.column_text(1)), Date::parse(row.column_text(2)),
                    parse_fiscal_year_status(row.column_text(3))};
}

std::string status_text(FiscalYearStatus status) {
  return status == FiscalYearStatus::Open ? "open" : "closed";
}

}  // namespace

void SqliteBook::add_entity(const Entity& entity) {
  state_->require_scope("add an entity");
  Statement& insert = state_->cached("INSERT INTO entity (code, name, siren, vat_liable) VALUES (?1, ?2, ?3, ?4)");
  insert.bind(1, entity.code);
  insert.bind(2, entity.name);
  insert.bind(3, entity.siren);
  insert.bind(4, std::int64_t{entity.vat_liable ? 1 : 0});
  insert.run("adding entity " + entity.code);
}

void SqliteBook::update_entity(const Entity& entity) {
  state_->require_scope("change an entity");
  Statement& update = state_->cached("UPDATE entity SET name = ?2, siren = ?3 WHERE code = ?1");
  update.bind(1, entity.code);
  update.bind(2, entity.name);
  update.bind(3, entity.siren);
  update.run("changing entity " + entity.code);
  if (state_->connection().changes() == 0) throw Error(ErrorKind::NotFound, "unknown entity '" + entity.code + "'");
}

void SqliteBook::add_account(const std::string& entity, const Account& account) {
  state_->require_scope("add an account");
  Statement& insert = state_->cached("INSERT INTO account (entity, number, label) VALUES (?1, ?2, ?3)");
  insert.bind(1, entity);
  insert.bind(2, account.number);
  insert.bind(3, account.label);
  insert.run("adding account " + account.number + " to " + entity);
}

void SqliteBook::add_auxiliary(const std::string& entity, const AuxiliaryAccount& auxiliary) {
  state_->require_scope("add an auxiliary account");
  Statement& insert =
      state_->cached("INSERT INTO auxiliary (entity, code, label, parent_account) VALUES (?1, ?2, ?3, ?4)");
  insert.bind(1, entity);
  insert.bind(2, auxiliary.code);
  insert.bind(3, auxiliary.label);
  insert.bind(4, auxiliary.parent_account);
  insert.run("adding auxiliary account " + auxiliary.code + " to " + entity);
}

void SqliteBook::add_journal(const std::string& entity, const Journal& journal) {
  state_->require_scope("add a journal");
  Statement& insert = state_->cached("INSERT INTO journal (entity, code, label) VALUES (?1, ?2, ?3)");
  insert.bind(1, entity);
  insert.bind(2, journal.code);
  insert.bind(3, journal.label);
  insert.run("adding journal " + journal.code + " to " + entity);
}

void SqliteBook::add_fiscal_year(const std::string& entity, const FiscalYear& year) {
  state_->require_scope("add a fiscal year");
  state_->end_bulk_mode();
  Statement& insert = state_->cached(
      "INSERT INTO fiscal_year (entity, year, start_date, end_date, status) VALUES (?1, ?2, ?3, ?4, ?5)");
  const std::string start = year.start.iso();
  const std::string end = year.end.iso();
  const std::string status = status_text(year.status);
  insert.bind(1, entity);
  insert.bind(2, std::int64_t{year.year});
  insert.bind(3, start);
  insert.bind(4, end);
  insert.bind(5, status);
  insert.run("adding fiscal year " + std::to_string(year.year) + " to " + entity);
}

void SqliteBook::set_fiscal_year_status(const std::string& entity, int year, FiscalYearStatus status) {
  state_->require_scope("change a fiscal year");
  state_->end_bulk_mode();
  Statement& update = state_->cached("UPDATE fiscal_year SET status = ?1 WHERE entity = ?2 AND year = ?3");
  const std::string text = status_text(status);
  update.bind(1, text);
  update.bind(2, entity);
  update.bind(3, std::int64_t{year});
  const std::string what = "marking fiscal year " + std::to_string(year) + " of " + entity + " " + text;
  update.run(what);
  if (state_->connection().changes() == 0) {
    throw Error(ErrorKind::NotFound, "no fiscal year " + std::to_string(year) + " in " + entity);
  }
}

std::vector<Entity> SqliteBook::entities() const {
  Statement& query = state_->cached("SELECT code, name, siren, vat_liable FROM entity ORDER BY code");
  StatementReset reset(query);
  std::vector<Entity> result;
  while (query.step("listing entities")) {
    result.push_back(
        Entity{query.column_text(0), query.column_text(1), query.column_text(2), query.column_int(3) != 0});
  }
  return result;
}

std::optional<Entity> SqliteBook::entity(const std::string& code) const {
  Statement& query = state_->cached("SELECT code, name, siren, vat_liable FROM entity WHERE code = ?1");
  StatementReset reset(query);
  query.bind(1, code);
  if (!query.step("reading entity " + code)) return std::nullopt;
  return Entity{query.column_text(0), query.column_text(1), query.column_text(2), query.column_int(3) != 0};
}

std::vector<Account> SqliteBook::accounts(const std::string& entity) const {
  Statement& query = state_->cached("SELECT number, label FROM account WHERE entity = ?1 ORDER BY number");
  StatementReset reset(query);
  query.bind(1, entity);
  std::vector<Account> result;
  while (query.step("listing the accounts of " + entity)) {
    result.push_back(Account{query.column_text(0), query.column_text(1)});
  }
  return result;
}

std::optional<Account> SqliteBook::account(const std::string& entity, const std::string& number) const {
  Statement& query = state_->cached("SELECT number, label FROM account WHERE entity = ?1 AND number = ?2");
  StatementReset reset(query);
  query.bind(1, entity);
  query.bind(2, number);
  if (!query.step("reading account " + number + " of " + entity)) return std::nullopt;
  return Account{query.column_text(0), query.column_text(1)};
}

std::vector<AuxiliaryAccount> SqliteBook::auxiliaries(const std::string& entity) const {
  Statement& query =
      state_->cached("SELECT code, label, parent_account FROM auxiliary WHERE entity = ?1 ORDER BY code");
  StatementReset reset(query);
  query.bind(1, entity);
  std::vector<AuxiliaryAccount> result;
  while (query.step("listing the auxiliary accounts of " + entity)) {
    result.push_back(AuxiliaryAccount{query.column_text(0), query.column_text(1), query.column_text(2)});
  }
  return result;
}

std::optional<AuxiliaryAccount> SqliteBook::auxiliary(const std::string& entity, const std::string& code) const {
  Statement& query =
      state_->cached("SELECT code, label, parent_account FROM auxiliary WHERE entity = ?1 AND code = ?2");
  StatementReset reset(query);
  query.bind(1, entity);
  query.bind(2, code);
  if (!query.step("reading auxiliary account " + code + " of " + entity)) return std::nullopt;
  return AuxiliaryAccount{query.column_text(0), query.column_text(1), query.column_text(2)};
}

std::vector<Journal> SqliteBook::journals(const std::string& entity) const {
  Statement& query = state_->cached("SELECT code, label FROM journal WHERE entity = ?1 ORDER BY code");
  StatementReset reset(query);
  query.bind(1, entity);
  std::vector<Journal> result;
  while (query.step("listing the journals of " + entity)) {
    result.push_back(Journal{query.column_text(0), query.column_text(1)});
  }
  return result;
}

std::vector<FiscalYear> SqliteBook::fiscal_years(const std::string& entity) const {
  Statement& query =
      state_->cached("SELECT year, start_date, end_date, status FROM fiscal_year WHERE entity = ?1 ORDER BY year");
  StatementReset reset(query);
  query.bind(1, entity);
  std::vector<FiscalYear> result;
  while (query.step("listing the fiscal years of " + entity)) result.push_back(read_fiscal_year(query));
  return result;
}

}  // namespace comptoir
