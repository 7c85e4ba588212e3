// SqliteGuinguetteStore: the record of imported till days and the SQL
// aggregates behind the Guinguette summary.
#include "record_seals.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_guinguette_store.hpp"

namespace comptoir {
namespace {

// Per event: kind 0 = sales (7x), 1 = VAT collected (4457x), 2 = purchases
// (60x); amount = credits - debits of validated postings tagged event=<id>.
constexpr const char* event_amounts_sql =
    "SELECT e.id, CASE WHEN p.account LIKE '60%' THEN 2 WHEN p.account LIKE '4457%' THEN 1 ELSE 0 END AS kind,"
    " sum(p.credit) - sum(p.debit)"
    " FROM guinguette_event e JOIN posting_tag g ON g.key = 'event' AND g.value = CAST(e.id AS TEXT)"
    " JOIN posting p ON p.id = g.posting_id JOIN txn t ON t.id = p.txn_id"
    " WHERE t.status = 'validated' AND (?1 = '' OR e.tour = ?1) AND (?2 = '' OR substr(e.date, 1, 4) = ?2)"
    " AND (p.account LIKE '7%' OR p.account LIKE '4457%' OR p.account LIKE '60%')"
    " GROUP BY e.id, kind";

// Per tour: debits - credits of validated class-60 postings tagged
// activity=guinguette-<tour>.
constexpr const char* tour_purchases_sql =
    "SELECT substr(g.value, 12), sum(p.debit) - sum(p.credit)"
    " FROM posting_tag g JOIN posting p ON p.id = g.posting_id JOIN txn t ON t.id = p.txn_id"
    " WHERE g.key = 'activity' AND g.value >= 'guinguette-' AND g.value < 'guinguette.'"
    " AND (?1 = '' OR g.value = 'guinguette-' || ?1) AND t.status = 'validated' AND p.account LIKE '60%'"
    " AND (?2 = '' OR substr(p.date, 1, 4) = ?2)"
    " GROUP BY g.value";

}  // namespace

std::optional<std::string> SqliteGuinguetteStore::imported_day(Date date, const std::string& tour) const {
  Statement& query = book_.state().cached(
      "SELECT i.file_name FROM till_import_day d JOIN till_import i ON i.id = d.import_id"
      " WHERE d.tour = ?1 AND d.date = ?2");
  StatementReset reset(query);
  const std::string day = date.iso();
  query.bind(1, tour);
  query.bind(2, day);
  if (!query.step("looking up till day " + day)) return std::nullopt;
  return query.column_text(0);
}

std::optional<std::string> SqliteGuinguetteStore::imported_file(const std::string& sha256) const {
  Statement& query = book_.state().cached("SELECT file_name FROM till_import WHERE sha256 = ?1");
  StatementReset reset(query);
  query.bind(1, sha256);
  if (!query.step("looking up a till file")) return std::nullopt;
  return query.column_text(0);
}

std::int64_t SqliteGuinguetteStore::record_import(const std::string& file_name, const std::string& sha256,
                                                  Date imported_on) {
  SqliteBookState& state = book_.state();
  state.require_scope("import a till file");
  Statement& insert = state.cached("INSERT INTO till_import (file_name, sha256, imported_on) VALUES (?1, ?2, ?3)");
  const std::string on = imported_on.iso();
  insert.bind(1, file_name);
  insert.bind(2, sha256);
  insert.bind(3, on);
  insert.run("recording the till file " + file_name);
  return state.connection().last_insert_rowid();
}

void SqliteGuinguetteStore::record_import_day(std::int64_t import_id, const TillDay& day, std::int64_t event_id,
                                              std::int64_t transaction_id) {
  SqliteBookState& state = book_.state();
  state.require_scope("import a till day");
  Statement& insert = state.cached(
      "INSERT INTO till_import_day (tour, date, import_id, event_id, txn_id, z_number, total_ttc, cash, card)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  const std::string date = day.date.iso();
  insert.bind(1, day.tour);
  insert.bind(2, date);
  insert.bind(3, import_id);
  insert.bind(4, event_id);
  if (transaction_id != 0)
    insert.bind(5, transaction_id);
  else
    insert.bind_null(5);
  insert.bind(6, day.z_number);
  insert.bind(7, day.total_ttc.cents());
  insert.bind(8, day.cash.cents());
  insert.bind(9, day.card.cents());
  insert.run("recording the till day " + date);
}

void SqliteGuinguetteStore::seal_import(std::int64_t import_id) {
  SqliteBookState& state = book_.state();
  state.require_scope("seal a till import");
  seal_record(state.connection(), SealedRecord::TillImport, import_id);
}

GuinguetteAmounts SqliteGuinguetteStore::amounts(const std::string& tour, std::optional<int> year) const {
  GuinguetteAmounts result;
  const std::string year_text = year ? std::to_string(*year) : std::string();
  Statement& events = book_.state().cached(event_amounts_sql);
  StatementReset reset_events(events);
  events.bind(1, tour);
  events.bind(2, year_text);
  while (events.step("summing the takings per event")) {
    const Money amount = Money::from_cents(events.column_int64(2));
    const std::int64_t id = events.column_int64(0);
    switch (events.column_int(1)) {
      case 0:
        result.takings[id].ht = amount;
        break;
      case 1:
        result.takings[id].vat = amount;
        break;
      default:
        result.event_purchases[id] = -amount;
        break;
    }
  }
  Statement& tours = book_.state().cached(tour_purchases_sql);
  StatementReset reset_tours(tours);
  tours.bind(1, tour);
  tours.bind(2, year_text);
  while (tours.step("summing the purchases per tour")) {
    result.tour_purchases[tours.column_text(0)] = Money::from_cents(tours.column_int64(1));
  }
  return result;
}

}  // namespace comptoir
