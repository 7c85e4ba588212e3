// SqliteGuinguetteStore: tours and events (checked in C++ first, with
// plain messages, before the table constraints).
#include "core/error.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_guinguette_store.hpp"

namespace comptoir {
namespace {

GuinguetteEvent read_event(const Statement& row) {
  return GuinguetteEvent{row.column_int64(0), Date::parse(row.column_text(1)),
                         row.column_text(2),  row.column_text(3),
                         row.column_int64(4), row.column_int64(5)};
}

constexpr const char* event_columns_sql = "SELECT id, date, tour, commune, participants, local_partners";

}  // namespace

std::vector<GuinguetteTour> SqliteGuinguetteStore::tours() const {
  Statement& query = book_.state().cached("SELECT code, label FROM guinguette_tour ORDER BY code");
  StatementReset reset(query);
  std::vector<GuinguetteTour> result;
  while (query.step("listing the Guinguette tours")) result.push_back({query.column_text(0), query.column_text(1)});
  return result;
}

void SqliteGuinguetteStore::add_tour(const GuinguetteTour& tour) {
  SqliteBookState& state = book_.state();
  state.require_scope("add a tour");
  check_tour_code(tour.code);
  if (tour.label.empty()) throw Error(ErrorKind::InvalidInput, "a tour needs a label");
  for (const auto& t : tours()) {
    if (t.code == tour.code) throw Error(ErrorKind::InvalidInput, "the tour " + tour.code + " already exists");
  }
  Statement& insert = state.cached("INSERT INTO guinguette_tour (code, label) VALUES (?1, ?2)");
  insert.bind(1, tour.code);
  insert.bind(2, tour.label);
  insert.run("adding tour " + tour.code);
}

std::int64_t SqliteGuinguetteStore::add_event(const GuinguetteEvent& event) {
  SqliteBookState& state = book_.state();
  state.require_scope("add an event");
  check_event(event);
  bool known = false;
  for (const auto& t : tours()) known = known || t.code == event.tour;
  if (!known)
    throw Error(ErrorKind::NotFound, "unknown tour '" + event.tour + "' (see: comptoir guinguette tour list)");
  if (auto other = event_on(event.date, event.tour)) {
    throw Error(ErrorKind::InvalidInput, "tour " + event.tour + " already has an event on " + event.date.iso() + " (#" +
                                             std::to_string(other->id) + ", " + other->commune + ")");
  }
  Statement& insert = state.cached(
      "INSERT INTO guinguette_event (date, tour, commune, participants, local_partners) VALUES (?1, ?2, ?3, ?4, ?5)");
  const std::string date = event.date.iso();
  insert.bind(1, date);
  insert.bind(2, event.tour);
  insert.bind(3, event.commune);
  insert.bind(4, event.participants);
  insert.bind(5, event.local_partners);
  insert.run("adding the event of " + date);
  return state.connection().last_insert_rowid();
}

std::vector<GuinguetteEvent> SqliteGuinguetteStore::events(const std::string& tour, std::optional<int> year) const {
  static const std::string sql = std::string(event_columns_sql) +
                                 " FROM guinguette_event WHERE (?1 = '' OR tour = ?1)"
                                 " AND (?2 = '' OR substr(date, 1, 4) = ?2) ORDER BY date, tour";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  const std::string year_text = year ? std::to_string(*year) : std::string();
  query.bind(1, tour);
  query.bind(2, year_text);
  std::vector<GuinguetteEvent> result;
  while (query.step("listing the Guinguette events")) result.push_back(read_event(query));
  return result;
}

std::optional<GuinguetteEvent> SqliteGuinguetteStore::event_on(Date date, const std::string& tour) const {
  static const std::string sql =
      std::string(event_columns_sql) + " FROM guinguette_event WHERE date = ?1 AND tour = ?2";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  const std::string day = date.iso();
  query.bind(1, day);
  query.bind(2, tour);
  if (!query.step("reading the event of " + day)) return std::nullopt;
  return read_event(query);
}

}  // namespace comptoir
